package negotiate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Command-line habits of git, gh and kubectl (spec §3), run in-process. */
class HabitsTest {
    @Test
    void globalOptionsGoBeforeOrAfterTheCommandAndOIsFormat() {
        Cli.Result after = Cli.run("bands", "anyscale", "--format", "json");
        assertThat(after.exit()).isZero();
        assertThat(Cli.run("--format", "json", "bands", "anyscale").out()).isEqualTo(after.out());
        assertThat(Cli.run("-o", "json", "bands", "anyscale").out()).isEqualTo(after.out());
        assertThat(Cli.run("--format=json", "--today", "2026-11-22", "bands", "anyscale").out()).isEqualTo(after.out());
        assertThat(Cli.run("bands", "anyscale", "-o", "json").out()).isEqualTo(after.out());
    }

    @Test
    void mistypedCommandsAndOptionsGetDidYouMean() {
        Cli.Result cmd = Cli.run("compre", "x.yaml");
        assertThat(cmd.exit()).isEqualTo(2);
        assertThat(cmd.err()).contains("unknown command 'compre': did you mean 'compare'?");
        Cli.Result opt = Cli.run("bands", "--regoin", "paris");
        assertThat(opt.exit()).isEqualTo(2);
        assertThat(opt.err()).contains("unknown option '--regoin': did you mean '--region'?");
        Cli.Result far = Cli.run("zzzzzz");
        assertThat(far.err()).contains("use one of guides, show, bands");
        // before the command, and where a required option looks missing, the mistake itself is named
        assertThat(Cli.run("-o", "json", "--formt", "json", "bands").err()).contains("unknown option '--formt': did you mean '--format'?");
        assertThat(Cli.run("counter", "anyscale", "--regoin", "London", "--offer", "Me:base=£1").err())
                .contains("unknown option '--regoin': did you mean '--region'?");
        assertThat(Cli.run("help", "compre").err()).contains("unknown command 'compre': did you mean 'compare'?");
        assertThat(Cli.run("help", "compre").exit()).isEqualTo(2);
        assertThat(Cli.run("bands", "-z").err()).contains("unknown option '-z'").doesNotContain("did you mean");
        assertThat(Cli.run("bands", "-o", "yaml").err()).contains("yaml is not a format: use one of table, json, markdown, csv");
    }

    @Test
    void helpCommand() {
        Cli.Result h = Cli.run("help", "bands");
        assertThat(h.exit()).isZero();
        assertThat(h.out()).startsWith("Usage: negotiate bands").contains("--level");
        assertThat(Cli.run("help").out()).startsWith("Usage: negotiate");
    }

    @Test
    void impossibleDatesAndColorValuesAreUsageErrorsOnEveryCommand() {
        Cli.Result d = Cli.run("bands", "anyscale", "--today", "2026-02-30");
        assertThat(d.exit()).isEqualTo(2);
        assertThat(d.err()).contains("--today 2026-02-30: there is no such day");
        assertThat(Cli.run("bands", "--today", "22/11/2026").err()).contains("write the date as YYYY-MM-DD");
        Cli.Result c = Cli.run("bands", "--color", "sometimes");
        assertThat(c.exit()).isEqualTo(2);
        assertThat(c.err()).contains("use auto, always, never");
    }

    @Test
    void colorAlwaysNeverAndTermDumb() {
        assertThat(Cli.run("bands", "anyscale", "--color", "always").out()).contains("\u001b[");
        assertThat(Cli.run("bands", "anyscale", "--color=never").out()).doesNotContain("\u001b[");
        assertThat(Cli.run("bands", "anyscale", "--color", "always", "--no-color").out()).doesNotContain("\u001b[");
        // a terminal: colour unless NO_COLOR or TERM=dumb
        assertThat(new Context(null, null, Cli.env("TERM", "xterm"), true, null).color(false)).isTrue();
        assertThat(new Context(null, null, Cli.env("TERM", "dumb"), true, null).color(false)).isFalse();
        assertThat(new Context(null, null, Cli.env("NO_COLOR", "1"), true, null).color(false)).isFalse();
    }

