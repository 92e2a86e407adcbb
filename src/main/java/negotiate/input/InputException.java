package negotiate.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A user's file or argument is wrong: one clear message and what kind of mistake it is (the command
 * line maps the kind to an exit code; nothing else chooses one).
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A bad option, argument or inline value; or bad data in a file. */
    public enum Kind { USAGE, DATA }

    /** Reading order: a user fixes a file from the top, so line 4 comes before line 5. */
    private static final Comparator<Diagnostic> BY_POSITION =
            Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    private final Kind kind;
    private final transient List<Diagnostic> diagnostics;

    private InputException(Kind kind, String message, List<Diagnostic> diagnostics) {
        super(message, null, false, false);
        this.kind = kind;
        this.diagnostics = diagnostics;
    }

    public static InputException data(Diagnostic d) {
        return new InputException(Kind.DATA, d.render(), List.of(d));
    }

    /**
     * Every problem found in one file, in line order, one per line as `file:line:col: error: …`; a
     * user who fixes them all at once is not sent back to the file once per mistake.
     */
    public static InputException data(List<Diagnostic> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("an input error needs at least one diagnostic");
        }
        List<Diagnostic> sorted = new ArrayList<>(all);
        sorted.sort(BY_POSITION);
        StringBuilder b = new StringBuilder();
        for (Diagnostic d : sorted) {
            b.append(b.length() == 0 ? "" : "\n").append(d.render());
        }
        return new InputException(Kind.DATA, b.toString(), List.copyOf(sorted));
    }

    public static InputException data(String message) {
        return new InputException(Kind.DATA, message, List.of());
    }

    public static InputException usage(String message) {
        return new InputException(Kind.USAGE, message, List.of());
    }

    public Kind kind() {
        return kind;
    }

    /** The diagnostics behind the message, in line order (none for a message about no file position). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
