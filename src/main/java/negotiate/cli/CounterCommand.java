package negotiate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import negotiate.comp.BandCalculator;
import negotiate.comp.Offer;
import negotiate.counter.Anchor;
import negotiate.counter.CounterEngine;
import negotiate.counter.CounterOffer;
import negotiate.counter.Honesty;
import negotiate.counter.ScriptWriter;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.guide.Regions;
import negotiate.guide.Seeds;
import negotiate.input.InputException;
import negotiate.input.TextFile;
import negotiate.money.AmountException;
import negotiate.money.Money;
import negotiate.money.MoneyParser;
import negotiate.money.RateTable;
import negotiate.offers.OfferSpec;
import negotiate.render.CounterView;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate counter QUERY --region R --offer FILE|SPEC …`: a counter-offer script with the numbers behind it. */
final class CounterCommand extends BaseCommand {
    private final String query;
    private final String region;
    private final String offer;
    private final List<String> competing;
    private final String floor;
    private final String anchor;
    private final String round;
    private final List<String> facts;
    private final String deadline;
    private final String template;

    static CommandSpec spec() {
        return Specs.command("counter", "Draft a counter-offer: the ask, its reasons, and a private section with your floor.",
                Specs.positional("0", "1", "QUERY", "The guide (id, company or role); must match one."),
                Specs.required("--region", "R", "The guide region of the offer."),
                Specs.required("--offer", "FILE|SPEC", "The offer you hold (a file with one offer, or a SPEC)."),
                Specs.repeatable("--competing", "FILE|SPEC", "Competing offers (repeatable)."),
                Specs.option("--floor", "AMOUNT", "Your walk-away annual total (private; never in the script)."),
                Specs.option("--anchor", "top|p75|mid", "Where in the band the ask starts (default top)."),
                Specs.option("--round", "STEP", "Round asks up to a multiple of STEP (default 5,000; yen or rupee users want more)."),
                Specs.repeatable("--fact", "KEY=VALUE", "Fill a guide placeholder: --fact \"X commits/PRs=40 PRs\"."),
                Specs.option("--deadline", "DATE", "When the offer expires (YYYY-MM-DD)."),
                Specs.option("--template", "FILE", "Markdown template replacing the built-in one."));
    }

    CounterCommand(Context ctx, Parsed p) {
        super(ctx, p);
        query = p.positional(0);
        region = p.string("--region");
        offer = p.string("--offer");
        competing = p.strings("--competing");
        floor = p.string("--floor");
        anchor = p.string("--anchor", "top");
        round = p.string("--round", "5000");
        facts = p.strings("--fact");
        deadline = p.string("--deadline");
        template = p.string("--template");
    }

    @Override
    int call() {
        String format = options.format(Set.of("table", "json", "markdown"));
        Anchor a = switch (anchor.strip().toLowerCase(Locale.ROOT)) {
            case "top" -> Anchor.TOP;
            case "p75" -> Anchor.P75;
            case "mid" -> Anchor.MID;
            default -> throw InputException.usage("--anchor " + anchor + ": use top, p75 or mid");
        };
        Map<String, String> factMap = new LinkedHashMap<>();
        for (String f : facts) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw InputException.usage("--fact " + f + ": write KEY=VALUE, e.g. --fact \"X commits/PRs=40 PRs\"");
            }
            factMap.put(f.substring(0, eq).strip().replaceAll("^\\[|\\]$", ""), f.substring(eq + 1).strip());
        }
        LocalDate due = deadline == null ? null : GlobalOptions.date("--deadline", deadline);
        String tpl = template();
        Seeds loaded = options.seeds(ctx);
        Guide g = Lookup.one(loaded, query);
        Band band = g.bands().stream().filter(b -> Regions.same(b.region(), region)).findFirst()
                .orElseThrow(() -> InputException.usage(g.id() + " has no region '" + region + "'; its regions: "
                        + String.join(", ", g.bands().stream().map(Band::region).toList())));
        BigDecimal step = step(band);

        OfferInputs in = new OfferInputs(options, ctx);
        Offer mine = one(in, offer);
        List<Offer> rivals = new ArrayList<>();
        for (String c : competing) {
            if (OfferSpec.looks(c)) {
                rivals.add(OfferSpec.parse(c, null));
            } else {
                OfferInputs f = new OfferInputs(options, ctx);
                f.addFile(c);
                rivals.addAll(f.offers);
                in.fileRates.addAll(f.fileRates);
            }
        }
        RateTable rates = in.rates();
        Money floorMoney = floor == null ? null : amount("--floor", floor, band);
        CounterOffer co = CounterEngine.draft(new CounterEngine.Terms(
                BandCalculator.normalise(g, band, null, null, rates), a, step, floorMoney), mine, rivals, in.engine(rates), rates);
        List<String> given = new ArrayList<>();
        rivals.forEach(o -> {
            given.add(o.name());
            if (o.company() != null) {
                given.add(o.company());
            }
        });
        if (mine.company() != null) {
            given.add(mine.company());
        }
        Honesty honesty = new Honesty(g.company(), given, loaded.companies());
        ScriptWriter.Script script = ScriptWriter.write(tpl, co, g, mine, rivals, honesty, factMap, due, options.today(ctx));
        ctx.emit(CounterView.render(format, co, g, script, options.style(ctx)));
        return 0;
    }

    private Offer one(OfferInputs in, String arg) {
        if (OfferSpec.looks(arg)) {
            return OfferSpec.parse(arg, null);
        }
        in.addFile(arg);
        if (in.offers.size() != 1) {
            throw InputException.data(arg + ": --offer needs a file with exactly one offer; this one has " + in.offers.size()
                    + " (" + String.join(", ", in.offers.stream().map(Offer::name).toList()) + ")");
        }
        Offer o = in.offers.get(0);
        in.offers.clear();
        return o;
    }

    private BigDecimal step(Band band) {
        Money m = amount("--round", round, band);
        if (m.amount().signum() <= 0) {
            throw InputException.usage("--round " + round + ": the step must be above zero");
        }
        return m.amount();
    }

    private static Money amount(String option, String text, Band band) {
        try {
            MoneyParser.Amount a = MoneyParser.parseAmount(text);
            if (option.equals("--round") && a.currency() != null && !a.currency().equals(band.currency())) {
                throw InputException.usage(option + " " + text + ": the step is in the band's currency, "
                        + band.currency().getCurrencyCode());
            }
            return new Money(a.value(), a.currency() != null ? a.currency() : band.currency());
        } catch (AmountException e) {
            throw InputException.usage(option + " " + text + ": " + e.getMessage());
        }
    }

    private String template() {
        if (template != null) {
            try {
                return TextFile.read(Path.of(template), template);
            } catch (TextFile.ReadFailure e) {
                throw InputException.data(e.diagnostic());
            }
        }
        try (InputStream in = CounterCommand.class.getResourceAsStream("/negotiate/counter-template.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the built-in counter template is missing", e);
        }
    }
}
