package negotiate.comp;

import java.math.BigDecimal;

/** One year of an offer, component by component, in the report currency (unrounded). */
public record YearBreakdown(int year, BigDecimal base, BigDecimal bonus, BigDecimal signing, BigDecimal equity,
                            BigDecimal refresh, BigDecimal benefits, BigDecimal total, BigDecimal riskAdjusted) {
}
