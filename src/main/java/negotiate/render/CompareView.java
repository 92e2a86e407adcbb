package negotiate.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import negotiate.comp.BandPosition;
import negotiate.comp.Comparison;
import negotiate.comp.Horizon;
import negotiate.comp.Leave;
import negotiate.comp.Scenarios;
import negotiate.comp.OfferResult;
import negotiate.comp.YearBreakdown;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/**
 * Renders `compare`: offers as columns; each year split into base + bonus, equity and one-time; then
 * the totals, risk, break-even risk and band positions; a chart of what the verdict ranks; or §4 JSON.
 */
public final class CompareView {
    private CompareView() {
    }

    public static String render(Format format, Comparison c, Style style) {
        return render(format, c, Map.of(), null, style);
    }

    /**
     * @param leaves    per offer name, what it keeps at each --leave-after duration (in the order given)
     * @param scenarios with --scenarios, every offer's outcomes and who beats whom; else null
     */
    public static String render(Format format, Comparison c, Map<String, List<Leave>> leaves, Scenarios.Result scenarios, Style style) {
        String extra = scenarios == null || format == Format.JSON ? "" : "\n" + ScenariosView.text(c, scenarios, format == Format.TABLE
                ? style : new Style(false));
        return switch (format) {
            case JSON -> json(c, leaves, scenarios);
            case CSV -> CompareCsv.of(c, leaves, scenarios);
            case HTML -> HtmlCompare.of(c, table(c, leaves, true, ""), leaves, scenarios);
            case MARKDOWN -> heading(c, new Style(false)) + "\n\n" + table(c, leaves, true, "Figure").markdown() + "\n"
                    + markdown(c, leaves, scenarios);
            default -> text(c, leaves, style, extra);
        };
    }

    /** The kinds of row, in order; a year's rows repeat per year, the band rows only when some offer names a guide. */
    private enum Row {
        YEAR("Year "), PAY("  base + bonus"), EQUITY("  equity"), ONE_TIME("  one-time"), BENEFITS("  benefits"),
        FIRST_YEAR("First year"),
        ANNUAL("Annual"), FOUR_YEARS("Four years"), HORIZON(" years"), EQUITY_RISK("Equity risk"), RISK_ANNUAL("Risk-adj. annual"),
        RISK_FOUR_YEARS("Risk-adj. four years"), RISK_HORIZON("Risk-adj. "), TAX_RATE("Tax rate"),
        AFTER_TAX("After tax"), AFTER_TAX_RISK("After tax, risk-adj."), VS_BEST("vs best (risk-adj.)"),
        BREAK_EVEN("Break-even risk"),
        BAND_BASE("Band: base"), BAND_EQUITY("Band: equity"), BAND_BONUS("Band: bonus"), BAND_ANNUAL("Band: annual");

        final String label;

        Row(String label) {
            this.label = label;
        }
    }

