package negotiate.cli;

import java.util.List;
import java.util.Set;
import negotiate.comp.BandCalculator;
import negotiate.comp.NormalisedBand;
import negotiate.guide.Guide;
import negotiate.render.ShowView;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate show QUERY`: one guide in full. */
final class ShowCommand extends BaseCommand {
    private final String query;

    static CommandSpec spec() {
        return Specs.command("show", "One guide in full: bands, premiums, levers, strategy, sources.",
                Specs.positional("0", "1", "QUERY", "Guide id, company or role; must match one guide."));
    }

    ShowCommand(Context ctx, Parsed p) {
        super(ctx, p);
        query = p.positional(0);
    }

    @Override
    int call() {
        String format = options.format(Set.of("table", "json", "markdown"));
        Guide g = Lookup.one(options.seeds(ctx), query);
        var rates = options.rates(List.of());
        var target = options.currency();
        List<NormalisedBand> bands = g.bands().stream().map(b -> BandCalculator.normalise(g, b, null, target, rates)).toList();
        ctx.emit(ShowView.render(format, g, bands, options.today(ctx), options.style(ctx)));
        return 0;
    }
}
