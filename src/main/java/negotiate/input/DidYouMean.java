package negotiate.input;

import java.util.Collection;

/** Suggests the known name closest to a misspelt one (`equty` → `equity`, `compre` → `compare`). */
public final class DidYouMean {
    private DidYouMean() {
    }

    public static String suggest(String key, Collection<String> known) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), k);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best != null && bestD <= Math.max(2, key.length() / 3) ? best : null;
    }

    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    public static String unknownKey(String key, Collection<String> known) {
        String s = suggest(key, known);
        return "unknown key '" + key + "'" + (s != null ? ": did you mean '" + s + "'?" : ": known keys are " + String.join(", ", known));
    }
}
