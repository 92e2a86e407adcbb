package negotiate.money;

/** No rate converts between two currencies; the message says how to give one. */
public final class MissingRateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MissingRateException(String from, String to) {
        super("no exchange rate for " + from + "/" + to + ": give one with --rate " + from + "/" + to
                + "=RATE (1 " + from + " = RATE " + to + "), a --rates FILE, or a rates: block in the offer file");
    }
}