    // Rows are filled by a switch, not a lambda per row: each lambda call site costs ~0.4 ms to link
    // at its first use on JDK 17, and this table is the main output of the main command.
    private static TextTable table(Comparison c, Map<String, List<Leave>> leaves, boolean pretty, String firstHeader) {
        List<OfferResult> offers = c.offers();
        String[] head = new String[offers.size() + 1];
        head[0] = firstHeader;
        boolean anyBand = false;
        boolean anyRisky = false;
        for (int k = 0; k < offers.size(); k++) {
            head[k + 1] = ">" + offers.get(k).name();
            anyBand |= offers.get(k).band() != null;
            anyRisky |= offers.get(k).atRisk().signum() > 0;
        }
        TextTable t = new TextTable(head);
        OfferResult best = c.best();
        int years = c.horizon();
        for (int y = 0; y < years; y++) {
            for (Row row : new Row[] {Row.YEAR, Row.PAY, Row.EQUITY, Row.ONE_TIME, Row.BENEFITS}) {
                if (row.ordinal() > Row.PAY.ordinal() && !any(offers, y, row)) {
                    continue;
                }
                add(t, row, row == Row.YEAR ? row.label + (y + 1) : row.label, y, c, best, pretty);
            }
        }
        boolean anyTax = false;
        for (OfferResult r : offers) {
            anyTax |= r.taxPct() != null;
        }
        for (Row row : Row.values()) {
            if (row == Row.BAND_BASE) {
                Sweep.rows(t, c, leaves, pretty);
            }
            if (row.ordinal() < Row.FIRST_YEAR.ordinal() || row == Row.BREAK_EVEN && !anyRisky
                    || (row == Row.TAX_RATE || row == Row.AFTER_TAX || row == Row.AFTER_TAX_RISK) && !anyTax
                    || row.ordinal() >= Row.BAND_BASE.ordinal() && !anyBand
                    || (row == Row.HORIZON || row == Row.RISK_HORIZON) && years == Horizon.DEFAULT_YEARS) {
                continue;
            }
            String label = row == Row.HORIZON ? years + (years == 1 ? " year" : row.label)
                    : row == Row.RISK_HORIZON ? row.label + years + (years == 1 ? " year" : " years")
                    : row == Row.VS_BEST && (years != Horizon.DEFAULT_YEARS || c.afterTax()) ? "vs best (risk-adj. "
                    + (years != Horizon.DEFAULT_YEARS ? Verdict.years(years) : "") + (c.afterTax() ? (years != Horizon.DEFAULT_YEARS
                    ? ", " : "") + "after tax" : "") + ")" : row.label;
            add(t, row, label, -1, c, best, pretty);
        }
        return t;
    }

    /** Whether some offer has an amount in this component row in year y: empty rows are left out. */
    private static boolean any(List<OfferResult> offers, int y, Row row) {
        for (OfferResult r : offers) {
            YearBreakdown year = r.years().get(y);
            BigDecimal v = switch (row) {
                case EQUITY -> year.equity().add(year.refresh());
                case ONE_TIME -> year.signing();
                default -> year.benefits();
            };
            if (v.signum() != 0) {
                return true;
            }
        }
        return false;
    }

    private static void add(TextTable t, Row row, String label, int y, Comparison c, OfferResult best, boolean pretty) {
        String[] cells = new String[c.offers().size() + 1];
        cells[0] = label;
        for (int k = 0; k < c.offers().size(); k++) {
            cells[k + 1] = cell(row, y, c.offers().get(k), c, best, pretty);
        }
        t.row(cells);
    }

    private static String cell(Row row, int y, OfferResult r, Comparison c, OfferResult best, boolean pretty) {
        YearBreakdown year = y < 0 ? null : r.years().get(y);
        String mark = pretty ? Figures.mark(r) : "";
        return switch (row) {
            case YEAR -> money(year.total(), c, pretty);
            case PAY -> money(year.base().add(year.bonus()), c, pretty);
            case EQUITY -> money(year.equity().add(year.refresh()), c, pretty);
            case ONE_TIME -> money(year.signing(), c, pretty);
            case BENEFITS -> money(year.benefits(), c, pretty);
            case TAX_RATE -> r.taxPct() == null ? (pretty ? "none given" : "") : percent(r.taxPct(), pretty);
            case AFTER_TAX -> r.taxPct() == null ? (pretty ? "—" : "") : money(r.afterTaxHorizon(), c, pretty);
            case AFTER_TAX_RISK -> r.taxPct() == null ? (pretty ? "—" : "") : mark + money(r.afterTaxRiskAdjusted(), c, pretty);
            case FIRST_YEAR -> money(r.firstYear(), c, pretty);
            case ANNUAL -> money(r.annual(), c, pretty);
            case FOUR_YEARS -> money(r.fourYear(), c, pretty);
            case HORIZON -> money(r.horizonTotal(), c, pretty);
            case RISK_HORIZON -> mark + money(r.horizonRiskAdjusted(), c, pretty);
            case EQUITY_RISK -> risk(r);
            case RISK_ANNUAL -> mark + money(r.riskAdjustedAnnual(), c, pretty);
            case RISK_FOUR_YEARS -> mark + money(r.riskAdjustedFourYear(), c, pretty);
            case VS_BEST -> r == best ? (pretty ? "best" : "0") : mark + money(c.toBest(r), c, pretty);
            case BREAK_EVEN -> percent(c.breakEvenRiskPct(r), pretty);
            case BAND_BASE -> pos(r.band(), r.band() == null ? null : r.band().base(), pretty);
            case BAND_EQUITY -> pos(r.band(), r.band() == null ? null : r.band().equity(), pretty);
            case BAND_BONUS -> pos(r.band(), r.band() == null ? null : r.band().bonus(), pretty);
            case BAND_ANNUAL -> pos(r.band(), r.band() == null ? null : r.band().annual(), pretty);
        };
    }

