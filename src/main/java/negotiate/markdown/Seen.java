package negotiate.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as a reader sees it in a rendered guide (markup, escapes and entities resolved), with the
 * source offset of every character, so that a figure found in it is reported at its exact place.
 * Offsets are kept as runs (a run of characters copied from consecutive source offsets is one entry):
 * most text is copied straight from the source, and a guide body is read at every cold start.
 */
public final class Seen {
    private final String text;
    /** Where each run starts in `text`, ascending; runStart[0] = 0. */
    private final int[] runStart;
    /** The source offset of each run's first character. */
    private final int[] runSource;
    /** The source offset just past the text (for an empty text, where it stands). */
    private final int end;

    private Seen(String text, int[] runStart, int[] runSource, int end) {
        this.text = text;
        this.runStart = runStart;
        this.runSource = runSource;
        this.end = end;
    }

    /** Seen text of no characters, placed at `offset`. */
    public static Seen empty(int offset) {
        return new Seen("", new int[0], new int[0], offset);
    }

    public String text() {
        return text;
    }

    /** The source offset of character `i` (the end of the text for `i` = its length). */
    public int offset(int i) {
        if (i >= text.length()) {
            return end;
        }
        int k = run(Math.max(0, i));
        return runSource[k] + (Math.max(0, i) - runStart[k]);
    }

    private int run(int i) {
        int lo = 0;
        int hi = runStart.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runStart[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public Seen sub(int from, int to) {
        if (from == 0 && to == text.length()) {
            return this;
        }
        if (from == to) {
            return empty(offset(from));
        }
        int first = run(from);
        int last = run(to - 1);
        int n = last - first + 1;
        int[] starts = new int[n];
        int[] sources = new int[n];
        for (int k = 0; k < n; k++) {
            int rs = runStart[first + k];
            int skip = Math.max(0, from - rs);
            starts[k] = rs + skip - from;
            sources[k] = runSource[first + k] + skip;
        }
        return new Seen(text.substring(from, to), starts, sources, to < text.length() ? offset(to) : end);
    }

    public Seen sub(int from) {
        return sub(from, text.length());
    }

    /** Without surrounding white space (no-break and thin spaces included). */
    public Seen strip() {
        int s = 0;
        int e = text.length();
        while (s < e && blank(text.charAt(s))) {
            s++;
        }
        while (e > s && blank(text.charAt(e - 1))) {
            e--;
        }
        return s == 0 && e == text.length() ? this : sub(s, e);
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f' || c == '\u2009';
    }

    /** The lines of a paragraph (split at its line breaks). */
    public List<Seen> lines() {
        List<Seen> out = new ArrayList<>();
        int from = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', from)) {
            out.add(sub(from, i));
            from = i + 1;
        }
        out.add(sub(from));
        return out;
    }

    /** The text with its lines joined by single spaces. */
    public String oneLine() {
        return text.replace('\n', ' ');
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seen s && s.text.equals(text) && s.end == end && java.util.Arrays.equals(s.runStart, runStart)
                && java.util.Arrays.equals(s.runSource, runSource);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** Builds seen text run by run. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[8];
        private int[] sources = new int[8];
        private int runs;

        /** One character from source offset `offset`. */
        void append(char c, int offset) {
            mark(offset);
            text.append(c);
        }

        /** Characters all standing for one source place (a decoded entity). */
        void append(CharSequence s, int offset) {
            for (int i = 0; i < s.length(); i++) {
                // each is its own run: they share one source offset
                if (runs == starts.length) {
                    grow();
                }
                starts[runs] = text.length();
                sources[runs++] = offset;
                text.append(s.charAt(i));
            }
        }

        /** `src[from, to)` copied, its first character at source offset `offset` and the rest following. */
        void copy(String src, int from, int to, int offset) {
            if (from >= to) {
                return;
            }
            mark(offset);
            text.append(src, from, to);
        }

        /** Starts a run unless the character at `offset` continues the current one. */
        private void mark(int offset) {
            if (runs > 0 && sources[runs - 1] + (text.length() - starts[runs - 1]) == offset) {
                return;
            }
            if (runs == starts.length) {
                grow();
            }
            starts[runs] = text.length();
            sources[runs++] = offset;
        }

        private void grow() {
            starts = java.util.Arrays.copyOf(starts, runs * 2);
            sources = java.util.Arrays.copyOf(sources, runs * 2);
        }

        int length() {
            return text.length();
        }

        Seen build(int end) {
            return new Seen(text.toString(), java.util.Arrays.copyOf(starts, runs), java.util.Arrays.copyOf(sources, runs), end);
        }
    }
}
