package negotiate.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money literals as people write them: `$210K`, `EUR183K`, `120,000 CHF`, `€98K–€132K`,
 * `$74-105K`, `$8-12B`, `500K+`, and percents such as `10–15%`.
 */
public final class MoneyParser {
    private MoneyParser() {
    }

    /** Above this an amount is surely a typo (10^12). */
    public static final BigDecimal MAX = new BigDecimal("1000000000000");

    /** One end of a literal: value with its multiplier applied when `multiplier` is set. */
    /** `grouped`: the number was written with thousands separators (`180,000`): complete, never multiplied. */
    public record Amount(BigDecimal number, BigDecimal multiplier, Currency currency, boolean atLeast, boolean grouped) {
        public BigDecimal value() {
            return multiplier == null ? number : number.multiply(multiplier);
        }
    }

    /** A low–high range in one currency (null when the literal named none). */
    public record AmountRange(BigDecimal low, BigDecimal high, Currency currency, boolean atLeast) {
    }

    /** A percent range; `10%` is the range 10–10. */
    public record PercentRange(BigDecimal low, BigDecimal high) {
    }

    /** A number with its separators: digits, then digits after `,` `.` a space or an apostrophe. */
    private static final Pattern NUMBER = Pattern.compile("^\\d(?:[\\d,.'’ ]*\\d)?");
    /** What joins the two ends of a range: `–`, `—`, `--`, `-` or `to`. The one definition. */
    public static final String RANGE_SEPARATOR = "(?:–|—|--|-|to)";
    private static final Pattern RANGE_SEP = Pattern.compile("\\s*(?:–|—|--|-|\\s+to\\s+)\\s*");
    /** Footnote marks glued to a figure (`£125K*`, `$210K¹`, `15%†`): not part of the amount. */
    private static final String MARKS = "*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰";

    /** Reads one amount (not a range). The currency is null when the literal names none. */
    public static Amount parseAmount(String text) throws AmountException {
        String s = normaliseSpaces(text);
        String original = s;
        if (s.isEmpty()) {
            throw new AmountException("amount", "empty amount: write a number such as $120K or 120,000 EUR");
        }
        if (s.startsWith("-") || s.startsWith("−")) {
            throw new AmountException("amount", "'" + original + "' is negative: amounts must be zero or more");
        }
        Currency prefix = null;
        for (Map.Entry<String, String> e : Currencies.SYMBOLS) {
            if (s.startsWith(e.getKey())) {
                prefix = Currency.getInstance(e.getValue());
                s = s.substring(e.getKey().length()).strip();
                break;
            }
        }
        if (prefix == null && Character.isLetter(s.charAt(0))) {
            int n = 0;
            while (n < s.length() && Character.isLetter(s.charAt(n))) {
                n++;
            }
            String code = s.substring(0, n);
            if (n == 3 && code.equals(code.toUpperCase(Locale.ROOT))) {
                prefix = Currencies.iso(code);
                if (prefix == null && !s.matches("(?s).*\\d.*")) {
                    // TBD, TBA, N/A-like words: no figure at all rather than a strange currency
                    throw new AmountException("amount", "'" + original + "' is not an amount: write a figure such as $120K,"
                            + " or — for none");
                }
                if (prefix == null) {
                    throw new AmountException("currency", Currencies.unknown(code, original));
                }
                s = s.substring(3).strip();
            } else {
                throw new AmountException("amount", "'" + original + "' is not an amount: expected a number such as $120K or 120,000 EUR");
            }
        }
        if (s.startsWith("-") || s.startsWith("−")) {
            throw new AmountException("amount", "'" + original + "' is negative: amounts must be zero or more");
        }
        Matcher m = NUMBER.matcher(s);
        if (!m.find()) {
            throw new AmountException("amount", "'" + original + "' is not an amount: expected a number such as $120K or 120,000 EUR");
        }
        String rest = s.substring(m.end()).strip();
        BigDecimal multiplier = null;
        Currency suffix = null;
        if (!rest.isEmpty() && isIsoAhead(rest)) {
            suffix = suffixCurrency(rest.substring(0, 3), original);
            rest = rest.substring(3).strip();
        } else if (!rest.isEmpty()) {
            int n = 0;
            while (n < rest.length() && Character.isLetter(rest.charAt(n))) {
                n++;
            }
            multiplier = n == 0 ? null : multiplierOf(rest.substring(0, n));
            if (multiplier != null) {
                rest = rest.substring(n).strip();
            }
        }
        BigDecimal number = number(m.group(), multiplier != null, original);
        if (suffix == null && !rest.isEmpty()) {
            for (Map.Entry<String, String> e : Currencies.SYMBOLS) {
                if (rest.startsWith(e.getKey())) {
                    suffix = Currency.getInstance(e.getValue());
                    rest = rest.substring(e.getKey().length()).strip();
                    break;
                }
            }
            if (suffix == null && isIsoAhead(rest)) {
                suffix = suffixCurrency(rest.substring(0, 3), original);
                rest = rest.substring(3).strip();
            } else if (suffix == null && rest.length() >= 3 && Character.isUpperCase(rest.charAt(0))
                    && rest.chars().limit(3).allMatch(Character::isUpperCase)
                    && (rest.length() == 3 || !Character.isLetter(rest.charAt(3)))) {
                throw new AmountException("currency", Currencies.unknown(rest.substring(0, 3), original));
            }
        }
        boolean atLeast = false;
        if (rest.equals("+")) {
            atLeast = true;
            rest = "";
        }
        if (!rest.isEmpty()) {
            throw new AmountException("amount", "'" + original + "' is not an amount: unexpected '" + rest
                    + "' (write e.g. $120K, 120,000 EUR or 1.2M)");
        }
        if (prefix != null && suffix != null && !prefix.equals(suffix)) {
            throw new AmountException("currency", "'" + original + "' names two currencies");
        }
        Amount a = new Amount(number, multiplier, prefix != null ? prefix : suffix, atLeast, grouped(m.group()));
        if (a.value().compareTo(MAX) > 0) {
            throw new AmountException("amount", "'" + original + "' is above 10^12: check the number of zeros");
        }
        return a;
    }

