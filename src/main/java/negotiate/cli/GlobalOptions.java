package negotiate.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import negotiate.guide.Report;
import negotiate.input.InputException;
import negotiate.money.Currencies;
import negotiate.money.Rate;
import negotiate.money.RateTable;
import negotiate.money.RatesFile;
import negotiate.render.Style;
import negotiate.repository.SeedRepository;
import negotiate.repository.Seeds;
import picocli.CommandLine.Model.CommandSpec;

/** The options every command takes (§3), defined once and mixed into each command. */
public final class GlobalOptions {
    final String seeds;
    final String format;
    final String currency;
    final List<String> rate;
    final String ratesFile;
    final String today;
    final boolean noColor;
    final String color;
    final boolean verbose;

    GlobalOptions(Parsed p) {
        seeds = p.string("--seeds");
        format = p.string("--format", "table");
        currency = p.string("--currency");
        rate = p.strings("--rate");
        ratesFile = p.string("--rates");
        today = p.string("--today");
        noColor = p.flag("--no-color");
        color = p.string("--color", "auto");
        verbose = p.flag("--verbose");
        // checked before the command runs, whether or not it needs them: a bad value never passes unseen
        if (today != null) {
            date("--today", today);
        }
        colorChoice();
    }

    /** The names of the options every command takes that are followed by a value (for `negotiate --format json bands`). */
    static final List<String> WITH_VALUE = List.of("--seeds", "--format", "-o", "--currency", "--rate", "--rates", "--today",
            "--color");

    /** The flags every command takes. */
    static final List<String> FLAGS = List.of("--no-color", "--verbose");

    /** Adds the options every command takes to `spec`. */
    static void declare(CommandSpec spec) {
        spec.addOption(Specs.option("--seeds", "DIR", "Directory of guides. Default: $NEGOTIATE_SEEDS, else seeds/ here, else the copy in the jar."));
        spec.addOption(picocli.CommandLine.Model.OptionSpec.builder("-o", "--format").paramLabel("FORMAT").type(String.class)
                .description("table (default) or json; also markdown, csv or github where the command supports them.").build());
        spec.addOption(Specs.option("--currency", "CODE", "Report currency (ISO code, e.g. USD)."));
        spec.addOption(Specs.repeatable("--rate", "PAIR=RATE", "Exchange rate, e.g. EUR/USD=1.10 (1 EUR = 1.10 USD). Repeatable; wins over files."));
        spec.addOption(Specs.option("--rates", "FILE", "YAML rates file: as_of, source, rates: {EUR/USD: 1.10}."));
        spec.addOption(Specs.option("--today", "DATE", "Today's date for staleness checks (YYYY-MM-DD)."));
        spec.addOption(Specs.option("--color", "WHEN", "auto (default: colour on a terminal, not with NO_COLOR or TERM=dumb), always or never."));
        spec.addOption(Specs.flag("--no-color", "No colour; the same as --color never (also NO_COLOR)."));
        spec.addOption(Specs.flag("--verbose", "Show stack traces for internal errors."));
    }

    /** The chosen format, checked against what the command supports. */
    String format(Set<String> allowed) {
        String f = format.toLowerCase(Locale.ROOT);
        if (!allowed.contains(f)) {
            throw InputException.usage("--format " + format + " is not available here: use one of "
                    + String.join(", ", allowed.stream().sorted().toList()));
        }
        return f;
    }

    Currency currency() {
        if (currency == null) {
            return null;
        }
        Currency c = Currencies.iso(currency.strip().toUpperCase(Locale.ROOT));
        if (c == null) {
            throw InputException.usage("--currency " + currency + ": not an ISO 4217 code (e.g. USD, EUR, GBP, CHF)");
        }
        return c;
    }

    LocalDate today(Context ctx) {
        return today == null ? ctx.today() : date("--today", today);
    }

    /** A date option (YYYY-MM-DD); anything else is a usage error naming the option. */
    static LocalDate date(String option, String text) {
        String t = text.strip();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw InputException.usage(option + " " + text + (t.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? ": there is no such day" : ": write the date as YYYY-MM-DD"));
        }
    }

    /** `--color`: always, never or auto. */
    private String colorChoice() {
        String c = color.strip().toLowerCase(Locale.ROOT);
        if (!c.equals("auto") && !c.equals("always") && !c.equals("never")) {
            throw InputException.usage("--color " + color + ": use auto, always or never");
        }
        return c;
    }

    /**
     * For a command that works in its own currency (counter: the band's; company, guides, show and
     * validate convert nothing): --currency is a usage error rather than ignored.
     */
    void noCurrency(String command) {
        if (currency != null) {
            throw InputException.usage("--currency is not used by '" + command + "'" + (command.equals("counter")
                    ? " (it works in the band's currency; --rate converts the other offers)" : " (it converts nothing)")
                    + ": leave it out");
        }
    }

    Style style(Context ctx) {
        String c = colorChoice();
        return new Style(!noColor && !c.equals("never") && (c.equals("always") || ctx.color(false)));
    }

    Seeds seeds(Context ctx) {
        if (ctx.warmup() != null) {
            Seeds ahead = ctx.warmup().seeds(seeds); // loaded while the command line was parsed
            if (ahead != null) {
                return ahead;
            }
        }
        return SeedRepository.load(seeds, ctx.env());
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
                    + " could not be read in full (some bands may be missing): run 'negotiate validate "
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
        for (String r : rate) {
            t.add(RatesFile.parseOption(r));
        }
        if (ratesFile != null) {
            t.addAll(RatesFile.readFile(Path.of(ratesFile), ratesFile));
        }
        t.addAll(extra);
        t.fallback(new BundledRates()); // a class, not a method reference: nothing to link at start-up
        return t;
    }
}
