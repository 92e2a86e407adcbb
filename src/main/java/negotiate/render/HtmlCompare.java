package negotiate.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import negotiate.comp.BandPosition;
import negotiate.comp.Comparison;
import negotiate.comp.Leave;
import negotiate.comp.OfferResult;
import negotiate.comp.OfferScenarios;
import negotiate.comp.Outcome;
import negotiate.comp.Scenarios;
import negotiate.comp.YearBreakdown;
import negotiate.input.Months;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/**
 * `compare --format html`: the verdict, stacked bars per offer and year (the risk-adjusted equity and
 * the part the risk takes told apart), the ranked totals, the table, band positions, scenario spreads
 * and leave-early curves when asked for; one page, nothing fetched.
 */
final class HtmlCompare {
    private HtmlCompare() {
    }

    private static final String BASE = "var(--base)";
    private static final String EQUITY = "var(--equity)";
    private static final String HAIRCUT = "var(--haircut)";
    private static final String ONCE = "var(--once)";
    private static final String BENEFITS = "var(--benefits)";

    static String of(Comparison c, TextTable table, Map<String, List<Leave>> leaves, Scenarios.Result scenarios) {
        StringBuilder b = new StringBuilder();
        String cur = c.currency().getCurrencyCode();
        b.append("<h1>Offers compared</h1>\n<p class=\"sub\">In ").append(cur).append(", pre-tax")
                .append(c.afterTax() ? " (ranked after each offer's tax rate)" : "").append("; ").append(Verdict.years(c.horizon()))
                .append(". Amounts rounded to whole units.</p>\n");
        b.append("<div class=\"card verdict\">").append(Html.lines(Verdict.line(c))).append("</div>\n");
        b.append("<div class=\"card\"><h2>Year by year</h2>\n").append(Html.legend(BASE, "base + bonus", EQUITY,
                "equity, risk-adjusted", HAIRCUT, "equity the risk takes off", ONCE, "one-time (signing)", BENEFITS, "benefits"))
                .append(years(c)).append("</div>\n");
        b.append("<div class=\"card\"><h2>").append(Html.esc(capital(Verdict.total(c.horizon(), false))))
                .append(", what the verdict ranks</h2>\n").append(Html.legend(EQUITY, "risk-adjusted" + (c.afterTax() ? ", after tax" : ""),
                        HAIRCUT, "the rest of the nominal total")).append(totals(c)).append("</div>\n");
        b.append("<div class=\"card\"><h2>The figures</h2>\n").append(table.html()).append("</div>\n");
        String bands = bands(c);
        if (!bands.isEmpty()) {
            b.append("<div class=\"card\"><h2>Where each offer sits in its band</h2>\n<p class=\"sub\">0% is the band's low end,"
                    + " 100% its high end; the marker is the offer.</p>\n").append(bands).append("</div>\n");
        }
        if (scenarios != null) {
            b.append("<div class=\"card\"><h2>Equity scenarios</h2>\n<p class=\"sub\">Each dot is an outcome (its area is its"
                    + " probability), the line its low–high range; the diamond is the expected total.</p>\n")
                    .append(spreads(c, scenarios)).append(ScenariosView.html(c, scenarios)).append(ScenariosView.beatsHtml(scenarios))
                    .append(list(ScenariosView.notes(scenarios))).append("</div>\n");
        }
        if (!leaves.isEmpty() && !leaves.values().iterator().next().isEmpty()) {
            String sweep = Sweep.text(c, leaves).strip();
            b.append("<div class=\"card\"><h2>If you leave</h2>\n<p class=\"sub\">What you keep (nominal, pre-tax) at each"
                    + " duration asked for.</p>\n").append(leave(c, leaves))
                    .append(sweep.isEmpty() ? "" : list(java.util.Arrays.asList(sweep.split("\n")).subList(1, sweep.split("\n").length)))
                    .append("</div>\n");
        }
        StringBuilder notes = new StringBuilder();
        for (OfferResult r : c.offers()) {
            for (String n : r.notes()) {
                notes.append("<li>").append(Html.esc(n)).append("</li>\n");
            }
        }
        String legend = Figures.legend(c.offers());
        if (!legend.isEmpty()) {
            notes.append("<li>").append(Html.esc(legend.strip())).append("</li>\n");
        }
        String rates = RatesView.text(c.rates()).strip();
        if (!rates.isEmpty()) {
            notes.append("<li>").append(Html.lines(rates)).append("</li>\n");
        }
        if (notes.length() > 0) {
            b.append("<div class=\"card\"><h2>Notes</h2>\n<ul class=\"notes\">\n").append(notes).append("</ul></div>\n");
        }
        return Html.page("Offers compared", b.toString());
    }

