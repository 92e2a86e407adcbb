package negotiate.render;

import negotiate.comp.OfferResult;

/**
 * How a risk-adjusted figure says it is an upper bound: "≤" before it whenever the offer's non-public
 * equity has an unknown risk and was taken at face value (§2: unknown is never shown as zero risk).
 */
public final class Figures {
    private Figures() {
    }

    public static final String UPPER = "≤";

    public static String mark(OfferResult r) {
        return r.upperBound() ? UPPER : "";
    }

    /** The legend for the mark, or "" when no offer needs it. */
    public static String legend(Iterable<OfferResult> offers) {
        StringBuilder names = new StringBuilder();
        for (OfferResult r : offers) {
            if (r.upperBound()) {
                names.append(names.length() == 0 ? "" : ", ").append(r.name());
            }
        }
        return names.length() == 0 ? "" : UPPER + " an upper bound: the equity risk of " + names
                + " is unknown, so its equity is counted at face value\n";
    }
}
