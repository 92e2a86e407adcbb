package negotiate.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import negotiate.guide.Report;
import negotiate.guide.Slug;

/**
 * Matches a user's QUERY against guides and reports: ids, company and role names, case-insensitive;
 * an exact match (id, or full company or role name) beats substring matches.
 */
public final class Query {
    private Query() {
    }

    /** A QUERY prepared once, to be compared with many ids, companies and roles; null for no query. */
    public static Of of(String query) {
        return query == null || query.isBlank() ? null : new Of(query);
    }

    /**
     * A prepared QUERY. Compared in place, ignoring case (no lower-cased copies of 10,000 ids,
     * companies and roles); callers search substrings only when nothing matches exactly.
     */
    public static final class Of {
        private final String q;
        private final String slug;

        private Of(String query) {
            q = query.strip().toLowerCase(Locale.ROOT);
            slug = Slug.of(q);
        }

        /** The id, the company or the role, or the id's company or role part, is the query (or its slug). */
        public boolean exact(String id, String company, String role) {
            int slash = id.indexOf('/');
            int companyEnd = slash < 0 ? id.length() : slash;
            return same(id, 0, id.length(), q) || same(company, q) || same(role, q)
                    || same(id, 0, companyEnd, q) || slash >= 0 && same(id, slash + 1, id.length(), q)
                    || !slug.isEmpty() && same(id, 0, companyEnd, slug);
        }

        /** The query (or its slug) is part of the id, the company or the role. */
        public boolean partial(String id, String company, String role) {
            return contains(id, q) || contains(company, q) || contains(role, q) || !slug.isEmpty() && contains(id, slug);
        }
    }

    private static boolean same(String s, String q) {
        return s != null && same(s, 0, s.length(), q);
    }

    /** Whether s[from, to) equals the lower-case `q`, ignoring case. */
    private static boolean same(String s, int from, int to, String q) {
        return to - from == q.length() && s.regionMatches(true, from, q, 0, q.length());
    }

    private static boolean contains(String s, String q) {
        return s != null && Slug.containsIgnoreCase(s, q);
    }

    /** The reports a QUERY names, by the same rule as guides: exact matches, else partial ones. */
    public static List<Report> reports(List<Report> all, String query) {
        Of m = of(query);
        if (m == null) {
            return all;
        }
        List<Report> exact = new ArrayList<>();
        List<Report> partial = new ArrayList<>();
        for (Report r : all) {
            if (m.exact(r.id(), r.company(), null)) {
                exact.add(r);
            } else if (m.partial(r.id(), r.company(), null)) {
                partial.add(r);
            }
        }
        return exact.isEmpty() ? partial : exact;
    }
}
