package negotiate.input;

/** A user's file or argument is wrong; carries the exit code (2 usage, 3 data) and one clear message. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public InputException(int exitCode, String message) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public static InputException data(Diagnostic d) {
        return new InputException(3, d.render());
    }

    public static InputException data(String message) {
        return new InputException(3, message);
    }

    public static InputException usage(String message) {
        return new InputException(2, message);
    }

    public int exitCode() {
        return exitCode;
    }
}
