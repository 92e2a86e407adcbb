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
    private final boolean scenarios;
    private final List<java.math.BigDecimal> growth;

    static final Arg FILES = Arg.files(0, "0..*", "FILE", "Offer files (YAML or JSON); - reads standard input.");
    static final Opt<List<String>> OFFER = Opt.many("SPEC", "Inline offer, e.g. 'Acme:base=$150K,bonus=10%,equity=$200K/4y'.",
            "--offer");

    static final Opt<Boolean> SCENARIOS = Opt.flag(
            "Value private equity and options under the exit scenarios of the company's report, with the chance each offer beats each other.",
            "--scenarios");
    static final Opt<String> GROWTH = Opt.text("PCTS",
            "Yearly share-price changes for public equity, e.g. -30%,0%,20% (implies --scenarios).", "--growth");

    static final Set<Format> FORMATS = EnumSet.of(Format.TABLE, Format.JSON, Format.MARKDOWN, Format.CSV, Format.HTML);

    static CommandSpec spec() {
        return Specs.examples(Specs.command("compare", "Compare offers: year by year, annual, four-year and risk-adjusted totals, difference to the best.", FORMATS,
                FILES, OFFER, YearsOption.YEARS, YearsOption.LEAVE_AFTER, YearsOption.TAX, SCENARIOS, GROWTH),
                "negotiate compare docs/examples/offers.yaml",
                "negotiate compare --offer 'A:base=$200K,bonus=10%,equity=$400K/4y' \\",
                "    --offer 'B:base=$230K,equity=$200K/4y'",
                "negotiate compare docs/examples/offers.yaml --years 6",
                "negotiate compare docs/examples/offers.yaml --leave-after 6m,12m,18m,24m",
                "negotiate compare docs/examples/offers.yaml --tax 38%",
                "negotiate compare docs/examples/offers.yaml --scenarios --growth -30%,0%,20%",
                "negotiate compare - -o json < docs/examples/offers.yaml",
                "negotiate compare docs/examples/offers.yaml -o html > offers.html");
    }

    CompareCommand(Context ctx, Parsed p) {
        super(ctx, p);
        files = FILES.all(p);
        specs = OFFER.in(p);
        years = YearsOption.of(p);
        leave = YearsOption.leaveAfter(p, years);
        tax = YearsOption.tax(p);
        growth = growth(GROWTH.in(p));
        scenarios = SCENARIOS.in(p) || !growth.isEmpty();
    }

    /** --growth: percents, each above −100 %, e.g. -30%,0%,20%. */
    private static List<java.math.BigDecimal> growth(String text) {
        List<java.math.BigDecimal> out = new java.util.ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split(",")) {
            String t = part.strip();
            if (!t.matches("[+-]?\\d{1,4}(\\.\\d{1,4})?%")) {
                throw InputException.usage(GROWTH.name() + " " + text + ": '" + t + "' is not a percent: write each with %, e.g. "
                        + GROWTH.name() + " -30%,0%,20%");
            }
            java.math.BigDecimal g = new java.math.BigDecimal(t.substring(0, t.length() - 1).replace("+", ""));
            if (g.compareTo(new java.math.BigDecimal("-100")) <= 0) {
                throw InputException.usage(GROWTH.name() + " " + t + ": a price cannot fall by 100% or more a year");
            }
            if (out.stream().anyMatch(x -> x.compareTo(g) == 0)) {
                throw InputException.usage(GROWTH.name() + " " + text + ": " + t + " is given twice");
            }
            out.add(g);
        }
        return out;
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
        negotiate.comp.Scenarios.Result sc = null;
        if (scenarios) {
            try {
                sc = engine.scenarios(c, growth);
            } catch (negotiate.comp.Scenarios.OverHundred e) {
                throw InputException.data(e.getMessage());
            }
        }
        // the rates listed are those every figure used, the scenarios' conversions included
        c = new Comparison(c.currency(), c.offers(), engine.ratesUsed());
        emit(format, CompareView.render(format, c, left, sc, options.style(ctx)));
        return ExitCode.OK;
    }
}
