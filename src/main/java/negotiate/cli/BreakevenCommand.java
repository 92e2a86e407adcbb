package negotiate.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import negotiate.comp.Breakeven;
import negotiate.comp.CompEngine;
import negotiate.comp.Offer;
import negotiate.comp.OfferResult;
import negotiate.input.InputException;
import negotiate.money.RateTable;
import negotiate.offers.OfferSpec;
import negotiate.render.BreakevenView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `negotiate breakeven [--offers FILE]... A B --using equity|base|signing`. */
@Command(name = "breakeven", mixinStandardHelpOptions = true,
        description = "What offer A must add (in base, equity or signing) to match offer B's four-year total.")
final class BreakevenCommand extends BaseCommand {
    @Option(names = "--offers", paramLabel = "FILE", description = "Offer files holding A and B.")
    List<String> files = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "A", description = "Offer name or inline SPEC.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Offer name or inline SPEC.")
    String b;

    @Option(names = "--using", required = true, paramLabel = "COMPONENT", description = "equity, base or signing.")
    String using;

    BreakevenCommand(Context ctx) {
        super(ctx);
    }

    @Override
    public Integer call() {
        String format = options.format(Set.of("table", "json", "markdown"));
        String component = using.strip().toLowerCase(Locale.ROOT);
        if (!Set.of("equity", "base", "signing").contains(component)) {
            throw InputException.usage("--using " + using + ": use equity, base or signing");
        }
        OfferInputs in = new OfferInputs(options, ctx);
        files.forEach(in::addFile);
        Offer oa = OfferSpec.looks(a) ? OfferSpec.parse(a, in.fileCurrency) : in.named(a);
        Offer ob = OfferSpec.looks(b) ? OfferSpec.parse(b, in.fileCurrency) : in.named(b);
        if (oa.name().equalsIgnoreCase(ob.name())) {
            throw InputException.usage("A and B are the same offer ('" + oa.name() + "')");
        }
        RateTable rates = in.rates();
        CompEngine engine = in.engine(rates);
        var target = in.target(List.of(oa, ob));
        OfferResult ra = engine.evaluate(oa, target);
        OfferResult rb = engine.evaluate(ob, target);
        Breakeven be = Breakeven.of(ra, rb, component);
        ctx.emit(BreakevenView.render(format, be, ra, rb, rates.used(), options.style(ctx)));
        return 0;
    }
}
