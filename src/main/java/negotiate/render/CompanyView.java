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
        b.append(md ? "# " : "").append(style.bold(md ? negotiate.markdown.Md.text(r.company()) : r.company())).append("  ").append(md ? negotiate.markdown.Md.text(r.id()) : r.id())
                .append(" · ").append(md ? negotiate.markdown.Md.text(r.file()) : r.file()).append("\n\n");
        // Markdown: a list, or a renderer runs the three lines into one paragraph
        String item = md ? "- " : "";
        java.util.function.UnaryOperator<String> lit = t -> md ? negotiate.markdown.Md.text(t) : t;
        b.append(item).append("Valuation: ").append(lit.apply(dash(r.metric("valuation")))).append('\n');
        b.append(item).append(md ? "Revenue: " : "Revenue:   ").append(lit.apply(dash(r.metric("arr", "revenue")))).append('\n');
        b.append(item).append("Equity goes to zero: ").append(r.zeroPct() == null ? "not stated" : r.zeroPct().stripTrailingZeros()
                .toPlainString() + "% (from the table \"" + lit.apply(Visible.of(heading(r.zeroTable(), "Risk scenarios"))) + "\", line "
                + r.zeroLine() + "; used as the risk of private equity at this company unless an offer says otherwise)").append('\n');
        // each table under the report's own heading: a design team's numbers are not the company's financials
        java.util.Map<String, TextTable> metrics = new java.util.LinkedHashMap<>();
        for (Report.Metric m : r.financials()) {
            metrics.computeIfAbsent(heading(m.table(), "Financials"), h -> new TextTable("Metric", "Value"))
                    .row(Visible.of(m.name()), Visible.of(m.value()));
        }
        metrics.forEach((h, t) -> section(b, md, style, h, t));
        if (!r.exits().isEmpty()) {
            negotiate.money.MoneyParser.Amount round = r.lastPricedRound();
            TextTable t = new TextTable("Scenario", ">Probability", "Valuation", ">Multiple", "Timeline");
            for (Report.ExitScenario e : r.exits()) {
                t.row(Visible.of(e.name()), pct(e.probabilityPct()), Visible.of(e.valuation()), multiple(e, round), Visible.of(e.timeline()));
            }
            section(b, md, style, heading(r.exits().get(0).table(), "Exit scenarios"), t);
            if (md) {
                b.append('\n'); // a line right under a table is one of its rows to a GFM reader
            }
            boolean otherCurrency = round != null && r.exits().stream().anyMatch(e -> e.value() != null
                    && !java.util.Objects.equals(e.value().currency(), round.currency()));
            b.append(otherCurrency ? item + "Multiples: some exits are in another currency than the valuation ("
                    + round.currency().getCurrencyCode() + "); compare --scenarios converts them at a rate it lists.\n" : "");
            b.append(round == null ? item + "Multiples: the report gives no valuation to compare the exits with.\n"
                    : item + "Multiple: the exit valuation over the last priced round, " + ScenariosView.compact(round.value(), round.currency())
                    + " (the Valuation row's first amount); \"+\" means at least.\n");
            java.math.BigDecimal sum = r.exitTotalPct();
            if (sum.compareTo(new java.math.BigDecimal("100")) != 0) {
                b.append(item).append("The exit probabilities sum to ").append(sum.stripTrailingZeros().toPlainString()).append("%, not 100%.\n");
            }
        }
        java.util.Map<String, TextTable> risks = new java.util.LinkedHashMap<>();
        for (Report.RiskScenario e : r.risks()) {
            risks.computeIfAbsent(heading(e.table(), "Risk scenarios"), h -> new TextTable("Scenario", ">Probability", "Impact"))
                    .row(Visible.of(e.name()), pct(e.probabilityPct()), Visible.of(e.impact()));
        }
        risks.forEach((h, t) -> section(b, md, style, h, t));
        return b.toString();
    }

    private static String heading(String table, String otherwise) {
        return table == null || table.isBlank() ? otherwise : table;
    }

    private static void section(StringBuilder b, boolean md, Style style, String heading, TextTable t) {
        String h = Visible.of(heading);
        b.append('\n').append(md ? "## " + negotiate.markdown.Md.text(h) + "\n\n" + t.markdown() : style.bold(h) + "\n" + t.text(style));
    }

    /** The exit valuation over the last priced round: ×1.78–2.67, ×3.33+; blank when either cannot be read. */
    private static String multiple(Report.ExitScenario e, negotiate.money.MoneyParser.Amount round) {
        negotiate.money.MoneyParser.AmountRange v = e.value();
        if (v == null || round == null || round.value().signum() == 0 || !java.util.Objects.equals(v.currency(), round.currency())) {
            return "";
        }
        String lo = ratio(v.low(), round.value());
        String hi = ratio(v.high(), round.value());
        return "×" + (lo.equals(hi) ? lo : lo + "–" + hi) + (v.atLeast() ? "+" : "");
    }

    private static String ratio(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a.divide(b, 2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
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
            j.str("equityToZeroTable", r.zeroTable());
            negotiate.money.MoneyParser.Amount round = r.lastPricedRound();
            if (round == null) {
                j.nul("lastPricedRound");
            } else {
                j.object("lastPricedRound", x -> x.num("amount", round.value()).str("currency", round.currency().getCurrencyCode()));
            }
            j.array("financials", a -> {
                for (Report.Metric m : r.financials()) {
                    a.object(o -> o.str("metric", m.name()).str("value", m.value()).str("table", m.table()));
                }
            });
            j.array("exitScenarios", a -> {
                for (Report.ExitScenario e : r.exits()) {
                    a.object(o -> {
                        o.str("scenario", e.name()).num("probabilityPct", e.probabilityPct())
                                .str("valuation", e.valuation()).str("timeline", e.timeline()).str("table", e.table());
                        negotiate.money.MoneyParser.AmountRange v = e.value();
                        if (v == null || round == null || !java.util.Objects.equals(v.currency(), round.currency())) {
                            o.nul("multiple");
                        } else {
                            o.object("multiple", x -> x.num("low", v.low().divide(round.value(), negotiate.money.Money.MC))
                                    .num("high", v.high().divide(round.value(), negotiate.money.Money.MC)).bool("atLeast", v.atLeast()));
                        }
                    });
                }
            });
            j.array("riskScenarios", a -> {
                for (Report.RiskScenario e : r.risks()) {
                    a.object(o -> o.str("scenario", e.name()).num("probabilityPct", e.probabilityPct()).str("impact", e.impact())
                            .str("table", e.table()));
                }
            });
        }).toString();
    }
}