    private static String money(BigDecimal v, Comparison c, boolean pretty) {
        return pretty ? MoneyFormat.whole(new Money(v, c.currency())) : MoneyFormat.json(v);
    }

    private static String percent(BigDecimal v, boolean pretty) {
        if (v == null) {
            return pretty ? "—" : "";
        }
        return pretty ? Verdict.pct(v) : MoneyFormat.json(v);
    }

    /** "public", "no equity", "private 30% (offer)", "private 30% (report:x)", "private, unknown". */
    private static String risk(OfferResult r) {
        String kind = r.offer().equity() == null ? "public" : r.offer().equity().kind().label();
        return switch (r.riskSource()) {
            case "none" -> "no equity";
            case "public" -> "public";
            case "unknown" -> kind + ", unknown";
            // the report's id and table are in the notes: the cell stays narrow
            default -> kind + " " + r.riskPct().stripTrailingZeros().toPlainString() + "% (" + (r.riskSource().startsWith("report:")
                    ? "report" : r.riskSource()) + ")";
        };
    }

    private static String pos(BandPosition band, BigDecimal v, boolean pretty) {
        if (band == null) {
            return pretty ? "—" : "";
        }
        if (v == null) {
            return pretty ? "n/a" : "";
        }
        BigDecimal pct = v.multiply(new BigDecimal(100));
        if (!pretty) {
            return MoneyFormat.json(pct);
        }
        String s = pct.setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
        return v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0 ? s + " (outside)" : s;
    }

    /** What the figures are: the currency, pre-tax, the horizon, the rounding, how they are ranked. */
    private static String heading(Comparison c, Style style) {
        return style.bold("Offers in " + c.currency().getCurrencyCode() + ", pre-tax") + " (year by year over "
                + Verdict.years(c.horizon()) + "; amounts rounded to whole units" + (c.afterTax() ? "; ranked after each offer's tax rate" : "")
                + ")";
    }

    private static String text(Comparison c, Map<String, List<Leave>> leaves, Style style, String extra) {
        StringBuilder b = new StringBuilder();
        b.append(heading(c, style)).append("\n\n");
        b.append(table(c, leaves, true, "").text(style));
        b.append('\n').append(chart(c, style));
        b.append('\n').append(style.bold(Verdict.line(c)));
        b.append(Sweep.text(c, leaves));
        b.append(Figures.legend(c.offers()));
        b.append(notes(c));
        b.append(extra);
        b.append(RatesView.text(c.rates()));
        return b.toString();
    }

