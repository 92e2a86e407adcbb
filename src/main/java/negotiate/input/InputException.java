package negotiate.input;

/**
 * A user's file or argument is wrong: one clear message and what kind of mistake it is (the command
 * line maps the kind to an exit code; nothing else chooses one).
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A bad option, argument or inline value; or bad data in a file. */
    public enum Kind { USAGE, DATA }

    private final Kind kind;

    private InputException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static InputException data(Diagnostic d) {
        return new InputException(Kind.DATA, d.render());
    }

    public static InputException data(String message) {
        return new InputException(Kind.DATA, message);
    }

    public static InputException usage(String message) {
        return new InputException(Kind.USAGE, message);
    }

    public Kind kind() {
        return kind;
    }
}
