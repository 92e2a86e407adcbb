package negotiate.reader;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import negotiate.guide.Report;
import negotiate.guide.Slug;
import negotiate.input.Diagnostic;
import negotiate.markdown.Block;
import negotiate.markdown.SourceLines;
import negotiate.money.Currencies;

/** Reads a company report: financials, exit scenarios, risk scenarios and the chance equity goes to zero. */
final class ReportParser {
    private ReportParser() {
    }

    private static final Pattern PCT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern ZERO = Pattern.compile(
            "equity\\s+(?:goes|going|falls|drops)\\s+to\\s+" + Currencies.SYMBOL_PATTERN + "?\\s*(?:0|zero)\\b"
                    + "|equity\\s+(?:is\\s+)?worthless",
            Pattern.CASE_INSENSITIVE);

    static Report parse(String file, String company, int titleLine, List<Block> blocks, SourceLines at, List<Diagnostic> out) {
        List<Report.Metric> fin = new ArrayList<>();
        List<Report.ExitScenario> exits = new ArrayList<>();
        List<Report.RiskScenario> risks = new ArrayList<>();
        BigDecimal zero = null;
        int zeroLine = 0;
        String zeroTable = null;
        String heading = null;
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) {
                heading = h.text().text().strip();
            }
            if (!(b instanceof Block.Table t)) {
                continue;
            }
            int scen = t.column("scenario");
            int prob = t.column("probability", "likelihood");
            if (scen >= 0 && prob >= 0) {
                int val = t.column("valuation");
                int time = t.column("timeline", "timing");
                int impact = t.column("impact");
                for (Block.Row r : t.rows()) {
                    int line = at.line(r.offset());
                    String name = r.cell(scen).text();
                    BigDecimal p = pct(r.cell(prob).text());
                    if (val >= 0 && impact < 0) {
                        exits.add(new Report.ExitScenario(name, p, r.cell(val).text(), time >= 0 ? r.cell(time).text() : "", line, heading));
                    } else {
                        risks.add(new Report.RiskScenario(name, p, impact >= 0 ? r.cell(impact).text() : "", line, heading));
                        if (zero == null && p != null && ZERO.matcher(name).find()) {
                            zero = p;
                            zeroLine = line;
                            zeroTable = heading;
                        }
                    }
                }
            } else if (t.column("metric") >= 0 && t.column("value") >= 0) {
                int m = t.column("metric");
                int v = t.column("value");
                for (Block.Row r : t.rows()) {
                    fin.add(new Report.Metric(r.cell(m).text(), r.cell(v).text(), at.line(r.offset()), heading));
                }
            }
        }
        Report report = new Report(Slug.of(company), company, file, titleLine, fin, exits, risks, zero, zeroLine, zeroTable);
        scenarios(file, report, out);
        return report;
    }

    /** §6 `report-scenarios`: exit probabilities over 100 % (an error), not summing to 100 % or a valuation unread (warnings). */
    private static void scenarios(String file, Report r, List<Diagnostic> out) {
        if (r.exits().isEmpty()) {
            return;
        }
        int line = r.exits().get(0).line();
        BigDecimal sum = r.exitTotalPct();
        String total = sum.stripTrailingZeros().toPlainString() + "%";
        if (sum.compareTo(HUNDRED) > 0) {
            out.add(Diagnostic.error(file, line, 1, "report-scenarios", "the exit scenarios' probabilities sum to " + total
                    + ", over 100%: fix them so that they sum to 100% (or less, leaving room for other outcomes)"));
        } else if (sum.compareTo(HUNDRED) < 0) {
            out.add(Diagnostic.warning(file, line, 1, "report-scenarios", "the exit scenarios' probabilities sum to " + total
                    + ", not 100%: the rest is read as equity going to $0 and an \"other\" outcome at face value"));
        }
        for (Report.ExitScenario e : r.exits()) {
            if (e.probabilityPct() == null) {
                out.add(Diagnostic.warning(file, e.line(), 1, "report-scenarios", "exit scenario '" + e.name()
                        + "' has no probability: write one, e.g. 25%"));
            }
            if (e.value() == null) {
                out.add(Diagnostic.warning(file, e.line(), 1, "report-scenarios", "exit scenario '" + e.name() + "': valuation '"
                        + e.valuation() + "' cannot be read: write an amount or a range with its currency, e.g. $8-12B or $15B+"));
            }
        }
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static BigDecimal pct(String cell) {
        Matcher m = PCT.matcher(cell);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }
}
