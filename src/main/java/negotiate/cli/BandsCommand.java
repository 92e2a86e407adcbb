package negotiate.cli;

import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import negotiate.comp.BandCalculator;
import negotiate.comp.NormalisedBand;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.guide.Levels;
import negotiate.guide.Premium;
import negotiate.input.InputException;
import negotiate.money.RateTable;
import negotiate.render.BandsView;
import negotiate.render.Format;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate bands [QUERY] [--region R] [--level L] [--premium NAME]`: normalised bands of every matching guide. */
final class BandsCommand extends BaseCommand {
    private final String query;
    private final String region;
    private final String level;
    private final String premium;

    static final Arg QUERY = Arg.at(0, "0..1", "QUERY", "Guide id, company or role (substring).");
    static final Opt<String> REGION = Opt.text("R", "Only this region (NYC, SF and Bay Area work).", "--region");
    static final Opt<String> LEVEL = Opt.text("L",
            "Only this level, for guides with a band table per level (exact name, else a unique part of it).", "--level");
    static final Opt<String> PREMIUM = Opt.text("NAME", "Apply a premium the guide names to the equity range.", "--premium");

    static final Set<Format> FORMATS = EnumSet.of(Format.TABLE, Format.JSON, Format.MARKDOWN, Format.CSV, Format.HTML);

    static CommandSpec spec() {
        return Specs.examples(Specs.command("bands", "Normalised salary bands: annual and four-year totals.", FORMATS, QUERY, REGION, LEVEL, PREMIUM),
                "negotiate bands anyscale",
                "negotiate bands hugging-face --region paris --currency USD \\",
                "    --rate EUR/USD=1.10",
                "negotiate bands ironbridge --seeds docs/examples/guides --level staff",
                "negotiate bands anyscale -o json | jq '.bands[].annual'");
    }

    BandsCommand(Context ctx, Parsed p) {
        super(ctx, p);
        query = QUERY.one(p);
        region = REGION.in(p);
        level = LEVEL.in(p);
        premium = PREMIUM.in(p);
    }

    @Override
    ExitCode call() {
        Format format = options.format(FORMATS);
        Currency target = options.currency();
        List<Guide> guides = Lookup.many(options.guides(ctx), query);
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
            List<String> levels = Lookup.levels(g, LEVEL.name(), level);
            for (Band b : g.bandsFor(region, levels)) {
                out.add(BandCalculator.normalise(g, b, p, target, rates));
            }
        }
        if (out.isEmpty()) {
            String what = region == null && level == null ? "no band" : "no band"
                    + (region == null ? "" : " for region '" + region + "'") + (level == null ? "" : " at level '" + level + "'");
            String levels = level != null && guides.size() == 1 ? Levels.of(guides.get(0)).isEmpty()
                    ? " (it has one band table, no levels)" : "; its levels: " + String.join(", ", Levels.of(guides.get(0))) : "";
            String regions = "";
            if (region != null && level == null && guides.size() == 1) {
                regions = "; its regions: " + String.join(", ", guides.get(0).regions());
            }
            throw InputException.usage(what + " in " + Lookup.ids(guides) + levels + regions);
        }
        if (format != Format.TABLE) {
            // what the table says below it, the other formats say on stderr: never lost in JSON mode
            for (String n : notes) {
                ctx.err().println("negotiate: warning: " + n);
            }
        }
        emit(format, BandsView.render(format, out, rates.used(), notes, options.style(ctx)));
        return ExitCode.OK;
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
