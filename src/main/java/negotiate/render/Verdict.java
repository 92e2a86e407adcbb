package negotiate.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import negotiate.comp.Comparison;
import negotiate.comp.OfferResult;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/**
 * The words of a comparison's verdict, one place for every format: which offer is best and, when its
 * equity risk is unknown or close to its break-even, the risk at which it stops being best (§2).
 */
public final class Verdict {
    private Verdict() {
    }

    /** "Best: X (highest risk-adjusted four-year total, $…)" and, when it applies, the "unless" clause. */
    public static String line(Comparison c) {
        OfferResult best = c.best();
        StringBuilder b = new StringBuilder("Best: ").append(best.name()).append(" (highest risk-adjusted ")
                .append(total(c.horizon(), false)).append(c.afterTax() ? " after tax" : "").append(", ").append(Figures.mark(best))
                .append(MoneyFormat.whole(new Money(Comparison.rank(best, c.afterTax()), c.currency()))).append(')');
        for (OfferResult r : c.offers()) {
            if (r != best && Comparison.rank(r, c.afterTax()).compareTo(Comparison.rank(best, c.afterTax())) == 0) {
                b.append(";\ntied with ").append(r.name()).append(", ");
                b.append(Comparison.nominal(r, c.afterTax()).compareTo(Comparison.nominal(best, c.afterTax())) == 0
                        ? "and on the nominal total too: the name first in alphabetical order wins" : "broken by the higher nominal total");
            }
        }
        List<String> untaxed = new java.util.ArrayList<>();
        boolean anyTax = false;
        for (OfferResult r : c.offers()) {
            anyTax |= r.taxPct() != null;
            if (r.taxPct() == null) {
                untaxed.add(r.name());
            }
        }
        if (anyTax && !untaxed.isEmpty()) {
            b.append(";\nranked pre-tax: ").append(String.join(", ", untaxed)).append(untaxed.size() == 1 ? " has" : " have")
                    .append(" no tax rate (--tax gives one to every offer without)");
        }
        BigDecimal unless = c.bestUnless();
        if (unless != null) {
            b.append(".\n").append(best.name()).append(" is best unless its equity has a greater than ").append(pct(unless))
                    .append(" chance of being worth nothing");
            if (best.risk().isUnknown()) {
                b.append(" (its risk is unknown)");
            } else {
                b.append(" (the risk used is ").append(pct(best.riskPct())).append(')');
            }
        } else if (best.upperBound() && c.offers().size() > 1) {
            b.append(".\n").append(best.name()).append("'s equity risk is unknown, but it stays best even if that equity is worth nothing");
        }
        return b.append('\n').toString();
    }

    /** "four years", "6 years", "1 year". */
    static String years(int n) {
        return n == 4 ? "four years" : n + (n == 1 ? " year" : " years");
    }

    /** "Four-year total" / "four-year total", "6-year total". */
    static String total(int n, boolean capital) {
        return n == 4 ? (capital ? "Four-year total" : "four-year total") : n + "-year total";
    }

    /**
     * A percent with at most one decimal (HALF_EVEN): 23.4%, 30%; one that would round to 0 or 100
     * without being it keeps three decimals, cut toward the middle, so that "greater than 100%" is
     * never said of 99.99%.
     */
    static String pct(BigDecimal p) {
        BigDecimal one = p.setScale(1, RoundingMode.HALF_EVEN);
        BigDecimal hundred = BigDecimal.valueOf(100);
        if (one.compareTo(hundred) == 0 && p.compareTo(hundred) < 0) {
            one = p.setScale(3, RoundingMode.DOWN);
        } else if (one.signum() == 0 && p.signum() > 0) {
            one = p.setScale(3, RoundingMode.UP);
        }
        return one.stripTrailingZeros().toPlainString() + "%";
    }
}
