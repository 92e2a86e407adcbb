package negotiate.cli;

import java.util.List;
import java.util.stream.Collectors;
import negotiate.guide.Guide;
import negotiate.guide.Levels;
import negotiate.input.InputException;
import negotiate.repository.Seeds;

/** Finds guides for a QUERY; commands about one guide need exactly one and list the candidates otherwise. */
final class Lookup {
    private Lookup() {
    }

    static List<Guide> many(Seeds loaded, String query) {
        List<Guide> found = loaded.guides(query);
        if (found.isEmpty()) {
            // a file that cannot be read may be the guide asked for: a data problem to fix, not a typo
            List<String> unreadable = new java.util.ArrayList<>();
            for (String f : loaded.broken()) {
                for (negotiate.input.Diagnostic d : loaded.errors(f)) {
                    if (d.code().equals("unreadable") && !unreadable.contains(f)) {
                        unreadable.add(f);
                    }
                }
            }
            if (!unreadable.isEmpty()) {
                throw InputException.data((query == null ? "no guides found" : "no guide matches '" + query + "'") + ", and "
                        + unreadable.size() + (unreadable.size() == 1 ? " file" : " files") + " could not be read ("
                        + String.join(", ", unreadable.subList(0, Math.min(5, unreadable.size()))) + (unreadable.size() > 5 ? ", …" : "")
                        + "): check the permissions (negotiate validate says why)");
            }
            throw InputException.usage(query == null ? "no guides found in " + loaded.location()
                    : "no guide matches '" + query + "'; known guides: " + known(loaded));
        }
        return found;
    }

    static Guide one(Seeds loaded, String query) {
        List<Guide> found = many(loaded, query);
        if (found.size() > 1 && found.stream().map(Guide::id).distinct().count() == 1) {
            throw InputException.usage("'" + query + "' is the guide " + found.get(0).id() + " in " + found.size() + " files ("
                    + String.join(", ", found.stream().map(Guide::file).toList()) + "): give each its own company or role"
                    + " (negotiate validate names the duplicate)");
        }
        if (found.size() > 1) {
            throw InputException.usage("'" + query + "' matches " + found.size() + " guides: " + ids(found)
                    + "; give one of these ids");
        }
        return found.get(0);
    }

    /**
     * The level of `g` that `--level` names (none for a guide without it), or null when none was
     * asked for; naming several is a usage error listing them.
     */
    static List<String> levels(Guide g, String option, String level) {
        if (level == null) {
            return null;
        }
        List<String> found = Levels.matching(g, level);
        if (found.size() > 1) {
            throw InputException.usage(option + " '" + level + "' matches " + found.size() + " levels of " + g.id() + ": "
                    + String.join(", ", found) + "; give one of them");
        }
        return found;
    }

    static String known(Seeds loaded) {
        return list(loaded.guideIds());
    }

    static String ids(List<Guide> guides) {
        return list(guides.stream().map(Guide::id).toList());
    }

    /** At most ten ids, so that a miss among 10,000 guides stays one readable line. */
    private static String list(List<String> ids) {
        if (ids.isEmpty()) {
            return "(none)";
        }
        String shown = ids.stream().limit(10).collect(Collectors.joining(", "));
        return ids.size() > 10 ? shown + " … and " + (ids.size() - 10) + " more (negotiate guides lists them)" : shown;
    }
}
