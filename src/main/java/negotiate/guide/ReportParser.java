package negotiate.guide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import negotiate.input.Diagnostic;

/** Reads a company report: financials, exit scenarios, risk scenarios and the chance equity goes to zero. */
final class ReportParser {
    private ReportParser() {
    }

    private static final Pattern PCT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*%");
    private static final Pattern ZERO = Pattern.compile(
            "equity\\s+(?:goes|going|falls|drops)\\s+to\\s+(?:\\$|€|£)?\\s*(?:0|zero)\\b|equity\\s+(?:is\\s+)?worthless",
            Pattern.CASE_INSENSITIVE);

    static Report parse(String file, String company, int titleLine, List<String> lines, int from, List<Diagnostic> out) {
        List<Report.Metric> fin = new ArrayList<>();
        List<Report.ExitScenario> exits = new ArrayList<>();
        List<Report.RiskScenario> risks = new ArrayList<>();
        BigDecimal zero = null;
        int zeroLine = 0;
        for (MarkdownTable t : MarkdownTable.find(lines, from)) {
            int scen = t.column("scenario");
            int prob = t.column("probability", "likelihood");
            if (scen >= 0 && prob >= 0) {
                int val = t.column("valuation");
                int time = t.column("timeline", "timing");
                int impact = t.column("impact");
                for (MarkdownTable.Row r : t.rows()) {
                    if (r.cells().size() != t.header().size()) {
                        out.add(Diagnostic.error(file, r.line(), 1, "table", "scenario row has " + r.cells().size()
                                + " cells but the header has " + t.header().size()));
                        continue;
                    }
                    String name = r.cells().get(scen).replace("**", "").strip();
                    BigDecimal p = pct(r.cells().get(prob));
                    if (val >= 0 && impact < 0) {
                        exits.add(new Report.ExitScenario(name, p, r.cells().get(val),
                                time >= 0 ? r.cells().get(time) : "", r.line()));
                    } else {
                        risks.add(new Report.RiskScenario(name, p, impact >= 0 ? r.cells().get(impact) : "", r.line()));
                        if (zero == null && p != null && ZERO.matcher(name).find()) {
                            zero = p;
                            zeroLine = r.line();
                        }
                    }
                }
            } else if (t.column("metric") >= 0 && t.column("value") >= 0) {
                int m = t.column("metric");
                int v = t.column("value");
                for (MarkdownTable.Row r : t.rows()) {
                    if (r.cells().size() > Math.max(m, v)) {
                        fin.add(new Report.Metric(r.cells().get(m).replace("**", "").strip(),
                                r.cells().get(v).replace("**", "").strip(), r.line()));
                    }
                }
            }
        }
        return new Report(Slug.of(company), company, file, titleLine, fin, exits, risks, zero, zeroLine);
    }

    private static BigDecimal pct(String cell) {
        Matcher m = PCT.matcher(cell);
        return m.find() ? new BigDecimal(m.group(1)) : null;
    }
}
