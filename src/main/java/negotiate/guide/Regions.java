package negotiate.guide;

import java.util.Locale;
import java.util.Map;

/** Region names as users write them: `NYC` is New York, `SF` and `Bay Area` San Francisco. */
public final class Regions {
    private Regions() {
    }

    private static final Map<String, String> ALIASES = Map.of(
            "nyc", "new york", "new york city", "new york", "ny", "new york",
            "sf", "san francisco", "bay area", "san francisco", "sf bay area", "san francisco",
            "san francisco bay area", "san francisco");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The key two region names share when they mean the same place. */
    public static String key(String name) {
        String k = SPACES.matcher(name.replace("*", "").strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return ALIASES.getOrDefault(k, k);
    }

    /** Every alias spelling (lower case) with the region it stands for: `nyc` → `new york`. */
    public static Map<String, String> aliases() {
        return ALIASES;
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
