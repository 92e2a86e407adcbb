package negotiate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import negotiate.comp.BandCalculator;
import negotiate.comp.Offer;
import negotiate.counter.Anchor;
import negotiate.counter.CounterEngine;
import negotiate.counter.CounterOffer;
import negotiate.counter.Honesty;
import negotiate.counter.ScriptChoices;
import negotiate.counter.ScriptWriter;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.guide.Levels;
import negotiate.input.InputException;
import negotiate.input.TextFile;
import negotiate.money.AmountException;
import negotiate.money.Money;
import negotiate.money.MoneyParser;
import negotiate.money.RateTable;
import negotiate.offers.OfferSpec;
import negotiate.render.CounterView;
import negotiate.render.Format;
import negotiate.repository.Seeds;
import picocli.CommandLine.Model.CommandSpec;

/** `negotiate counter QUERY --region R --offer FILE|SPEC …`: a counter-offer script with the numbers behind it. */
final class CounterCommand extends BaseCommand {
    static final Arg QUERY = Arg.at(0, "1", "QUERY", "The guide (id, company or role); must match one.");
    static final Opt<String> REGION = Opt.text("R", "The guide region of the offer.", "--region").required();
    static final Opt<String> LEVEL = Opt.text("L",
            "The level, when the guide has a band table per level (exact name, else a unique part).", "--level");
    static final Opt<String> OFFER = Opt.text("FILE|SPEC|NAME",
            "The offer you hold: a SPEC, a file with one offer, or the NAME of an offer in --offers FILE.", "--offer").required();
    static final Opt<String> OFFERS = Opt.file("FILE", "An offer file to pick --offer NAME from.", "--offers");
    static final Opt<List<String>> COMPETING = Opt.many("FILE|SPEC", "Competing offers (repeatable).", "--competing");
    static final Opt<String> FLOOR = Opt.text("AMOUNT", "Your walk-away annual total (private; never in the script).", "--floor");
    static final Opt<Anchor> ANCHOR = Opt.choice(Anchor.class, Anchor.TOP, "Where in the band the ask starts (default top).",
            "--anchor");
    static final Opt<String> MAX_SIGNING = Opt.text("AMOUNT|PCT",
            "Ceiling of the signing ask: an amount, or a percent of the ask base (default 25%).", "--max-signing");
    static final Opt<String> ROUND = Opt.text("STEP",
            "Round asks up to a multiple of STEP (default 5,000; yen or rupee users want more).", "--round").otherwise("5000");
    static final Opt<List<String>> FACT = Opt.many("KEY=VALUE", "Fill a placeholder of the script: --fact \"recruiter name=Sam\".",
            "--fact");
    static final Opt<List<String>> REASON = Opt.many("TEXT", "A reason of your own; yours come first in the script (repeatable).",
            "--reason");
    static final Opt<List<Integer>> LEVER = Opt.counts("N",
            "Take the reasons from the guide's lever N only (repeatable; the private notes list the levers).", "--lever");
    static final Opt<List<String>> CITE = Opt.many("NAME", "Cite this competing offer even when it is weaker (repeatable).",
            "--cite");
    static final Opt<Boolean> NO_CITE = Opt.flag("Cite no competing offer in the script.", "--no-cite");
    static final Opt<LocalDate> DEADLINE = Opt.date("When the offer expires (YYYY-MM-DD).", "--deadline");
    static final Opt<String> TEMPLATE = Opt.file("FILE", "Markdown template replacing the built-in one; - reads standard input.",
            "--template");

    private final String query;
    private final String region;
    private final String level;
    private final String offer;
    private final String offersFile;
    private final List<String> reasons;
    private final List<Integer> leverNumbers;
    private final List<String> cite;
    private final boolean noCite;
    private final List<String> competing;
    private final String floor;
    private final Anchor anchor;
    private final String round;
    private final String maxSigning;
    private final List<String> facts;
    private final LocalDate deadline;
    private final String template;

    static final Set<Format> FORMATS = EnumSet.of(Format.TABLE, Format.JSON, Format.MARKDOWN, Format.HTML);

