package negotiate.cli;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import negotiate.comp.BandCalculator;
import negotiate.comp.NormalisedBand;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.guide.Premium;
import negotiate.guide.Regions;
import negotiate.input.InputException;
import negotiate.money.RateTable;
import negotiate.render.BandsView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `negotiate bands [QUERY] [--region R] [--premium NAME]`: normalised bands of every matching guide. */
@Command(name = "bands", mixinStandardHelpOptions = true, description = "Normalised salary bands: annual and four-year totals.")
final class BandsCommand extends BaseCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "Guide id, company or role (substring).")
    String query;

    @Option(names = "--region", paramLabel = "R", description = "Only this region (NYC, SF and Bay Area work).")
    String region;

    @Option(names = "--premium", paramLabel = "NAME", description = "Apply a premium the guide names to the equity range.")
    String premium;

    BandsCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        String format = options.format(Set.of("table", "json", "markdown", "csv"));
        Currency target = options.currency();
        List<Guide> guides = Lookup.many(options.seeds(ctx), query);
        RateTable rates = options.rates(List.of());
        List<NormalisedBand> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Guide g : guides) {
            Premium p = null;
            if (premium != null) {
                p = findPremium(g, premium);
                if (p == null) {
                    if (guides.size() == 1) {
                        throw InputException.usage(g.id() + " names no premium matching '" + premium + "'"
                                + (g.premiums().isEmpty() ? "" : "; it names: "
                                + String.join(", ", g.premiums().stream().map(Premium::name).toList())));
                    }
                    notes.add(g.id() + ": no premium matching '" + premium + "'; shown without");
                }
            }
            for (Band b : g.bands()) {
                if (region == null || Regions.same(region, b.region())) {
                    out.add(BandCalculator.normalise(g, b, p, target, rates));
                }
            }
        }
        if (out.isEmpty()) {
            throw InputException.usage("no band for region '" + region + "' in " + Lookup.ids(guides));
        }
        ctx.emit(BandsView.render(format, out, rates.used(), notes, options.style(ctx)));
        return 0;
    }

    static Premium findPremium(Guide g, String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        for (Premium p : g.premiums()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(n)) {
                return p;
            }
        }
        for (Premium p : g.premiums()) {
            if (p.name().toLowerCase(Locale.ROOT).contains(n)) {
                return p;
            }
        }
        return null;
    }
}
