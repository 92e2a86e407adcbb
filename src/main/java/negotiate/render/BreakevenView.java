package negotiate.render;

import java.math.BigDecimal;
import java.util.List;
import negotiate.comp.Breakeven;
import negotiate.comp.OfferResult;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;
import negotiate.money.Rate;

/** Renders `breakeven`: the sum A must add, nominal and risk-adjusted, with the gap behind it. */
public final class BreakevenView {
    private BreakevenView() {
    }

    public static String render(Format format, Breakeven be, OfferResult a, OfferResult b, List<Rate> rates, Style style) {
        if (format == Format.JSON) {
            return new Json().object(j -> {
                j.str("schema", "negotiate.breakeven/1");
                j.str("currency", be.currency().getCurrencyCode());
                j.str("using", be.using());
                j.num("years", a.horizon());
                j.num("nominal", be.nominal());
                j.num("riskAdjusted", be.riskAdjusted());
                j.str("a", be.a()).str("b", be.b());
                j.object("gap", x -> x.num("nominal", be.gap()).num("riskAdjusted", be.gapRiskAdjusted()));
                j.object("fourYear", x -> x.num("a", a.fourYear()).num("b", b.fourYear())
                        .num("aRiskAdjusted", a.riskAdjustedFourYear()).num("bRiskAdjusted", b.riskAdjustedFourYear()));
                j.object("horizon", x -> x.num("years", a.horizon()).num("a", a.horizonTotal()).num("b", b.horizonTotal())
                        .num("aRiskAdjusted", a.horizonRiskAdjusted()).num("bRiskAdjusted", b.horizonRiskAdjusted()));
                j.object("risk", x -> x.str("aRiskSource", a.riskSource()).num("aRiskPct", a.riskPct())
                        .str("bRiskSource", b.riskSource()).num("bRiskPct", b.riskPct()));
                RatesView.json(j, rates);
            }).toString();
        }
        String what = switch (be.using()) {
            case "base" -> "more annual base (its percent bonus and raises follow)";
            case "equity" -> be.newGrant() ? "an initial equity grant (it has none: taken to vest evenly over four years, yearly)"
                    : "more in the initial equity grant";
            default -> "as a one-time signing bonus";
        };
        boolean md = format == Format.MARKDOWN;
        StringBuilder s = new StringBuilder();
        String title = be.a() + " → " + be.b();
        s.append(md ? "## " + negotiate.markdown.Md.text(title) : style.bold(title)).append(" (in ").append(be.currency().getCurrencyCode())
                .append(")\n\n");
        String span = Verdict.years(a.horizon());
        s.append(Character.toUpperCase(span.charAt(0))).append(span.substring(1)).append(": ").append(m(a.horizonTotal(), be))
                .append(" vs ").append(m(b.horizonTotal(), be))
                .append("; risk-adjusted ").append(Figures.mark(a)).append(m(a.horizonRiskAdjusted(), be)).append(" vs ")
                .append(Figures.mark(b)).append(m(b.horizonRiskAdjusted(), be)).append("\n").append(Figures.legend(List.of(a, b)))
                .append('\n');
        // Markdown: a list, or a renderer runs the indented lines into the sentence above them
        s.append(md ? "\n" : "").append(md ? negotiate.markdown.Md.text(be.a()) : be.a()).append(" needs ").append(what).append(":\n")
                .append(md ? "\n" : "");
        s.append(md ? "- nominal: " : "  nominal:       ").append(amount(be.nominal(), be)).append('\n');
        s.append(md ? "- risk-adjusted: " : "  risk-adjusted: ").append(be.riskAdjusted() == null && !be.nothingVests()
                ? "unreachable (the equity is taken as worth nothing at 100% risk)" : amount(be.riskAdjusted(), be)).append('\n');
        s.append(md ? RatesView.markdown(rates) : RatesView.text(rates));
        return md ? s.toString().replaceAll("\n{3,}", "\n\n") : s.toString();
    }

    private static String amount(BigDecimal v, Breakeven be) {
        if (v == null) {
            return "unreachable (none of the grant vests within the horizon)";
        }
        return v.signum() == 0 ? "nothing: " + be.a() + " already leads" : MoneyFormat.cents(new Money(v, be.currency()));
    }

    private static String m(BigDecimal v, Breakeven be) {
        return MoneyFormat.whole(new Money(v, be.currency()));
    }
}
