package negotiate.guide;

import java.text.Normalizer;
import java.util.Locale;

/** Ids from display names: `Weights & Biases` is `weights-and-biases`, `Zürich` is `zurich`, `Яндекс` is `яндекс`. */
public final class Slug {
    private Slug() {
    }

    /**
     * Accents are dropped (NFD, then combining marks removed), letters lower-cased, every run of other
     * characters becomes one `-`, and dashes at the ends are trimmed. Written as one pass rather than
     * regexes, and the Unicode normaliser (whose tables take milliseconds to load) is used only for
     * non-ASCII names: every query at start-up goes through here.
     */
    public static String of(String name) {
        String s = name.replace("&", " and ");
        if (!ascii(s)) {
            String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder(nfd.length());
            for (int i = 0; i < nfd.length(); ) {
                int cp = nfd.codePointAt(i);
                int type = Character.getType(cp);
                if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
                    kept.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
            s = kept.toString();
        }
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            // letters and digits of any script: Яндекс is яндекс, Ωmega ωmega, not "" or "mega"
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 && Character.isLetterOrDigit(c)) {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                dash = false;
                out.appendCodePoint(c);
            } else {
                dash = true;
            }
        }
        return out.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether `s` contains `word` (lower case, not empty), ignoring case, without a lower-cased copy of
     * `s`: a first-letter check before each comparison (queries use it over 10,000 guides, the parser
     * on every line).
     */
    public static boolean containsIgnoreCase(String s, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        for (int i = 0; i + word.length() <= s.length(); i++) {
            char c = s.charAt(i);
            if ((c == lower || c == upper || c > 127) && s.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
