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
        String exitTable = null; // the first exit table's heading and line: the one the scenarios use
        int exitTableLine = 0;
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
                boolean exitTableHere = val >= 0 && impact < 0;
                if (exitTableHere && !exits.isEmpty()) {
                    // a second exit table (a bear case beside the base case) is another set of the same
                    // outcomes: adding it would double the probabilities, so the first is used and this said
                    int line = at.line(t.offset());
                    out.add(Diagnostic.warning(file, line, 1, "report-scenarios", "a second exit-scenario table"
                            + (heading == null ? "" : " ('" + heading + "')") + " is not used: scenarios use the first"
                            + (exitTable == null ? "" : ", '" + exitTable + "'") + " (line " + exitTableLine
                            + "); keep one table of exits"));
                    continue;
                }
                for (Block.Row r : t.rows()) {
                    int line = at.line(r.offset());
                    String name = r.cell(scen).text();
                    BigDecimal p = pct(file, r.cell(prob).text(), line, name, out);
                    if (exitTableHere) {
                        if (exits.isEmpty()) {
                            exitTable = heading;
                            exitTableLine = line;
                        }
                        exits.add(new Report.ExitScenario(name, p, r.cell(val).text(), time >= 0 ? r.cell(time).text() : "", line, heading));
                    } else {
                        risks.add(new Report.RiskScenario(name, p, impact >= 0 ? r.cell(impact).text() : "", line, heading));
                        if (p != null && ZERO.matcher(name).find()) {
                            if (zero == null) {
                                zero = p;
                                zeroLine = line;
                                zeroTable = heading;
                            } else if (zero.compareTo(p) != 0) {
                                out.add(Diagnostic.warning(file, line, 1, "report-scenarios", "a second chance that equity goes to $0 ("
                                        + p.stripTrailingZeros().toPlainString() + "%) disagrees with the one at line " + zeroLine + " ("
                                        + zero.stripTrailingZeros().toPlainString() + "%), which is used: keep one"));
                            }
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

    /**
     * A probability cell: `35%`; a range (`10-20%`, `15 to 25%`) is read as its middle and a bound
     * (`<5%`, `>40%`) as its figure, each with a `report-scenarios` warning saying so (never the
     * upper end in silence); null when there is no percent.
     */
    private static BigDecimal pct(String file, String cell, int line, String name, List<Diagnostic> out) {
        String t = cell.strip();
        String bound = t.startsWith("<") || t.startsWith("≤") ? "at most" : t.startsWith(">") || t.startsWith("≥") ? "at least" : null;
        String body = bound == null ? t.replaceFirst("^[~≈]\\s*", "") : t.substring(1).strip();
        try {
            negotiate.money.MoneyParser.PercentRange r = negotiate.money.MoneyParser.parsePercent(body);
            if (r.low().compareTo(r.high()) != 0) {
                BigDecimal mid = r.low().add(r.high()).divide(new BigDecimal(2));
                out.add(Diagnostic.warning(file, line, 1, "report-scenarios", "'" + name + "': the probability '" + t
                        + "' is a range, read as its middle, " + mid.stripTrailingZeros().toPlainString() + "%: write one figure"));
                return mid;
            }
            if (bound != null) {
                out.add(Diagnostic.warning(file, line, 1, "report-scenarios", "'" + name + "': the probability '" + t + "' is " + bound
                        + " " + r.low().stripTrailingZeros().toPlainString() + "%, read as that figure: write one figure"));
            }
            return r.low();
        } catch (negotiate.money.AmountException e) {
            Matcher m = PCT.matcher(cell);
            return m.find() ? new BigDecimal(m.group(1)) : null;
        }
    }
}
