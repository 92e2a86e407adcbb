package negotiate.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Everything loaded from one seeds location: the files, decoded only as far as a command needs. */
public final class Seeds {
    private final String location;
    private final List<SeedFile> entries;

    Seeds(String location, List<SeedFile> entries) {
        this.location = location;
        this.entries = List.copyOf(entries);
    }

    List<SeedFile> entries() {
        return entries;
    }

    public String location() {
        return location;
    }

    /** Every file, decoded (for validate). */
    public List<ParsedFile> files() {
        return entries.stream().map(SeedFile::parsed).toList();
    }

    public List<Guide> guides() {
        return entries.stream().filter(e -> e.kind() == ParsedFile.Kind.GUIDE && e.id() != null)
                .map(e -> e.parsed().guide()).filter(g -> g != null).toList();
    }

    /** The guides a QUERY matches (see {@link Query}); only those are decoded. */
    public List<Guide> guides(String query) {
        List<SeedFile> guides = entries.stream().filter(e -> e.kind() == ParsedFile.Kind.GUIDE && e.role() != null).toList();
        List<Guide> out = new ArrayList<>();
        for (SeedFile e : Query.matches(guides, query)) {
            Guide g = e.parsed().guide();
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    public List<Report> reports() {
        return entries.stream().filter(e -> e.kind() == ParsedFile.Kind.REPORT)
                .map(e -> e.parsed().report()).filter(r -> r != null).toList();
    }

    /** Ids of all guides, without decoding them. */
    public List<String> guideIds() {
        return entries.stream().filter(e -> e.kind() == ParsedFile.Kind.GUIDE && e.role() != null).map(SeedFile::id).toList();
    }

    /** Company names of all guides and reports, without decoding them. */
    public List<String> companies() {
        return entries.stream().map(SeedFile::company).filter(c -> c != null).distinct().toList();
    }

    /** The report whose id is the company slug (or whose company name matches), or null. */
    public Report reportFor(String company) {
        if (company == null) {
            return null;
        }
        String slug = Slug.of(company);
        for (SeedFile e : entries) {
            if (e.kind() == ParsedFile.Kind.REPORT && e.id() != null
                    && (e.id().equals(slug) || e.id().equals(company.toLowerCase(Locale.ROOT)))) {
                return e.parsed().report();
            }
        }
        return null;
    }
}