    /** Stacked bars: one group per offer, one bar per year. */
    private static String years(Comparison c) {
        int n = c.offers().size();
        int years = c.horizon();
        double gap = 6;
        double groupGap = 40;
        // bars share about 900 units between them: wide for a few offers and years, narrow for many
        double barW = Math.max(8, Math.min(44, (900.0 - 70 - (n - 1) * groupGap) / (n * years) - gap));
        double groupW = years * (barW + gap) - gap;
        double left = 70;
        double top = 16;
        double h = 220;
        double width = left + n * groupW + (n - 1) * groupGap + 20;
        BigDecimal max = BigDecimal.ONE;
        for (OfferResult r : c.offers()) {
            for (YearBreakdown y : r.horizonYears()) {
                max = max.max(y.total());
            }
        }
        StringBuilder s = new StringBuilder(Html.svg(width, top + h + 48, "Year by year totals per offer"));
        for (int t = 0; t <= 4; t++) {
            double y = top + h - h * t / 4;
            s.append("<line x1=\"").append(Html.n(left - 4)).append("\" x2=\"").append(Html.n(width - 10)).append("\" y1=\"")
                    .append(Html.n(y)).append("\" y2=\"").append(Html.n(y)).append("\" stroke=\"#e3e7ee\"/>")
                    .append("<text class=\"muted\" x=\"").append(Html.n(left - 8)).append("\" y=\"").append(Html.n(y + 4))
                    .append("\" text-anchor=\"end\">").append(Html.esc(short_(max.multiply(BigDecimal.valueOf(t)).divide(
                            BigDecimal.valueOf(4), negotiate.money.Money.MC), c))).append("</text>\n");
        }
        for (int k = 0; k < n; k++) {
            OfferResult r = c.offers().get(k);
            double x0 = left + k * (groupW + groupGap);
            for (int y = 0; y < years; y++) {
                YearBreakdown yb = r.horizonYears().get(y);
                double x = x0 + y * (barW + gap);
                BigDecimal equity = yb.equity().add(yb.refresh());
                BigDecimal kept = yb.riskAdjusted().subtract(yb.base()).subtract(yb.bonus()).subtract(yb.signing()).subtract(yb.benefits());
                BigDecimal[] parts = {yb.base().add(yb.bonus()), kept, equity.subtract(kept), yb.signing(), yb.benefits()};
                String[] colours = {BASE, EQUITY, HAIRCUT, ONCE, BENEFITS};
                double yTop = top + h;
                for (int p = 0; p < parts.length; p++) {
                    double ph = parts[p].signum() <= 0 ? 0 : parts[p].doubleValue() / max.doubleValue() * h;
                    if (ph > 0) {
                        yTop -= ph;
                        s.append("<rect x=\"").append(Html.n(x)).append("\" y=\"").append(Html.n(yTop)).append("\" width=\"")
                                .append(Html.n(barW)).append("\" height=\"").append(Html.n(ph)).append("\" fill=\"").append(colours[p])
                                .append("\"><title>").append(Html.esc(r.name() + ", year " + (y + 1) + ": " + money(parts[p], c)))
                                .append("</title></rect>");
                    }
                }
                s.append("<text class=\"muted\" x=\"").append(Html.n(x + barW / 2)).append("\" y=\"").append(Html.n(top + h + 14))
                        .append("\" text-anchor=\"middle\">").append(y + 1).append("</text>\n");
            }
            s.append("<text x=\"").append(Html.n(x0 + groupW / 2)).append("\" y=\"").append(Html.n(top + h + 34))
                    .append("\" text-anchor=\"middle\" font-weight=\"600\">").append(Html.esc(r.name())).append("</text>\n");
        }
        return s.append("</svg>\n").toString();
    }