    static CommandSpec spec() {
        return Specs.examples(Specs.command("counter", "Draft a counter-offer: the ask, its reasons, and a private section with your floor.", FORMATS,
                QUERY, REGION, LEVEL, OFFER, OFFERS, COMPETING, FLOOR, ANCHOR, ROUND, MAX_SIGNING, REASON, LEVER, CITE, NO_CITE,
                FACT, DEADLINE, TEMPLATE),
                "negotiate counter anyscale --region \"San Francisco\" \\",
                "    --offer 'Me:base=$220K,bonus=10%,equity=$300K/4y'",
                "negotiate counter anyscale --region London --offer 'Me:base=150000' \\",
                "    --competing 'Other:base=£180K' --fact \"recruiter name=Sam\"",
                "negotiate counter ironbridge --seeds docs/examples/guides \\",
                "    --region London --level staff --offer 'Me:base=£130K'",
                "negotiate counter hugging-face --region Paris \\",
                "    --offer 'Me:base=110000,equity=200000/4y' \\",
                "    --competing 'Google:base=148000,equity=115000/yr' \\",
                "    --reason \"I led the storage rewrite\" --lever 4");
    }

    CounterCommand(Context ctx, Parsed p) {
        super(ctx, p);
        query = QUERY.one(p);
        region = REGION.in(p);
        level = LEVEL.in(p);
        offer = OFFER.in(p);
        offersFile = OFFERS.in(p);
        reasons = REASON.in(p);
        leverNumbers = LEVER.in(p);
        cite = CITE.in(p);
        noCite = NO_CITE.in(p);
        competing = COMPETING.in(p);
        floor = FLOOR.in(p);
        anchor = ANCHOR.in(p);
        round = ROUND.in(p);
        maxSigning = MAX_SIGNING.in(p);
        facts = FACT.in(p);
        deadline = DEADLINE.in(p);
        template = TEMPLATE.in(p);
    }

