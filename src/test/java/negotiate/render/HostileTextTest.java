package negotiate.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import negotiate.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * §7 "Text from files never drives the terminal": ESC, BEL, CR, LF, C1 and bidi characters from
 * offer names, guides and file names are shown, in every format and on stderr, whatever the path.
 */
class HostileTextTest {
    private static final String EVIL = "Evil\u001b]0;pwned\u0007\u009b2J\u202eX";

    private static void inert(String text, String what) {
        assertThat(text).as(what).doesNotContain("\u001b]").doesNotContain("\u0007").doesNotContain("\r").doesNotContain("\u009b")
                .doesNotContain("\u202e");
    }

    @Test
    void offerNamesAreShownNotObeyedInEveryFormat() {
        for (String format : List.of("table", "markdown", "csv", "json", "html")) {
            Cli.Result r = Cli.run("compare", "--offer", EVIL + ":base=$1", "--offer", "B:base=$2", "--color", "always",
                    "--leave-after", "6m", "--scenarios", "-o", format);
            assertThat(r.exit()).as(format + r.err()).isZero();
            // CSV ends its records with CR LF (RFC 4180): those are the only line breaks it may hold
            inert(format.equals("csv") ? r.out().replace("\r\n", "\n") : r.out(), format);
            if (format.equals("markdown")) {
                // Markdown escapes the backslash of the escape, so that a reader shows "\e", not an escaped "e"
                assertThat(r.out()).as(format).contains("Evil\\\\e]0;pwned\\\\u0007");
            } else if (!format.equals("json")) {
                assertThat(r.out()).as(format).contains("Evil\\e]0;pwned\\u0007");
            }
        }
        // a line break in a name would forge lines (a fake "Best:"): refused, in a SPEC and in a file
        Cli.Result lf = Cli.run("compare", "--offer", "A\nBest: fake:base=$1");
        assertThat(lf.exit()).isEqualTo(2);
        assertThat(lf.err()).isEqualTo("negotiate: --offer 'A\\nBest: fake:base=$1': a SPEC is one line: remove the line break\n");
        // our own colour still works
        assertThat(Cli.run("compare", "--offer", "A:base=$1", "--color", "always").out()).contains("\u001b[1m");
    }

