package negotiate.money;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import negotiate.input.Diagnostic;
import negotiate.input.InputException;
import negotiate.input.TextFile;
import negotiate.input.YamlTree;

/** Reads rates: `--rate EUR/USD=1.10`, a rates YAML file, or the `rates:` block of an offer file. */
public final class RatesFile {
    private RatesFile() {
    }

    /** Parses `EUR/USD=1.10` (1 EUR = 1.10 USD); a malformed pair is a usage error. */
    public static Rate parseOption(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            throw InputException.usage("--rate " + spec + ": write it as FROM/TO=RATE, e.g. --rate EUR/USD=1.10");
        }
        Currency[] pair = pair(spec.substring(0, eq).strip());
        if (pair == null) {
            throw InputException.usage("--rate " + spec + ": '" + spec.substring(0, eq) + "' is not a currency pair like EUR/USD");
        }
        BigDecimal r = number(spec.substring(eq + 1).strip());
        if (r == null) {
            throw InputException.usage("--rate " + spec + ": " + (spec.substring(eq + 1).strip().matches("\\d{13,}(\\.\\d*)?")
                    ? "a rate has at most 12 digits before the point" : "the rate must be a positive number, e.g. 1.10"));
        }
        return new Rate(pair[0], pair[1], r, null, "--rate");
    }

    public static List<Rate> readFile(Path path, String shown) {
        String text;
        try {
            text = TextFile.read(path, shown);
        } catch (TextFile.ReadFailure e) {
            throw InputException.data(e.plain());
        }
        return parse(text, shown);
    }

    /** A rates file's text (from a file or standard input), named `shown` in messages. */
    public static List<Rate> parse(String text, String shown) {
        YamlTree.Node root;
        try {
            root = YamlTree.parseYaml(text);
        } catch (YamlTree.ParseError e) {
            throw InputException.data(Diagnostic.error(shown, e.line(), e.column(), "yaml", e.getMessage()));
        }
        if (!(root instanceof YamlTree.MapNode m)) {
            throw InputException.data(Diagnostic.error(shown, 1, 1, "yaml", "a rates file is as_of:, source: and rates: {EUR/USD: 1.10}"));
        }
        return fromBlock(m, shown, "file " + shown);
    }

    /** The keys a rates file (or an offer file's `rates:` block) may have. */
    private static final List<String> KEYS = List.of("as_of", "source", "rates");

    /** Reads a mapping with `as_of`, `source` and `rates`; `defaultSource` names where it came from. */
    public static List<Rate> fromBlock(YamlTree.MapNode m, String file, String defaultSource) {
        for (YamlTree.Field f : m.fields().values()) {
            if (!KEYS.contains(f.key())) {
                throw InputException.data(Diagnostic.error(file, f.line(), f.column(), "yaml",
                        negotiate.input.DidYouMean.unknownKey(f.key(), KEYS)));
            }
        }
        String asOf = text(m, "as_of", file);
        if (asOf != null) {
            try {
                java.time.LocalDate.parse(asOf.strip());
            } catch (java.time.format.DateTimeParseException e) {
                YamlTree.Field af = m.get("as_of");
                throw InputException.data(Diagnostic.error(file, af.value().line(), af.value().column(), "yaml", "as_of: '" + asOf.strip()
                        + "' is " + (asOf.strip().matches("\\d{4}-\\d{2}-\\d{2}") ? "no such day" : "not a date")
                        + ": write the day the rates are from as YYYY-MM-DD"));
            }
        }
        String source = text(m, "source", file);
        YamlTree.Field rf = m.get("rates");
        if (rf == null) {
            throw InputException.data(Diagnostic.error(file, m.line(), m.column(), "yaml", "no rates: block: add rates: {EUR/USD: 1.10}"));
        }
        return pairs(rf, file, asOf, source == null ? defaultSource : defaultSource + " (" + source + ")");
    }

    /** Reads `{EUR/USD: 1.10, …}`. */
    public static List<Rate> pairs(YamlTree.Field rf, String file, String asOf, String source) {
        if (!(rf.value() instanceof YamlTree.MapNode rates)) {
            throw InputException.data(Diagnostic.error(file, rf.line(), rf.column(), "yaml", "rates: must map pairs to numbers, e.g. EUR/USD: 1.10"));
        }
        List<Rate> out = new ArrayList<>();
        for (YamlTree.Field f : rates.fields().values()) {
            Currency[] p = pair(f.key());
            if (p == null) {
                throw InputException.data(Diagnostic.error(file, f.line(), f.column(), "currency",
                        "'" + f.key() + "' is not a currency pair: write FROM/TO with ISO codes, e.g. EUR/USD"));
            }
            BigDecimal r = f.value() instanceof YamlTree.Scalar s ? number(s.text()) : null;
            if (r == null) {
                throw InputException.data(Diagnostic.error(file, f.value().line(), f.value().column(), "amount",
                        "rate for " + f.key() + " must be a positive number, e.g. 1.10"));
            }
            // a pair given again, or its inverse, must say the same: else which one a figure used would depend on order
            for (Rate before : out) {
                boolean same = before.from().equals(p[0]) && before.to().equals(p[1]);
                boolean inverse = before.from().equals(p[1]) && before.to().equals(p[0]);
                if (same && before.rate().compareTo(r) != 0 || inverse && !RateConflicts.inverses(before.rate(), r)) {
                    throw InputException.data(Diagnostic.error(file, f.line(), f.column(), "currency", f.key() + ": " + r.toPlainString()
                            + " contradicts " + before.pair() + ": " + before.rate().toPlainString() + (inverse ? " (its inverse is "
                            + BigDecimal.ONE.divide(before.rate(), 6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                            + ")" : "") + ": keep one of them"));
                }
            }
            out.add(new Rate(p[0], p[1], r, asOf, source));
        }
        return out;
    }

    private static String text(YamlTree.MapNode m, String key, String file) {
        YamlTree.Field f = m.get(key);
        if (f != null && !(f.value() instanceof YamlTree.Scalar)) {
            // a list or a map where text belongs would be dropped without a word
            throw InputException.data(Diagnostic.error(file, f.line(), f.column(), "yaml",
                    key + ": write it as text, e.g. " + key + ": " + (key.equals("as_of") ? "2026-11-01" : "ECB reference rates")));
        }
        return f != null && f.value() instanceof YamlTree.Scalar s && !s.isNull() ? negotiate.input.OneLine.of(s.text()) : null;
    }

    static Currency[] pair(String s) {
        String[] parts = s.strip().toUpperCase(Locale.ROOT).split("/");
        if (parts.length != 2) {
            return null;
        }
        Currency a = Currencies.iso(parts[0].strip());
        Currency b = Currencies.iso(parts[1].strip());
        return a == null || b == null || a.equals(b) ? null : new Currency[] {a, b};
    }

    static BigDecimal number(String s) {
        if (s == null || !s.strip().matches("\\d{1,12}(\\.\\d{1,12})?")) {
            return null;
        }
        BigDecimal v = new BigDecimal(s.strip());
        return v.signum() > 0 ? v : null;
    }
}
