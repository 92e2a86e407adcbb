package negotiate.offers;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import negotiate.comp.Offer;
import negotiate.comp.VestingSchedule;
import negotiate.input.DidYouMean;
import negotiate.input.InputException;
import negotiate.input.WholeNumber;

/**
 * Reads an inline offer: `NAME:key=value,key=value`, e.g. `'HF:base=$255K,equity=$478K/4y,type=private'`.
 * Keys are the file's, flattened as {@link OfferKey} spells them; `equity=X/yr` is per_year,
 * `equity=X/4y` (or plain) a grant, `refresh=X/yr` (or plain) a refresh grant.
 */
public final class OfferSpec {
    private OfferSpec() {
    }

    private static final Pattern PER_YEAR = Pattern.compile("(?i)^(.*?)\\s*/\\s*(yr|year|y)$");
    private static final Pattern OVER_YEARS = Pattern.compile("(?i)^(.*?)\\s*/\\s*(\\d{1,2})\\s*(y|yr|yrs|years?)$");

    /** True when an argument looks like a SPEC rather than an offer name. */
    public static boolean looks(String arg) {
        int c = arg.indexOf(':');
        return c > 0 && arg.indexOf('=', c) > c;
    }

    /** An amount that starts with 0 and another digit (`00K`, `05K/4y`): what double quotes leave of `$100K`, `$105K`. */
    private static final java.util.regex.Pattern SHELL_ATE = java.util.regex.Pattern.compile("(?:^|/)0\\d");

    /** The same for a SPEC given as `label` (`--competing`; "" for a bare argument): messages name it so. */
    public static Offer parse(String label, String spec, Currency defaultCurrency) {
        return parse(label, spec, defaultCurrency, null);
    }

    /**
     * `defaultCurrency` is what a bare amount is in (counter: the band's); `suggested` is only advice
     * for a base without a currency (the command's `--currency`), never taken as the offer's.
     */
    public static Offer parse(String label, String spec, Currency defaultCurrency, Currency suggested) {
        String s = spec.strip();
        if (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            throw bad(where(label, spec.replace("\n", "\\n").replace("\r", "\\r")), "a SPEC is one line: remove the line break");
        }
        String where = where(label, spec);
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw bad(where, "write it as NAME:key=value,key=value, e.g. 'Acme:base=$150K,bonus=10%,equity=$200K/4y'");
        }
        FlatOffer flat = new FlatOffer(s.substring(0, colon).strip(), 1, 1);
        String rest = s.substring(colon + 1).strip();
        if (rest.isEmpty()) {
            throw bad(where, "no keys after the name: add base=… at least");
        }
        Over over = null;
        for (String part : rest.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw bad(where, "'" + part.strip() + "' is not key=value (no thousands separators inside a SPEC: write 150000 or 150K)");
            }
            String name = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            OfferKey key = OfferKey.inSpec(name);
            OfferKey.Block block = OfferKey.Block.inSpec(name);
            if (key == null && block == null) {
                throw bad(where, DidYouMean.unknownKey(name, OfferKey.specNames()));
            }
            if (value.isEmpty()) {
                throw bad(where, name + " has no value");
            }
            if (SHELL_ATE.matcher(value).find()) {
                // "$100K" in double quotes: the shell takes "$1" for a positional parameter and leaves "00K"
                throw bad(where, name + "=" + value + " looks like an amount whose \"$1\" (or \"$2\"…) the shell removed: in double"
                        + " quotes the shell expands $ followed by a digit; put the SPEC in single quotes, e.g. 'A:base=$100K'");
            }
            if (block == OfferKey.Block.EQUITY) {
                over = equity(where, flat, value);
            } else if (block == OfferKey.Block.REFRESH) {
                Matcher perYear = PER_YEAR.matcher(value);
                put(where, flat, OfferKey.REFRESH_GRANT, perYear.matches() ? perYear.group(1) : value);
            } else if (block == OfferKey.Block.CLAWBACK) {
                // clawback=12m/full: the months, then the mode
                int slash = value.indexOf('/');
                put(where, flat, OfferKey.CLAWBACK_MONTHS, slash < 0 ? value : value.substring(0, slash));
                if (slash >= 0) {
                    put(where, flat, OfferKey.CLAWBACK_MODE, value.substring(slash + 1));
                }
            } else {
                put(where, flat, key != null ? key : block.plain(), value);
            }
        }
        if (over != null) {
            years(where, flat, over);
        }
        OfferBuilder.Result built = OfferBuilder.build(flat, defaultCurrency, suggested, Syntax.SPEC, "--offer"); // "--…": from the command line, not a file
        if (built.offer() == null) {
            OfferReading.Problem p = built.problems().get(0);
            throw bad(where, Syntax.SPEC.name(p.key()) + ": " + p.message());
        }
        return built.offer();
    }

    /** `equity=$300K/4y`: the grant says over how many years it vests. */
    private record Over(String written, String years) {
    }

    /** Puts the grant of `equity=…`; returns what it says of its years (`/4y`), if anything. */
    private static Over equity(String where, FlatOffer flat, String value) {
        Matcher over = OVER_YEARS.matcher(value);
        Matcher perYear = PER_YEAR.matcher(value);
        if (over.matches()) {
            put(where, flat, OfferKey.EQUITY_GRANT, over.group(1));
            return new Over(value, over.group(2));
        }
        if (perYear.matches()) {
            put(where, flat, OfferKey.EQUITY_PER_YEAR, perYear.group(1));
        } else {
            put(where, flat, OfferKey.EQUITY_GRANT, value);
        }
        return null;
    }

    /** `equity=$300K/4y` and `years=` say one thing twice: they must agree, in whichever order they come. */
    private static void years(String where, FlatOffer flat, Over over) {
        FlatOffer.Val given = flat.get(OfferKey.EQUITY_YEARS);
        if (given == null) {
            put(where, flat, OfferKey.EQUITY_YEARS, over.years());
            return;
        }
        int years = Integer.parseInt(over.years());
        try {
            if (WholeNumber.within(given.text(), 1, VestingSchedule.MAX_YEARS) != years) {
                throw bad(where, "equity=" + over.written() + " vests over " + years + " years but years=" + given.text().strip()
                        + ": give the years once");
            }
        } catch (WholeNumber.Invalid e) {
            // years= itself is wrong: the builder says so, naming the key
        }
    }

    private static void put(String where, FlatOffer flat, OfferKey key, String value) {
        if (flat.fields.containsKey(key)) {
            throw bad(where, Syntax.SPEC.name(key) + " is given twice");
        }
        if (key.list && value.contains("/")) {
            flat.fields.put(key, new FlatOffer.Val(null, List.of(value.split("/")), 1, 1));
        } else {
            flat.fields.put(key, new FlatOffer.Val(value, null, 1, 1));
        }
    }

    /** How a message names the SPEC: `--offer 'A:base=…'`, or just the quoted SPEC for a bare argument. */
    private static String where(String label, String spec) {
        return (label.isEmpty() ? "" : label + " ") + "'" + spec + "'";
    }

    private static InputException bad(String where, String message) {
        return InputException.usage(where + ": " + message);
    }
}
