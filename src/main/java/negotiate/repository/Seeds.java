package negotiate.repository;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import negotiate.guide.Guide;
import negotiate.guide.ParsedFile;
import negotiate.guide.Report;
import negotiate.guide.Slug;

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

    /**
     * Every file (for validate), decoded one at a time as the list is read and not kept, so that
     * 10,000 guides are never all in memory in parsed form.
     */
    public List<ParsedFile> files() {
        return new AbstractList<>() {
            @Override
            public ParsedFile get(int index) {
                return entries.get(index).decoded();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    /** The files with errors (some of what they say could not be read), in order. */
    public List<String> broken() {
        List<String> out = new ArrayList<>();
        for (SeedFile e : entries) {
            if (e.broken()) {
                out.add(e.file());
            }
        }
        return out;
    }

    /** One file's diagnostics of one rule (decoding it), for a command about that file's report. */
    public List<negotiate.input.Diagnostic> diagnostics(String file, String rule) {
        List<negotiate.input.Diagnostic> out = new ArrayList<>();
        for (SeedFile e : entries) {
            if (e.file().equals(file)) {
                for (negotiate.input.Diagnostic d : e.parsed().diagnostics()) {
                    if (d.code().equals(rule)) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    /** The errors of one file (decoding it), for a command about that file's guide. */
    public List<negotiate.input.Diagnostic> errors(String file) {
        List<negotiate.input.Diagnostic> out = new ArrayList<>();
        for (SeedFile e : entries) {
            if (e.file().equals(file) && e.broken()) {
                for (negotiate.input.Diagnostic d : e.parsed().diagnostics()) {
                    if (d.severity() == negotiate.input.Severity.ERROR) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    public List<Guide> guides() {
        List<Guide> out = new ArrayList<>();
        for (SeedFile e : entries) {
            Guide g = e.kind() == ParsedFile.Kind.GUIDE && e.id() != null ? e.parsed().guide() : null;
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * The guides a QUERY matches (see {@link Query}); only those are decoded. The entries are scanned
     * here rather than through {@link Query#matches}: no list of 10,000 guides is built to be scanned.
     */
    public List<Guide> guides(String query) {
        Query.Of m = Query.of(query);
        List<SeedFile> found = new ArrayList<>();
        for (SeedFile e : entries) {
            if (isGuide(e) && (m == null || m.exact(e.id(), e.company(), e.role()))) {
                found.add(e);
            }
        }
        if (found.isEmpty() && m != null) {
            for (SeedFile e : entries) {
                if (isGuide(e) && m.partial(e.id(), e.company(), e.role())) {
                    found.add(e);
                }
            }
        }
        List<Guide> out = new ArrayList<>();
        for (SeedFile e : found) {
            Guide g = e.parsed().guide();
            if (g != null) {
                out.add(g);
            }
        }
        return out;
    }

    public List<Report> reports() {
        List<Report> out = new ArrayList<>();
        for (SeedFile e : entries) {
            Report r = e.kind() == ParsedFile.Kind.REPORT ? e.parsed().report() : null;
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** Ids of all guides, without decoding them. */
    public List<String> guideIds() {
        List<String> out = new ArrayList<>();
        for (SeedFile e : entries) {
            if (isGuide(e)) {
                out.add(e.id());
            }
        }
        return out;
    }

    /** A file that parsed as a guide (loops, not streams, here: see GuideCodec on lambdas at start-up). */
    private static boolean isGuide(SeedFile e) {
        return e.kind() == ParsedFile.Kind.GUIDE && e.role() != null;
    }

    /** Every band region named by the loaded guides (decodes them), in first-seen order. */
    public List<String> regions() {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Guide g : guides()) {
            for (negotiate.guide.Band b : g.bands()) {
                out.add(b.region());
            }
        }
        return List.copyOf(out);
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
        List<SeedFile> found = new ArrayList<>();
        for (SeedFile e : entries) {
            if (e.kind() == ParsedFile.Kind.REPORT && e.id() != null
                    && (e.id().equals(slug) || e.id().equals(company.toLowerCase(Locale.ROOT)))) {
                found.add(e);
            }
        }
        if (found.size() > 1) {
            // one id, two files: which one's risk is used would depend on how the files sort
            List<String> files = new ArrayList<>();
            for (SeedFile e : found) {
                files.add(e.file());
            }
            throw negotiate.input.InputException.usage("the company report '" + found.get(0).id() + "' is in " + found.size()
                    + " files (" + String.join(", ", files) + "): keep one (negotiate validate names the duplicate)");
        }
        return found.isEmpty() ? null : found.get(0).parsed().report();
    }
}
