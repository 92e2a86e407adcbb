package negotiate.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import negotiate.comp.BandCalculator;
import negotiate.comp.CompEngine;
import negotiate.comp.NormalisedBand;
import negotiate.comp.Offer;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.guide.Regions;
import negotiate.guide.Report;
import negotiate.input.InputException;
import negotiate.money.Rate;
import negotiate.money.RateTable;
import negotiate.offers.OfferFile;
import negotiate.offers.OfferSet;
import negotiate.offers.OfferSpec;
import negotiate.repository.Seeds;

/**
 * Gathers the offers of a command (files and inline SPECs), their rates and report currency, and
 * links offers to guides and company reports, reading the seeds only when an offer needs them.
 */
final class OfferInputs {
    final List<Offer> offers = new ArrayList<>();
    final List<Rate> fileRates = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    Currency fileCurrency;
    /** Every offer file's `currency:`, for the report currency (§2: they must agree). */
    private final java.util.Set<Currency> fileCurrencies = new java.util.TreeSet<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
    private final GlobalOptions options;
    private final Context ctx;
    private Seeds loaded;

    OfferInputs(GlobalOptions options, Context ctx) {
        this.options = options;
        this.ctx = ctx;
    }

    void addFile(String file) {
        addFile(file, null);
    }

    /** An offer file whose bare amounts are in `bareIn` when it names no currency (counter: the band's). */
    void addFile(String file, java.util.Currency bareIn) {
        OfferSet set = file.equals("-") ? OfferFile.parse("stdin", ctx.stdin(), bareIn) : OfferFile.read(Path.of(file), file, bareIn);
        if (fileCurrency == null) {
            fileCurrency = set.currency();
        }
        if (set.currency() != null) {
            fileCurrencies.add(set.currency());
        }
        fileRates.addAll(set.rates());
        for (Offer o : set.offers()) {
            add(o);
        }
    }

    void addSpec(String spec) {
        // --currency is the report's currency, not the offer's: a bare base still needs its own, but the
        // advice can name the currency the user is working in
        add(OfferSpec.parse("--offer", spec, null, options.currency()));
    }

    private void add(Offer o) {
        if (!names.add(o.name().toLowerCase(Locale.ROOT))) {
            Offer first = null;
            for (Offer x : offers) {
                if (x.name().equalsIgnoreCase(o.name())) {
                    first = x;
                }
            }
            String where = " (" + first.source() + " and " + o.source() + ")";
            String message = "two offers are named '" + o.name() + "'" + where + ": give each a different name";
            // both from files: a data problem (exit 3); a SPEC typed twice: a usage one (exit 2)
            throw fromFile(first) && fromFile(o) ? InputException.data(message) : InputException.usage(message);
        }
        offers.add(o);
    }

    private static boolean fromFile(Offer o) {
        return o.source() != null && !o.source().startsWith("--");
    }

    Offer named(String name) {
        for (Offer o : offers) {
            if (o.name().equalsIgnoreCase(name.strip())) {
                return o;
            }
        }
        throw InputException.usage("no offer named '" + name + "'; offers: "
                + (offers.isEmpty() ? "(none: give --offers FILE or an inline SPEC)" : String.join(", ", offers.stream().map(Offer::name).toList())));
    }

    /**
     * The report currency (§2): --currency, else the offer files' `currency:` when all that give one
     * agree, else the currency every offer's base shares; otherwise the user must say, so that no
     * argument order can change it.
     */
    Currency target(List<Offer> which) {
        Currency c = options.currency();
        if (c != null) {
            return c;
        }
        if (fileCurrencies.size() == 1) {
            return fileCurrencies.iterator().next();
        }
        java.util.Set<Currency> bases = new java.util.TreeSet<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        for (Offer o : which) {
            bases.add(o.base().currency());
        }
        if (bases.size() == 1) {
            return bases.iterator().next();
        }
        if (fileCurrencies.size() > 1) {
            throw InputException.usage("the offer files name different currencies (" + codes(fileCurrencies) + ") and the offers'"
                    + " bases are in " + codes(bases) + ": choose the report currency with " + GlobalOptions.CURRENCY.name() + " CODE");
        }
        throw InputException.usage("the offers' bases are in " + codes(bases) + ": choose the report currency with "
                + GlobalOptions.CURRENCY.name() + " CODE (e.g. " + GlobalOptions.CURRENCY.name() + " "
                + bases.iterator().next().getCurrencyCode() + ")");
    }

