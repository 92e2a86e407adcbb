package negotiate.comp;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import negotiate.money.Money;
import negotiate.money.Rate;

/** Several offers valued in one currency over one horizon; the best has the highest risk-adjusted horizon total. */
public record Comparison(Currency currency, List<OfferResult> offers, List<Rate> rates) {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    /** §2: the verdict names the break-even risk when the best offer's risk is this close to it (points). */
    public static final BigDecimal CLOSE = BigDecimal.TEN;

    public OfferResult best() {
        OfferResult best = best(offers);
        if (best == null) {
            throw new IllegalStateException("no offers");
        }
        return best;
    }

    /**
     * The one rule for "which offer is best", used by compare, counter and the renderers: the highest
     * risk-adjusted horizon total (four years unless --years says otherwise); ties: the higher nominal total, then the name first in
     * alphabetical order (case-insensitive, then as written). Null for no offers.
     */
    public static OfferResult best(List<OfferResult> offers) {
        boolean afterTax = afterTax(offers);
        OfferResult best = null;
        for (OfferResult r : offers) {
            if (best == null || better(r, best, afterTax)) {
                best = r;
            }
        }
        return best;
    }

    private static boolean better(OfferResult a, OfferResult b, boolean afterTax) {
        int c = rank(a, afterTax).compareTo(rank(b, afterTax));
        if (c == 0) {
            c = nominal(a, afterTax).compareTo(nominal(b, afterTax));
        }
        if (c == 0) {
            c = -String.CASE_INSENSITIVE_ORDER.compare(a.name(), b.name());
        }
        return c != 0 ? c > 0 : a.name().compareTo(b.name()) < 0;
    }

    /** This offer's ranked figure minus the best's (zero or less): risk-adjusted horizon, after tax when ranked so. */
    public BigDecimal toBest(OfferResult r) {
        return rank(r, afterTax()).subtract(rank(best(), afterTax()));
    }

    /** §2: the ranking is after tax when every offer has a tax rate, else pre-tax. */
    public boolean afterTax() {
        return afterTax(offers);
    }

    private static boolean afterTax(List<OfferResult> offers) {
        for (OfferResult r : offers) {
            if (r.taxPct() == null) {
                return false;
            }
        }
        return !offers.isEmpty();
    }

    /** The nominal twin of the ranked figure: the horizon total, after tax when ranked so. */
    public static BigDecimal nominal(OfferResult r, boolean afterTax) {
        return afterTax ? r.afterTaxHorizon() : r.horizonTotal();
    }

    /** The figure offers are ranked by: the risk-adjusted horizon total, after tax when `afterTax`. */
    public static BigDecimal rank(OfferResult r, boolean afterTax) {
        return afterTax ? r.afterTaxRiskAdjusted() : r.horizonRiskAdjusted();
    }

    /** The horizon every offer was valued over (they share one). */
    public int horizon() {
        return offers.isEmpty() ? Horizon.DEFAULT_YEARS : offers.get(0).horizon();
    }

    /**
     * §2's break-even risk: the risk at which this offer's risk-adjusted total equals the best
     * risk-adjusted total among the others, 100 × (H − R) ÷ E; null without non-public equity, without
     * another offer, or outside [0, 100].
     */
    public BigDecimal breakEvenRiskPct(OfferResult r) {
        return breakEven(r, false);
    }

    /**
     * The same in a figure: pre-tax (§2's formula, the `breakEvenRiskPct` of every offer), or after
     * tax, each offer at its own rate, for the verdict's "best unless" when the ranking is after tax.
     */
    private BigDecimal breakEven(OfferResult r, boolean tax) {
        if (r.atRisk().signum() == 0) {
            return null;
        }
        BigDecimal rival = null;
        for (OfferResult o : offers) {
            if (o != r && (rival == null || rank(o, tax).compareTo(rival) > 0)) {
                rival = rank(o, tax);
            }
        }
        if (rival == null) {
            return null;
        }
        BigDecimal atRisk = tax ? CompEngine.afterTax(r.atRisk(), r.taxPct()) : r.atRisk();
        if (atRisk.signum() == 0) {
            return null;
        }
        BigDecimal pct = nominal(r, tax).subtract(rival).multiply(HUNDRED).divide(atRisk, Money.MC);
        return pct.signum() < 0 || pct.compareTo(HUNDRED) > 0 ? null : pct;
    }

    /**
     * The N of "best unless its equity has a greater than N % chance of being worth nothing": the
     * best offer's break-even risk when its own risk is unknown or within {@link #CLOSE} points of it;
     * else null.
     */
    public BigDecimal bestUnless() {
        OfferResult b = best();
        BigDecimal even = breakEven(b, afterTax()); // in the figure the verdict ranks by
        if (even == null) {
            return null;
        }
        return b.risk().isUnknown() || even.subtract(b.riskPct()).abs().compareTo(CLOSE) <= 0 ? even : null;
    }
}
