package negotiate.render;

import java.math.BigDecimal;
import java.util.List;
import negotiate.comp.NormalisedBand;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;
import negotiate.money.Rate;

/**
 * `bands --format html`: per guide, each region's annual range drawn on one scale per currency (low,
 * mid, high, and the guide's own stated total beside it), then the table; one page, nothing fetched.
 */
final class HtmlBands {
    private HtmlBands() {
    }

    static String of(List<NormalisedBand> bands, TextTable table, List<Rate> rates) {
        StringBuilder b = new StringBuilder("<h1>Salary bands</h1>\n<p class=\"sub\">Annual totals: base + equity a year + bonus,"
                + " low to high; the tick is the mid, the outline the guide's own stated total.</p>\n");
        String guide = null;
        StringBuilder group = new StringBuilder();
        List<NormalisedBand> same = new java.util.ArrayList<>();
        for (NormalisedBand n : bands) {
            if (!n.guide().id().equals(guide)) {
                if (!same.isEmpty()) {
                    group.append(chart(same));
                    group.append("</div>\n");
                }
                same.clear();
                guide = n.guide().id();
                group.append("<div class=\"card\"><h2>").append(Html.esc(n.guide().role() + " · " + n.guide().company()))
                        .append("</h2>\n<p class=\"sub\">").append(Html.esc(n.guide().id())).append("</p>\n");
            }
            same.add(n);
        }
        if (!same.isEmpty()) {
            group.append(chart(same)).append("</div>\n");
        }
        b.append(group);
        b.append("<div class=\"card\"><h2>The figures</h2>\n").append(table.html()).append("</div>\n");
        String r = RatesView.text(rates).strip();
        if (!r.isEmpty()) {
            b.append("<div class=\"card\"><p class=\"sub\">").append(Html.lines(r)).append("</p></div>\n");
        }
        return Html.page("Salary bands", b.toString());
    }

    /** One guide's regions as horizontal ranges, on a scale per currency. */
    private static String chart(List<NormalisedBand> bands) {
        double left = 190;
        double w = 560;
        double rowH = 30;
        StringBuilder s = new StringBuilder(Html.svg(left + w + 170, bands.size() * rowH + 12, "Annual bands by region"));
        for (int k = 0; k < bands.size(); k++) {
            NormalisedBand n = bands.get(k);
            double max = 1;
            double min = Double.MAX_VALUE;
            for (NormalisedBand o : bands) {
                if (o.currency().equals(n.currency())) {
                    max = Math.max(max, Math.max(o.annual().high().doubleValue(), o.stated() == null ? 0 : o.stated().high().doubleValue()));
                    min = Math.min(min, Math.min(o.annual().low().doubleValue(), o.stated() == null ? Double.MAX_VALUE
                            : o.stated().low().doubleValue()));
                }
            }
            // the scale starts a little below the lowest figure, so that the ranges are told apart
            double from = Math.max(0, min - (max - min) * 0.15);
            double span = Math.max(1, max - from);
            double y = 6 + k * rowH;
            double x1 = left + (n.annual().low().doubleValue() - from) / span * w;
            double x2 = left + (n.annual().high().doubleValue() - from) / span * w;
            double xm = left + (n.annual().mid().doubleValue() - from) / span * w;
            String label = (n.band().level() == null ? "" : n.band().level() + " · ") + n.band().region();
            s.append("<text x=\"").append(Html.n(left - 10)).append("\" y=\"").append(Html.n(y + 14)).append("\" text-anchor=\"end\">")
                    .append(Html.esc(label)).append("</text>");
            if (n.stated() != null) {
                double s1 = left + (n.stated().low().doubleValue() - from) / span * w;
                double s2 = left + (n.stated().high().doubleValue() - from) / span * w;
                s.append("<rect x=\"").append(Html.n(s1)).append("\" y=\"").append(Html.n(y + 1)).append("\" width=\"")
                        .append(Html.n(Math.max(1, s2 - s1))).append("\" height=\"20\" fill=\"none\" stroke=\"#8a94a6\" stroke-dasharray=\"3 2\">")
                        .append("<title>stated ").append(Html.esc(money(n.stated().low(), n) + "–" + money(n.stated().high(), n)))
                        .append("</title></rect>");
            }
            s.append("<rect x=\"").append(Html.n(x1)).append("\" y=\"").append(Html.n(y + 4)).append("\" width=\"")
                    .append(Html.n(Math.max(1, x2 - x1))).append("\" height=\"14\" rx=\"3\" fill=\"var(--base)\" fill-opacity=\"0.8\"><title>")
                    .append(Html.esc(money(n.annual().low(), n) + "–" + money(n.annual().high(), n))).append("</title></rect>")
                    .append("<line x1=\"").append(Html.n(xm)).append("\" x2=\"").append(Html.n(xm)).append("\" y1=\"").append(Html.n(y + 1))
                    .append("\" y2=\"").append(Html.n(y + 21)).append("\" stroke=\"#1d2430\" stroke-width=\"2\"/>")
                    .append("<text class=\"muted\" x=\"").append(Html.n(left + w + 10)).append("\" y=\"").append(Html.n(y + 14)).append("\">")
                    .append(Html.esc(money(n.annual().low(), n) + "–" + money(n.annual().high(), n))).append("</text>\n");
        }
        return s.append("</svg>\n").toString();
    }

    private static String money(BigDecimal v, NormalisedBand n) {
        return MoneyFormat.whole(new Money(v, n.currency()));
    }
}
