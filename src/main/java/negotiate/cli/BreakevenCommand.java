package negotiate.cli;

import java.util.EnumSet;
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
import negotiate.render.Format;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate breakeven [--offers FILE]... A B --using equity|base|signing`. */
final class BreakevenCommand extends BaseCommand {
    private final List<String> files;
    private final String a;
    private final String b;
    private final String using;
    private final int years;

    static final Opt<List<String>> OFFERS = Opt.files("FILE", "Offer files holding A and B.", "--offers");
    static final Arg A = Arg.at(0, "1", "A", "Offer name or inline SPEC.");
    static final Arg B = Arg.at(1, "1", "B", "Offer name or inline SPEC.");
    static final Opt<String> USING = Opt.text("COMPONENT", "equity, base or signing.", "--using").required();

    static final Set<Format> FORMATS = EnumSet.of(Format.TABLE, Format.JSON, Format.MARKDOWN);

    static CommandSpec spec() {
        return Specs.examples(Specs.command("breakeven", "What offer A must add (in base, equity or signing) to match offer B's horizon total (four years by default).",
                FORMATS, OFFERS, A, B, USING, YearsOption.YEARS),
                "negotiate breakeven --offers docs/examples/offers.yaml \\",
                "    \"Hugging Face\" Anthropic --using equity",
                "negotiate breakeven 'A:base=$200K,equity=$100K/4y' \\",
                "    'B:base=$240K,equity=$200K/4y' --using base");
    }

    BreakevenCommand(Context ctx, Parsed p) {
        super(ctx, p);
        files = OFFERS.in(p);
        a = A.one(p);
        b = B.one(p);
        using = USING.in(p);
        years = YearsOption.of(p);
    }

    @Override
    ExitCode call() {
        Format format = options.format(FORMATS);
        String component = using.strip().toLowerCase(Locale.ROOT);
        if (!Set.of("equity", "base", "signing").contains(component)) {
            throw InputException.usage(USING.name() + " " + using + ": use equity, base or signing");
        }
        OfferInputs in = new OfferInputs(options, ctx);
        for (String f : files) {
            in.addFile(f);
        }
        Offer oa = OfferSpec.looks(a) ? OfferSpec.parse("", a, in.fileCurrency) : in.named(a);
        Offer ob = OfferSpec.looks(b) ? OfferSpec.parse("", b, in.fileCurrency) : in.named(b);
        if (oa.name().equalsIgnoreCase(ob.name())) {
            throw InputException.usage("A and B are the same offer ('" + oa.name() + "')");
        }
        RateTable rates = in.rates();
        CompEngine engine = in.engine(rates);
        var target = in.target(List.of(oa, ob));
        OfferResult ra = engine.evaluate(oa, target, years);
        OfferResult rb = engine.evaluate(ob, target, years);
        Breakeven be = Breakeven.of(ra, rb, component);
        emit(format, BreakevenView.render(format, be, ra, rb, rates.used(), options.style(ctx)));
        return ExitCode.OK;
    }
}
