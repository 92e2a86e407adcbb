package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The user's five seeds read exactly as before the reader moved to flexmark: the JSON of bands,
 * validate, show and company is compared with golden files taken from the line scanner's output
 * (with the `level` field, null for every seed, added since).
 */
class GoldenSeedsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "bands.json; bands --format json",
        "validate.json; validate seeds --format json",
        "company.json; company hugging-face --format json",
        "show-hugging-face.json; show hugging-face/open-source-ml-platform-engineer --format json",
        "show-huggingface-enterprise.json; show huggingface-enterprise/model-hub-platform-engineer --format json",
        "show-weights-and-biases.json; show weights-and-biases/mlops-platform-engineer --format json",
        "show-anyscale.json; show anyscale/ray-platform-engineer --format json",
    })
    void seedsGiveTheSameJsonAsBefore(String golden, String args) throws IOException {
        Cli.Result r = Cli.run(Cli.env("NEGOTIATE_CACHE", "off"), args.split(" "));
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        assertThat(r.out()).isEqualTo(Files.readString(Path.of("src/test/resources/golden", golden), StandardCharsets.UTF_8));
    }
}
