package negotiate.render;

import java.time.LocalDate;
import java.util.List;
import negotiate.comp.NormalisedBand;
import negotiate.guide.Guide;
import negotiate.guide.Lever;
import negotiate.guide.Premium;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;

/** Renders `show`: one guide in full. */
public final class ShowView {
    private ShowView() {
    }

    /** @param rates the rates used to convert the bands (listed, as in every report), empty when none */
    public static String render(Format format, Guide g, List<NormalisedBand> bands, List<negotiate.money.Rate> rates, LocalDate today,
                                Style style) {
        if (format == Format.JSON) {
            return json(g, bands, rates, today);
        }
        boolean md = format == Format.MARKDOWN;
        StringBuilder b = new StringBuilder();
        b.append(md ? "# " : "").append(style.bold(f(g.role() + " · " + g.company(), md))).append('\n');
        b.append(md ? "\n" : "").append("id ").append(f(g.id(), md)).append(" · ").append(f(g.file(), md));
        if (g.lastUpdated() != null) {
            b.append(" · updated ").append(g.lastUpdated());
        }
        if (g.dataQuality() != null) {
            b.append(" · data quality ").append(g.dataQuality());
        }
        if (g.reviewDue() != null) {
            b.append(" · review due ").append(g.reviewDue()).append(g.isStale(today) ? style.yellow(" (stale)") : "");
        }
        b.append("\n\n");
        TextTable t = new TextTable("Region", "Base", "Equity", "Bonus", ">Annual low", ">Annual mid", ">Annual high", "Guide's total");
        for (NormalisedBand n : bands) {
            t.row(n.band().level() == null ? n.band().region() : n.band().level() + " · " + n.band().region(), m(n.base().low(), n) + "–" + m(n.base().high(), n),
                    BandsView.equity(n),
                    n.bonusPct().high().signum() == 0 ? "—" : BandsView.pct(n.bonusPct()),
                    m(n.annual().low(), n), m(n.annual().mid(), n), m(n.annual().high(), n),
                    n.stated() == null ? "—" : m(n.stated().low(), n) + "–" + m(n.stated().high(), n));
        }
        b.append(md ? t.markdown() : t.text(style));
        section(b, "Premiums", md, style);
        if (g.premiums().isEmpty()) {
            b.append("none named\n");
        }
        for (Premium p : g.premiums()) {
            b.append("- ").append(f(p.name(), md)).append(": +").append(BandsView.pct(p.pct())).append(" on equity (bands --premium \"")
                    .append(f(p.name(), md)).append("\")\n");
        }
        if (g.levelMapping() != null) {
            section(b, "Level mapping", md, style);
            b.append(f(g.levelMapping(), md)).append('\n');
        }
        if (!g.dna().isEmpty()) {
            section(b, "Negotiation DNA", md, style);
            for (String d : g.dna()) {
                b.append(f(d, md)).append("\n\n");
            }
        }
        section(b, "Levers", md, style);
        int i = 1;
        for (Lever l : g.levers()) {
            // Markdown: the title its own line (bold, then a blank line), or a renderer runs the text into it
            b.append(i++).append(". ").append(md ? "**" + f(l.title(), md) + "**\n" : style.bold(l.title())).append('\n')
                    .append(indent(f(l.text(), md))).append(md ? "\n\n" : "\n");
        }
        if (g.strategy() != null) {
            section(b, "Negotiate Up Strategy (the guide's words; counter never pastes them)", md, style);
            b.append(f(g.strategy(), md)).append('\n');
        }
        section(b, "Placeholders to fill", md, style);
        b.append(g.placeholders().isEmpty() ? "none" : String.join(", ", g.placeholders().stream().map(p -> "[" + p + "]").toList())).append('\n');
        if (!g.evidence().isEmpty() || !g.dataSources().isEmpty()) {
            section(b, "Sources", md, style);
            for (String s : g.dataSources()) {
                b.append("- ").append(f(s, md)).append('\n');
            }
            for (String s : g.evidence()) {
                b.append("- ").append(f(s, md)).append('\n');
            }
        }
        b.append(md ? RatesView.markdown(rates) : RatesView.text(rates));
        return b.toString();
    }

    /** A guide's text as Markdown output must show it: literal, never markup (see Md). */
    private static String f(String s, boolean md) {
        return md ? negotiate.markdown.Md.text(s) : s;
    }

    private static void section(StringBuilder b, String title, boolean md, Style style) {
        b.append('\n').append(md ? "## " + title : style.bold(title)).append('\n');
        if (md) {
            b.append('\n');
        }
    }

    private static String indent(String text) {
        return "   " + text.replace("\n\n", "\n\n   ");
    }

    private static String m(java.math.BigDecimal v, NormalisedBand n) {
        return MoneyFormat.whole(new Money(v, n.currency()));
    }

    private static String json(Guide g, List<NormalisedBand> bands, List<negotiate.money.Rate> rates, LocalDate today) {
        return new Json().object(j -> {
            j.str("schema", "negotiate.show/1");
            RatesView.json(j, rates);
            j.str("id", g.id()).str("company", g.company()).str("role", g.role()).str("file", g.file());
            j.str("lastUpdated", g.lastUpdated()).str("dataQuality", g.dataQuality());
            j.str("reviewDue", g.reviewDue() == null ? null : g.reviewDue().toString()).bool("stale", g.isStale(today));
            j.array("bands", a -> {
                for (NormalisedBand n : bands) {
                    a.object(o -> {
                        BandsView.fields(o, n);
                        o.object("source", x -> x.str("file", n.band().file()).num("line", n.band().line()));
                    });
                }
            });
            j.array("premiums", a -> {
                for (Premium p : g.premiums()) {
                    a.object(o -> o.str("name", p.name()).num("lowPct", p.pct().low()).num("highPct", p.pct().high()));
                }
            });
            j.str("levelMapping", g.levelMapping());
            j.strings("negotiationDna", g.dna());
            j.array("levers", a -> {
                for (Lever l : g.levers()) {
                    a.object(o -> o.str("title", l.title()).str("text", l.text()).num("line", l.line()));
                }
            });
            j.str("strategy", g.strategy());
            j.strings("placeholders", g.placeholders());
            j.strings("dataSources", g.dataSources());
            j.strings("evidence", g.evidence());
        }).toString();
    }
}
