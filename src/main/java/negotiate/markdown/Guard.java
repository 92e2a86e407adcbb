package negotiate.markdown;

/**
 * Refuses, before flexmark sees it, Markdown that flexmark reads in quadratic time: lists or quotes
 * nested dozens deep on one line (`1. 1. 1. …`, `> - > - …`) and thousands of link openings in one
 * block (`[a](` with no closing parenthesis). Measured on flexmark 0.64.8: 4,000 of either take
 * 0.5–3 s and 40,000 take minutes, against ~0.5 ms for a normal guide. Real guides nest a few levels
 * and hold a few dozen links, so the limits are far above them. Thousands of entities, tags or code
 * spans in one long paragraph are quadratic too (see MAX_INLINE_COST).
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

    /**
     * Entities, inline HTML, autolinks and code spans (`&`, `<`, backtick) times the length of the
     * paragraph they are in: flexmark copies the rest of the paragraph for each one it tries
     * (`Matcher.toMatchResult`), so 10,000 `&amp;` in one 50 KB paragraph take 1 s and 40,000 a
     * minute. 10^8 is about 0.2 s; a real paragraph of 2 KB with 20 of them is 4 × 10^4.
     */
    static final long MAX_INLINE_COST = 100_000_000L;

    /** Why a body is refused, at its line (1-based, in the body). */
    record Refusal(int line, String message) {
    }

    /** Why the body cannot be read in reasonable time, or null. */
    static Refusal check(String body) {
        int line = 1;
        int links = 0;
        long specials = 0;
        long chars = 0;
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
                specials = 0;
                chars = 0;
                blockLine = line + 1;
            } else {
                int depth = nesting(body, i, end);
                int here = 0;
                boolean row = false; // a table's cells are read one by one: each row stands alone
                for (int k = i; k < end; k++) {
                    char c = body.charAt(k);
                    if (c == '&' || c == '<' || c == '`') {
                        here++;
                    } else if (c == '|') {
                        row = true;
                    }
                }
                if (depth > 0 && startsItem(body, i, end) || row) {
                    links = 0;
                    specials = 0;
                    chars = 0;
                    blockLine = line;
                }
                chars += end - i + 1;
                specials += here;
                if (specials * chars > MAX_INLINE_COST) {
                    return new Refusal(blockLine, "the paragraph starting here holds " + specials + " entities, tags or code"
                            + " spans in " + chars + " characters: a Markdown reader needs too long for it; split it with blank lines");
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
