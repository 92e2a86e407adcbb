package negotiate.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import negotiate.comp.Comparison;
import negotiate.input.InputException;
import negotiate.money.RateTable;
import negotiate.render.CompareView;
import negotiate.render.Format;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate compare [FILE...] [--offer SPEC]...`: offers side by side over a horizon (four years by default). */
final class CompareCommand extends BaseCommand {
    private final List<String> files;
    private final List<String> specs;
    private final int years;

    static final Arg FILES = Arg.files(0, "0..*", "FILE", "Offer files (YAML or JSON); - reads standard input.");
    static final Opt<List<String>> OFFER = Opt.many("SPEC", "Inline offer, e.g. 'Acme:base=$150K,bonus=10%,equity=$200K/4y'.",
            "--offer");

    static final Set<Format> FORMATS = EnumSet.of(Format.TABLE, Format.JSON, Format.MARKDOWN, Format.CSV);

    static CommandSpec spec() {
        return Specs.examples(Specs.command("compare", "Compare offers: year by year, annual, four-year and risk-adjusted totals, difference to the best.", FORMATS,
                FILES, OFFER, YearsOption.YEARS),
                "negotiate compare docs/examples/offers.yaml",
                "negotiate compare --offer 'A:base=$200K,bonus=10%,equity=$400K/4y' \\",
                "    --offer 'B:base=$230K,equity=$200K/4y'",
                "negotiate compare docs/examples/offers.yaml --years 6",
                "negotiate compare - -o json < docs/examples/offers.yaml");
    }

    CompareCommand(Context ctx, Parsed p) {
        super(ctx, p);
        files = FILES.all(p);
        specs = OFFER.in(p);
        years = YearsOption.of(p);
    }

    @Override
    ExitCode call() {
        Format format = options.format(FORMATS);
        if (files.isEmpty() && specs.isEmpty()) {
            throw InputException.usage("no offers: give an offer file (negotiate compare offers.yaml) or --offer SPEC");
        }
        OfferInputs in = new OfferInputs(options, ctx);
        for (String f : files) {
            in.addFile(f);
        }
        for (String s : specs) {
            in.addSpec(s);
        }
        RateTable rates = in.rates();
        Comparison c = in.engine(rates).compare(in.offers, in.target(in.offers), years);
        ctx.emit(CompareView.render(format, c, options.style(ctx)));
        return ExitCode.OK;
    }
}
