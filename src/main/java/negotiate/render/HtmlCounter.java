package negotiate.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.math.BigDecimal;
import java.util.List;
import negotiate.comp.NormalisedBand;
import negotiate.counter.CounterOffer;
import negotiate.counter.ScriptWriter;
import negotiate.guide.Guide;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;
import negotiate.money.Range;

/**
 * `counter --format html`: the ask beside the band (the offer and the ask marked on base and equity),
 * the script rendered from its Markdown by flexmark with raw HTML escaped, and the private notes
 * clearly apart; one page, nothing fetched.
 */
final class HtmlCounter {
    private HtmlCounter() {
    }

    /** Markdown to HTML with any raw HTML in it escaped (a guide's text never becomes markup). */
    static String markdown(String md) {
        MutableDataSet o = new MutableDataSet().set(HtmlRenderer.ESCAPE_HTML, true).set(HtmlRenderer.SUPPRESS_HTML, false);
        return HtmlRenderer.builder(o).build().render(Parser.builder(o).build().parse(md));
    }

    static String of(CounterOffer co, Guide g, ScriptWriter.Script script, List<String> notes, List<String> math) {
        NormalisedBand b = co.band();
        StringBuilder h = new StringBuilder("<h1>Counter-offer: ").append(Html.esc(g.role() + " · " + g.company())).append("</h1>\n")
                .append("<p class=\"sub\">").append(Html.esc(b.band().region() + (b.band().level() == null ? "" : " · " + b.band().level())
                        + " · in " + co.currency().getCurrencyCode())).append("</p>\n");
        TextTable ask = new TextTable("", ">Your offer", ">Your ask");
        ask.row("Base", money(co.offer().years().get(0).base(), co), money(co.askBase(), co));
        ask.row("Equity grant", money(grant(co), co), money(co.askEquity(), co) + " over " + b.band().equityYears() + " years");
        ask.row("Target bonus", pct(co.offerBonusPct()), pct(co.bonusPct()));
        ask.row("Signing", money(co.offer().offer().signing().isEmpty() ? BigDecimal.ZERO : co.offer().years().get(0).signing(), co),
                money(co.askSigning(), co));
        ask.row("Four years", money(co.offer().fourYear(), co), money(co.askPackage().fourYear(), co));
        if (co.unclosedGap().signum() > 0) {
            ask.row("Beyond the band's reach", "", money(co.unclosedGap(), co));
        }
        h.append("<div class=\"card\"><h2>").append(co.atTop() ? "Already at the band's top" : "The ask").append("</h2>\n")
                .append(ask.html()).append(Html.legend("var(--band)", "the band", "#c0392b", "your offer", "var(--equity)", "your ask"))
                .append(range("Base", b.base(), co.offer().years().get(0).base(), co.askBase(), co))
                .append(range("Equity", b.equity(), grant(co), co.askEquity(), co)).append("</div>\n");
        h.append("<div class=\"card script\"><h2>Script (ready to send)</h2>\n").append(markdown(script.markdown())).append("</div>\n");
        h.append("<div class=\"card private\"><h2>Private notes — do not send</h2>\n<ul>\n<li>Walk-away floor: ")
                .append(Html.esc(money(co.floorAnnual(), co) + " a year (" + co.floorSource() + ")")).append("</li>\n");
        for (String m : math) {
            h.append("<li>").append(Html.esc(m)).append("</li>\n");
        }
        for (String n : notes) {
            h.append("<li>").append(Html.esc(n)).append("</li>\n");
        }
        h.append("</ul>\n");
        if (!script.menu().isEmpty()) {
            h.append("<h3>The guide's levers (choose with --lever N)</h3>\n<ul>\n");
            for (String m : script.menu()) {
                h.append("<li>").append(Html.esc(m)).append("</li>\n");
            }
            h.append("</ul>\n");
        }
        String rates = RatesView.text(co.rates()).strip();
        if (!rates.isEmpty()) {
            h.append("<p class=\"sub\">").append(Html.lines(rates)).append("</p>\n");
        }
        h.append("</div>\n");
        return Html.page("Counter-offer: " + g.company(), h.toString());
    }

    private static BigDecimal grant(CounterOffer co) {
        return co.offer().offer().equity() == null ? BigDecimal.ZERO
                : co.offer().years().stream().map(y -> y.equity()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A band's range with the offer and the ask marked on it. */
    private static String range(String label, Range band, BigDecimal offer, BigDecimal ask, CounterOffer co) {
        double lo = Math.min(band.low().doubleValue(), Math.min(offer.doubleValue(), ask.doubleValue()));
        double hi = Math.max(band.high().doubleValue(), Math.max(offer.doubleValue(), ask.doubleValue()));
        double from = Math.max(0, lo - (hi - lo) * 0.1);
        double span = Math.max(1, hi + (hi - lo) * 0.1 - from);
        double left = 110;
        double w = 560;
        StringBuilder s = new StringBuilder(Html.svg(left + w + 40, 58, label + " band"));
        double x1 = left + (band.low().doubleValue() - from) / span * w;
        double x2 = left + (band.high().doubleValue() - from) / span * w;
        s.append("<text x=\"").append(Html.n(left - 10)).append("\" y=\"24\" text-anchor=\"end\" font-weight=\"600\">").append(label)
                .append("</text><rect x=\"").append(Html.n(x1)).append("\" y=\"12\" width=\"").append(Html.n(Math.max(1, x2 - x1)))
                .append("\" height=\"18\" fill=\"var(--band)\" stroke=\"#b8c4d8\"/>")
                .append("<text class=\"muted\" x=\"").append(Html.n(x1)).append("\" y=\"48\">").append(Html.esc(money(band.low(), co)))
                .append("</text><text class=\"muted\" x=\"").append(Html.n(x2)).append("\" y=\"48\" text-anchor=\"end\">")
                .append(Html.esc(money(band.high(), co))).append("</text>");
        marker(s, left + (offer.doubleValue() - from) / span * w, "#c0392b", "your offer " + money(offer, co));
        marker(s, left + (ask.doubleValue() - from) / span * w, "var(--equity)", "your ask " + money(ask, co));
        return s.append("</svg>\n").toString();
    }

    private static void marker(StringBuilder s, double x, String colour, String title) {
        s.append("<line x1=\"").append(Html.n(x)).append("\" x2=\"").append(Html.n(x)).append("\" y1=\"6\" y2=\"36\" stroke=\"")
                .append(colour).append("\" stroke-width=\"4\"><title>").append(Html.esc(title)).append("</title></line>");
    }

    private static String money(BigDecimal v, CounterOffer co) {
        return MoneyFormat.whole(new Money(v, co.currency()));
    }

    private static String pct(BigDecimal p) {
        return MoneyFormat.percent(p);
    }
}
