package negotiate.comp;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import negotiate.money.Rate;

/** Several offers valued in one currency; the best has the highest risk-adjusted four-year total. */
public record Comparison(Currency currency, List<OfferResult> offers, List<Rate> rates) {

    /** The offer with the highest risk-adjusted four-year total; ties: higher nominal four-year total, then name. */
    public OfferResult best() {
        OfferResult best = null;
        for (OfferResult r : offers) {
            if (best == null || better(r, best)) {
                best = r;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no offers");
        }
        return best;
    }

    private static boolean better(OfferResult a, OfferResult b) {
        int c = a.riskAdjustedFourYear().compareTo(b.riskAdjustedFourYear());
        if (c == 0) {
            c = a.fourYear().compareTo(b.fourYear());
        }
        return c != 0 ? c > 0 : a.name().compareTo(b.name()) < 0;
    }

    /** This offer's risk-adjusted four-year total minus the best's (zero or less). */
    public BigDecimal toBest(OfferResult r) {
        return r.riskAdjustedFourYear().subtract(best().riskAdjustedFourYear());
    }
}
