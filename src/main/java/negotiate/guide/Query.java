package negotiate.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Matches a user's QUERY against guides and reports: ids, company and role names, case-insensitive;
 * an exact match (id, or full company or role name) beats substring matches.
 */
public final class Query {
    private Query() {
    }

    public static List<Guide> guides(List<Guide> all, String query) {
        if (query == null || query.isBlank()) {
            return all;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<Guide> exact = new ArrayList<>();
        List<Guide> partial = new ArrayList<>();
        for (Guide g : all) {
            String id = g.id().toLowerCase(Locale.ROOT);
            String company = g.company().toLowerCase(Locale.ROOT);
            String role = g.role().toLowerCase(Locale.ROOT);
            if (id.equals(q) || company.equals(q) || role.equals(q) || g.companySlug().equals(q)
                    || id.substring(id.indexOf('/') + 1).equals(q)) {
                exact.add(g);
            } else if (id.contains(q) || company.contains(q) || role.contains(q) || id.contains(Slug.of(q))) {
                partial.add(g);
            }
        }
        return exact.isEmpty() ? partial : exact;
    }

    public static List<Report> reports(List<Report> all, String query) {
        if (query == null || query.isBlank()) {
            return all;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        List<Report> exact = new ArrayList<>();
        List<Report> partial = new ArrayList<>();
        for (Report r : all) {
            String company = r.company().toLowerCase(Locale.ROOT);
            if (r.id().equals(q) || company.equals(q) || r.id().equals(Slug.of(q))) {
                exact.add(r);
            } else if (r.id().contains(q) || company.contains(q) || r.id().contains(Slug.of(q))) {
                partial.add(r);
            }
        }
        return exact.isEmpty() ? partial : exact;
    }
}
