package negotiate.cli;

import java.util.List;
import java.util.Set;
import negotiate.comp.BandCalculator;
import negotiate.comp.NormalisedBand;
import negotiate.guide.Guide;
import negotiate.render.ShowView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** `negotiate show QUERY`: one guide in full. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "One guide in full: bands, premiums, levers, strategy, sources.")
final class ShowCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "QUERY", description = "Guide id, company or role; must match one guide.")
    String query;

    ShowCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        String format = options.format(Set.of("table", "json", "markdown"));
        Guide g = Lookup.one(options.seeds(ctx), query);
        var rates = options.rates(List.of());
        var target = options.currency();
        List<NormalisedBand> bands = g.bands().stream().map(b -> BandCalculator.normalise(g, b, null, target, rates)).toList();
        ctx.emit(ShowView.render(format, g, bands, options.today(ctx), options.style(ctx)));
        return 0;
    }
}
