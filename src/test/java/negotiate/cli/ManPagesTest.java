package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Man pages are written from the same model as the help, one per command, and read cleanly by groff. */
class ManPagesTest {
    @TempDir
    Path tmp;

    @Test
    void onePagePerCommandFromTheCommandModel() throws Exception {
        List<Path> pages = ManPages.write(tmp, "negotiate 9.9");
        assertThat(pages).extracting(p -> p.getFileName().toString()).contains("negotiate.1", "negotiate-bands.1",
                "negotiate-counter.1", "negotiate-validate.1", "negotiate-completion.1").hasSize(10);
        String bands = Files.readString(tmp.resolve("negotiate-bands.1"), StandardCharsets.UTF_8);
        assertThat(bands).startsWith(".TH NEGOTIATE-BANDS 1 \"\" \"negotiate 9.9\"").contains(".SH OPTIONS")
                .contains("\\fB\\-\\-level\\fR=\\fIL\\fR").contains(".SH EXAMPLES").contains("negotiate bands anyscale");
        String root = Files.readString(tmp.resolve("negotiate.1"), StandardCharsets.UTF_8);
        assertThat(root).contains(".SH COMMANDS").contains(".SH EXIT CODES").contains(".SH ENVIRONMENT")
                .contains("NEGOTIATE_SEEDS").contains(".SH FILES");
        if (Files.isExecutable(Path.of("/usr/bin/groff"))) {
            for (Path p : pages) {
                Process g = new ProcessBuilder("groff", "-man", "-Tutf8", "-ww", p.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                String warnings = new String(g.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(g.waitFor()).isZero();
                assertThat(warnings).as(p.toString()).isEmpty();
            }
        }
    }
}
