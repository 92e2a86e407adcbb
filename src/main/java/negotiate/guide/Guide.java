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

    public boolean isStale(LocalDate today) {
        return reviewDue != null && reviewDue.isBefore(today);
    }
}
