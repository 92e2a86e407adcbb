package negotiate.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import negotiate.guide.Report;
import negotiate.input.InputException;
import negotiate.money.Currencies;
import negotiate.money.Rate;
import negotiate.money.RateTable;
import negotiate.money.RatesFile;
import negotiate.render.Format;
import negotiate.render.Style;
import negotiate.repository.SeedRepository;
import negotiate.repository.Seeds;
import picocli.CommandLine.Model.CommandSpec;

/** The options every command takes (§3), each declared once with its type and mixed into every command. */
public final class GlobalOptions {
    /** --color. */
    enum ColorChoice { AUTO, ALWAYS, NEVER }

    static final Opt<String> SEEDS = Opt.file("DIR",
            "Directory of guides. Default: $NEGOTIATE_SEEDS, else seeds/ here, else the copy in the jar.", "--seeds");
    /** Read as text and converted against the formats the command offers (so a mistake lists those). */
    static final Opt<String> FORMAT = Opt.text("FORMAT", "Output format (table by default; the label lists what this"
            + " command offers).", "-o", "--format").otherwise("table");
    static final Opt<String> CURRENCY = Opt.text("CODE", "Report currency (ISO code, e.g. USD), where the command converts.",
            "--currency");
    static final Opt<List<String>> RATE = Opt.many("PAIR=RATE",
            "Exchange rate, e.g. EUR/USD=1.10 (1 EUR = 1.10 USD). Repeatable; wins over files.", "--rate");
    static final Opt<String> RATES = Opt.file("FILE", "YAML rates file: as_of, source, rates: {EUR/USD: 1.10}; - reads standard input.",
            "--rates");
    static final Opt<LocalDate> TODAY = Opt.date("Today's date for staleness checks (YYYY-MM-DD).", "--today");
    static final Opt<ColorChoice> COLOR = Opt.choice(ColorChoice.class, ColorChoice.AUTO,
            "auto (default: colour on a terminal, not with NO_COLOR or TERM=dumb), always or never.", "--color");
    static final Opt<Boolean> NO_COLOR = Opt.flag("No colour; the same as --color never (also NO_COLOR).", "--no-color");
    static final Opt<Integer> WIDTH = Opt.count("N",
            "Lay tables out for N columns (default: the terminal's width; no limit when not a terminal).", "--width");
    static final Opt<Boolean> VERBOSE = Opt.flag("Show stack traces for internal errors.", "--verbose");

    /** Every global option, in help order. */
    static final List<Opt<?>> ALL = List.of(SEEDS, FORMAT, CURRENCY, RATE, RATES, TODAY, COLOR, NO_COLOR, WIDTH, VERBOSE);

    final String seeds;
    final String format;
    final String currency;
    final List<String> rate;
    final String ratesFile;
    final LocalDate today;
    final boolean noColor;
    final ColorChoice color;
    final boolean verbose;

    /** For a FILE argument `-` (standard input). */
    private final Context in;

    GlobalOptions(Context ctx, Parsed p) {
        in = ctx;
        // every value is converted here, before the command runs, whether or not it needs it: a bad
        // value (an impossible --today, an unknown --color) never passes unseen
        seeds = SEEDS.in(p);
        format = FORMAT.in(p);
        currency = CURRENCY.in(p);
        rate = RATE.in(p);
        ratesFile = RATES.in(p);
        today = TODAY.in(p);
        noColor = NO_COLOR.in(p);
        color = COLOR.in(p);
        verbose = VERBOSE.in(p);
        width = WIDTH.in(p);
    }

    private final Integer width;

    /** Whether `arg` (a name, or `name=value`) is a global option; 2 when it takes the next argument as its value. */
    static int width(String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        for (Opt<?> o : ALL) {
            for (String n : o.names()) {
                if (n.equals(name)) {
                    return o.takesValue() && !arg.contains("=") ? 2 : 1;
                }
            }
        }
        return 0;
    }

    /** Adds the options every command takes to `spec`; its help lists the formats the command offers. */
    static void declare(CommandSpec spec, Set<Format> formats) {
        for (Opt<?> o : ALL) {
            if (o == FORMAT) {
                List<String> labels = new java.util.ArrayList<>();
                for (Format f : formats) {
                    labels.add(f.label());
                }
                spec.addOption(o.spec(String.join("|", labels), labels));
            } else {
                spec.addOption(o.spec());
            }
        }
    }

