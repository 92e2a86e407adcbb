package negotiate.render;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import negotiate.comp.Beat;
import negotiate.comp.Comparison;
import negotiate.comp.OfferScenarios;
import negotiate.comp.Outcome;
import negotiate.comp.Scenarios;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/**
 * `compare --scenarios`: per offer, each outcome's probability, multiple and horizon total, the
 * expected total with its low and high, growth scenarios; then who beats whom, and how likely; or
 * the same in §4 JSON.
 */
final class ScenariosView {
    private ScenariosView() {
    }

    static String text(Comparison c, Scenarios.Result s, Style style) {
        StringBuilder b = new StringBuilder();
        String span = Verdict.total(c.horizon(), false);
        b.append(style.bold("Equity scenarios")).append(" (").append(span).append(" under each outcome; probabilities from the"
                + " company reports, never invented)\n");
        for (OfferScenarios o : s.offers()) {
            b.append('\n').append(style.bold(Visible.of(o.offer())));
            if (o.report() != null) {
                b.append(" — ").append(Visible.of(o.report())).append(" report").append(o.table() == null ? "" : ", table \""
                        + Visible.of(o.table()) + "\"").append("; valuation at grant ").append(valuation(o)).append(" (")
                        .append("offer".equals(o.valuationFrom()) ? "the offer's" : "the last priced round").append(")");
            }
            b.append('\n');
            b.append(outcomes(c, o, "Outcome", "  ").text(style));
        }
        if (s.offers().size() > 1) {
            b.append('\n').append(style.bold("Chance of a higher " + span)).append(" (the row's offer beats the column's; at range mids;"
                    + " a tie is no win)\n");
            b.append(chances(s, "").text(style));
        }
        for (OfferScenarios o : s.offers()) {
            for (String n : o.notes()) {
                b.append("note: ").append(Visible.of(n)).append('\n');
            }
        }
        return b.toString();
    }

    /** The same in Markdown: a GFM table per offer, the chances as a table, the notes as a list. */
    static String markdown(Comparison c, Scenarios.Result s) {
        StringBuilder b = new StringBuilder("## Equity scenarios\n\n");
        String span = Verdict.total(c.horizon(), false);
        for (OfferScenarios o : s.offers()) {
            b.append("### ").append(negotiate.markdown.Md.text(Visible.of(o.offer()))).append("\n\n");
            b.append(outcomes(c, o, "Outcome", "").markdown()).append('\n');
        }
        if (s.offers().size() > 1) {
            b.append("Chance of a higher ").append(span).append(" (the row's offer beats the column's):\n\n");
            b.append(chances(s, "Offer").markdown()).append('\n');
        }
        for (OfferScenarios o : s.offers()) {
            for (String n : o.notes()) {
                b.append("- note: ").append(negotiate.markdown.Md.text(Visible.of(n))).append('\n');
            }
        }
        return b.append('\n').toString();
    }

    /** The notes of every offer's scenarios, for the HTML page. */
    static java.util.List<String> notes(Scenarios.Result s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (OfferScenarios o : s.offers()) {
            out.addAll(o.notes());
        }
        return out;
    }

    /** The outcome tables as HTML. */
    static String html(Comparison c, Scenarios.Result s) {
        StringBuilder b = new StringBuilder();
        for (OfferScenarios o : s.offers()) {
            b.append(outcomes(c, o, o.offer(), "").html());
        }
        return b.toString();
    }

    /** The per-offer scenario fields of §4 (`scenarios`, `expected`, and what they came from). */
    static void json(Json o, Scenarios.Result s, String offer) throws IOException {
        OfferScenarios sc = null;
        for (OfferScenarios x : s.offers()) {
            if (x.offer().equals(offer)) {
                sc = x;
            }
        }
        if (sc == null) {
            return;
        }
        OfferScenarios f = sc;
        o.array("scenarios", a -> {
            for (Outcome out : f.outcomes()) {
                outcome(a, out);
            }
            for (Outcome out : f.growth()) {
                outcome(a, out);
            }
        });
        o.object("expected", x -> x.num("horizon", f.expected()).num("low", f.expectedLow()).num("high", f.expectedHigh()));
        o.object("scenarioBasis", x -> x.str("report", f.report()).str("table", f.table()).num("valuationAtGrant", f.valuationAtGrant())
                .str("valuationCurrency", f.valuationCurrency()).str("valuationFrom", f.valuationFrom()).num("dilutionPct", f.dilutionPct())
                .num("zeroPct", f.p0Pct()));
        o.strings("scenarioNotes", f.notes());
    }

