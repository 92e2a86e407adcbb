package negotiate.guide;

import java.time.LocalDate;
import java.util.List;

/** A negotiation guide for one role at one company, as read from one file. */
public record Guide(String id, String company, String role, String file, int line,
                    String lastUpdated, String dataQuality, LocalDate reviewDue, int reviewLine,
                    String levelMapping, List<String> dataSources, List<Band> bands, List<Premium> premiums,
                    List<Lever> levers, String strategy, List<String> placeholders, List<String> evidence,
                    List<String> dna) implements Named {

    public String companySlug() {
        return id.substring(0, id.indexOf('/'));
    }

    /**
     * The one rule for which bands a region (and level) names, used by bands, compare and counter:
     * the region by {@link Regions#same} (aliases such as NYC), any region when null; the levels
     * listed, any level when null. In the guide's order.
     */
    public List<Band> bandsFor(String region, List<String> levels) {
        List<Band> out = new java.util.ArrayList<>();
        for (Band b : bands) {
            if ((region == null || Regions.same(region, b.region())) && (levels == null || levels.contains(b.level()))) {
                out.add(b);
            }
        }
        return out;
    }

    /** The guide's region names, each once, in order. */
    public List<String> regions() {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        for (Band b : bands) {
            names.add(b.region());
        }
        return List.copyOf(names);
    }

    public boolean isStale(LocalDate today) {
        return reviewDue != null && reviewDue.isBefore(today);
    }
}
