package negotiate.render;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import negotiate.comp.NormalisedBand;
import negotiate.guide.Guide;
import negotiate.guide.Levels;
import negotiate.guide.Premium;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;
import negotiate.money.Range;
import negotiate.money.Rate;

/** Renders `bands`: a table per guide for people, one flat table for Markdown/CSV, §4 JSON for scripts. */
public final class BandsView {
    private BandsView() {
    }

    public static String render(Format format, List<NormalisedBand> bands, List<Rate> rates, List<String> notes, Style style) {
        return switch (format) {
            case JSON -> json(bands, rates);
            case MARKDOWN -> flat(bands, true).markdown() + RatesView.markdown(rates);
            case CSV -> flat(bands, false).csv();
            case HTML -> HtmlBands.of(bands, flat(bands, true), rates);
            default -> text(bands, rates, notes, style);
        };
    }

    /** Whether another guide in the list has this one's id (two files, one id: both are shown, marked). */
    private static boolean duplicated(List<NormalisedBand> bands, Guide g) {
        for (NormalisedBand n : bands) {
            if (n.guide() != g && n.guide().id().equals(g.id())) {
                return true;
            }
        }
        return false;
    }

    private static String text(List<NormalisedBand> bands, List<Rate> rates, List<String> notes, Style style) {
        StringBuilder b = new StringBuilder();
        Guide current = null;
        TextTable t = null;
        boolean levels = false;
        for (NormalisedBand n : bands) {
            if (n.guide() != current) {
                if (t != null) {
                    b.append(t.text(style)).append('\n');
                }
                current = n.guide();
                b.append(style.bold(current.role() + " · " + current.company())).append("  ")
                        .append(style.dim(current.id() + (duplicated(bands, current) ? " · " + current.file() + " (duplicate id)" : "")))
                        .append('\n');
                if (n.premium() != null) {
                    b.append("With the ").append(n.premium().name()).append(" (+")
                            .append(pct(n.premium().pct())).append(") applied to equity\n");
                }
                levels = !Levels.of(current).isEmpty();
                t = levels ? new TextTable("Level", "Region", "Base", "Equity", "Bonus", ">Annual low", ">Annual mid",
                        ">Annual high", ">4-year mid", "Guide's total") : new TextTable("Region", "Base", "Equity", "Bonus",
                        ">Annual low", ">Annual mid", ">Annual high", ">4-year mid", "Guide's total");
            }
            String[] cells = {n.band().region(), range(n.base(), n), equity(n),
                    n.bonusPct().high().signum() == 0 ? "—" : pct(n.bonusPct()),
                    money(n.annual().low(), n), money(n.annual().mid(), n), money(n.annual().high(), n),
                    money(n.fourYear().mid(), n), n.stated() == null ? "—" : range(n.stated(), n)};
            if (levels) {
                String[] withLevel = new String[cells.length + 1];
                withLevel[0] = n.band().level();
                System.arraycopy(cells, 0, withLevel, 1, cells.length);
                cells = withLevel;
            }
            t.row(cells);
        }
        if (t != null) {
            b.append(t.text(style));
        }
        for (String note : notes) {
            b.append("note: ").append(note).append('\n');
        }
        b.append(RatesView.text(rates));
        return b.toString();
    }

    private static TextTable flat(List<NormalisedBand> bands, boolean pretty) {
        TextTable t = new TextTable("Guide", "Level", "Region", "Currency", ">Base low", ">Base high", ">Equity low", ">Equity high",
                ">Equity years", ">Bonus low %", ">Bonus high %", ">Annual low", ">Annual mid", ">Annual high",
                ">Four-year low", ">Four-year mid", ">Four-year high", ">Stated low", ">Stated high", "Premium");
        for (NormalisedBand n : bands) {
            t.row(n.guide().id(), n.band().level() == null ? "" : n.band().level(), n.band().region(), n.currency().getCurrencyCode(),
                    num(n.base().low(), pretty), num(n.base().high(), pretty), num(n.equity().low(), pretty),
                    num(n.equity().high(), pretty), String.valueOf(n.band().equityYears()),
                    n.bonusPct().low().stripTrailingZeros().toPlainString(), n.bonusPct().high().stripTrailingZeros().toPlainString(),
                    num(n.annual().low(), pretty), num(n.annual().mid(), pretty), num(n.annual().high(), pretty),
                    num(n.fourYear().low(), pretty), num(n.fourYear().mid(), pretty), num(n.fourYear().high(), pretty),
                    n.stated() == null ? "" : num(n.stated().low(), pretty), n.stated() == null ? "" : num(n.stated().high(), pretty),
                    n.premium() == null ? "" : n.premium().name());
        }
        return t;
    }

    private static String num(BigDecimal v, boolean pretty) {
        return pretty ? MoneyFormat.whole(v) : MoneyFormat.json(v);
    }

    private static String json(List<NormalisedBand> bands, List<Rate> rates) {
        return new Json().object(j -> {
            j.str("schema", "negotiate.bands/1");
            j.array("bands", a -> {
                for (NormalisedBand n : bands) {
                    a.object(o -> {
                        o.str("guide", n.guide().id());
                        o.str("company", n.guide().company());
                        o.str("role", n.guide().role());
                        fields(o, n);
                        if (n.premium() == null) {
                            o.nul("premium");
                        } else {
                            o.object("premium", x -> x.str("name", n.premium().name())
                                    .num("lowPct", n.premium().pct().low()).num("highPct", n.premium().pct().high()));
                        }
                        o.object("source", x -> x.str("file", n.band().file()).num("line", n.band().line()));
                    });
                }
            });
            RatesView.json(j, rates);
        }).toString();
    }

    /** The figures of one band, shared by `bands` and `show`. */
    static void fields(Json o, NormalisedBand n) throws java.io.IOException {
        o.str("region", n.band().region());
        o.str("currency", n.currency().getCurrencyCode());
        o.object("base", x -> x.num("low", n.base().low()).num("high", n.base().high()));
        o.object("equity", x -> x.num("low", n.equity().low()).num("high", n.equity().high())
                .num("years", n.band().equityYears()).str("type", n.band().equityType().label()));
        o.object("bonusPct", x -> x.num("low", n.bonusPct().low()).num("high", n.bonusPct().high()));
        o.object("annual", x -> x.num("low", n.annual().low()).num("mid", n.annual().mid()).num("high", n.annual().high()));
        o.object("fourYear", x -> x.num("low", n.fourYear().low()).num("mid", n.fourYear().mid()).num("high", n.fourYear().high()));
        if (n.stated() == null) {
            o.nul("stated");
        } else {
            o.object("stated", x -> x.num("low", n.stated().low()).num("high", n.stated().high()));
        }
        o.str("level", n.band().level());
    }

    /** The equity range with its grant length and type; none is a dash, not "€0–€0". */
    static String equity(NormalisedBand n) {
        if (n.equity().high().signum() == 0) {
            return "—";
        }
        return range(n.equity(), n) + " /" + n.band().equityYears() + "y " + n.band().equityType().label();
    }

    static String pct(Range r) {
        String lo = r.low().stripTrailingZeros().toPlainString();
        String hi = r.high().stripTrailingZeros().toPlainString();
        return lo.equals(hi) ? lo + "%" : lo + "–" + hi + "%";
    }

    private static String range(Range r, NormalisedBand n) {
        return money(r.low(), n) + "–" + money(r.high(), n);
    }

    private static String money(BigDecimal v, NormalisedBand n) {
        return MoneyFormat.whole(new Money(v, n.currency()));
    }
}
