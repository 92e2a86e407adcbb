package negotiate.markdown;

/**
 * Refuses, before flexmark sees it, Markdown that flexmark reads in quadratic time: lists or quotes
 * nested dozens deep on one line (`1. 1. 1. …`, `> - > - …`) and thousands of link openings in one
 * block (`[a](` with no closing parenthesis). Measured on flexmark 0.64.8: 4,000 of either take
 * 0.5–3 s and 40,000 take minutes, against ~0.5 ms for a normal guide. Real guides nest a few levels
 * and hold a few dozen links, so the limits are far above them.
 */
final class Guard {
    private Guard() {
    }

    /** Deeper than this on one line is not a guide. */
    static final int MAX_NESTING = 20;
    /**
     * More link openings `](` than this in one paragraph is not a guide (counted between blank lines
     * and list items, so a long list of sources, each with its link, is fine).
     */
    static final int MAX_LINKS = 300;

    /** Why a body is refused, at its line (1-based, in the body). */
    record Refusal(int line, String message) {
    }

    /** Why the body cannot be read in reasonable time, or null. */
    static Refusal check(String body) {
        int line = 1;
        int links = 0;
        int blockLine = 1;
        int i = 0;
        int n = body.length();
        while (i < n) {
            int end = body.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            if (isBlank(body, i, end)) {
                links = 0;
                blockLine = line + 1;
            } else {
                int depth = nesting(body, i, end);
                if (depth > 0 && startsItem(body, i, end)) {
                    links = 0;
                    blockLine = line;
                }
                if (depth > MAX_NESTING) {
                    return new Refusal(line, "this line nests " + depth + " lists or quotes: a Markdown reader needs"
                            + " too long for it; nest at most " + MAX_NESTING);
                }
                for (int k = body.indexOf("](", i); k >= 0 && k < end; k = body.indexOf("](", k + 2)) {
                    if (++links > MAX_LINKS) {
                        return new Refusal(blockLine, "the paragraph starting here opens more than " + MAX_LINKS
                                + " links: a Markdown reader needs too long for it; split it with blank lines");
                    }
                }
            }
            i = end + 1;
            line++;
        }
        return null;
    }

    /** Whether the line opens a list item (a new paragraph, unlike a quote's continuation line). */
    private static boolean startsItem(String s, int from, int to) {
        int k = from;
        while (k < to && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return k < to && s.charAt(k) != '>';
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** How many block quote and list markers open the line (`> 1. - …`). */
    private static int nesting(String s, int from, int to) {
        int depth = 0;
        int k = from;
        while (k < to) {
            while (k < to && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                k++;
            }
            if (k >= to) {
                break;
            }
            char c = s.charAt(k);
            if (c == '>') {
                k++;
            } else if ((c == '-' || c == '+' || c == '*') && k + 1 < to && s.charAt(k + 1) == ' ') {
                k += 2;
            } else if (Character.isDigit(c)) {
                int d = k;
                while (d < to && d - k < 9 && Character.isDigit(s.charAt(d))) {
                    d++;
                }
                if (d < to && (s.charAt(d) == '.' || s.charAt(d) == ')') && (d + 1 >= to || s.charAt(d + 1) == ' ')) {
                    k = d + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
            depth++;
        }
        return depth;
    }
}
