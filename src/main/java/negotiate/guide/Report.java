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
