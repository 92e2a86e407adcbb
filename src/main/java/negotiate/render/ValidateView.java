package negotiate.render;

import negotiate.check.Validation;
import negotiate.input.Diagnostic;
import negotiate.input.Severity;

/** Renders `validate`: compiler-style lines, GitHub annotations, or §4 JSON. */
public final class ValidateView {
    private ValidateView() {
    }

    public static String render(Format format, Validation v, Style style) {
        return switch (format) {
            case JSON -> json(v);
            case GITHUB -> github(v);
            default -> text(v, style);
        };
    }

    private static String text(Validation v, Style style) {
        StringBuilder b = new StringBuilder();
        int guides = 0;
        int reports = 0;
        for (Validation.FileResult f : v.files()) {
            switch (f.kind()) {
                case GUIDE -> guides++;
                case REPORT -> reports++;
                default -> {
                }
            }
            for (Diagnostic d : f.diagnostics()) {
                String sev = d.severity() == Severity.ERROR ? style.red("error") : style.yellow("warning");
                b.append(d.file()).append(':').append(d.line()).append(':').append(d.column()).append(": ")
                        .append(sev).append(": ").append(d.message()).append(' ').append(style.dim("[" + d.code() + "]")).append('\n');
            }
        }
        b.append(v.files().size()).append(v.files().size() == 1 ? " file: " : " files: ").append(guides).append(guides == 1 ? " guide, " : " guides, ")
                .append(reports).append(reports == 1 ? " report, " : " reports, ")
                .append(v.files().size() - guides - reports).append(" other; ")
                .append(v.errors()).append(v.errors() == 1 ? " error, " : " errors, ")
                .append(v.warnings()).append(v.warnings() == 1 ? " warning\n" : " warnings\n");
        return b.toString();
    }

    private static String github(Validation v) {
        StringBuilder b = new StringBuilder();
        for (Validation.FileResult f : v.files()) {
            for (Diagnostic d : f.diagnostics()) {
                b.append("::").append(d.severity() == Severity.ERROR ? "error" : "warning")
                        .append(" file=").append(escapeProperty(d.file())).append(",line=").append(d.line())
                        .append(",col=").append(d.column()).append(",title=").append(d.code())
                        .append("::").append(escapeData(d.message())).append('\n');
            }
        }
        return b.toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static String json(Validation v) {
        return new Json().object(j -> {
            j.str("schema", "negotiate.validate/1");
            j.array("files", a -> {
                for (Validation.FileResult f : v.files()) {
                    a.object(o -> {
                        o.str("file", f.file());
                        o.str("kind", f.kind().label());
                        o.str("id", f.id());
                        o.array("diagnostics", ds -> {
                            for (Diagnostic d : f.diagnostics()) {
                                ds.object(x -> x.str("severity", d.severity().label()).num("line", d.line())
                                        .num("column", d.column()).str("code", d.code()).str("message", d.message()));
                            }
                        });
                    });
                }
            });
            j.object("summary", s -> s.num("files", v.files().size()).num("errors", v.errors()).num("warnings", v.warnings()));
        }).toString();
    }
}
