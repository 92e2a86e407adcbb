package negotiate.money;

/** A money literal that cannot be read; `code` is the validate code (`amount`, `currency`, `range`). */
public final class AmountException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;

    public AmountException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
