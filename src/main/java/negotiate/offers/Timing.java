package negotiate.offers;

import java.util.Map;
import negotiate.comp.Frequency;
import negotiate.input.Months;

/** Reads when a grant's installments fall: a cliff in months and a frequency, for `equity:` and `refresh:` alike. */
final class Timing {
    private static final Map<String, Frequency> FREQUENCIES = Map.of("monthly", Frequency.MONTHLY, "quarterly",
            Frequency.QUARTERLY, "yearly", Frequency.YEARLY, "annually", Frequency.YEARLY, "annual", Frequency.YEARLY);

    private Timing() {
    }

    /** The cliff in months (a bare number is months; `1y` and `18m` are read too), at most the grant's length; null when not given. */
    static Integer cliff(OfferReading r, OfferKey key, int grantYears) {
        FlatOffer.Val v = r.get(key);
        if (v == null) {
            return null;
        }
        int months;
        try {
            months = Months.parse(v.text(), true);
        } catch (Months.Invalid e) {
            throw r.fail(key, v, e.getMessage() + " (a cliff in months, e.g. 12)");
        }
        if (months > 12 * grantYears) {
            throw r.fail(key, v, "a cliff of " + months + " months is longer than the grant (" + grantYears
                    + (grantYears == 1 ? " year" : " years") + ", " + 12 * grantYears + " months)");
        }
        return months;
    }

    /** The frequency, read whatever its case; null when not given. */
    static Frequency frequency(OfferReading r, OfferKey key) {
        FlatOffer.Val v = r.get(key);
        return v == null ? null : r.choice(key, v, FREQUENCIES, "a vesting frequency: use monthly, quarterly or yearly");
    }
}
