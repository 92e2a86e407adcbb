package negotiate.counter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import negotiate.comp.Offer;
import negotiate.comp.OfferResult;
import negotiate.guide.Guide;
import negotiate.guide.Slug;

/**
 * Which competing offers the script names (§3): only the user's own, and only those whose
 * risk-adjusted four-year total beats the offer countered, never one at the guide's own company;
 * `--cite NAME` adds one anyway, `--no-cite` leaves them all out. Each one left out is said privately.
 */
public final class Citations {
    private Citations() {
    }

    public record Cited(List<Offer> offers, List<String> notes) {
    }

    /** @param results the competing offers valued, in the order of `competing` */
    public static Cited pick(Guide guide, OfferResult countered, List<Offer> competing, List<OfferResult> results,
                             List<String> cite, boolean noCite) {
        List<Offer> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < competing.size(); i++) {
            Offer o = competing.get(i);
            boolean asked = named(cite, o.name());
            String why = null;
            if (noCite) {
                why = "--no-cite";
            } else if (sameCompany(o, guide)) {
                why = "it is at " + guide.company() + ", the company you are countering";
            } else if (results.get(i).riskAdjustedFourYear().compareTo(countered.riskAdjustedFourYear()) <= 0) {
                why = "it is not stronger than the offer you are countering, risk-adjusted";
            }
            if (why == null || asked && !noCite) {
                out.add(o);
                if (why != null) {
                    notes.add("Cited " + o.name() + " because you asked (--cite), although " + why + ".");
                }
            } else {
                notes.add("Not cited in the script: " + o.name() + " (" + why + (why.startsWith("--") ? "" : "; --cite \""
                        + o.name() + "\" to cite it anyway") + ").");
            }
        }
        return new Cited(List.copyOf(out), List.copyOf(notes));
    }

    private static boolean named(List<String> cite, String name) {
        for (String c : cite) {
            if (c.strip().equalsIgnoreCase(name.strip())) {
                return true;
            }
        }
        return false;
    }

    /** An offer at the guide's company: by its `company`, its linked guide, or its name naming the company. */
    public static boolean sameCompany(Offer o, Guide guide) {
        String slug = guide.companySlug();
        if (o.company() != null && Slug.of(o.company()).equals(slug)) {
            return true;
        }
        if (o.guide() != null && o.guide().toLowerCase(Locale.ROOT).startsWith(slug + "/")) {
            return true;
        }
        return Pattern.compile("(?<![\\w])" + Pattern.quote(guide.company()) + "(?![\\w])", Pattern.CASE_INSENSITIVE)
                .matcher(o.name()).find();
    }
}
