package negotiate.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import negotiate.comp.OfferResult;
import negotiate.counter.CounterOffer;
import negotiate.counter.ScriptWriter;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/** Renders `counter`: the script to send, then a private section (floor, math, notes); or §4 JSON. */
public final class CounterView {
    private CounterView() {
    }

    public static String render(Format format, CounterOffer co, Guide g, ScriptWriter.Script script, Style style) {
        List<String> notes = notes(co, script);
        if (format == Format.JSON) {
            return json(co, g, script, notes);
        }
        if (format == Format.HTML) {
            return HtmlCounter.of(co, g, script, notes, math(co));
        }
        StringBuilder head = new StringBuilder();
        head.append(format == Format.MARKDOWN ? "## Script\n\n" : style.bold("Script (ready to paste)") + "\n\n");
        head.append(script.markdown()).append('\n');
        boolean md = format == Format.MARKDOWN;
        StringBuilder b = new StringBuilder();
        b.append(md ? "## Private notes (do not send)\n\n" : style.bold("Private notes (do not send)") + "\n\n");
        b.append("- Walk-away floor: ").append(w(co.floorAnnual(), co)).append(" a year (")
                .append(md ? negotiate.markdown.Md.text(co.floorSource()) : co.floorSource()).append(")\n");
        for (String line : math(co)) {
            b.append("- ").append(md ? negotiate.markdown.Md.text(line) : line).append('\n');
        }
        for (String n : notes) {
            b.append("- ").append(md ? negotiate.markdown.Md.text(n) : n).append('\n');
        }
        if (!script.menu().isEmpty()) {
            b.append(format == Format.MARKDOWN ? "\n### The guide's levers (choose with --lever N)\n\n"
                    : "\n" + style.bold("The guide's levers (choose with --lever N)") + "\n");
            for (String m : script.menu()) {
                b.append("- ").append(md ? negotiate.markdown.Md.text(m) : m).append('\n');
            }
        }
        b.append(md ? RatesView.markdown(co.rates()) : RatesView.text(co.rates()));
        // the script is never wrapped (it is pasted into mail, which wraps it); the notes fit the terminal
        return head + (format == Format.TABLE ? Width.fit(Visible.escaped(b.toString()), style.width()) : b.toString());
    }

    static List<String> notes(CounterOffer co, ScriptWriter.Script script) {
        List<String> n = new ArrayList<>(co.notes());
        if (!script.placeholders().isEmpty()) {
            n.add("Fill before sending: " + String.join(", ", script.placeholders().stream().map(p -> "[" + p + "]").toList())
                    + " (or pass --fact \"KEY=VALUE\")");
        }
        n.addAll(script.notes());
        for (OfferResult r : co.competing()) {
            if (r.upperBound()) {
                n.add(r.name() + ": its equity risk is unknown, so its risk-adjusted total is an upper bound (face value);"
                        + " add risk: N% to it for a fairer comparison");
            } else if (r.riskSource().startsWith("report:")) {
                n.add(r.name() + ": equity risk " + r.riskPct().stripTrailingZeros().toPlainString() + "% (" + r.riskSource()
                        + (r.risk().table() == null ? "" : ", table \"" + r.risk().table() + "\"") + ")");
            }
        }
        return n;
    }

    static List<String> math(CounterOffer co) {
        List<String> m = new ArrayList<>();
        var b = co.band();
        m.add("Band (" + b.band().region() + (b.band().level() == null ? "" : ", " + b.band().level()) + ", "
                + b.guide().id() + "): base " + w(b.base().low(), co) + "–" + w(b.base().high(), co)
                + ", equity " + w(b.equity().low(), co) + "–" + w(b.equity().high(), co) + " over " + b.band().equityYears()
                + " years (" + b.band().equityType().label() + "), bonus " + BandsView.pct(b.bonusPct()));
        m.add("Anchor " + co.anchor().label() + ": base " + w(co.anchor().of(b.base()), co) + ", equity " + w(co.anchor().of(b.equity()), co)
                + "; never below the offer (base " + w(co.offer().years().get(0).base(), co) + ", equity grant "
                + w(co.offer().offer().equity() == null ? BigDecimal.ZERO : co.offer().years().stream()
                        .map(y -> y.equity()).reduce(BigDecimal.ZERO, BigDecimal::add), co)
                + " vesting within four years); rounded up to a multiple of " + w(co.step(), co));
        OfferResult ask = co.askPackage();
        m.add("Ask package: base " + w(co.askBase(), co) + " + bonus " + MoneyFormat.percent(co.bonusPct()) + " + equity "
                + w(co.askEquity(), co) + "/" + b.band().equityYears() + " years + signing " + w(co.askSigning(), co)
                + " = " + w(ask.annual(), co) + " a year, " + w(ask.fourYear(), co) + " over four years");
        m.add("Your offer today: " + w(co.offer().annual(), co) + " a year, " + w(co.offer().fourYear(), co) + " over four years");
        for (OfferResult r : co.competing()) {
            m.add("Competing " + r.name() + ": " + w(r.fourYear(), co) + " over four years, " + w(r.riskAdjustedFourYear(), co)
                    + " risk-adjusted (" + w(r.riskAdjustedAnnual(), co) + " a year)");
        }
        if (co.gapInto() != null) {
            m.add("Gap to " + co.bestCompeting().name() + ": " + w(co.gap(), co) + ", placed on " + co.gapInto()
                    + (co.unclosedGap().signum() > 0 ? "; " + w(co.unclosedGap(), co) + " left unclosed" : ""));
        }
        return m;
    }

    private static String json(CounterOffer co, Guide g, ScriptWriter.Script script, List<String> notes) {
        return new Json().object(j -> {
            j.str("schema", "negotiate.counter/1");
            j.str("guide", g.id()).str("region", co.band().band().region()).str("level", co.band().band().level())
                    .str("currency", co.currency().getCurrencyCode());
            j.object("ask", a -> a.num("base", co.askBase()).num("equity", co.askEquity()).num("signing", co.askSigning())
                    .num("unclosedGap", co.unclosedGap())
                    .num("bonusPct", co.bonusPct()).num("annual", co.askPackage().annual()).num("fourYear", co.askPackage().fourYear())
                    .num("equityYears", co.band().band().equityYears()));
            j.object("floor", f -> f.num("annual", co.floorAnnual()).str("source", co.floorSource()));
            j.str("anchor", co.anchor().label());
            j.num("round", co.step());
            if (co.gapInto() == null) {
                j.nul("gap");
            } else {
                j.object("gap", x -> x.num("amount", co.gap()).str("into", co.gapInto()).str("competing", co.bestCompeting().name()));
            }
            j.array("competing", a -> {
                for (OfferResult r : co.competing()) {
                    a.object(o -> o.str("name", r.name()).num("fourYear", r.fourYear()).num("riskAdjustedFourYear", r.riskAdjustedFourYear())
                            .num("riskPct", r.riskPct()).str("riskSource", r.riskSource()).bool("upperBound", r.upperBound()));
                }
            });
            j.strings("notes", notes);
            j.strings("placeholders", script.placeholders());
            j.strings("levers", script.menu());
            j.bool("atTop", co.atTop());
            j.strings("math", math(co));
            j.str("script", script.markdown());
            RatesView.json(j, co.rates());
        }).toString();
    }

    private static String w(BigDecimal v, CounterOffer co) {
        return MoneyFormat.whole(new Money(v, co.currency()));
    }
}
