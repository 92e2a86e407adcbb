package negotiate.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import negotiate.comp.BandCalculator;
import negotiate.comp.NormalisedBand;
import negotiate.guide.Guide;
import negotiate.input.Diagnostic;
import negotiate.input.InputException;
import negotiate.render.Format;
import negotiate.render.ShowView;
import negotiate.repository.Seeds;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate show QUERY`: one guide in full. */
final class ShowCommand extends BaseCommand {
    private final String query;

    static final Arg QUERY = Arg.at(0, "1", "QUERY", "Guide id, company or role; must match one guide.");

    static final Set<Format> FORMATS = EnumSet.of(Format.TABLE, Format.JSON, Format.MARKDOWN);

    static CommandSpec spec() {
        return Specs.examples(Specs.command("show", "One guide in full: bands, premiums, levers, strategy, sources.", FORMATS,
                QUERY),
                "negotiate show anyscale",
                "negotiate show hugging-face/open-source-ml-platform-engineer -o json");
    }

    ShowCommand(Context ctx, Parsed p) {
        super(ctx, p);
        query = QUERY.one(p);
    }

    @Override
    ExitCode call() {
        Format format = options.format(FORMATS);
        Seeds loaded = options.guides(ctx);
        Guide g = Lookup.one(loaded, query);
        List<Diagnostic> errors = loaded.errors(g.file());
        if (!errors.isEmpty()) {
            // a guide shown in full must be read in full: say what is wrong instead of showing part of it
            StringBuilder b = new StringBuilder(g.id() + " could not be read in full:");
            for (Diagnostic d : errors) {
                b.append("\n  ").append(negotiate.render.Visible.of(d.render()));
            }
            throw InputException.data(b.append("\nfix these (negotiate validate ").append(negotiate.render.Visible.of(g.file()))
                    .append(" lists every problem)").toString());
        }
        var rates = options.rates(List.of());
        var target = options.currency();
        List<NormalisedBand> bands = g.bands().stream().map(b -> BandCalculator.normalise(g, b, null, target, rates)).toList();
        emit(format, ShowView.render(format, g, bands, rates.used(), options.today(ctx), options.style(ctx)));
        return ExitCode.OK;
    }
}