    /** Horizontal bars of the ranked figure, with the rest of the nominal total after it. */
    private static String totals(Comparison c) {
        boolean tax = c.afterTax();
        BigDecimal max = BigDecimal.ONE;
        for (OfferResult r : c.offers()) {
            max = max.max(Comparison.nominal(r, tax));
        }
        double left = 170;
        double barMax = 560;
        double rowH = 34;
        StringBuilder s = new StringBuilder(Html.svg(left + barMax + 260, c.offers().size() * rowH + 10, "Ranked totals"));
        OfferResult best = c.best();
        for (int k = 0; k < c.offers().size(); k++) {
            OfferResult r = c.offers().get(k);
            double y = 6 + k * rowH;
            double ranked = Comparison.rank(r, tax).doubleValue() / max.doubleValue() * barMax;
            double nominal = Comparison.nominal(r, tax).doubleValue() / max.doubleValue() * barMax;
            s.append("<text x=\"").append(Html.n(left - 10)).append("\" y=\"").append(Html.n(y + 17)).append("\" text-anchor=\"end\"")
                    .append(r == best ? " font-weight=\"700\"" : "").append('>').append(Html.esc(r.name())).append("</text>");
            s.append("<rect x=\"").append(Html.n(left)).append("\" y=\"").append(Html.n(y)).append("\" width=\"")
                    .append(Html.n(Math.max(0, ranked))).append("\" height=\"22\" fill=\"var(--equity)\"/>");
            if (nominal > ranked) {
                s.append("<rect x=\"").append(Html.n(left + ranked)).append("\" y=\"").append(Html.n(y)).append("\" width=\"")
                        .append(Html.n(nominal - ranked)).append("\" height=\"22\" fill=\"var(--haircut)\"/>");
            }
            s.append("<text x=\"").append(Html.n(left + Math.max(ranked, nominal) + 8)).append("\" y=\"").append(Html.n(y + 16))
                    .append("\">").append(Html.esc(Figures.mark(r) + money(Comparison.rank(r, tax), c)
                            + (nominal > ranked ? " (nominal " + money(Comparison.nominal(r, tax), c) + ")" : "")
                            + (r == best ? "  ← best" : ""))).append("</text>\n");
        }
        return s.append("</svg>\n").toString();
    }

    /** Each linked offer's base, equity and annual position on a 0–100 % band scale. */
    private static String bands(Comparison c) {
        StringBuilder s = new StringBuilder();
        for (OfferResult r : c.offers()) {
            BandPosition p = r.band();
            if (p == null) {
                continue;
            }
            s.append("<p><strong>").append(Html.esc(r.name())).append("</strong> in the ").append(Html.esc(p.region()))
                    .append(" band of ").append(Html.esc(p.guide())).append("</p>\n");
            String[] names = {"base", "equity", "bonus", "annual"};
            BigDecimal[] values = {p.base(), p.equity(), p.bonus(), p.annual()};
            s.append(Html.svg(760, values.length * 26 + 8, "Band positions"));
            for (int i = 0; i < values.length; i++) {
                double y = 4 + i * 26;
                s.append("<text x=\"80\" y=\"").append(Html.n(y + 14)).append("\" text-anchor=\"end\">").append(names[i]).append("</text>")
                        .append("<rect x=\"200\" y=\"").append(Html.n(y + 4)).append("\" width=\"400\" height=\"12\" fill=\"var(--band)\""
                                + " stroke=\"#b8c4d8\"/>");
                if (values[i] == null) {
                    s.append("<text class=\"muted\" x=\"620\" y=\"").append(Html.n(y + 14)).append("\">n/a</text>\n");
                    continue;
                }
                double v = Math.max(-0.45, Math.min(1.45, values[i].doubleValue()));
                double x = 200 + 400 * v;
                s.append("<line x1=\"").append(Html.n(x)).append("\" x2=\"").append(Html.n(x)).append("\" y1=\"").append(Html.n(y))
                        .append("\" y2=\"").append(Html.n(y + 20)).append("\" stroke=\"#c0392b\" stroke-width=\"3\"/>")
                        .append("<text x=\"").append(Html.n(Math.max(90, Math.min(720, x + 6)))).append("\" y=\"").append(Html.n(y + 14))
                        .append("\">").append(Html.esc(values[i].movePointRight(2).setScale(0, java.math.RoundingMode.HALF_EVEN)
                                .toPlainString() + "%")).append("</text>\n");
            }
            s.append("</svg>\n");
        }
        return s.toString();
    }

