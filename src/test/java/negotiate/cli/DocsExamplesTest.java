package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the docs true: every ```text block in README.md and docs/ that starts with
 * `$ ./negotiate ARGS` is run in-process and must print exactly the output shown (a line `…` stands
 * for lines left out).
 */
class DocsExamplesTest {
    private static final Pattern BLOCK = Pattern.compile("```text\n\\$ \\./negotiate (.*?)\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> docsShowRealOutput() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("README.md"));
        try (Stream<Path> s = Files.walk(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md") && !p.startsWith(Path.of("docs", "src"))).sorted().forEach(files::add);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            Matcher m = BLOCK.matcher(Files.readString(f));
            while (m.find()) {
                String args = m.group(1);
                String expected = m.group(2);
                tests.add(DynamicTest.dynamicTest(f + ": " + args, () -> check(args, expected)));
            }
        }
        assertThat(tests).hasSizeGreaterThan(10);
        return tests.stream();
    }

    private static void check(String args, String expected) {
        // today's real date, as a reader running the example gets it: an example whose output depends on
        // the date must say --today, or it would drift from what the docs show
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = new Main(out, new java.io.PrintWriter(err, true), new java.util.HashMap<>(), false, java.time.LocalDate.now())
                .run(split(args).toArray(String[]::new));
        Cli.Result r = new Cli.Result(code, out.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> want = expected.lines().map(String::stripTrailing).toList();
        List<String> got = r.out().lines().map(String::stripTrailing).toList();
        int gap = want.indexOf("…");
        if (gap < 0) {
            assertThat(got).containsExactlyElementsOf(want);
        } else {
            assertThat(got.subList(0, gap)).containsExactlyElementsOf(want.subList(0, gap));
            List<String> tail = want.subList(gap + 1, want.size());
            assertThat(got.subList(got.size() - tail.size(), got.size())).containsExactlyElementsOf(tail);
        }
    }

    /** Splits like a POSIX shell for the quoting the docs use: '…' and "…". */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean any = false;
        char quote = 0;
        for (char c : s.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    cur.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (c == ' ') {
                if (any || cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                    any = false;
                }
            } else {
                cur.append(c);
            }
        }
        if (any || cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
