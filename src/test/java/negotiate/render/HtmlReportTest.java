package negotiate.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import negotiate.cli.Cli;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `--format html`: one self-contained page (nothing fetched, no script), every text from files
 * escaped; and, where Debian's chromium is installed (.ci/run installs it), the page loads in a
 * headless browser with no console message and no request leaving the file.
 */
class HtmlReportTest {
    private static final List<String[]> PAGES = List.of(
            new String[] {"compare", "docs/examples/offers.yaml", "--scenarios", "--growth", "-30%,20%", "-o", "html"},
            new String[] {"compare", "docs/examples/leave-early.yaml", "--leave-after", "6m,12m,24m", "--tax", "30%", "-o", "html"},
            new String[] {"bands", "-o", "html"},
            new String[] {"counter", "hugging-face", "--region", "Paris", "--offer", "Me:base=€110K,equity=€200K/4y,type=private",
                    "--competing", "Google:base=€148K,equity=€115K/yr", "-o", "html", "--today", "2026-11-27"});

    @Test
    void pagesAreSelfContainedAndEscapeEverythingFromFiles() {
        for (String[] args : PAGES) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exit()).as(r.err()).isZero();
            String html = r.out();
            assertThat(html).as(String.join(" ", args)).startsWith("<!DOCTYPE html>").contains("Content-Security-Policy")
                    .contains("default-src 'none'").doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                    .doesNotContain("@import").doesNotContain("url(").doesNotContainPattern("\\bsrc=").contains("<svg");
        }
        String hostile = Cli.run("compare", "--offer", "<script>alert(1)</script>:base=$1", "--offer", "B\u001b]0;x\u0007:base=$2",
                "-o", "html").out();
        assertThat(hostile).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("\u001b")
                .doesNotContain("\u0007");
        // a guide's raw HTML in the counter script is shown as text, never as markup
        assertThat(HtmlCounter.markdown("Hi <img src=x onerror=alert(1)> **there**")).contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("<strong>there</strong>");
    }

    @Test
    void pagesLoadInHeadlessChromiumWithoutAConsoleMessageOrARequest(@TempDir Path tmp) throws Exception {
        String chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (.ci/run installs it)");
        int k = 0;
        for (String[] args : PAGES) {
            Path page = tmp.resolve("page" + k++ + ".html");
            Files.writeString(page, Cli.run(args).out(), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + tmp.resolve("profile" + k),
                    "--dump-dom", page.toUri().toString()).start();
            byte[] dom = p.getInputStream().readAllBytes();
            String log = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(log).isZero();
            assertThat(new String(dom, StandardCharsets.UTF_8)).as(String.join(" ", args)).contains("<svg").contains("</main>");
            for (String line : log.split("\n")) {
                assertThat(line).as(String.join(" ", args)).doesNotContain("CONSOLE").doesNotContain("Refused to")
                        .doesNotContain("net::ERR").doesNotContain("Uncaught");
            }
        }
    }

    private static String chromium() throws IOException {
        for (String c : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, c))) {
                    return Path.of(dir, c).toString();
                }
            }
        }
        return null;
    }
}