    private static void outcome(Json a, Outcome out) throws IOException {
        a.object(x -> {
            x.str("name", out.name()).num("probabilityPct", out.probabilityPct());
            if (out.multipleMid() == null) {
                x.nul("multiple");
            } else {
                x.object("multiple", m -> m.num("low", out.multipleLow()).num("mid", out.multipleMid()).num("high", out.multipleHigh())
                        .bool("atLeast", out.atLeast()));
            }
            x.num("horizon", out.totalMid()).num("horizonLow", out.totalLow()).num("horizonHigh", out.totalHigh());
        });
    }

    /** One offer's outcomes: probability, multiple and total at each, growth entries, and the expected total. */
    private static TextTable outcomes(Comparison c, OfferScenarios o, String first, String indent) {
        TextTable t = new TextTable(first, ">Probability", ">Multiple", ">" + capital(Verdict.total(c.horizon(), false)));
        for (Outcome out : o.outcomes()) {
            t.row(indent + out.name(), pct(out.probabilityPct()), multiple(out), range(out, c));
        }
        for (Outcome out : o.growth()) {
            t.row(indent + out.name(), "—", "", money(out.totalMid(), c));
        }
        t.row(indent + "expected", "", "", money(o.expected(), c) + (o.expectedLow().compareTo(o.expectedHigh()) == 0 ? ""
                : " (" + money(o.expectedLow(), c) + "–" + money(o.expectedHigh(), c) + ")"));
        return t;
    }

    /** Every pair's chance of beating: the row's offer against the column's. */
    private static TextTable chances(Scenarios.Result s, String corner) {
        String[] head = new String[s.offers().size() + 1];
        head[0] = corner;
        for (int k = 0; k < s.offers().size(); k++) {
            head[k + 1] = ">" + s.offers().get(k).offer();
        }
        TextTable t = new TextTable(head);
        for (OfferScenarios a : s.offers()) {
            String[] cells = new String[head.length];
            cells[0] = a.offer();
            for (int k = 0; k < s.offers().size(); k++) {
                OfferScenarios x = s.offers().get(k);
                cells[k + 1] = x == a ? "—" : pct(chance(s, a.offer(), x.offer()));
            }
            t.row(cells);
        }
        return t;
    }

    /** The chances of beating, as an HTML table (rows beat columns). */
    static String beatsHtml(Scenarios.Result s) {
        if (s.offers().size() < 2) {
            return "";
        }
        return chances(s, "Chance that the row beats the column").html();
    }

    static void beats(Json j, Scenarios.Result s) throws IOException {
        j.array("beats", a -> {
            for (Beat b : s.beats()) {
                a.object(x -> x.str("a", b.a()).str("b", b.b()).num("probabilityPct", b.probabilityPct()));
            }
        });
    }

    private static BigDecimal chance(Scenarios.Result s, String a, String b) {
        for (Beat x : s.beats()) {
            if (x.a().equals(a) && x.b().equals(b)) {
                return x.probabilityPct();
            }
        }
        return null;
    }

    private static String valuation(OfferScenarios o) {
        return compact(o.valuationAtGrant(), java.util.Currency.getInstance(o.valuationCurrency()));
    }

    /** A company valuation as people write it: $4.5B, $850M; smaller amounts in full. */
    static String compact(BigDecimal v, java.util.Currency c) {
        String prefix = negotiate.money.Currencies.prefix(c);
        if (v.compareTo(new BigDecimal("1000000000")) >= 0) {
            return prefix + v.movePointLeft(9).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "B";
        }
        if (v.compareTo(new BigDecimal("1000000")) >= 0) {
            return prefix + v.movePointLeft(6).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "M";
        }
        if (v.compareTo(new BigDecimal("10000")) >= 0) {
            return prefix + v.movePointLeft(3).setScale(0, RoundingMode.HALF_EVEN).toPlainString() + "K";
        }
        return MoneyFormat.whole(new Money(v, c));
    }

    private static String multiple(Outcome o) {
        if (o.multipleMid() == null) {
            return "";
        }
        String mid = x(o.multipleMid());
        if (o.multipleLow().compareTo(o.multipleHigh()) == 0) {
            return "×" + mid + (o.atLeast() ? "+" : "");
        }
        return "×" + x(o.multipleLow()) + "–" + x(o.multipleHigh()) + " (" + mid + ")";
    }

    private static String x(BigDecimal m) {
        return m.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String range(Outcome o, Comparison c) {
        return o.totalLow().compareTo(o.totalHigh()) == 0 ? money(o.totalMid(), c)
                : money(o.totalMid(), c) + " (" + money(o.totalLow(), c) + "–" + money(o.totalHigh(), c) + ")";
    }

    private static String money(BigDecimal v, Comparison c) {
        return MoneyFormat.whole(new Money(v, c.currency()));
    }

    private static String pct(BigDecimal p) {
        return p == null ? "—" : p.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
