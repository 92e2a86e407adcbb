package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, in-process: stdout, stderr and exit codes as a user or script sees them. */
class CliTest {

    @Test
    void bandsJsonFollowsTheContract() {
        Cli.Result r = Cli.run("bands", "hugging-face/open-source-ml-platform-engineer", "--region", "paris", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("\"schema\" : \"negotiate.bands/1\"", "\"region\" : \"Paris\"", "\"currency\" : \"EUR\"",
                "\"annual\" : {\n      \"low\" : 139250,\n      \"mid\" : 173750,\n      \"high\" : 208250",
                "\"fourYear\" : {\n      \"low\" : 557000,\n      \"mid\" : 695000,\n      \"high\" : 833000",
                "\"stated\" : {\n      \"low\" : 139000,\n      \"high\" : 208000",
                "\"file\" : \"seeds/000_8d8eefcd7e1a024a.txt\"", "\"line\" : 7");
    }

    @Test
    void bandsConvertAndApplyPremiums() {
        Cli.Result r = Cli.run("bands", "hugging face", "--region", "Paris", "--currency", "USD", "--rate", "EUR/USD=1.10",
                "--premium", "agentic", "--format", "json");
        assertThat(r.exit()).isZero();
        // equity €165K × 1.20 × 1.10 = $217,800; annual low = 107,800 + 54,450 = 162,250
        assertThat(r.out()).contains("\"low\" : 217800", "\"low\" : 162250", "\"pair\" : \"EUR/USD\"", "\"source\" : \"--rate\"",
                "\"name\" : \"Agentic AI Premium\"");
        Cli.Result none = Cli.run("bands", "anyscale", "--premium", "agentic");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("names no premium");
    }

    @Test
    void queriesThatMatchNothingOrTooMuchAreUsageErrors() {
        Cli.Result none = Cli.run("show", "nosuchco");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("no guide matches 'nosuchco'");
        Cli.Result many = Cli.run("show", "hugging", "--format", "json");
        assertThat(many.exit()).isEqualTo(2);
        assertThat(many.out()).isEmpty();
        assertThat(many.err()).contains("matches 2 guides", "hugging-face/open-source-ml-platform-engineer",
                "huggingface-enterprise/model-hub-platform-engineer");
        assertThat(Cli.run("bands", "anyscale", "--region", "Mars").exit()).isEqualTo(2);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(Cli.run("bands", "--format", "yaml").exit()).isEqualTo(2);
        assertThat(Cli.run("bands", "--bogus").exit()).isEqualTo(2);
        assertThat(Cli.run().exit()).isEqualTo(2);
        assertThat(Cli.run("bands", "--currency", "XX").exit()).isEqualTo(2);
        assertThat(Cli.run("validate", "--today", "tomorrow").exit()).isEqualTo(2);
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(Cli.run("--help").exit()).isZero();
        assertThat(Cli.run("--version").out()).startsWith("negotiate ");
    }

    @Test
    void commandLineMistakesAreSaidPlainlyWithTheHelpToTry() {
        assertUsage(Cli.run("bands", "--bogus"), "negotiate: unknown option '--bogus'\nTry 'negotiate bands --help'.\n");
        assertUsage(Cli.run("--bogus"), "negotiate: unknown option '--bogus'\nTry 'negotiate --help'.\n");
        assertUsage(Cli.run("bogus"), "negotiate: unknown command 'bogus': use one of guides, show, bands, company, compare,"
                + " breakeven, counter, validate, completion\nTry 'negotiate --help'.\n");
        assertUsage(Cli.run("bands", "a", "b"), "negotiate: unexpected argument 'b'\nTry 'negotiate bands --help'.\n");
        assertUsage(Cli.run("show", "a", "b", "c"), "negotiate: unexpected arguments 'b' 'c'\nTry 'negotiate show --help'.\n");
        assertUsage(Cli.run(), "negotiate: a command is required\nTry 'negotiate --help'.\n");
        assertUsage(Cli.run("counter", "x"), "negotiate: Missing required options: '--region=R', '--offer=FILE|SPEC|NAME'\n"
                + "Try 'negotiate counter --help'.\n");
        assertUsage(Cli.run("breakeven", "A"), "negotiate: Missing required options and parameters: '--using=COMPONENT', 'B'\n"
                + "Try 'negotiate breakeven --help'.\n");
    }

    private static void assertUsage(Cli.Result r, String err) {
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(err);
    }

    @Test
    void eachCommandsHelpNamesItAndItsOptions() {
        Cli.Result help = Cli.run("counter", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage: negotiate counter [-hV] [--no-cite] [--no-color] [--verbose]\n")
                .contains("--offer=FILE|SPEC|NAME", "--offers=FILE", "--competing=FILE|SPEC", "--reason=TEXT", "--lever=N",
                        "--cite=NAME", "--seeds=DIR", "-V, --version");
        assertThat(Cli.run("bands", "-V").out()).startsWith("negotiate ");
        Cli.Result root = Cli.run("--help");
        assertThat(root.out()).startsWith("Usage: negotiate [-hV] COMMAND\n").contains("  validate    Check guides");
    }

    @Test
    void seedsLookupOrder(@TempDir Path tmp) throws IOException {
        Cli.Result missing = Cli.run("bands", "--seeds", tmp.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).contains("does not exist");
        Path file = Files.writeString(tmp.resolve("f.md"), "x");
        assertThat(Cli.run("bands", "--seeds", file.toString()).err()).contains("is a file");
        Files.createDirectories(tmp.resolve("s"));
        Files.copy(Path.of("src/test/resources/fixtures/guides/ok-chf.md"), tmp.resolve("s/acme.md"));
        Cli.Result env = Cli.run(Cli.env("NEGOTIATE_SEEDS", tmp.resolve("s").toString()), "guides", "--format", "json");
        assertThat(env.out()).contains("acme/staff-engineer").doesNotContain("anyscale");
    }

    @Test
    void compareTheExampleFile() {
        Cli.Result r = Cli.run("compare", "docs/examples/offers.yaml", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"schema\" : \"negotiate.compare/1\"", "\"riskSource\" : \"report:hugging-face\"",
                "\"best\" : ");
        Cli.Result table = Cli.run("compare", "docs/examples/offers.yaml");
        assertThat(table.out()).contains("Four-year total", "Rates used:", "1 EUR = 1.1 USD");
    }

    @Test
    void missingRateIsADataError() {
        Cli.Result r = Cli.run("compare", "--offer", "A:base=CHF 100K", "--offer", "B:base=100K SGD", "--currency", "NOK",
                "--format", "json");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no exchange rate for CHF/NOK", "--rate CHF/NOK=");
    }

    @Test
    void breakevenFromInlineSpecs() {
        Cli.Result r = Cli.run("breakeven", "A:base=$100K,bonus=10%", "B:base=$125K", "--using", "base", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"schema\" : \"negotiate.breakeven/1\"", "\"using\" : \"base\"", "\"nominal\" : 13636.37",
                "\"riskAdjusted\" : 13636.37");
        assertThat(Cli.run("breakeven", "A:base=$100K", "B:base=$125K", "--using", "stock").exit()).isEqualTo(2);
        assertThat(Cli.run("breakeven", "--offers", "docs/examples/offers.yaml", "Nope", "Anthropic", "--using", "base").exit())
                .isEqualTo(2);
    }

    @Test
    void closedPipeIsQuietAndAFullDiskIsExitFour() {
        OutputStream pipe = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        Cli.Result closed = Cli.run(pipe, Map.of(), new String[] {"bands"}, null);
        assertThat(closed.exit()).isZero();
        assertThat(closed.err()).isEmpty();
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        Cli.Result r = Cli.run(full, Map.of(), new String[] {"bands"}, null);
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err().strip()).isEqualTo("negotiate: cannot write the output: No space left on device");
    }

    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        Context tty = new Context(new ByteArrayOutputStream(), new PrintWriter(new StringWriter()), Map.of(), true, Cli.TODAY);
        assertThat(tty.color(false)).isTrue();
        assertThat(tty.color(true)).isFalse();
        Context noColor = new Context(new ByteArrayOutputStream(), new PrintWriter(new StringWriter()), Map.of("NO_COLOR", "1"), true, Cli.TODAY);
        assertThat(noColor.color(false)).isFalse();
        Context pipe = new Context(new ByteArrayOutputStream(), new PrintWriter(new StringWriter()), Map.of(), false, Cli.TODAY);
        assertThat(pipe.color(false)).isFalse();
        assertThat(Cli.run("bands").out()).doesNotContain("\u001b[");
    }

    @Test
    void guidesShowAndCompanyJson() {
        Cli.Result g = Cli.run("guides", "--format", "json");
        assertThat(g.out()).contains("\"schema\" : \"negotiate.guides/1\"", "\"stale\" : true", "\"kind\" : \"report\"");
        Cli.Result s = Cli.run("show", "anyscale", "--format", "json");
        assertThat(s.out()).contains("\"schema\" : \"negotiate.show/1\"", "\"levers\"", "\"strategy\"");
        Cli.Result c = Cli.run("company", "hugging face", "--format", "json");
        assertThat(c.out()).contains("\"schema\" : \"negotiate.company/1\"", "\"equityToZeroPct\" : 30");
        assertThat(Cli.run("company", "anyscale").exit()).isEqualTo(2);
    }
}
