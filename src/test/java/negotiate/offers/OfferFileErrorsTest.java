package negotiate.offers;

import static org.assertj.core.api.Assertions.assertThat;

import negotiate.cli.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One fixture per malformed offer file: exit 3, file:line named, nothing on stdout in JSON mode, no stack trace. */
class OfferFileErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "unknown-key.yaml; 4; did you mean 'equity'?",
        "duplicate-key.yaml; 4; duplicate key 'base'",
        "negative.yaml; 3; negative",
        "zero-base.yaml; 3; base is zero",
        "missing-base.yaml; 2; add base:",
        "bonus-no-percent.yaml; 4; ambiguous: write 10%",
        "vesting-not-100.yaml; 4; sums to 90%",
        "absurd.yaml; 3; above 10^12",
        "duplicate-names.yaml; 4; two offers are named",
        "malformed.yaml; 3; malformed YAML",
        "duplicate-key.json; 1; duplicate key 'base'",
        "trailing.json; 1; trailing",
        "long-number.json; 1; too long",
        "alias.yaml; 5; aliases",
        "risk-on-public.yaml; 4; public",
        "no-currency.yaml; 3; no currency",
        "raise-no-percent.yaml; 5; needs a % sign",
    })
    void malformedOfferFilesExitThreeNamingFileAndLine(String file, int line, String fragment) {
        String path = "src/test/resources/fixtures/offers/" + file;
        Cli.Result r = Cli.run("compare", path, "--format", "json");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("negotiate: " + path + ":" + line + ":").contains(fragment)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().lines().count()).isEqualTo(1);
    }
}