    /** Per offer, its outcomes on one money axis: low–high line, a dot sized by probability, the expected total. */
    private static String spreads(Comparison c, Scenarios.Result sc) {
        BigDecimal lo = null;
        BigDecimal hi = null;
        for (OfferScenarios o : sc.offers()) {
            for (Outcome out : o.outcomes()) {
                lo = lo == null ? out.totalLow() : lo.min(out.totalLow());
                hi = hi == null ? out.totalHigh() : hi.max(out.totalHigh());
            }
        }
        if (lo == null) {
            return "";
        }
        double min = lo.doubleValue();
        double span = Math.max(1, hi.doubleValue() - min);
        double left = 170;
        double w = 600;
        double rowH = 54;
        StringBuilder s = new StringBuilder(Html.svg(left + w + 120, sc.offers().size() * rowH + 30, "Scenario spreads"));
        for (int k = 0; k < sc.offers().size(); k++) {
            OfferScenarios o = sc.offers().get(k);
            double y = 20 + k * rowH;
            s.append("<text x=\"").append(Html.n(left - 10)).append("\" y=\"").append(Html.n(y + 4)).append("\" text-anchor=\"end\">")
                    .append(Html.esc(o.offer())).append("</text>");
            s.append("<line x1=\"").append(Html.n(left)).append("\" x2=\"").append(Html.n(left + w)).append("\" y1=\"").append(Html.n(y))
                    .append("\" y2=\"").append(Html.n(y)).append("\" stroke=\"#e3e7ee\"/>");
            for (Outcome out : o.outcomes()) {
                double x1 = left + (out.totalLow().doubleValue() - min) / span * w;
                double x2 = left + (out.totalHigh().doubleValue() - min) / span * w;
                double xm = left + (out.totalMid().doubleValue() - min) / span * w;
                double r = 3 + 12 * Math.sqrt(out.probabilityPct().doubleValue() / 100);
                s.append("<line x1=\"").append(Html.n(x1)).append("\" x2=\"").append(Html.n(x2)).append("\" y1=\"").append(Html.n(y))
                        .append("\" y2=\"").append(Html.n(y)).append("\" stroke=\"var(--base)\" stroke-width=\"3\"/>")
                        .append("<circle cx=\"").append(Html.n(xm)).append("\" cy=\"").append(Html.n(y)).append("\" r=\"").append(Html.n(r))
                        .append("\" fill=\"var(--base)\" fill-opacity=\"0.35\" stroke=\"var(--base)\"><title>")
                        .append(Html.esc(out.name() + ": " + out.probabilityPct().stripTrailingZeros().toPlainString() + "%, "
                                + money(out.totalMid(), c))).append("</title></circle>");
            }
            double xe = left + (o.expected().doubleValue() - min) / span * w;
            s.append("<path d=\"M").append(Html.n(xe)).append(' ').append(Html.n(y - 8)).append(" l8 8 l-8 8 l-8 -8 z\" fill=\"#c0392b\">")
                    .append("<title>expected ").append(Html.esc(money(o.expected(), c))).append("</title></path>")
                    .append("<text class=\"muted\" x=\"").append(Html.n(left + w + 10)).append("\" y=\"").append(Html.n(y + 4)).append("\">")
                    .append(Html.esc(money(o.expected(), c))).append("</text>\n");
        }
        s.append("<text class=\"muted\" x=\"").append(Html.n(left)).append("\" y=\"").append(Html.n(sc.offers().size() * rowH + 24))
                .append("\">").append(Html.esc(money(lo, c))).append("</text><text class=\"muted\" x=\"").append(Html.n(left + w))
                .append("\" y=\"").append(Html.n(sc.offers().size() * rowH + 24)).append("\" text-anchor=\"end\">")
                .append(Html.esc(money(hi, c))).append("</text>\n");
        return s.append("</svg>\n").toString();
    }