    /**
     * Bars of what the verdict ranks: the risk-adjusted four-year total (█), with the part of the
     * nominal total that the risk takes away (░) after it, so both are visible on one scale.
     */
    static String chart(Comparison c, Style style) {
        OfferResult best = c.best();
        boolean tax = c.afterTax();
        BigDecimal max = BigDecimal.ZERO;
        int nameW = 1;
        boolean anyHaircut = false;
        boolean anyUnknown = false;
        for (OfferResult r : c.offers()) {
            max = max.max(nominal(r, tax));
            nameW = Math.max(nameW, TextTable.width(Visible.of(r.name())));
            anyHaircut |= nominal(r, tax).compareTo(Comparison.rank(r, tax)) != 0;
            anyUnknown |= r.upperBound();
        }
        StringBuilder b = new StringBuilder(style.bold(Verdict.total(c.horizon(), true) + ", risk-adjusted" + (tax ? ", after tax" : "")))
                .append(" (█ risk-adjusted")
                .append(anyHaircut ? ", ░ what the equity risk takes off the nominal total" : "")
                .append(anyUnknown ? "; " + Figures.UPPER + " unknown risk, equity at face value" : "")
                .append(anyHaircut || anyUnknown ? ")\n" : ": no equity at risk, so equal to nominal)\n");
        List<String> labels = new java.util.ArrayList<>();
        int labelW = 0;
        for (OfferResult r : c.offers()) {
            BigDecimal ranked = Comparison.rank(r, tax);
            String label = Figures.mark(r) + MoneyFormat.whole(new Money(ranked, c.currency()))
                    + (nominal(r, tax).compareTo(ranked) != 0 ? " (nominal " + MoneyFormat.whole(new Money(nominal(r, tax), c.currency()))
                    + ")" : "");
            labels.add(label);
            labelW = Math.max(labelW, Width.of(label) + (r == best ? BEST.length() : 0));
        }
        // the bars take what the terminal leaves beside the names and labels (40 at most, 10 at least); on a
        // terminal too narrow for a name, a bar and its label on one line, each name has a line of its own
        boolean stacked = style.width() > 0 && nameW + 2 + 10 + 1 + labelW > style.width();
        int beside = stacked ? 2 : nameW + 2;
        int room = style.width() <= 0 ? BAR : Math.max(10, Math.min(BAR, style.width() - beside - 1 - labelW));
        for (int k = 0; k < c.offers().size(); k++) {
            OfferResult r = c.offers().get(k);
            int full = len(nominal(r, tax), max, room);
            int kept = len(Comparison.rank(r, tax), max, room);
            String bar = "█".repeat(kept) + "░".repeat(Math.max(0, full - kept));
            String name = Visible.of(r.name());
            b.append(name).append(stacked ? "\n  " : " ".repeat(nameW - TextTable.width(name) + 2)).append(r == best ? style.green(bar) : bar)
                    .append(' ').append(labels.get(k)).append(r == best ? style.green(BEST) : "").append('\n');
        }
        return b.toString();
    }

    private static final int BAR = 40;
    private static final String BEST = "  ← best";

    private static BigDecimal nominal(OfferResult r, boolean afterTax) {
        return Comparison.nominal(r, afterTax);
    }

    private static int len(BigDecimal v, BigDecimal max, int room) {
        return max.signum() <= 0 || v.signum() <= 0 ? 0 : v.multiply(new BigDecimal(room)).divide(max, 0, RoundingMode.HALF_EVEN).intValue();
    }

    /**
     * What follows the table in Markdown, written so that a GFM renderer shows it as meant: the
     * verdict as paragraphs, the sweep, notes and rates as lists, the scenarios as tables.
     */
    private static String markdown(Comparison c, Map<String, List<Leave>> leaves, Scenarios.Result scenarios) {
        StringBuilder b = new StringBuilder();
        for (String line : Verdict.line(c).strip().split("\n")) {
            b.append(negotiate.markdown.Md.text(Visible.of(line))).append("\n\n");
        }
        String sweep = Sweep.text(c, leaves);
        if (!sweep.isEmpty()) {
            String[] lines = sweep.strip().split("\n");
            b.append(negotiate.markdown.Md.text(lines[0])).append("\n\n");
            for (int i = 1; i < lines.length; i++) {
                b.append("- ").append(negotiate.markdown.Md.text(lines[i].strip())).append('\n');
            }
            b.append('\n');
        }
        StringBuilder list = new StringBuilder();
        String legend = Figures.legend(c.offers());
        if (!legend.isEmpty()) {
            list.append("- ").append(negotiate.markdown.Md.text(legend.strip())).append('\n');
        }
        for (OfferResult r : c.offers()) {
            for (String n : r.notes()) {
                list.append("- note: ").append(negotiate.markdown.Md.text(Visible.of(n))).append('\n');
            }
        }
        if (list.length() > 0) {
            b.append(list).append('\n');
        }
        if (scenarios != null) {
            b.append(ScenariosView.markdown(c, scenarios));
        }
        String rates = RatesView.markdown(c.rates());
        if (!rates.isEmpty()) {
            b.append(rates.substring(1)); // the list follows a blank line already
        }
        return b.toString();
    }