    private static boolean isIsoAhead(String rest) {
        return rest.length() >= 3 && (rest.length() == 3 || !Character.isLetter(rest.charAt(3)))
                && Currencies.iso(rest.substring(0, 3)) != null;
    }

    private static Currency suffixCurrency(String code, String original) throws AmountException {
        Currency c = Currencies.iso(code);
        if (c == null) {
            throw new AmountException("currency", Currencies.unknown(code, original));
        }
        return c;
    }

    /** A multiplier word (any case): K, M/mn, B/bn, T, L/lakh (10^5), Cr/crore (10^7); null when not one. */
    private static BigDecimal multiplierOf(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "k" -> new BigDecimal("1000");
            case "m", "mn" -> new BigDecimal("1000000");
            case "b", "bn" -> new BigDecimal("1000000000");
            case "t" -> new BigDecimal("1000000000000");
            case "l", "lakh", "lakhs", "lac" -> new BigDecimal("100000");
            case "cr", "crore", "crores" -> new BigDecimal("10000000");
            default -> null;
        };
    }

    /**
     * The number of a literal, its grouping read only where it is unambiguous: `,` thousands (or
     * Indian lakh grouping), any space or the Swiss apostrophe, `.` thousands when there are several
     * (`1.234.567`), a decimal comma only beside `.` or space grouping (`1.234,56`, `1 234,56`).
     * Anything else (`120.000`, `10,00`) is an error that says how to write it.
     */
    static BigDecimal number(String token, boolean multiplied, String original) throws AmountException {
        String t = token;
        boolean spaced = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\'' || c == '’') {
                spaced = true;
                break;
            }
        }
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        String whole;
        String fraction = "";
        if (spaced) {
            int dec = Math.max(comma, dot);
            if (dec >= 0) {
                if (t.indexOf(',') != comma || t.indexOf('.') != dot || comma >= 0 && dot >= 0) {
                    throw ambiguous(original);
                }
                fraction = t.substring(dec + 1);
                t = t.substring(0, dec);
            }
            whole = grouped(t, "[ '’]", original);
        } else if (comma >= 0 && dot >= 0) {
            boolean commaDecimal = comma > dot;
            int dec = Math.max(comma, dot);
            fraction = t.substring(dec + 1);
            String head = t.substring(0, dec);
            if (head.indexOf(commaDecimal ? ',' : '.') >= 0) {
                throw ambiguous(original);
            }
            whole = commaDecimal ? grouped(head, "\\.", original) : commas(head, original);
        } else if (comma >= 0) {
            whole = commas(t, original);
        } else if (dot >= 0 && t.indexOf('.') != dot) {
            whole = grouped(t, "\\.", original);
        } else if (dot >= 0) {
            fraction = t.substring(dot + 1);
            whole = t.substring(0, dot);
            // €120.000: 120 or 120,000? A multiplier settles it ($1.275M), and so does what stands before
            // the dot: a zero ($0.001 is no thousand) or more than three digits (1234.567 groups nothing)
            if (fraction.length() == 3 && !multiplied && whole.matches("\\d{1,3}") && !whole.matches("0+")) {
                throw new AmountException("amount", "'" + original + "' could be " + whole + "," + fraction + " or " + whole + "."
                        + fraction + ": write " + whole + fraction + " for thousands or " + whole + "." + fraction + "0 for decimals");
            }
        } else {
            whole = t;
        }
        if (whole.isEmpty() || !fraction.chars().allMatch(Character::isDigit)) {
            throw ambiguous(original);
        }
        return new BigDecimal(fraction.isEmpty() ? whole : whole + "." + fraction);
    }

    private static String commas(String t, String original) throws AmountException {
        if (t.matches("\\d{1,3}(,\\d{3})+") || t.matches("\\d{1,2}(,\\d{2})*,\\d{3}")) {
            return t.replace(",", "");
        }
        throw ambiguous(original);
    }

    private static String grouped(String t, String sep, String original) throws AmountException {
        String[] groups = t.split(sep, -1);
        if (groups.length > 1 && groups[0].matches("\\d{1,3}")) {
            StringBuilder b = new StringBuilder(groups[0]);
            boolean ok = true;
            for (int i = 1; i < groups.length && ok; i++) {
                ok = groups[i].matches("\\d{3}");
                b.append(groups[i]);
            }
            if (ok) {
                return b.toString();
            }
        }
        throw ambiguous(original);
    }

    /** Whether a number token has thousands grouping (`,`, a space, an apostrophe, or several dots). */
    private static boolean grouped(String token) {
        int dots = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == ',' || c == ' ' || c == '\'' || c == '’') {
                return true;
            }
            if (c == '.') {
                dots++;
            }
        }
        return dots > 1;
    }

    private static AmountException ambiguous(String original) {
        return new AmountException("amount", "'" + original + "' has ambiguous or misplaced separators: write thousands"
                + " with commas and decimals with a dot (120,000 or 120000; 1.5M; 1,234.56)");
    }

    /**
     * An amount as prose writes it, with a currency before or after: `$4.5B`, `€148K`, `USD 120,000`,
     * `120,000 EUR`. Used to find amounts inside sentences and table cells.
     */
    public static final String PROSE_AMOUNT =
            "(?:" + Currencies.SYMBOL_PATTERN + "|\\b[A-Z]{3}\\s?)\\d[\\d,]*(?:\\.\\d+)?\\s?[KMBkmb]?(?:\\s?[A-Z]{3}\\b)?";
    private static final Pattern PROSE = Pattern.compile(PROSE_AMOUNT);

    /** The first amount with a currency in a text (`$4.5B (Series D, Aug 2023), est. $7.75B` → $4.5B), or null. */
    public static Amount firstAmount(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PROSE.matcher(text);
        while (m.find()) {
            try {
                Amount a = parseAmount(m.group().strip());
                if (a.currency() != null) {
                    return a;
                }
            } catch (AmountException e) {
                // not an amount after all: look further
            }
        }
        return null;
    }

    /** Reads a single amount or a range; a currency or multiplier written on one end applies to both. */
    public static AmountRange parseRange(String text) throws AmountException {
        String s = normaliseSpaces(text);
        boolean atLeast = false;
        if (s.endsWith("+")) {
            atLeast = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        Matcher sep = RANGE_SEP.matcher(s);
        int at = -1;
        int end = -1;
        while (sep.find()) {
            if (sep.start() > 0) {
                at = sep.start();
                end = sep.end();
                break;
            }
        }
        if (at < 0) {
            Amount a = parseAmount(s);
            return new AmountRange(a.value(), a.value(), a.currency(), atLeast || a.atLeast());
        }
        Amount lo = parseAmount(s.substring(0, at));
        Amount hi = parseAmount(s.substring(end));
        if (lo.currency() != null && hi.currency() != null && !lo.currency().equals(hi.currency())) {
            throw new AmountException("currency", "'" + text.strip() + "' mixes two currencies ("
                    + lo.currency().getCurrencyCode() + " and " + hi.currency().getCurrencyCode()
                    + "): write both ends in one currency");
        }
        // a multiplier on one end applies to the other ($74-105K) unless that end is written in full
        // (`$180,000–$250K`); where carrying it or not would give two readings, say so
        BigDecimal loMul = lo.multiplier() != null ? lo.multiplier() : lo.grouped() ? null : hi.multiplier();
        BigDecimal hiMul = hi.multiplier() != null ? hi.multiplier() : hi.grouped() ? null : lo.multiplier();
        BigDecimal low = loMul == null ? lo.number() : lo.number().multiply(loMul);
        BigDecimal high = hiMul == null ? hi.number() : hi.number().multiply(hiMul);
        if (low.compareTo(high) > 0 && (loMul != lo.multiplier() || hiMul != hi.multiplier())
                && (lo.multiplier() == null ? lo.number() : lo.value()).compareTo(hi.multiplier() == null ? hi.number() : hi.value()) <= 0) {
            throw new AmountException("amount", "'" + text.strip() + "' can be read two ways (is the multiplier on one end"
                    + " meant for both?): write both ends in full or both with K/M, e.g. $180K–$250K");
        }
        Currency c = lo.currency() != null ? lo.currency() : hi.currency();
        if (low.compareTo(high) > 0) {
            throw new AmountException("range", "'" + text.strip() + "' has its low end above its high end: write low–high");
        }
        if (high.compareTo(MAX) > 0) {
            throw new AmountException("amount", "'" + text.strip() + "' is above 10^12: check the number of zeros");
        }
        return new AmountRange(low, high, c, atLeast || hi.atLeast());
    }

    /** Reads `10%`, `10–15%`, `+20--35%`, `10% to 15%`; the `%` is required. */
    public static PercentRange parsePercent(String text) throws AmountException {
        String s = normaliseSpaces(text);
        String original = s;
        if (s.startsWith("+")) {
            s = s.substring(1).strip();
        }
        if (!s.endsWith("%")) {
            throw new AmountException("amount", "'" + original + "' is not a percent: write it with %, e.g. 10% or 10–15%");
        }
        s = s.substring(0, s.length() - 1).strip();
        Matcher sep = RANGE_SEP.matcher(s);
        String[] ends;
        if (sep.find() && sep.start() > 0) {
            ends = new String[] {s.substring(0, sep.start()), s.substring(sep.end())};
        } else {
            ends = new String[] {s, s};
        }
        BigDecimal[] v = new BigDecimal[2];
        for (int i = 0; i < 2; i++) {
            String e = ends[i].strip();
            if (e.endsWith("%")) {
                e = e.substring(0, e.length() - 1).strip();
            }
            if (!e.matches("\\d+(\\.\\d+)?")) {
                throw new AmountException("amount", "'" + original + "' is not a percent: write e.g. 10% or 10–15%"
                        + (e.matches("\\d+,\\d+") ? " (decimals with a dot: " + e.replace(',', '.') + "%)" : ""));
            }
            v[i] = new BigDecimal(e);
        }
        if (v[0].compareTo(v[1]) > 0) {
            throw new AmountException("range", "'" + original + "' has its low end above its high end");
        }
        if (v[1].compareTo(new BigDecimal("1000")) > 0) {
            throw new AmountException("amount", "'" + original + "' is not a plausible percent");
        }
        return new PercentRange(v[0], v[1]);
    }

    /** No-break, narrow and thin spaces as plain ones; footnote marks at the end left out. */
    static String normaliseSpaces(String text) {
        String s = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').strip();
        int end = s.length();
        while (end > 0 && (MARKS.indexOf(s.charAt(end - 1)) >= 0 || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }
}
