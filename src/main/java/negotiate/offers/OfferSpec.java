package negotiate.offers;

import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import negotiate.comp.Offer;
import negotiate.input.DidYouMean;
import negotiate.input.InputException;

/**
 * Reads an inline offer: `NAME:key=value,key=value`, e.g. `'HF:base=$255K,equity=$478K/4y,type=private'`.
 * Keys are the file's, flattened: `equity=X/yr` is per_year, `equity=X/4y` (or plain) a grant.
 */
public final class OfferSpec {
    private OfferSpec() {
    }

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("base", "base"), Map.entry("bonus", "bonus"), Map.entry("signing", "signing"),
            Map.entry("raise", "raise"), Map.entry("currency", "currency"), Map.entry("company", "company"),
            Map.entry("guide", "guide"), Map.entry("region", "region"), Map.entry("type", "equity.type"),
            Map.entry("risk", "equity.risk"), Map.entry("vesting", "equity.vesting"),
            Map.entry("first_year", "equity.first_year"), Map.entry("years", "equity.years"),
            Map.entry("shares", "equity.shares"), Map.entry("strike", "equity.strike"),
            Map.entry("price", "equity.price"), Map.entry("from_year", "refresh.from_year"),
            Map.entry("refresh_years", "refresh.years"), Map.entry("equity", "equity"), Map.entry("refresh", "refresh"));

    /** True when an argument looks like a SPEC rather than an offer name. */
    public static boolean looks(String arg) {
        int c = arg.indexOf(':');
        return c > 0 && arg.indexOf('=', c) > c;
    }

    public static Offer parse(String spec, Currency defaultCurrency) {
        String s = spec.strip();
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw bad(spec, "write it as NAME:key=value,key=value, e.g. 'Acme:base=$150K,bonus=10%,equity=$200K/4y'");
        }
        FlatOffer flat = new FlatOffer(s.substring(0, colon).strip(), 1);
        String rest = s.substring(colon + 1).strip();
        if (rest.isEmpty()) {
            throw bad(spec, "no keys after the name: add base=… at least");
        }
        for (String part : rest.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw bad(spec, "'" + part.strip() + "' is not key=value (no thousands separators inside a SPEC: write 150000 or 150K)");
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            String flatKey = KEYS.get(key);
            if (flatKey == null) {
                throw bad(spec, DidYouMean.unknownKey(key, KEYS.keySet().stream().sorted().toList()));
            }
            if (value.isEmpty()) {
                throw bad(spec, key + " has no value");
            }
            if (flatKey.equals("equity")) {
                equity(spec, flat, value);
                continue;
            }
            if (flatKey.equals("refresh")) {
                String v = value.replaceAll("(?i)\\s*/\\s*(yr|year|y)$", "");
                put(spec, flat, "refresh.grant", v);
                continue;
            }
            put(spec, flat, flatKey, value);
        }
        return OfferBuilder.build(flat, defaultCurrency, "--offer", (where, key, message) ->
                bad(spec, key + ": " + message));
    }

    private static void equity(String spec, FlatOffer flat, String value) {
        String v = value.strip();
        java.util.regex.Matcher perYear = java.util.regex.Pattern.compile("(?i)^(.*?)\\s*/\\s*(yr|year|y)$").matcher(v);
        java.util.regex.Matcher grant = java.util.regex.Pattern.compile("(?i)^(.*?)\\s*/\\s*(\\d{1,2})\\s*(y|yr|yrs|years?)$").matcher(v);
        if (grant.matches()) {
            put(spec, flat, "equity.grant", grant.group(1));
            if (!flat.fields.containsKey("equity.years")) {
                put(spec, flat, "equity.years", grant.group(2));
            }
        } else if (perYear.matches()) {
            put(spec, flat, "equity.per_year", perYear.group(1));
        } else {
            put(spec, flat, "equity.grant", v);
        }
    }

    private static void put(String spec, FlatOffer flat, String key, String value) {
        if (flat.fields.containsKey(key)) {
            throw bad(spec, key.replace("equity.", "").replace("refresh.", "refresh ") + " is given twice");
        }
        if (key.equals("equity.vesting") || key.equals("signing") && value.contains("/")) {
            flat.fields.put(key, new FlatOffer.Val(null, List.of(value.split("/")), 1, 1));
        } else {
            flat.fields.put(key, new FlatOffer.Val(value, null, 1, 1));
        }
    }

    private static InputException bad(String spec, String message) {
        return InputException.usage("--offer '" + spec + "': " + message);
    }
}
