package negotiate.money;

/** No rate converts between two currencies; the message says how to give one. */
public final class MissingRateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String from;
    private final String to;

    public MissingRateException(String from, String to) {
        this(from, to, null);
    }

    private MissingRateException(String from, String to, String needer) {
        super("no exchange rate for " + from + "/" + to + (needer == null ? "" : " (" + needer + " needs it)")
                + ": give one with --rate " + from + "/" + to
                + "=RATE (1 " + from + " = RATE " + to + "), a --rates FILE, or a rates: block in the offer file");
        this.from = from;
        this.to = to;
    }

    /** The same, naming who needs the rate: "offer 'Acme' in offers.yaml". */
    public MissingRateException neededBy(String needer) {
        return new MissingRateException(from, to, needer);
    }
}
