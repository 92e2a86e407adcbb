package negotiate.money;

import java.util.Currency;
import java.util.List;
import java.util.Map;

/** The currency symbols a money literal may use, longest first so that `US$` wins over `$`. */
public final class Currencies {
    private Currencies() {
    }

    /** Symbol → ISO code, in match order. */
    public static final List<Map.Entry<String, String>> SYMBOLS = List.of(
            Map.entry("US$", "USD"), Map.entry("CA$", "CAD"), Map.entry("HK$", "HKD"), Map.entry("NZ$", "NZD"),
            Map.entry("MX$", "MXN"), Map.entry("C$", "CAD"), Map.entry("A$", "AUD"), Map.entry("S$", "SGD"),
            Map.entry("R$", "BRL"), Map.entry("$", "USD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"),
            Map.entry("¥", "JPY"), Map.entry("₹", "INR"));

    /** A regular expression matching any currency symbol above (longest first). */
    public static final String SYMBOL_PATTERN = symbolPattern();

    private static String symbolPattern() {
        StringBuilder b = new StringBuilder("(?:");
        for (int i = 0; i < SYMBOLS.size(); i++) {
            b.append(i == 0 ? "" : "|").append(java.util.regex.Pattern.quote(SYMBOLS.get(i).getKey()));
        }
        return b.append(')').toString();
    }

    /** An ISO 4217 currency, or null when the code is not one. */
    public static Currency iso(String code) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A currency field as users type it (` eur `): the ISO currency, or null when it names none. */
    public static Currency named(String text) {
        return text == null ? null : iso(text.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The one wording for a currency that is not one: inside an amount (`literal`, where a symbol is
     * also allowed) or alone in a currency field (`literal` null, where only a code is).
     */
    public static String unknown(String code, String literal) {
        return "unknown currency '" + code + "'" + (literal == null ? "" : " in '" + literal + "'")
                + ": use an ISO 4217 code such as USD, EUR, GBP, CHF" + (literal == null ? "" : " or a symbol $ € £");
    }

    /** The symbol used when printing (`$`, `€`, `£`), else the ISO code followed by a space. */
    public static String prefix(Currency c) {
        return switch (c.getCurrencyCode()) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "JPY" -> "¥";
            case "INR" -> "₹";
            case "CAD" -> "CA$";
            case "AUD" -> "A$";
            case "SGD" -> "S$";
            case "HKD" -> "HK$";
            case "NZD" -> "NZ$";
            case "BRL" -> "R$";
            case "MXN" -> "MX$";
            default -> c.getCurrencyCode() + " ";
        };
    }
}