    private static String codes(java.util.Set<Currency> set) {
        List<String> out = new ArrayList<>();
        for (Currency c : set) {
            out.add(c.getCurrencyCode());
        }
        return String.join(" and ", out);
    }

    RateTable rates() {
        return options.rates(fileRates);
    }

    CompEngine engine(RateTable rates) {
        return new CompEngine(rates, this::report, o -> band(o, rates));
    }

    private Seeds seeds() {
        if (loaded == null) {
            loaded = options.guides(ctx);
        }
        return loaded;
    }

    Guide guide(Offer o) {
        if (o.guide() == null) {
            return null;
        }
        List<Guide> found = seeds().guides(o.guide());
        if (found.size() != 1) {
            throw InputException.data(o.source() + ": offer '" + o.name() + "': guide '" + o.guide() + "' matches "
                    + (found.isEmpty() ? "no guide" : found.size() + " guides (" + Lookup.ids(found) + ")")
                    + ": give one id from 'negotiate guides'");
        }
        return found.get(0);
    }

    private final Set<String> warnedCompanies = new HashSet<>();

    Report report(Offer o) {
        String company = o.company();
        if (company == null) {
            Guide g = guide(o);
            if (g == null && countered == o) {
                g = pinnedGuide; // the offer countered is at the guide's company: its report gives the equity's risk
            }
            company = g == null ? null : g.companySlug();
            return company == null ? null : seeds().reportFor(company);
        }
        Report r = seeds().reportFor(company);
        if (r == null && warnedCompanies.add(o.name())) {
            // a mistyped company would silently leave the risk unknown
            List<String> ids = new ArrayList<>();
            for (Report x : seeds().reports()) {
                ids.add(x.id());
            }
            String near = negotiate.input.DidYouMean.suggest(negotiate.guide.Slug.of(company), ids);
            ctx.err().println("negotiate: warning: offer '" + negotiate.render.Visible.of(o.name()) + "': no company report for '"
                    + negotiate.render.Visible.of(company) + "'" + (near == null ? "" : " (did you mean '" + near + "'?)")
                    + ": its equity risk comes from the offer alone" + (ids.isEmpty() ? "" : "; reports: " + String.join(", ", ids)));
        }
        return r;
    }

    /** The guide and band a command has chosen (counter's --level): offers linking that region get this band. */
    private Guide pinnedGuide;
    private Band pinnedBand;

    void pin(Guide g, Band b) {
        pinnedGuide = g;
        pinnedBand = b;
    }

    /** The offer counter drafts against the pinned guide (it links no company of its own). */
    private Offer countered;

    void countering(Offer o) {
        countered = o;
    }

    NormalisedBand band(Offer o, RateTable rates) {
        if (pinnedBand != null && pinnedGuide.id().equals(o.guide()) && o.region() != null
                && Regions.same(o.region(), pinnedBand.region())) {
            return BandCalculator.normalise(pinnedGuide, pinnedBand, null, null, rates);
        }
        Guide g = guide(o);
        if (g == null) {
            return null;
        }
        Band band;
        if (o.region() == null) {
            if (g.bands().size() != 1) {
                ctx.err().println("negotiate: warning: offer '" + negotiate.render.Visible.of(o.name()) + "' links " + g.id()
                        + " but no region: no band position shown (add region:, one of " + negotiate.render.Visible.of(
                        String.join(", ", g.regions())) + ")");
                return null;
            }
            band = g.bands().get(0);
        } else {
            List<Band> found = g.bandsFor(o.region(), null);
            if (found.isEmpty()) {
                throw InputException.data(o.source() + ": offer '" + o.name() + "': " + g.id() + " has no region '" + o.region()
                        + "'; its regions: " + String.join(", ", g.regions()));
            }
            if (found.size() > 1) {
                // which level the offer is at, the offer does not say: no position rather than a guessed one
                List<String> levels = new ArrayList<>();
                for (Band b : found) {
                    levels.add(b.level());
                }
                ctx.err().println("negotiate: warning: offer '" + negotiate.render.Visible.of(o.name()) + "': " + g.id()
                        + " has '" + negotiate.render.Visible.of(o.region()) + "' at several levels ("
                        + negotiate.render.Visible.of(String.join(", ", levels)) + "): no band position shown");
                return null;
            }
            band = found.get(0);
        }
        return BandCalculator.normalise(g, band, null, null, rates);
    }
}
