package negotiate.comp;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * An offer valued in one currency over a horizon of N years (1–10; `years` holds at least four, so
 * that `fourYear`, `annual` and `firstYear` keep their four-year meaning whatever N is): nominal and
 * risk-adjusted, the risk used, the non-public equity (grant and refreshes, face value) vesting
 * within the horizon that the risk applies to, and the band position.
 */
public record OfferResult(Offer offer, Currency currency, List<YearBreakdown> years, BigDecimal firstYear,
                          BigDecimal annual, BigDecimal fourYear, Risk risk, BigDecimal atRisk,
                          BigDecimal riskAdjustedAnnual, BigDecimal riskAdjustedFourYear, BandPosition band,
                          List<String> notes, int horizon, BigDecimal horizonTotal, BigDecimal horizonRiskAdjusted,
                          List<Payment> payments, BigDecimal taxPct) {

    /** The horizon total after the user's tax rate; null without one. */
    public BigDecimal afterTaxHorizon() {
        return taxPct == null ? null : CompEngine.afterTax(horizonTotal, taxPct);
    }

    /** The risk-adjusted horizon total after the user's tax rate; null without one. */
    public BigDecimal afterTaxRiskAdjusted() {
        return taxPct == null ? null : CompEngine.afterTax(horizonRiskAdjusted, taxPct);
    }

    /** The years of the horizon, 1..N. */
    public List<YearBreakdown> horizonYears() {
        return years.subList(0, horizon);
    }

    public String name() {
        return offer.name();
    }

    /** The risk in percent; null when unknown. */
    public BigDecimal riskPct() {
        return risk.pct();
    }

    public String riskSource() {
        return risk.source();
    }

    /** True when the risk-adjusted figures are an upper bound: non-public equity whose risk nobody gave. */
    public boolean upperBound() {
        return risk.isUnknown() && atRisk.signum() > 0;
    }
}
