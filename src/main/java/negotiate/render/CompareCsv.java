package negotiate.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import negotiate.comp.BandPosition;
import negotiate.comp.Comparison;
import negotiate.comp.Leave;
import negotiate.comp.OfferResult;
import negotiate.comp.OfferScenarios;
import negotiate.comp.Outcome;
import negotiate.comp.Scenarios;
import negotiate.comp.YearBreakdown;
import negotiate.input.Months;
import negotiate.money.MoneyFormat;

/**
 * `compare --format csv`, long and tidy (§3): one row per offer × year × component with the columns
 * `offer,year,component,amount,currency`; the year is empty for totals, the amount a plain number or
 * empty (never a word), the currency empty for percents and band positions (fractions, as in JSON).
 */
final class CompareCsv {
    private CompareCsv() {
    }

    static String of(Comparison c, Map<String, List<Leave>> leaves, Scenarios.Result scenarios) {
        StringBuilder b = new StringBuilder();
        TextTable.csvLine(b, List.of("offer", "year", "component", "amount", "currency"));
        String cur = c.currency().getCurrencyCode();
        for (OfferResult r : c.offers()) {
            String o = r.name();
            for (YearBreakdown y : r.horizonYears()) {
                String yr = String.valueOf(y.year());
                row(b, o, yr, "base", y.base(), cur);
                row(b, o, yr, "bonus", y.bonus(), cur);
                row(b, o, yr, "signing", y.signing(), cur);
                row(b, o, yr, "equity", y.equity(), cur);
                row(b, o, yr, "refresh", y.refresh(), cur);
                row(b, o, yr, "benefits", y.benefits(), cur);
                row(b, o, yr, "total", y.total(), cur);
                row(b, o, yr, "riskAdjusted", y.riskAdjusted(), cur);
            }
            row(b, o, "", "firstYear", r.firstYear(), cur);
            row(b, o, "", "annual", r.annual(), cur);
            row(b, o, "", "fourYear", r.fourYear(), cur);
            row(b, o, "", "horizon", r.horizonTotal(), cur);
            row(b, o, "", "riskAdjustedAnnual", r.riskAdjustedAnnual(), cur);
            row(b, o, "", "riskAdjustedFourYear", r.riskAdjustedFourYear(), cur);
            row(b, o, "", "riskAdjustedHorizon", r.horizonRiskAdjusted(), cur);
            row(b, o, "", "riskPct", r.riskPct(), "");
            row(b, o, "", "breakEvenRiskPct", c.breakEvenRiskPct(r), "");
            row(b, o, "", "toBest", c.toBest(r), cur);
            if (r.taxPct() != null) {
                row(b, o, "", "taxPct", r.taxPct(), "");
                row(b, o, "", "afterTaxHorizon", r.afterTaxHorizon(), cur);
                row(b, o, "", "afterTaxRiskAdjusted", r.afterTaxRiskAdjusted(), cur);
            }
            BandPosition p = r.band();
            if (p != null) {
                row(b, o, "", "bandBase", p.base(), "");
                row(b, o, "", "bandEquity", p.equity(), "");
                row(b, o, "", "bandBonus", p.bonus(), "");
                row(b, o, "", "bandAnnual", p.annual(), "");
            }
            for (Leave l : leaves.getOrDefault(o, List.of())) {
                String at = "leave" + Months.shown(l.months());
                row(b, o, "", at + "Kept", l.kept(), cur);
                row(b, o, "", at + "Clawback", l.clawback(), cur);
                row(b, o, "", at + "ExerciseCost", l.exerciseCost(), cur);
                if (l.keptAfterTax() != null) {
                    row(b, o, "", at + "KeptAfterTax", l.keptAfterTax(), cur);
                }
            }
            if (scenarios != null) {
                for (OfferScenarios s : scenarios.offers()) {
                    if (s.offer().equals(o)) {
                        List<Outcome> all = new ArrayList<>(s.outcomes());
                        all.addAll(s.growth());
                        for (Outcome out : all) {
                            row(b, o, "", "scenario:" + out.name() + ":probabilityPct", out.probabilityPct(), "");
                            row(b, o, "", "scenario:" + out.name() + ":horizon", out.totalMid(), cur);
                        }
                        row(b, o, "", "expectedHorizon", s.expected(), cur);
                    }
                }
            }
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String offer, String year, String component, BigDecimal amount, String currency) {
        TextTable.csvLine(b, List.of(Visible.of(offer), year, component, amount == null ? "" : MoneyFormat.json(amount),
                amount == null ? "" : currency));
    }
}
