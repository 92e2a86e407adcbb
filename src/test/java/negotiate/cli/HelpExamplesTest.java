package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example in a `--help` works when pasted: run in-process, it exits 0 (1 for validate
 * --strict, whose warnings are the point). Examples that redirect (`<`, `>`, `|`) run without the
 * redirection; the root help lists every global option.
 */
class HelpExamplesTest {
    private static final List<String> COMMANDS = List.of("guides", "show", "bands", "company", "compare", "breakeven", "counter",
            "validate", "completion");

    @TestFactory
    Stream<DynamicTest> everyHelpExampleRuns() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> helps = new ArrayList<>();
        helps.add(Cli.run("--help").out());
        for (String c : COMMANDS) {
            helps.add(Cli.run(c, "--help").out());
        }
        for (String help : helps) {
            for (String example : examples(help)) {
                tests.add(DynamicTest.dynamicTest(example, () -> {
                    String line = example.replaceFirst("^(\\./)?negotiate ", "");
                    int cut = line.length();
                    for (String r : new String[] {" <", " >", " |"}) {
                        int i = line.indexOf(r);
                        if (i >= 0) {
                            cut = Math.min(cut, i);
                        }
                    }
                    List<String> args = DocsExamplesTest.split(line.substring(0, cut));
                    if (args.contains("-")) {
                        return; // reads standard input, which the in-process run does not give
                    }
                    Cli.Result r = Cli.run(args.toArray(String[]::new));
                    assertThat(r.exit()).as(example + "\n" + r.err()).isEqualTo(args.contains("--strict") ? 1 : 0);
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThan(20);
        String root = helps.get(0);
        for (Opt<?> o : GlobalOptions.ALL) {
            assertThat(root).as("root help names " + o.name()).contains(o.names()[0]);
        }
        return tests.stream();
    }

    /** The lines under "Examples:", a trailing backslash joining the next line. */
    private static List<String> examples(String help) {
        List<String> out = new ArrayList<>();
        int at = help.indexOf("Examples:\n");
        if (at < 0) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (String l : help.substring(at + 10).split("\n")) {
            if (l.isBlank() && cur.length() == 0) {
                break;
            }
            String t = l.strip();
            cur.append(t.endsWith("\\") ? t.substring(0, t.length() - 1) : t);
            if (!t.endsWith("\\")) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            }
        }
        return out;
    }
}
