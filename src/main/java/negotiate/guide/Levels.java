package negotiate.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The levels of a guide with several band tables (the heading above each table), and which of them
 * a `--level` query means: an exact name (any case) first, else every level containing the query.
 */
public final class Levels {
    private Levels() {
    }

    /** The guide's levels in table order (empty for a guide with one band table). */
    public static List<String> of(Guide g) {
        List<String> out = new ArrayList<>();
        for (Band b : g.bands()) {
            if (b.level() != null && !out.contains(b.level())) {
                out.add(b.level());
            }
        }
        return out;
    }

    /** The levels `query` names: one exact match, else all that contain it (none for a guide without levels). */
    public static List<String> matching(Guide g, String query) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<String> all = of(g);
        for (String l : all) {
            if (l.toLowerCase(Locale.ROOT).equals(q)) {
                return List.of(l);
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : all) {
            if (l.toLowerCase(Locale.ROOT).contains(q)) {
                out.add(l);
            }
        }
        return out;
    }
}