    @Test
    void guidesAndFileNamesWithControlsAreShownInOutputAndMessages(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("g.md"), """
                ### Staff Engineer | Evil\u001b[2JCorp\u0007 Global Negotiation Guide

                | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | Berl\u001b]0;x\u0007in | €190K–€240K | €200K–€360K | 12% | — |
                """);
        for (String cmd : List.of("bands", "guides", "show")) {
            Cli.Result r = cmd.equals("show") ? Cli.run(cmd, "evil", "--seeds", dir.toString()) : Cli.run(cmd, "--seeds", dir.toString());
            inert(r.out() + r.err(), cmd);
            assertThat(r.out()).doesNotContain("\u001b[2J");
        }
        // counter prints the guide's title and lever sentences, and competing offers' names, in its script and notes
        Files.writeString(dir.resolve("g.md"), """
                ### Staff Engineer | Evil\u001b[2JCorp\u0007 Global Negotiation Guide

                | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
                |---|---|---|---|---|
                | Berlin | €190K–€240K | €200K–€360K | 12% | — |

                ### Team Lever
                The team\u001b[2J grows fast.
                """);
        for (String format : List.of("table", "markdown", "html", "json")) {
            Cli.Result r = Cli.run("counter", "evil", "--seeds", dir.toString(), "--region", "Berlin", "--offer", "Me:base=€190K",
                    "--competing", "Goo\u001b]0;t\u0007gle:base=€250K", "--width", "60", "-o", format);
            assertThat(r.exit()).as(format + r.err()).isZero();
            inert(r.out() + r.err(), "counter " + format);
            assertThat(r.out()).as(format).doesNotContain("\u001b[2J");
        }
        Cli.Result text = Cli.run("counter", "evil", "--seeds", dir.toString(), "--region", "Berlin", "--offer", "Me:base=€190K",
                "--lever", "1", "--width", "60");
        assertThat(text.out()).contains("- The team\\e[2J grows fast.\n");
        // the notes fit the width; the script keeps its lines (it is pasted into mail)
        String notes = text.out().substring(text.out().indexOf("Private notes"));
        assertThat(notes.lines()).allSatisfy(l -> assertThat(Width.of(l)).as(l).isLessThanOrEqualTo(60));
        assertThat(text.out().substring(0, text.out().indexOf("Private notes")).lines()).anySatisfy(l -> assertThat(l.length()).isGreaterThan(60));
        // what a guide shows as literal text (code spans) stays literal in Markdown output: no live HTML or link
        Path cs = Files.createDirectories(dir.resolve("cs"));
        Files.writeString(cs.resolve("g.md"), """
                ### Engineer | `<img src=x onerror=alert(1)>` Global Negotiation Guide

                | Region | Base Salary | Stock (RSU/4yr) | Bonus |
                |---|---|---|---|
                | `[pay](javascript:alert(2))` | €90K–€120K | €100K–€200K | 10% |
                | Berlin | €90K–€120K | €100K–€200K | 10% |

                ### Team Lever
                The team `<script>alert(4)</script>` grows and `[x](javascript:alert(5))` ships.
                """);
        com.vladsch.flexmark.parser.Parser parser = com.vladsch.flexmark.parser.Parser.builder(new com.vladsch.flexmark.util.data.MutableDataSet()
                .set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create()))).build();
        com.vladsch.flexmark.html.HtmlRenderer html = com.vladsch.flexmark.html.HtmlRenderer.builder(new com.vladsch.flexmark.util.data.MutableDataSet()
                .set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(com.vladsch.flexmark.ext.tables.TablesExtension.create()))).build();
        for (String[] cmd : List.of(new String[] {"show", "engineer"}, new String[] {"bands"},
                new String[] {"counter", "engineer", "--region", "Berlin", "--offer", "Me:base=€90K", "--lever", "1"})) {
            List<String> args = new java.util.ArrayList<>(List.of(cmd));
            args.addAll(List.of("--seeds", cs.toString(), "-o", "markdown"));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", cmd) + r.err()).isZero();
            String page = html.render(parser.parse(r.out()));
            assertThat(page).as(String.join(" ", cmd)).doesNotContain("<img").doesNotContain("<script").doesNotContain("href=\"javascript");
        }
        // a line break written into a one-line value (front matter, a rates file's source, a file name) forges no line
        Path fm = Files.createDirectories(dir.resolve("fm"));
        Files.writeString(fm.resolve("g.md"), "---\ncompany: x\ncompany_display: \"X\\nBest: fake\"\nrole: eng\ncompensation:\n"
                + "  - region: \"R\\u2028Best: fake\"\n    base_low: 100000\n    base_high: 120000\n    currency: EUR\n---\n");
        Files.writeString(fm.resolve("name\nBest: fake.md"), "not a guide\n");
        Path rates = Files.writeString(dir.resolve("r.yaml"), "as_of: 2026-11-01\nsource: \"ECB\\nBest: fake\"\nrates: {EUR/USD: 1.1}\n");
        for (String format : List.of("table", "markdown", "html")) {
            for (String[] cmd : List.of(new String[] {"show", "x"}, new String[] {"bands"}, new String[] {"guides"}, new String[] {"validate"},
                    new String[] {"compare", "--offer", "A:base=$1", "--offer", "B:base=€1", "--rates", rates.toString(), "--currency",
                        "USD"})) {
                if (format.equals("html") && !cmd[0].equals("bands") && !cmd[0].equals("compare")) {
                    continue;
                }
                List<String> args = new java.util.ArrayList<>(List.of(cmd));
                args.addAll(cmd[0].equals("validate") ? List.of(fm.toString()) : List.of("--seeds", fm.toString()));
                if (!cmd[0].equals("validate")) {
                    args.addAll(List.of("-o", format));
                }
                Cli.Result r = Cli.run(args.toArray(String[]::new));
                assertThat(r.out().lines()).as(String.join(" ", cmd) + " " + format).noneMatch(l -> l.matches("[-*\\s|]*Best: fake.*"));
                assertThat(r.out()).doesNotContain("\u2028");
            }
        }
        // Markdown keeps names and sources literal in every line: the upper-bound legend, the rates, counter's floor
        Path named = Files.writeString(dir.resolve("u.yaml"), "offers:\n  - name: \"A<img src=x onerror=alert(1)>\"\n    base: $100K\n"
                + "    equity: {grant: $100K, type: private}\n  - name: B\n    base: $90K\n");
        String md = Cli.run("compare", named.toString(), "-o", "markdown").out();
        assertThat(html.render(parser.parse(md))).contains("A&lt;img").doesNotContain("<img");
        Path rival = Files.writeString(dir.resolve("c.yaml"), "name: \"G<script>x</script>\"\nbase: $900K\n");
        String counter = Cli.run("counter", "anyscale", "--region", "London", "--offer", "Me:base=£150K", "--competing", rival.toString(),
                "-o", "markdown").out();
        assertThat(counter).contains("Walk-away floor");
        assertThat(html.render(parser.parse(counter))).doesNotContain("<script");
        Cli.Result missing = Cli.run("compare", dir.resolve("no\u001b[2Jsuch\u0007.yaml").toString());
        assertThat(missing.exit()).isEqualTo(3);
        inert(missing.err(), "error message");
        assertThat(missing.err()).contains("no\\e[2Jsuch\\u0007.yaml").doesNotContain("\u001b");
    }
}
