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

    /** Anything with an id, a company and (for guides) a role. */
    public interface Named {
        String id();

        String company();

        String role();
    }

    public static List<Guide> guides(List<Guide> all, String query) {
        return matches(all, query);
    }

    /** The exact matches if there are any, else the substring matches; everything for no query. */
    public static <T extends Named> List<T> matches(List<T> all, String query) {
        if (query == null || query.isBlank()) {
            return all;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        String slug = Slug.of(q);
        List<T> exact = new ArrayList<>();
        List<T> partial = new ArrayList<>();
        for (T g : all) {
            String id = g.id().toLowerCase(Locale.ROOT);
            String company = g.company() == null ? "" : g.company().toLowerCase(Locale.ROOT);
            String role = g.role() == null ? "" : g.role().toLowerCase(Locale.ROOT);
            int slash = id.indexOf('/');
            String companySlug = slash < 0 ? id : id.substring(0, slash);
            if (id.equals(q) || company.equals(q) || role.equals(q) || companySlug.equals(q)
                    || slash >= 0 && id.substring(slash + 1).equals(q) || !slug.isEmpty() && companySlug.equals(slug)) {
                exact.add(g);
            } else if (id.contains(q) || company.contains(q) || role.contains(q) || !slug.isEmpty() && id.contains(slug)) {
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