    @Override
    ExitCode call() {
        options.noCurrency("counter");
        Format format = options.format(FORMATS);
        Anchor a = anchor;
        Map<String, String> factMap = new LinkedHashMap<>();
        for (String f : facts) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw InputException.usage(FACT.name() + " " + f + ": write KEY=VALUE, e.g. " + FACT.name() + " \"recruiter name=Sam\"");
            }
            if (f.substring(eq + 1).isBlank()) {
                throw InputException.usage(FACT.name() + " " + f + ": give the value after =, e.g. " + FACT.name() + " \""
                        + f.substring(0, eq).strip() + "=…\"");
            }
            factMap.put(f.substring(0, eq).strip().replaceAll("^\\[|\\]$", ""), f.substring(eq + 1).strip());
        }
        LocalDate due = deadline;
        String tpl = template();
        Seeds loaded = options.guides(ctx);
        Guide g = Lookup.one(loaded, query);
        Band band = band(loaded, g);
        BigDecimal step = step(band);

        OfferInputs in = new OfferInputs(options, ctx);
        in.pin(g, band);
        Offer mine = one(in, offer, band);
        in.countering(mine);
        List<Offer> rivals = new ArrayList<>();
        for (String c : competing) {
            if (OfferSpec.looks(c)) {
                // a bare amount in counter is in the band's currency (spec §1, money literals)
                rivals.add(OfferSpec.parse(COMPETING.name(), c, band.currency()));
            } else {
                OfferInputs f = new OfferInputs(options, ctx);
                f.addFile(c, band.currency());
                rivals.addAll(f.offers);
                in.fileRates.addAll(f.fileRates);
            }
        }
        for (Offer r : rivals) {
            if (r.name().equalsIgnoreCase(mine.name())) {
                throw InputException.usage(COMPETING.name() + ": '" + r.name() + "' is the offer you are countering (" + OFFER.name()
                        + "); a competing offer needs another name");
            }
        }
        RateTable rates = in.rates();
        Money floorMoney = floor == null ? null : amount(FLOOR.name(), floor, band);
        CounterOffer co = CounterEngine.draft(new CounterEngine.Terms(
                BandCalculator.normalise(g, band, null, null, rates), a, step, floorMoney, signingCap(band, rates)), mine, rivals,
                in.engine(rates), rates);
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
        checkChoices(g, rivals);
        Honesty honesty = new Honesty(g.company(), given, loaded.companies(), band.region(), loaded.regions());
        ScriptWriter.Script script = ScriptWriter.write(tpl, co, g, mine, rivals, honesty,
                new ScriptChoices(reasons, leverNumbers, cite, noCite, factMap, due, options.today(ctx)));
        List<String> more = new ArrayList<>(script.notes());
        for (String key : factMap.keySet()) {
            if (!matches(script.fillable(), key)) {
                if (!matches(g.placeholders(), key)) {
                    throw InputException.usage(FACT.name() + " '" + key + "' matches no placeholder of the script; its placeholders: "
                            + (script.fillable().isEmpty() ? "(none)" : "[" + String.join("], [", script.fillable()) + "]"));
                }
                more.add("--fact '" + key + "': the guide's sentence with [" + key + "] is not in the script (it is not one the"
                        + " script can use), so the fact was not needed.");
            }
        }
        if (reasons.size() > negotiate.counter.Reasons.MAX) {
            more.add("You gave " + reasons.size() + " reasons; all are in the script, though three read best.");
        }
        // said on stderr, naming the SPEC: "$220K" in double quotes reaches us as "20K", a figure that
        // would otherwise pass unnoticed into every number of the script
        List<String> bare = new ArrayList<>();
        if (bareAmounts(offer)) {
            bare.add(OFFER.name() + " '" + offer + "'");
        }
        for (String c : competing) {
            if (bareAmounts(c)) {
                bare.add(COMPETING.name() + " '" + c + "'");
            }
        }
        for (String b : bare) {
            ctx.err().println("negotiate: warning: " + negotiate.render.Visible.of(b) + ": amounts written without a currency were read in "
                    + band.currency().getCurrencyCode() + ", the band's currency (in double quotes the shell removes $ and the digit"
                    + " after it: write '$250K' in single quotes)");
        }
        script = new ScriptWriter.Script(script.markdown(), script.placeholders(), script.fillable(), List.copyOf(more), script.menu());
        emitAsLaidOut(format, CounterView.render(format, co, g, script, options.style(ctx)));
        return ExitCode.OK;
    }

    private static boolean matches(List<String> placeholders, String key) {
        for (String p : placeholders) {
            if (p.strip().replaceAll("^\\[|\\]$", "").equalsIgnoreCase(key.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a SPEC holds an amount with no currency (a digit right after `=` or `/`, no symbol or code). */
    private static boolean bareAmounts(String arg) {
        if (!OfferSpec.looks(arg)) {
            return false;
        }
        for (String part : arg.substring(arg.indexOf(':') + 1).split(",")) {
            int eq = part.indexOf('=');
            String key = eq < 0 ? "" : part.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
            String v = eq < 0 ? "" : part.substring(eq + 1).strip();
            if (java.util.Set.of("base", "signing", "equity", "refresh", "benefits", "strike", "price").contains(key)
                    && v.matches("[\\d.,]+[kKmMbB]?(/.*)?")) {
                return true;
            }
        }
        return false;
    }

    /** --lever numbers the guide has, --cite names a competing offer, and not --cite with --no-cite. */
    private void checkChoices(Guide g, List<Offer> rivals) {
        for (int n : leverNumbers) {
            if (n > g.levers().size()) {
                throw InputException.usage(LEVER.name() + " " + n + ": " + g.id() + " has " + (g.levers().isEmpty() ? "no levers"
                        : g.levers().size() + (g.levers().size() == 1 ? " lever" : " levers") + " (1–" + g.levers().size()
                        + "; 'negotiate show " + g.id() + "' lists them)"));
            }
        }
        if (noCite && !cite.isEmpty()) {
            throw InputException.usage(CITE.name() + " and " + NO_CITE.name() + " contradict each other: give one");
        }
        for (String c : cite) {
            boolean found = false;
            for (Offer o : rivals) {
                found |= o.name().strip().equalsIgnoreCase(c.strip());
            }
            if (!found) {
                throw InputException.usage(CITE.name() + " '" + c + "' names no competing offer; they are: "
                        + (rivals.isEmpty() ? "(none: add " + COMPETING.name() + ")" : String.join(", ", rivals.stream().map(Offer::name).toList())));
            }
        }
    }

    /** The band countered: the region at the level asked for; a region at several levels needs --level. */
    private Band band(Seeds loaded, Guide g) {
        List<String> levels = Lookup.levels(g, LEVEL.name(), level);
        if (levels != null && levels.isEmpty()) {
            throw InputException.usage(g.id() + " has no level matching '" + level + "'"
                    + (Levels.of(g).isEmpty() ? " (it has one band table)" : "; its levels: " + String.join(", ", Levels.of(g))));
        }
        List<Band> found = g.bandsFor(region, levels);
        if (found.isEmpty()) {
            if (!loaded.errors(g.file()).isEmpty()) {
                throw InputException.data(g.id() + " has no band for '" + region + "' that could be read: run 'negotiate validate "
                        + negotiate.render.Visible.of(g.file()) + "' to see what is wrong");
            }
            throw InputException.usage(g.id() + " has no region '" + region + "'" + (level == null ? "" : " at level '" + level + "'")
                    + "; its regions: " + String.join(", ", g.regions()));
        }
        if (found.size() > 1) {
            List<String> at = new ArrayList<>();
            for (Band b : found) {
                at.add(b.level());
            }
            throw InputException.usage("'" + region + "' is a region at several levels of " + g.id() + ": "
                    + String.join(", ", at) + "; choose one with --level");
        }
        return found.get(0);
    }

    private Offer one(OfferInputs in, String arg, Band band) {
        if (offersFile != null) {
            if (OfferSpec.looks(arg)) {
                throw InputException.usage(OFFERS.name() + " picks an offer by name: give " + OFFER.name()
                        + " NAME, or drop " + OFFERS.name() + " to use the SPEC");
            }
            in.addFile(offersFile, band.currency());
            Offer o = in.named(arg);
            in.offers.clear();
            return o;
        }
        if (OfferSpec.looks(arg)) {
            return OfferSpec.parse(OFFER.name(), arg, band.currency());
        }
        in.addFile(arg, band.currency());
        if (in.offers.size() != 1) {
            throw InputException.data(arg + ": --offer needs a file with exactly one offer; this one has " + in.offers.size()
                    + " (" + String.join(", ", in.offers.stream().map(Offer::name).toList()) + ")");
        }
        Offer o = in.offers.get(0);
        in.offers.clear();
        return o;
    }

    /** --max-signing: a percent of the ask base (`20%`) or an amount (bare: the band's currency; else converted); null for the default. */
    private CounterEngine.SigningCap signingCap(Band band, RateTable rates) {
        if (maxSigning == null) {
            return null;
        }
        if (maxSigning.strip().endsWith("%")) {
            try {
                MoneyParser.PercentRange p = MoneyParser.parsePercent(maxSigning);
                if (p.low().compareTo(p.high()) != 0) {
                    throw InputException.usage(MAX_SIGNING.name() + " " + maxSigning + ": give one percent, e.g. 20%");
                }
                return new CounterEngine.SigningCap(null, p.low());
            } catch (AmountException e) {
                throw InputException.usage(MAX_SIGNING.name() + " " + maxSigning + ": " + e.getMessage());
            }
        }
        return new CounterEngine.SigningCap(rates.convert(amount(MAX_SIGNING.name(), maxSigning, band), band.currency()).amount(), null);
    }

    private BigDecimal step(Band band) {
        Money m = amount(ROUND.name(), round, band);
        if (m.amount().signum() <= 0) {
            throw InputException.usage(ROUND.name() + " " + round + ": the step must be above zero");
        }
        if (band.base() != null && m.amount().compareTo(band.base().high()) > 0) {
            // a step above the band's top base would round every ask up past anything the band pays
            throw InputException.usage(ROUND.name() + " " + round + ": the step is above the band's top base ("
                    + negotiate.money.MoneyFormat.whole(new Money(band.base().high(), band.currency())) + "): give a step such as 5000");
        }
        return m.amount();
    }

    private static Money amount(String option, String text, Band band) {
        try {
            MoneyParser.Amount a = MoneyParser.parseAmount(text);
            if (option.equals(ROUND.name()) && a.currency() != null && !a.currency().equals(band.currency())) {
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
            String text;
            if (template.equals("-")) {
                text = ctx.stdin();
            } else {
                try {
                    text = TextFile.read(Path.of(template), template);
                } catch (TextFile.ReadFailure e) {
                    throw InputException.data(e.plain());
                }
            }
            String[] problem = ScriptWriter.fieldProblem(text);
            if (problem != null) {
                String name = template.equals("-") ? "stdin" : template;
                throw InputException.data(negotiate.input.Diagnostic.error(name, Integer.parseInt(problem[0]),
                        Integer.parseInt(problem[1]), "template", problem[2]));
            }
            return text;
        }
        try (InputStream in = CounterCommand.class.getResourceAsStream("/negotiate/counter-template.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the built-in counter template is missing", e);
        }
    }
}
