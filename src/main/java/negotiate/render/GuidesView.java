package negotiate.render;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.guide.Regions;
import negotiate.guide.Report;

/** Renders `guides`: one row per guide or report. */
public final class GuidesView {
    private GuidesView() {
    }

    public static String render(Format format, List<Guide> guides, List<Report> reports, LocalDate today, Style style) {
        if (format == Format.JSON) {
            return json(guides, reports, today);
        }
        // CSV: empty for none (never a dash) and stale as true/false, so that a spreadsheet reads it
        boolean csv = format == Format.CSV;
        String none = csv ? "" : "—";
        TextTable t = new TextTable("Id", "Kind", "Company", "Role", "Regions", "Currencies", "Quality", "Updated",
                "Review due", "Stale", "File");
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Guide g : guides) {
            seen.merge(g.id(), 1, Integer::sum);
        }
        for (Guide g : guides) {
            t.row(g.id(), seen.get(g.id()) > 1 ? "guide (duplicate id)" : "guide", g.company(), g.role(), String.join(", ", regions(g)), String.join(", ", currencies(g)),
                    g.dataQuality() == null ? none : g.dataQuality(), g.lastUpdated() == null ? none : g.lastUpdated(),
                    g.reviewDue() == null ? none : g.reviewDue().toString(),
                    csv ? String.valueOf(g.isStale(today)) : g.isStale(today) ? style.yellow("stale") : "no", g.file());
        }
        for (Report r : reports) {
            t.row(r.id(), "report", r.company(), none, none, none, none, none, none, csv ? "" : "—", r.file());
        }
        return switch (format) {
            case MARKDOWN -> t.markdown();
            case CSV -> t.csv();
            default -> t.text(style);
        };
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }

    static Set<String> regions(Guide g) {
        Set<String> s = new LinkedHashSet<>();
        for (Band b : g.bands()) {
            s.add(b.region());
        }
        return s;
    }

    static Set<String> currencies(Guide g) {
        Set<String> s = new LinkedHashSet<>();
        for (Band b : g.bands()) {
            s.add(b.currency().getCurrencyCode());
        }
        return s;
    }

    private static String json(List<Guide> guides, List<Report> reports, LocalDate today) {
        return new Json().object(j -> {
            j.str("schema", "negotiate.guides/1");
            j.array("guides", a -> {
                for (Guide g : guides) {
                    a.object(o -> {
                        o.str("id", g.id()).str("kind", "guide").str("company", g.company()).str("role", g.role());
                        o.strings("regions", List.copyOf(regions(g)));
                        o.strings("currencies", List.copyOf(currencies(g)));
                        o.str("file", g.file()).str("dataQuality", g.dataQuality()).str("lastUpdated", g.lastUpdated());
                        o.str("reviewDue", g.reviewDue() == null ? null : g.reviewDue().toString());
                        o.bool("stale", g.isStale(today));
                    });
                }
            });
            j.array("reports", a -> {
                for (Report r : reports) {
                    a.object(o -> o.str("id", r.id()).str("kind", "report").str("company", r.company()).str("file", r.file()));
                }
            });
        }).toString();
    }
}