    /** The chosen format, checked against what the command supports. */
    Format format(Set<Format> allowed) {
        Format f = Format.of(format);
        if (f == null || !allowed.contains(f)) {
            List<String> names = new java.util.ArrayList<>();
            for (Format a : Format.values()) {
                if (allowed.contains(a)) {
                    names.add(a.label());
                }
            }
            throw InputException.usage(FORMAT.name() + " " + format + (f == null ? " is not a format" : " is not available here")
                    + ": use one of " + String.join(", ", names));
        }
        return f;
    }

    Currency currency() {
        if (currency == null) {
            return null;
        }
        Currency c = Currencies.named(currency);
        if (c == null) {
            throw InputException.usage(CURRENCY.name() + " " + currency + ": " + Currencies.unknown(currency.strip(), null));
        }
        return c;
    }

    LocalDate today(Context ctx) {
        return today == null ? ctx.today() : today;
    }

    /**
     * For a command that works in its own currency (counter: the band's; company, guides and validate
     * convert nothing): --currency, and where nothing is converted --rate and --rates, are usage
     * errors rather than ignored.
     */
    void noCurrency(String command) {
        if (!command.equals("counter") && (!rate.isEmpty() || ratesFile != null)) {
            Opt<?> given = rate.isEmpty() ? RATES : RATE;
            throw InputException.usage(given.name() + " is not used by '" + command + "' (it converts nothing): leave it out");
        }
        if (currency != null) {
            throw InputException.usage(CURRENCY.name() + " is not used by '" + command + "'" + (command.equals("counter")
                    ? " (it works in the band's currency; " + RATE.name() + " converts the other offers)" : " (it converts nothing)")
                    + ": leave it out");
        }
    }

    Style style(Context ctx) {
        return new Style(!noColor && color != ColorChoice.NEVER && (color == ColorChoice.ALWAYS || ctx.color(false)),
                width != null ? width : ctx.columns());
    }

    Seeds seeds(Context ctx) {
        Seeds s = SeedRepository.load(seeds, ctx.env());
        String problem = negotiate.repository.GuideCache.takeProblem();
        if (problem != null && verbose) {
            // a cache that cannot be used is bypassed without a word, unless asked
            ctx.err().println("negotiate: " + problem);
        }
        return s;
    }

    private boolean brokenSaid;

    /**
     * The seeds for a command that uses guides: each file that could not be read in full is said on
     * stderr, with the command that shows why (a band lost is never lost in silence).
     */
    Seeds guides(Context ctx) {
        Seeds loaded = seeds(ctx);
        if (brokenSaid) {
            return loaded;
        }
        brokenSaid = true; // once per run, however many parts of the command load the seeds
        List<String> broken = loaded.broken();
        for (int i = 0; i < broken.size() && i < 10; i++) {
            ctx.err().println("negotiate: warning: " + negotiate.render.Visible.of(broken.get(i))
                    + " could not be read in full (some of its figures may be missing): run 'negotiate validate "
                    + negotiate.render.Visible.of(broken.get(i)) + "' to see why");
        }
        if (broken.size() > 10) {
            ctx.err().println("negotiate: warning: " + (broken.size() - 10) + " more files could not be read in full:"
                    + " run 'negotiate validate' to see them all");
        }
        ctx.err().flush();
        return loaded;
    }

    /** Rates in priority order: --rate, --rates FILE, then `extra` (an offer file's block), then the bundled table. */
    RateTable rates(List<Rate> extra) {
        RateTable t = new RateTable();
        List<Rate> given = new java.util.ArrayList<>();
        for (String r : rate) {
            given.add(RatesFile.parseOption(r));
        }
        String clash = negotiate.money.RateConflicts.find(given, java.util.Set.of());
        if (clash != null) {
            throw InputException.usage(clash + ": give each pair once");
        }
        t.addAll(given);
        java.util.Set<String> settled = new java.util.HashSet<>(negotiate.money.RateConflicts.pairs(given));
        if (ratesFile != null) {
            List<Rate> file = ratesFile.equals("-") ? RatesFile.parse(in.stdin(), "stdin") : RatesFile.readFile(Path.of(ratesFile), ratesFile);
            t.addAll(file);
            settled.addAll(negotiate.money.RateConflicts.pairs(file));
        }
        // offer files rank alike: where two disagree and nothing above settles the pair, argument order would decide
        clash = negotiate.money.RateConflicts.find(extra, settled);
        if (clash != null) {
            throw InputException.data(clash + ": settle it with " + RATE.name() + " PAIR=RATE or " + RATES.name() + " FILE");
        }
        t.addAll(extra);
        t.fallback(new BundledRates()); // a class, not a method reference: nothing to link at start-up
        return t;
    }
}
