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
    private final java.util.List<Integer> leave;
    private final java.math.BigDecimal tax;

    static final Arg FILES = Arg.files(0, "0..*", "FILE", "Offer files (YAML or JSON); - reads standard input.");
    static final Opt<List<String>> OFFER = Opt.many("SPEC", "Inline offer, e.g. 'Acme:base=$150K,bonus=10%,equity=$200K/4y'.",
            "--offer");

    static final Set<Format> FORMATS = EnumSet.of(Format.TABLE, Format.JSON, Format.MARKDOWN, Format.CSV);

    static CommandSpec spec() {
        return Specs.examples(Specs.command("compare", "Compare offers: year by year, annual, four-year and risk-adjusted totals, difference to the best.", FORMATS,
                FILES, OFFER, YearsOption.YEARS, YearsOption.LEAVE_AFTER, YearsOption.TAX),
                "negotiate compare docs/examples/offers.yaml",
                "negotiate compare --offer 'A:base=$200K,bonus=10%,equity=$400K/4y' \\",
                "    --offer 'B:base=$230K,equity=$200K/4y'",
                "negotiate compare docs/examples/offers.yaml --years 6",
                "negotiate compare docs/examples/offers.yaml --leave-after 6m,12m,18m,24m",
                "negotiate compare docs/examples/offers.yaml --tax 38%",
                "negotiate compare - -o json < docs/examples/offers.yaml");
    }

    CompareCommand(Context ctx, Parsed p) {
        super(ctx, p);
        files = FILES.all(p);
        specs = OFFER.in(p);
        years = YearsOption.of(p);
        leave = YearsOption.leaveAfter(p, years);
        tax = YearsOption.tax(p);
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
        negotiate.comp.CompEngine engine = in.engine(rates);
        Comparison c = engine.compare(in.offers, in.target(in.offers), years, tax);
        java.util.Map<String, java.util.List<negotiate.comp.Leave>> left = new java.util.LinkedHashMap<>();
        for (negotiate.comp.OfferResult r : c.offers()) {
            java.util.List<negotiate.comp.Leave> each = new java.util.ArrayList<>();
            for (int m : leave) {
                each.add(engine.leave(r, m));
            }
            left.put(r.name(), each);
        }
        ctx.emit(CompareView.render(format, c, left, options.style(ctx)));
        return ExitCode.OK;
    }
}
