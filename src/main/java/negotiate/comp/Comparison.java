package negotiate.comp;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import negotiate.money.Rate;

/** Several offers valued in one currency; the best has the highest risk-adjusted four-year total. */
public record Comparison(Currency currency, List<OfferResult> offers, List<Rate> rates) {

    /** Ties: higher nominal four-year total, then name. */
    public static final Comparator<OfferResult> BEST_FIRST = Comparator
            .comparing(OfferResult::riskAdjustedFourYear, Comparator.reverseOrder())
            .thenComparing(OfferResult::fourYear, Comparator.reverseOrder())
            .thenComparing(OfferResult::name);

    public OfferResult best() {
        return offers.stream().min(BEST_FIRST).orElseThrow();
    }

    /** This offer's risk-adjusted four-year total minus the best's (zero or less). */
    public BigDecimal toBest(OfferResult r) {
        return r.riskAdjustedFourYear().subtract(best().riskAdjustedFourYear());
    }
}
