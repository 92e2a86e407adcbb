package negotiate.render;

import negotiate.guide.Report;

/** Renders `company`: a report's financials, exit and risk scenarios. */
public final class CompanyView {
    private CompanyView() {
    }

    public static String render(Format format, Report r, Style style) {
        if (format == Format.JSON) {
            return json(r);
        }
        boolean md = format == Format.MARKDOWN;
        StringBuilder b = new StringBuilder();
        b.append(md ? "# " : "").append(style.bold(r.company())).append("  ").append(r.id()).append(" · ").append(r.file()).append("\n\n");
        b.append("Valuation: ").append(dash(r.metric("valuation"))).append('\n');
        b.append("Revenue:   ").append(dash(r.metric("arr", "revenue"))).append('\n');
        b.append("Equity goes to zero: ").append(r.zeroPct() == null ? "not stated" : r.zeroPct().stripTrailingZeros().toPlainString()
                + "% (used as the risk of private equity at this company unless an offer says otherwise)").append('\n');
        if (!r.financials().isEmpty()) {
            TextTable t = new TextTable("Metric", "Value");
            r.financials().forEach(m -> t.row(m.name(), m.value()));
            b.append('\n').append(md ? "## Financials\n\n" + t.markdown() : style.bold("Financials") + "\n" + t.text(style));
        }
        if (!r.exits().isEmpty()) {
            TextTable t = new TextTable("Scenario", ">Probability", "Valuation", "Timeline");
            r.exits().forEach(e -> t.row(e.name(), pct(e.probabilityPct()), e.valuation(), e.timeline()));
            b.append('\n').append(md ? "## Exit scenarios\n\n" + t.markdown() : style.bold("Exit scenarios") + "\n" + t.text(style));
        }
        if (!r.risks().isEmpty()) {
            TextTable t = new TextTable("Scenario", ">Probability", "Impact");
            r.risks().forEach(e -> t.row(e.name(), pct(e.probabilityPct()), e.impact()));
            b.append('\n').append(md ? "## Risk scenarios\n\n" + t.markdown() : style.bold("Risk scenarios") + "\n" + t.text(style));
        }
        return b.toString();
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }

    private static String pct(java.math.BigDecimal p) {
        return p == null ? "—" : p.stripTrailingZeros().toPlainString() + "%";
    }

    private static String json(Report r) {
        return new Json().object(j -> {
            j.str("schema", "negotiate.company/1");
            j.str("id", r.id()).str("company", r.company()).str("file", r.file());
            j.str("valuation", r.metric("valuation")).str("revenue", r.metric("arr", "revenue"));
            j.num("equityToZeroPct", r.zeroPct());
            j.array("financials", a -> {
                for (Report.Metric m : r.financials()) {
                    a.object(o -> o.str("metric", m.name()).str("value", m.value()));
                }
            });
            j.array("exitScenarios", a -> {
                for (Report.ExitScenario e : r.exits()) {
                    a.object(o -> o.str("scenario", e.name()).num("probabilityPct", e.probabilityPct())
                            .str("valuation", e.valuation()).str("timeline", e.timeline()));
                }
            });
            j.array("riskScenarios", a -> {
                for (Report.RiskScenario e : r.risks()) {
                    a.object(o -> o.str("scenario", e.name()).num("probabilityPct", e.probabilityPct()).str("impact", e.impact()));
                }
            });
        }).toString();
    }
}
