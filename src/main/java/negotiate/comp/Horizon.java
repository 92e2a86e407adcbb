package negotiate.comp;

/**
 * How many years a report may value (§2 "Horizon": `--years N`, 1 to 10). Anything an offer lists
 * by year beyond the longest horizon could never be counted, so readers refuse it.
 */
public final class Horizon {
    private Horizon() {
    }

    /** The horizon when none is given, and the years `fourYear` always covers. */
    public static final int DEFAULT_YEARS = 4;

    /** The longest horizon, in years. */
    public static final int MAX_YEARS = 10;
}
