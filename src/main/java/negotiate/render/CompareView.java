package negotiate.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import negotiate.comp.BandPosition;
import negotiate.comp.Comparison;
import negotiate.comp.OfferResult;
import negotiate.comp.YearBreakdown;
import negotiate.guide.Band;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/** Renders `compare`: offers as columns and years as rows, with a bar per offer; or §4 JSON. */
public final class CompareView {
    private CompareView() {
    }

    public static String render(Format format, Comparison c, Style style) {
        return switch (format) {
            case JSON -> json(c);
            case CSV -> table(c, false, "figure").csv();
            case MARKDOWN -> table(c, true, "Figure").markdown() + notes(c) + RatesView.text(c.rates());
            default -> text(c, style);
        };
    }

    /** The rows of the table, in order; the band rows only when some offer names a guide. */
    private enum Row {
        YEAR_1("Year 1"), YEAR_2("Year 2"), YEAR_3("Year 3"), YEAR_4("Year 4"), FIRST_YEAR("First year"), ANNUAL("Annual"),
        FOUR_YEARS("Four years"), EQUITY_RISK("Equity risk"), RISK_ANNUAL("Risk-adj. annual"),
        RISK_FOUR_YEARS("Risk-adj. four years"), VS_BEST("vs best (risk-adj.)"), BAND_BASE("Band: base"),
        BAND_EQUITY("Band: equity"), BAND_ANNUAL("Band: annual");

        final String label;

        Row(String label) {
            this.label = label;
        }
    }

    // Rows are filled by a switch, not a lambda per row: each lambda call site costs ~0.4 ms to link
    // at its first use on JDK 17, and this table is the main output of the main command.
    private static TextTable table(Comparison c, boolean pretty, String firstHeader) {
        List<OfferResult> offers = c.offers();
        String[] head = new String[offers.size() + 1];
        head[0] = firstHeader;
        boolean anyBand = false;
        for (int k = 0; k < offers.size(); k++) {
            head[k + 1] = ">" + offers.get(k).name();
            anyBand |= offers.get(k).band() != null;
        }
        TextTable t = new TextTable(head);
        OfferResult best = c.best();
        for (Row row : Row.values()) {
            if (row.ordinal() >= Row.BAND_BASE.ordinal() && !anyBand) {
                break;
            }
            String[] cells = new String[offers.size() + 1];
            cells[0] = row.label;
            for (int k = 0; k < offers.size(); k++) {
                cells[k + 1] = cell(row, offers.get(k), c, best, pretty);
            }
            t.row(cells);
        }
        return t;
    }

    private static String cell(Row row, OfferResult r, Comparison c, OfferResult best, boolean pretty) {
        return switch (row) {
            case YEAR_1, YEAR_2, YEAR_3, YEAR_4 -> money(r.years().get(row.ordinal()).total(), c, pretty);
            case FIRST_YEAR -> money(r.firstYear(), c, pretty);
            case ANNUAL -> money(r.annual(), c, pretty);
            case FOUR_YEARS -> money(r.fourYear(), c, pretty);
            case EQUITY_RISK -> risk(r);
            case RISK_ANNUAL -> money(r.riskAdjustedAnnual(), c, pretty);
            case RISK_FOUR_YEARS -> money(r.riskAdjustedFourYear(), c, pretty);
            case VS_BEST -> r == best ? "best" : money(c.toBest(r), c, pretty);
            case BAND_BASE -> pos(r.band(), r.band() == null ? null : r.band().base());
            case BAND_EQUITY -> pos(r.band(), r.band() == null ? null : r.band().equity());
            case BAND_ANNUAL -> pos(r.band(), r.band() == null ? null : r.band().annual());
        };
    }

    private static String money(BigDecimal v, Comparison c, boolean pretty) {
        return pretty ? MoneyFormat.whole(new Money(v, c.currency())) : MoneyFormat.json(v);
    }

    private static String risk(OfferResult r) {
        if (r.offer().equity() == null && r.offer().refresh() == null) {
            return "no equity";
        }
        String kind = r.offer().equity() == null ? "public" : r.offer().equity().kind().label();
        if (!kind.equals("public") || r.riskPct().signum() != 0) {
            return kind + " " + r.riskPct().stripTrailingZeros().toPlainString() + "% (" + r.riskSource() + ")";
        }
        return "public";
    }

    private static String pos(BandPosition band, BigDecimal v) {
        if (band == null) {
            return "—";
        }
        if (v == null) {
            return "n/a";
        }
        String s = v.multiply(new BigDecimal(100)).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "%";
        return v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0 ? s + " (outside)" : s;
    }

    private static String text(Comparison c, Style style) {
        StringBuilder b = new StringBuilder();
        b.append(style.bold("Offers in " + c.currency().getCurrencyCode())).append(" (year by year over four years; amounts rounded to whole units)\n\n");
        b.append(table(c, true, "").text(style));
        OfferResult best = c.best();
        BigDecimal max = null;
        int nameW = 1;
        for (OfferResult r : c.offers()) {
            max = max == null || r.fourYear().compareTo(max) > 0 ? r.fourYear() : max;
            nameW = Math.max(nameW, r.name().length());
        }
        if (max == null) {
            max = BigDecimal.ONE;
        }
        b.append('\n').append(style.bold("Four-year total")).append('\n');
        for (OfferResult r : c.offers()) {
            int len = max.signum() == 0 ? 0 : r.fourYear().multiply(new BigDecimal(40)).divide(max, 0, RoundingMode.HALF_EVEN).intValue();
            String bar = "█".repeat(Math.max(0, len));
            b.append(r.name()).append(" ".repeat(nameW - r.name().length() + 2)).append(r == best ? style.green(bar) : bar)
                    .append(' ').append(MoneyFormat.whole(new Money(r.fourYear(), c.currency())))
                    .append(r == best ? style.green("  ← best risk-adjusted") : "").append('\n');
        }
        b.append('\n').append("Best: ").append(style.bold(best.name())).append(" (highest risk-adjusted four-year total, ")
                .append(MoneyFormat.whole(new Money(best.riskAdjustedFourYear(), c.currency()))).append(")\n");
        b.append(notes(c));
        b.append(RatesView.text(c.rates()));
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

    private static String json(Comparison c) {
        return new Json().object(j -> {
            j.str("schema", "negotiate.compare/1");
            j.str("currency", c.currency().getCurrencyCode());
            RatesView.json(j, c.rates());
            j.array("offers", a -> {
                for (OfferResult r : c.offers()) {
                    a.object(o -> {
                        o.str("name", r.name());
                        o.array("years", ys -> {
                            for (YearBreakdown y : r.years()) {
                                ys.object(x -> x.num("year", y.year()).num("base", y.base()).num("bonus", y.bonus())
                                        .num("signing", y.signing()).num("equity", y.equity()).num("refresh", y.refresh())
                                        .num("total", y.total()).num("riskAdjusted", y.riskAdjusted()));
                            }
                        });
                        o.num("firstYear", r.firstYear()).num("annual", r.annual()).num("fourYear", r.fourYear());
                        o.object("riskAdjusted", x -> x.num("annual", r.riskAdjustedAnnual()).num("fourYear", r.riskAdjustedFourYear())
                                .num("riskPct", r.riskPct()).str("riskSource", r.riskSource()));
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
        }).toString();
    }
}
