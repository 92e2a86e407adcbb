package negotiate.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import negotiate.input.DidYouMean;
import negotiate.input.InputException;
import negotiate.money.MissingRateException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Entry point. Streams are injected (tests run the whole CLI in-process); exit codes: 0 ok, 1 validate
 * found problems, 2 usage, 3 bad input data, 4 output failure or internal error.
 */
public final class Main {
    private final Context ctx;

    /** `today` null: the system clock. */
    public Main(OutputStream out, PrintWriter err, Map<String, String> env, boolean tty, LocalDate today) {
        this.ctx = new Context(out, err, env, tty, today);
    }

    /** With standard input (a FILE argument `-`). */
    public Main(java.io.InputStream in, OutputStream out, PrintWriter err, Map<String, String> env, boolean tty, LocalDate today) {
        this.ctx = new Context(in, out, err, env, tty, today);
    }

    public static void main(String[] args) {
        // picocli registers converters for java.sql and java.time types by reflection (loading ~70
        // classes); every option here is text, so they are skipped (a documented picocli property)
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        Main main = new Main(System.in, out, err, System.getenv(), System.console() != null, null);
        int code = main.run(args);
        err.flush();
        if (Boolean.getBoolean("negotiate.fastExit")) {
            // Everything is written and flushed (stdout is unbuffered and checked; stderr flushed above)
            // and negotiate registers no shutdown hooks, so the JVM may stop at once: System.exit runs
            // the hooks and, since JDK 21, starts the logging system to log the exit (~10 ms). The
            // launcher asks for this unless extra JVM options (an agent, a recording) might need the hooks.
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    private static final List<String> COMMANDS =
            List.of("guides", "show", "bands", "company", "compare", "breakeven", "counter", "validate", "completion");

    /** The root command: only groups the subcommands. */
    private static CommandSpec root() {
        CommandSpec s = Specs.create("negotiate");
        // the global options as declared (one list), so that none is left out of the help
        List<String> globals = new java.util.ArrayList<>();
        for (Opt<?> o : GlobalOptions.ALL) {
            globals.add(o.names()[0]);
        }
        s.usageMessage().description("Negotiation calculator: salary bands, offer comparison, counter-offers.",
                        "Global options (" + String.join(", ", globals) + ")",
                        "go before or after the command; 'negotiate help COMMAND' is a command's help.")
                .synopsisSubcommandLabel("COMMAND")
                .footerHeading("%nExit codes:%n")
                .footer("  0  success",
                        "  1  validate found errors (or warnings with --strict)",
                        "  2  usage: a bad option, an unknown or ambiguous query, a bad inline value",
                        "  3  bad input data: an offer, rates or template file; an unreadable guide",
                        "  4  output could not be written, or an internal error",
                        "",
                        "Examples:",
                        "  ./negotiate compare docs/examples/offers.yaml",
                        "  ./negotiate bands hugging-face --region Paris",
                        "  ./negotiate counter anyscale --region London --offer 'Me:base=£150K'",
                        "  ./negotiate validate seeds",
                        "",
                        "Environment:",
                        "  NEGOTIATE_SEEDS      guides folder when --seeds is not given",
                        "                       (else ./seeds, else the copy in the jar)",
                        "  NEGOTIATE_CACHE=off  read every guide afresh (no cache)",
                        "  NEGOTIATE_CACHE_DIR  the guide cache (default $XDG_CACHE_HOME/negotiate,",
                        "                       else ~/.cache/negotiate)",
                        "  NO_COLOR             no colour (also TERM=dumb, --color never)",
                        "  NEGOTIATE_JAVA_OPTS  extra JVM options for the ./negotiate launcher",
                        "  NEGOTIATE_CDS=off    the launcher runs without its class-data archive",
                        "",
                        "Files:",
                        "  seeds/               guides, read at run time (.md, .markdown, .txt)",
                        "  ~/.cache/negotiate/  the guide cache: checked on every use, safe to delete",
                        "  target/negotiate.jar built by ./negotiate on first run (target/cds/: its",
                        "                       class-data archive)",
                        "  target/man/man1/     man pages, made by the build (see docs/INSTALL.md)");
        Specs.helpOptions(s);
        return s;
    }

    private static CommandSpec spec(String name) {
        return switch (name) {
            case "guides" -> GuidesCommand.spec();
            case "show" -> ShowCommand.spec();
            case "bands" -> BandsCommand.spec();
            case "company" -> CompanyCommand.spec();
            case "compare" -> CompareCommand.spec();
            case "breakeven" -> BreakevenCommand.spec();
            case "counter" -> CounterCommand.spec();
            case "completion" -> CompletionCommand.spec();
            default -> ValidateCommand.spec();
        };
    }

    private BaseCommand command(String name, Parsed p) {
        return switch (name) {
            case "guides" -> new GuidesCommand(ctx, p);
            case "show" -> new ShowCommand(ctx, p);
            case "bands" -> new BandsCommand(ctx, p);
            case "company" -> new CompanyCommand(ctx, p);
            case "compare" -> new CompareCommand(ctx, p);
            case "breakeven" -> new BreakevenCommand(ctx, p);
            case "counter" -> new CounterCommand(ctx, p);
            case "completion" -> new CompletionCommand(ctx, p);
            default -> new ValidateCommand(ctx, p);
        };
    }

    public int run(String... args) {
        try {
            return dispatch(args);
        } catch (Context.OutputFailure e) {
            return outputFailure(e);
        } catch (OutOfMemoryError e) {
            ctx.err().println("negotiate: out of memory: give the JVM more with NEGOTIATE_JAVA_OPTS=-Xmx1g, or check fewer files at once");
            return ExitCode.FAILURE.code;
        } catch (StackOverflowError e) {
            ctx.err().println("negotiate: internal error: stack overflow (run with --verbose and report it)");
            return ExitCode.FAILURE.code;
        } catch (RuntimeException e) {
            return handle(e, verbose(args));
        } finally {
            ctx.err().flush();
        }
    }

    /**
     * `negotiate --format json bands` = `negotiate bands --format json` (git, gh, kubectl): global
     * options written before the command are moved after it. `help [COMMAND]` is `[COMMAND] --help`.
     */
    static String[] normalise(String[] args) {
        int i = 0;
        while (i < args.length && args[i].startsWith("-")) {
            int width = GlobalOptions.width(args[i]);
            if (width == 0) {
                // a mistyped option before the command: the command's own parse names it (with its
                // "did you mean"); -h and -V alone go to the root
                int c = i + 1;
                while (c < args.length && !COMMANDS.contains(args[c])) {
                    c++;
                }
                if (c >= args.length) {
                    return args;
                }
                i = c;
                break;
            }
            i += width;
        }
        if (i >= args.length) {
            return args;
        }
        String[] out = new String[args.length];
        int k = 0;
        if (args[i].equals("help")) {
            if (i + 1 < args.length) {
                // an unknown name is left alone, to be said as an unknown command (with "did you mean")
                return COMMANDS.contains(args[i + 1]) ? new String[] {args[i + 1], "--help"} : new String[] {args[i + 1]};
            }
            return new String[] {"--help"};
        }
        out[k++] = args[i];
        System.arraycopy(args, 0, out, k, i);
        k += i;
        System.arraycopy(args, i + 1, out, k, args.length - i - 1);
        return out;
    }

    private int dispatch(String[] given) {
        String[] args = normalise(given);
        String version = version();
        // A known command is parsed by its own model alone (named "negotiate NAME" for its help): a
        // root model would double picocli's set-up, the main cost of its start-up. Anything else goes
        // to the root, which lists every command.
        String name = args.length > 0 && COMMANDS.contains(args[0]) ? args[0] : null;
        CommandLine cl;
        String[] rest = args;
        if (name != null) {
            cl = new CommandLine(spec(name).name("negotiate " + name).version(version));
            rest = Arrays.copyOfRange(args, 1, args.length);
        } else {
            cl = model(version);
        }
        cl.setOut(new PrintWriter(new Writer() {
            private final StringBuilder buf = new StringBuilder();

            @Override
            public void write(char[] c, int off, int len) {
                buf.append(c, off, len);
            }

            @Override
            public void flush() {
                if (buf.length() > 0) {
                    String s = buf.toString();
                    buf.setLength(0);
                    ctx.emit(s);
                }
            }

            @Override
            public void close() {
                flush();
            }
        }, true));
        cl.setErr(ctx.err());
        ParseResult parsed;
        try {
            parsed = cl.parseArgs(rest);
            if (CommandLine.printHelpIfRequested(parsed)) {
                cl.getOut().flush();
                return ExitCode.OK.code;
            }
            if (name == null) {
                throw new ParameterException(cl, "a command is required");
            }
        } catch (UnmatchedArgumentException e) {
            return usage(unmatched(e.getUnmatched(), name, cl.getCommandSpec()), name);
        } catch (ParameterException e) {
            // a mistyped option makes a required one look missing: say the mistake, not the symptom
            for (String a : rest) {
                String bare = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                if (bare.startsWith("--") && !cl.getCommandSpec().optionsMap().containsKey(bare)) {
                    return usage(unmatched(List.of(a), name, cl.getCommandSpec()), name);
                }
            }
            return usage(e.getMessage(), name);
        }
        return command(name, new Parsed(cl.getCommandSpec())).call().code;
    }

    /** What picocli could not place, said plainly (its own text counts argument indexes), with a likely fix. */
    private static String unmatched(List<String> args, String command, CommandSpec spec) {
        String first = args.get(0);
        if (first.startsWith("-")) {
            String bare = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            // a one-letter option is too short to guess from (-z is not a typo of -h)
            String near = bare.length() <= 2 ? null : DidYouMean.suggest(bare, spec.optionsMap().keySet());
            return "unknown option '" + first + "'" + (near == null ? "" : ": did you mean '" + near + "'?");
        }
        if (command == null) {
            String near = DidYouMean.suggest(first, COMMANDS);
            return "unknown command '" + first + "'" + (near == null ? ": use one of " + String.join(", ", COMMANDS)
                    : ": did you mean '" + near + "'?");
        }
        return "unexpected argument" + (args.size() == 1 ? "" : "s") + " '" + String.join("' '", args) + "'";
    }

    private int usage(String message, String command) {
        ctx.err().println("negotiate: " + message);
        ctx.err().println("Try 'negotiate " + (command == null ? "" : command + " ") + "--help'.");
        return ExitCode.USAGE.code;
    }

    private int handle(Exception ex, boolean verbose) {
        if (ex instanceof InputException ie) {
            // several problems of one file: each line stands alone, as a compiler's do (grep, editors)
            String[] lines = ie.diagnostics().size() > 1 ? ie.getMessage().split("\n") : new String[] {ie.getMessage()};
            for (String line : lines) {
                ctx.err().println("negotiate: " + line);
            }
            return ExitCode.of(ie).code;
        }
        if (ex instanceof MissingRateException mr) {
            ctx.err().println("negotiate: " + mr.getMessage());
            return ExitCode.DATA.code;
        }
        if (ex instanceof Context.OutputFailure of) {
            return outputFailure(of);
        }
        ctx.err().println("negotiate: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            ex.printStackTrace(ctx.err());
        }
        return ExitCode.FAILURE.code;
    }

    private int outputFailure(Context.OutputFailure e) {
        if (e.closedPipe()) {
            return ExitCode.OK.code;
        }
        ctx.err().println("negotiate: cannot write the output: " + e.getMessage());
        return ExitCode.FAILURE.code;
    }

    private static boolean verbose(String[] args) {
        for (String a : args) {
            if (a.equals("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** The whole command line: the root and every command (help, completion and man pages). */
    static CommandLine model(String version) {
        CommandLine cl = new CommandLine(root().version(version));
        for (String n : COMMANDS) {
            cl.addSubcommand(n, new CommandLine(spec(n).version(version)));
        }
        return cl;
    }

    /** The version from the jar manifest ("dev" when run from classes). */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return "negotiate " + (v == null ? "dev" : v);
    }
}
