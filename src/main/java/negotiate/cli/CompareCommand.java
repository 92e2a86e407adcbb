package negotiate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import negotiate.comp.Comparison;
import negotiate.input.InputException;
import negotiate.money.RateTable;
import negotiate.render.CompareView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `negotiate compare [FILE...] [--offer SPEC]...`: offers side by side over four years. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare offers: year by year, annual, four-year and risk-adjusted totals, difference to the best.")
final class CompareCommand extends BaseCommand {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Offer files (YAML or JSON).")
    List<String> files = new ArrayList<>();

    @Option(names = "--offer", paramLabel = "SPEC", description = "Inline offer, e.g. 'Acme:base=$150K,bonus=10%,equity=$200K/4y'.")
    List<String> specs = new ArrayList<>();

    CompareCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        String format = options.format(Set.of("table", "json", "markdown", "csv"));
        if (files.isEmpty() && specs.isEmpty()) {
            throw InputException.usage("no offers: give an offer file (negotiate compare offers.yaml) or --offer SPEC");
        }
        OfferInputs in = new OfferInputs(options, ctx);
        files.forEach(in::addFile);
        specs.forEach(in::addSpec);
        RateTable rates = in.rates();
        Comparison c = in.engine(rates).compare(in.offers, in.target(in.offers));
        ctx.emit(CompareView.render(format, c, options.style(ctx)));
        return 0;
    }
}