    /** What each offer keeps at each --leave-after duration, as lines over the months. */
    private static String leave(Comparison c, Map<String, List<Leave>> leaves) {
        int last = 1;
        BigDecimal max = BigDecimal.ONE;
        for (List<Leave> ls : leaves.values()) {
            for (Leave l : ls) {
                last = Math.max(last, l.months());
                max = max.max(l.kept());
            }
        }
        double left = 80;
        double w = 620;
        double h = 200;
        String[] colours = {"#3b6fb6", "#2e9d6b", "#e0a22a", "#8a6bc7", "#c0392b", "#16a2b8"};
        StringBuilder s = new StringBuilder(Html.svg(left + w + 160, h + 50, "What you keep if you leave"));
        s.append("<line x1=\"").append(Html.n(left)).append("\" x2=\"").append(Html.n(left + w)).append("\" y1=\"").append(Html.n(10 + h))
                .append("\" y2=\"").append(Html.n(10 + h)).append("\" stroke=\"#b8c4d8\"/>");
        int k = 0;
        for (OfferResult r : c.offers()) {
            List<Leave> ls = leaves.get(r.name());
            String colour = colours[k % colours.length];
            StringBuilder path = new StringBuilder();
            for (Leave l : ls) {
                double x = left + w * l.months() / last;
                double y = 10 + h - l.kept().doubleValue() / max.doubleValue() * h;
                path.append(path.length() == 0 ? "M" : " L").append(Html.n(x)).append(' ').append(Html.n(y));
                s.append("<circle cx=\"").append(Html.n(x)).append("\" cy=\"").append(Html.n(y)).append("\" r=\"4\" fill=\"").append(colour)
                        .append("\"><title>").append(Html.esc(r.name() + " after " + Months.shown(l.months()) + ": " + money(l.kept(), c)))
                        .append("</title></circle>");
            }
            s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>");
            Leave end = ls.get(ls.size() - 1);
            s.append("<text x=\"").append(Html.n(left + w + 8)).append("\" y=\"")
                    .append(Html.n(14 + h - end.kept().doubleValue() / max.doubleValue() * h)).append("\" fill=\"").append(colour)
                    .append("\">").append(Html.esc(r.name())).append("</text>\n");
            k++;
        }
        for (Leave l : leaves.get(c.offers().get(0).name())) {
            s.append("<text class=\"muted\" x=\"").append(Html.n(left + w * l.months() / last)).append("\" y=\"").append(Html.n(h + 28))
                    .append("\" text-anchor=\"middle\">").append(Months.shown(l.months())).append("</text>");
        }
        return s.append("\n</svg>\n").toString();
    }

    private static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<ul class=\"notes\">\n");
        for (String i : items) {
            b.append("<li>").append(Html.esc(i.strip())).append("</li>\n");
        }
        return b.append("</ul>\n").toString();
    }

    private static String money(BigDecimal v, Comparison c) {
        return MoneyFormat.whole(new Money(v, c.currency()));
    }

    private static String short_(BigDecimal v, Comparison c) {
        return ScenariosView.compact(v.setScale(0, java.math.RoundingMode.HALF_EVEN), c.currency());
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
