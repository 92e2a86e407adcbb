package negotiate.guide;

import java.math.BigDecimal;
import java.util.List;

/**
 * A company research report: financials, exit scenarios, risk scenarios, and the chance that equity
 * goes to zero with the heading of the table it came from (`zeroTable`, null when under no heading):
 * a 30 % from "Designer-Specific Risk Scenarios" must say so.
 */
public record Report(String id, String company, String file, int line, List<Metric> financials,
                     List<ExitScenario> exits, List<RiskScenario> risks, BigDecimal zeroPct, int zeroLine,
                     String zeroTable) {

    /** A row of a metric/value table, as written; `table` is the heading above it (null: none). */
    public record Metric(String name, String value, int line, String table) {
    }

    /** An exit scenario: probability in percent, valuation and timeline as written; `table` its heading. */
    public record ExitScenario(String name, BigDecimal probabilityPct, String valuation, String timeline, int line, String table) {
        /** The exit valuation read as a range (`$8-12B`; `$15B+` is at least $15B); null when it cannot be read. */
        public negotiate.money.MoneyParser.AmountRange value() {
            try {
                negotiate.money.MoneyParser.AmountRange r = negotiate.money.MoneyParser.parseRange(valuation);
                return r.currency() == null || r.low().signum() < 0 ? null : r; // $0 is an exit worth nothing, not unreadable
            } catch (negotiate.money.AmountException e) {
                return null;
            }
        }
    }

    /** The company's valuation at the last priced round: the first amount of its Valuation row; null when none. */
    public negotiate.money.MoneyParser.Amount lastPricedRound() {
        for (Metric m : financials) {
            if (m.name().strip().toLowerCase(java.util.Locale.ROOT).startsWith("valuation")) {
                negotiate.money.MoneyParser.Amount a = negotiate.money.MoneyParser.firstAmount(m.value());
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The sum of the exit scenarios' probabilities (those that give one). */
    public BigDecimal exitTotalPct() {
        BigDecimal sum = BigDecimal.ZERO;
        for (ExitScenario e : exits) {
            if (e.probabilityPct() != null) {
                sum = sum.add(e.probabilityPct());
            }
        }
        return sum;
    }

    /** A risk scenario: probability in percent and impact as written; `table` its heading. */
    public record RiskScenario(String name, BigDecimal probabilityPct, String impact, int line, String table) {
    }

    /** The first financial metric whose name contains one of the words, or null. */
    public String metric(String... words) {
        for (Metric m : financials) {
            for (String w : words) {
                if (m.name().toLowerCase(java.util.Locale.ROOT).contains(w)) {
                    return m.value();
                }
            }
        }
        return null;
    }
}
