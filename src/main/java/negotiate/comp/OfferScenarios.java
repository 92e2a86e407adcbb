package negotiate.comp;

import java.math.BigDecimal;
import java.util.List;

/**
 * An offer's outcomes and what they come from: the report and its exit table (null when the offer's
 * company has none), the valuation at grant and where it came from, the dilution, the chance equity
 * goes to zero (P0) and how the exit probabilities were read; the probability-weighted expected
 * horizon total (at the multiples' mids) with its low and high; growth scenarios for public equity;
 * and notes saying each scaling rule that applied.
 */
public record OfferScenarios(String offer, String company, String report, String table, BigDecimal valuationAtGrant,
                             String valuationCurrency, String valuationFrom, BigDecimal dilutionPct, BigDecimal p0Pct,
                             List<Outcome> outcomes, BigDecimal expected, BigDecimal expectedLow, BigDecimal expectedHigh,
                             List<Outcome> growth, List<String> notes) {
}
