package negotiate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * Writes roff man pages (`negotiate.1`, `negotiate-bands.1`, …) from the same command model as the
 * help, at build time (`mvn package` runs it into target/man/man1/). picocli's ManPageGenerator
 * writes AsciiDoc, which needs asciidoctor (a JRuby tool chain) to become roff; the model is simple
 * enough to write roff directly.
 */
public final class ManPages {
    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/man/man1"));
        String version = args.length > 1 ? "negotiate " + args[1] : Main.version();
        for (Path p : write(dir, version)) {
            System.out.println("wrote " + p);
        }
    }

    /** Every page, written into `dir`. */
    static List<Path> write(Path dir, String version) throws IOException {
        CommandLine root = Main.model(version);
        List<Path> out = new ArrayList<>();
        out.add(page(dir, "negotiate", root.getCommandSpec(), version, root));
        for (var e : root.getSubcommands().entrySet()) {
            out.add(page(dir, "negotiate-" + e.getKey(), e.getValue().getCommandSpec(), version, null));
        }
        return out;
    }

    private static Path page(Path dir, String name, CommandSpec spec, String version, CommandLine root) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(".TH ").append(name.toUpperCase(Locale.ROOT)).append(" 1 \"\" \"").append(esc(version))
                .append("\" \"negotiate manual\"\n");
        String[] description = spec.usageMessage().description();
        b.append(".SH NAME\n").append(esc(name)).append(" \\- ").append(esc(description.length > 0 ? description[0] : ""))
                .append('\n');
        b.append(".SH SYNOPSIS\n.B ").append(esc(name.replace('-', ' '))).append('\n');
        b.append(root != null ? "[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGS\\fR]\n" : "[\\fIOPTIONS\\fR]");
        if (root == null) {
            for (PositionalParamSpec p : spec.positionalParameters()) {
                String label = esc(p.paramLabel()) + (p.arity().max > 1 ? "..." : "");
                b.append(p.arity().min > 0 ? " \\fI" + label + "\\fR" : " [\\fI" + label + "\\fR]");
            }
            b.append('\n');
        }
        b.append(".SH DESCRIPTION\n");
        for (String d : description) {
            b.append(esc(d)).append('\n');
        }
        if (root != null) {
            b.append(".SH COMMANDS\n");
            for (var e : root.getSubcommands().entrySet()) {
                b.append(".TP\n\\fB").append(esc(e.getKey())).append("\\fR\n")
                        .append(esc(e.getValue().getCommandSpec().usageMessage().description()[0])).append('\n');
            }
        }
        if (!spec.positionalParameters().isEmpty()) {
            b.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : spec.positionalParameters()) {
                b.append(".TP\n\\fI").append(esc(p.paramLabel())).append("\\fR\n").append(esc(String.join(" ", p.description())))
                        .append('\n');
            }
        }
        b.append(".SH OPTIONS\n");
        for (OptionSpec o : spec.options()) {
            b.append(".TP\n");
            List<String> names = new ArrayList<>();
            for (String n : o.names()) {
                names.add("\\fB" + esc(n) + "\\fR");
            }
            b.append(String.join(", ", names));
            if (o.arity().max > 0) {
                b.append("=\\fI").append(esc(o.paramLabel())).append("\\fR");
            }
            b.append('\n').append(esc(String.join(" ", o.description()))).append('\n');
        }
        String[] footer = spec.usageMessage().footer();
        if (footer.length > 0) {
            String heading = spec.usageMessage().footerHeading().replace("%n", "").replace(":", "").strip();
            b.append(".SH ").append(esc(heading.toUpperCase(Locale.ROOT))).append("\n.nf\n");
            for (String f : footer) {
                String line = f.replace("%%", "%");
                if (!line.isEmpty() && !line.startsWith(" ") && line.endsWith(":")) {
                    b.append(".fi\n.SH ").append(esc(line.substring(0, line.length() - 1).toUpperCase(Locale.ROOT))).append("\n.nf\n");
                } else {
                    b.append(esc(line)).append('\n');
                }
            }
            b.append(".fi\n");
        }
        b.append(".SH SEE ALSO\n");
        b.append(root != null ? "negotiate-bands(1), negotiate-compare(1), negotiate-counter(1), negotiate-validate(1)"
                : "negotiate(1)").append('\n');
        Path p = dir.resolve(name + ".1");
        Files.writeString(p, b.toString(), StandardCharsets.UTF_8);
        return p;
    }

    /** Text safe in roff: backslashes and hyphens escaped, no line starting a request. */
    /** Roff text: backslashes and hyphens escaped, and every non-ASCII character as a `\[uXXXX]` glyph. */
    private static String esc(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp == '\\') {
                b.append("\\e");
            } else if (cp == '-') {
                b.append("\\-");
            } else if (cp > 126) {
                b.append(String.format("\\[u%04X]", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        String t = b.toString();
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
