package negotiate.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import negotiate.comp.BandPosition;
import negotiate.comp.Comparison;
import negotiate.comp.OfferResult;
import negotiate.comp.YearBreakdown;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/** Renders `compare`: offers as columns and years as rows, with a bar per offer; or §4 JSON. */
public final class CompareView {
    private CompareView() {
    }

    public static String render(String format, Comparison c, Style style) {
        return switch (format) {
            case "json" -> json(c);
            case "csv" -> table(c, false, "figure").csv();
            case "markdown" -> table(c, true, "Figure").markdown() + notes(c) + RatesView.text(c.rates());
            default -> text(c, style);
        };
    }

    private static TextTable table(Comparison c, boolean pretty, String firstHeader) {
        List<String> head = new ArrayList<>();
        head.add(firstHeader);
        for (OfferResult r : c.offers()) {
            head.add(">" + r.name());
        }
        TextTable t = new TextTable(head.toArray(String[]::new));
        Function<BigDecimal, String> fmt = v -> pretty ? MoneyFormat.whole(new Money(v, c.currency())) : MoneyFormat.json(v);
        for (int y = 0; y < 4; y++) {
            int yi = y;
            row(t, c, "Year " + (y + 1), r -> fmt.apply(r.years().get(yi).total()));
        }
        row(t, c, "First year", r -> fmt.apply(r.firstYear()));
        row(t, c, "Annual", r -> fmt.apply(r.annual()));
        row(t, c, "Four years", r -> fmt.apply(r.fourYear()));
        row(t, c, "Equity risk", r -> risk(r));
        row(t, c, "Risk-adj. annual", r -> fmt.apply(r.riskAdjustedAnnual()));
        row(t, c, "Risk-adj. four years", r -> fmt.apply(r.riskAdjustedFourYear()));
        OfferResult best = c.best();
        row(t, c, "vs best (risk-adj.)", r -> r == best ? "best" : fmt.apply(c.toBest(r)));
        if (c.offers().stream().anyMatch(r -> r.band() != null)) {
            row(t, c, "Band: base", r -> pos(r, BandPosition::base));
            row(t, c, "Band: equity", r -> pos(r, BandPosition::equity));
            row(t, c, "Band: annual", r -> pos(r, BandPosition::annual));
        }
        return t;
    }

    private static void row(TextTable t, Comparison c, String label, Function<OfferResult, String> cell) {
        List<String> cells = new ArrayList<>();
        cells.add(label);
        for (OfferResult r : c.offers()) {
            cells.add(cell.apply(r));
        }
        t.row(cells.toArray(String[]::new));
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

    private static String pos(OfferResult r, Function<BandPosition, BigDecimal> f) {
        if (r.band() == null) {
            return "—";
        }
        BigDecimal v = f.apply(r.band());
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
        BigDecimal max = c.offers().stream().map(OfferResult::fourYear).max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
        int nameW = c.offers().stream().mapToInt(r -> r.name().length()).max().orElse(1);
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