    @Test
    void aGlobalOptionACommandCannotHonourIsAUsageError() {
        for (String[] args : new String[][] {
            {"counter", "anyscale", "--region", "London", "--offer", "Me:base=£150K", "--currency", "USD"},
            {"company", "hugging-face", "--currency", "USD"},
            {"guides", "--currency", "EUR"},
            {"validate", "seeds", "--currency", "EUR"},
        }) {
            Cli.Result r = Cli.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).contains("--currency is not used by '" + args[0] + "'");
            assertThat(r.out()).isEmpty();
        }
        assertThat(Cli.run("guides", "--rate", "EUR/USD=1.1").err()).contains("--rate is not used by 'guides'");
        assertThat(Cli.run("validate", "seeds", "--rates", "r.yaml").err()).contains("--rates is not used by 'validate'");
        assertThat(Cli.run("counter", "anyscale", "--region", "London", "--offer", "Me:base=£150K", "--competing",
                "C:base=$250K", "--rate", "GBP/USD=1.27").exit()).isZero();
    }

    private static Cli.Result withStdin(String input, String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = new Main(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)), out,
                new java.io.PrintWriter(err, true), new java.util.HashMap<>(), false, Cli.TODAY).run(args);
        return new Cli.Result(code, out.toString(java.nio.charset.StandardCharsets.UTF_8), err.toString());
    }

    @Test
    void aDashReadsStandardInput() throws java.io.IOException {
        String offers = java.nio.file.Files.readString(java.nio.file.Path.of("docs/examples/offers.yaml"));
        Cli.Result file = Cli.run("compare", "docs/examples/offers.yaml", "--format", "json");
        Cli.Result piped = withStdin(offers, "compare", "-", "--format", "json");
        assertThat(piped.exit()).as(piped.err()).isZero();
        assertThat(piped.out()).isEqualTo(file.out().replace("docs/examples/offers.yaml", "stdin"));
        Cli.Result twice = withStdin(offers, "compare", "-", "-");
        assertThat(twice.exit()).isEqualTo(2);
        assertThat(twice.err()).contains("only once");
        Cli.Result rates = withStdin("rates: {EUR/USD: 1.2}\n", "bands", "hugging-face/open-source-ml-platform-engineer",
                "--region", "paris", "--currency", "USD", "--rates", "-", "-o", "json");
        assertThat(rates.exit()).as(rates.err()).isZero();
        assertThat(rates.out()).contains("\"source\" : \"file stdin\"").contains("\"rate\" : 1.2");
        Cli.Result tpl = withStdin("Hi {{company}}\n", "counter", "anyscale", "--region", "London", "--offer", "Me:base=£150K",
                "--template", "-");
        assertThat(tpl.out()).contains("Hi Anyscale");
        String guide = java.nio.file.Files.readString(java.nio.file.Path.of("seeds/004_b5d86265bf3c1cf1.txt"));
        Cli.Result v = withStdin(guide, "validate", "-", "--format", "json");
        assertThat(v.out()).contains("\"file\" : \"stdin\"").contains("\"kind\" : \"guide\"");
    }

    @Test
    void completionScriptsCompleteCommandsAndOptions() throws Exception {
        Cli.Result bash = Cli.run("completion", "bash");
        assertThat(bash.exit()).isZero();
        assertThat(Cli.run("completion", "zsh").out()).contains("bashcompinit").contains(bash.out());
        assertThat(Cli.run("completion", "fish").exit()).isEqualTo(2);
        java.nio.file.Path script = java.nio.file.Files.createTempFile("negotiate-completion", ".sh");
        java.nio.file.Files.writeString(script, bash.out());
        String probe = "source '" + script + "' 2>/dev/null\n"
                + "COMP_WORDS=(negotiate ba); COMP_CWORD=1; COMP_LINE='negotiate ba'; COMP_POINT=12\n"
                + "_complete_negotiate 2>/dev/null; echo \"[${COMPREPLY[*]}]\"\n"
                + "COMP_WORDS=(negotiate bands --le); COMP_CWORD=2; COMP_LINE='negotiate bands --le'; COMP_POINT=20\n"
                + "_complete_negotiate 2>/dev/null; echo \"[${COMPREPLY[*]}]\"\n"
                + "COMP_WORDS=(negotiate bands -o ''); COMP_CWORD=3; COMP_LINE='negotiate bands -o '; COMP_POINT=19\n"
                + "_complete_negotiate 2>/dev/null; echo \"[${COMPREPLY[*]}]\"\n"
                + "COMP_WORDS=(negotiate counter --anchor ''); COMP_CWORD=3; COMP_LINE='negotiate counter --anchor '; COMP_POINT=27\n"
                + "_complete_negotiate 2>/dev/null; echo \"[${COMPREPLY[*]}]\"\n"
                + "COMP_WORDS=(negotiate compare docs/ex); COMP_CWORD=2; COMP_LINE='negotiate compare docs/ex'; COMP_POINT=25\n"
                + "_complete_negotiate 2>/dev/null; echo \"[${COMPREPLY[*]}]\"\n";
        Process p = new ProcessBuilder("bash", "-c", probe).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(out).contains("[bands]").contains("[--level]").contains("[table json markdown csv html]")
                .contains("[top p75 mid]").contains("[docs/examples]");
        java.nio.file.Files.delete(script);
    }

    @Test
    void everyCommandsHelpHasExamplesThatRunAsWritten() {
        for (String cmd : java.util.List.of("guides", "show", "bands", "company", "compare", "breakeven", "counter", "validate",
                "completion")) {
            String help = Cli.run(cmd, "--help").out();
            assertThat(help).as(cmd).contains("Examples:");
            assertThat(help.lines()).as(cmd + ": help fits 80 columns").allMatch(l -> l.length() <= 80);
            String examples = help.substring(help.indexOf("Examples:") + 9).replace("\\\n", " ");
            for (String line : examples.strip().split("\n")) {
                String l = line.strip();
                assertThat(l).startsWith("negotiate ");
                if (l.contains("|") || l.contains("<") || l.contains(">")) {
                    continue; // shell plumbing: the command before it is run by another example
                }
                java.util.List<String> args = DocsExamplesTest.split(l.substring("negotiate ".length()));
                Cli.Result r = Cli.run(args.toArray(String[]::new));
                assertThat(r.exit()).as(l + "\n" + r.err()).isIn(0, 1);
            }
        }
        String root = Cli.run("--help").out();
        assertThat(root).contains("Exit codes:").contains("Environment:").contains("NEGOTIATE_SEEDS")
                .contains("NEGOTIATE_CACHE_DIR").contains("Files:").contains("target/man/man1/");
        assertThat(root.lines()).allMatch(l -> l.length() <= 80);
    }

    @Test
    void everyDeclaredOptionIsInItsCommandsModel() throws Exception {
        // an Opt constant left out of its command's spec() would fail at run time: found here instead
        for (Class<?> c : java.util.List.of(BandsCommand.class, BreakevenCommand.class, CompanyCommand.class,
                CompareCommand.class, CounterCommand.class, GuidesCommand.class, ShowCommand.class, ValidateCommand.class,
                CompletionCommand.class)) {
            picocli.CommandLine.Model.CommandSpec spec = (picocli.CommandLine.Model.CommandSpec) c.getDeclaredMethod("spec")
                    .invoke(null);
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (f.getType() == Opt.class) {
                    Opt<?> o = (Opt<?>) f.get(null);
                    assertThat(spec.findOption(o.name())).as(c.getSimpleName() + "." + f.getName()).isNotNull();
                }
            }
            for (Opt<?> o : GlobalOptions.ALL) {
                assertThat(spec.findOption(o.name())).as(c.getSimpleName() + " " + o.name()).isNotNull();
            }
        }
    }
}
