package negotiate.input;

import java.util.Objects;

/** One problem in one input file, with a stable code and the position to look at. */
public record Diagnostic(String file, int line, int column, Severity severity, String code, String message) {
    public Diagnostic {
        Objects.requireNonNull(file);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
        line = Math.max(line, 1);
        column = Math.max(column, 1);
    }

    public static Diagnostic error(String file, int line, int column, String code, String message) {
        return new Diagnostic(file, line, column, Severity.ERROR, code, message);
    }

    public static Diagnostic warning(String file, int line, int column, String code, String message) {
        return new Diagnostic(file, line, column, Severity.WARNING, code, message);
    }

    /** `file:line:col: error: message [code]`, the form compilers use. */
    public String render() {
        // one diagnostic, one line: a line break in a file name is shown, not obeyed (the rest is shown on output)
        return file.replace("\n", "\\n").replace("\r", "\\r") + ":" + line + ":" + column + ": " + severity.label() + ": "
                + message.replace("\n", "\\n").replace("\r", "\\r") + " [" + code + "]";
    }
}