    private static String notes(Comparison c) {
        StringBuilder b = new StringBuilder();
        for (OfferResult r : c.offers()) {
            for (String n : r.notes()) {
                b.append("note: ").append(n).append('\n');
            }
        }
        return b.toString();
    }

    private static String json(Comparison c, Map<String, List<Leave>> leaves, Scenarios.Result scenarios) {
        return new Json().object(j -> {
            j.str("schema", "negotiate.compare/1");
            j.str("currency", c.currency().getCurrencyCode());
            j.num("years", c.horizon());
            j.bool("pretax", true);
            RatesView.json(j, c.rates());
            j.array("offers", a -> {
                for (OfferResult r : c.offers()) {
                    a.object(o -> {
                        o.str("name", r.name());
                        o.array("years", ys -> {
                            for (YearBreakdown y : r.horizonYears()) {
                                ys.object(x -> x.num("year", y.year()).num("base", y.base()).num("bonus", y.bonus())
                                        .num("signing", y.signing()).num("equity", y.equity()).num("refresh", y.refresh())
                                        .num("benefits", y.benefits()).num("total", y.total()).num("riskAdjusted", y.riskAdjusted()));
                            }
                        });
                        o.num("firstYear", r.firstYear()).num("annual", r.annual()).num("fourYear", r.fourYear());
                        o.object("riskAdjusted", x -> {
                            x.num("annual", r.riskAdjustedAnnual()).num("fourYear", r.riskAdjustedFourYear())
                                    .num("riskPct", r.riskPct()).str("riskSource", r.riskSource());
                            if (r.risk().table() != null) {
                                x.str("riskTable", r.risk().table());
                            }
                            x.bool("upperBound", r.upperBound());
                        });
                        o.object("horizon", x -> x.num("years", r.horizon()).num("total", r.horizonTotal())
                                .num("riskAdjusted", r.horizonRiskAdjusted()));
                        if (r.taxPct() != null) {
                            o.object("afterTax", x -> x.num("horizon", r.afterTaxHorizon()).num("riskAdjusted", r.afterTaxRiskAdjusted())
                                    .num("ratePct", r.taxPct()));
                        }
                        List<Leave> left = leaves.getOrDefault(r.name(), List.of());
                        if (!left.isEmpty()) {
                            o.array("leave", ls -> {
                                for (Leave l : left) {
                                    ls.object(x -> {
                                        x.num("months", l.months()).num("kept", l.kept()).num("clawback", l.clawback())
                                                .num("exerciseCost", l.exerciseCost());
                                        if (l.keptAfterTax() != null) {
                                            x.num("keptAfterTax", l.keptAfterTax());
                                        }
                                    });
                                }
                            });
                        }
                        if (scenarios != null) {
                            ScenariosView.json(o, scenarios, r.name());
                        }
                        o.num("breakEvenRiskPct", c.breakEvenRiskPct(r));
                        o.num("toBest", c.toBest(r));
                        if (r.band() == null) {
                            o.nul("band");
                        } else {
                            BandPosition p = r.band();
                            o.object("band", x -> x.str("guide", p.guide()).str("region", p.region()).num("base", p.base())
                                    .num("equity", p.equity()).num("bonus", p.bonus()).num("annual", p.annual()));
                        }
                        o.strings("notes", r.notes());
                    });
                }
            });
            j.str("best", c.best().name());
            j.bool("rankedAfterTax", c.afterTax());
            if (scenarios != null) {
                ScenariosView.beats(j, scenarios);
            }
            j.num("bestUnlessRiskPct", c.bestUnless());
            j.str("verdict", Verdict.line(c).strip());
        }).toString();
    }
}
