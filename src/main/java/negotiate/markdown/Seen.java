package negotiate.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as a reader sees it in a rendered guide (markup, escapes and entities resolved), with the
 * source offset of every character, so that a figure found in it is reported at its exact place.
 */
public record Seen(String text, int[] at) {

    /** Seen text of no characters, placed at `offset`. */
    public static Seen empty(int offset) {
        return new Seen("", new int[] {offset});
    }

    /** The source offset of character `i` (the end of the text for `i` = its length). */
    public int offset(int i) {
        return at[Math.max(0, Math.min(i, at.length - 1))];
    }

    public int length() {
        return text.length();
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    public Seen sub(int from, int to) {
        int[] a = new int[to - from + 1];
        System.arraycopy(at, from, a, 0, to - from);
        a[to - from] = to < at.length ? at[to] : at[at.length - 1];
        return new Seen(text.substring(from, to), a);
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

    /** Builds seen text character by character. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] at = new int[64];

        void append(char c, int offset) {
            if (text.length() + 1 >= at.length) {
                at = java.util.Arrays.copyOf(at, at.length * 2);
            }
            at[text.length()] = offset;
            text.append(c);
        }

        void append(CharSequence s, int offset) {
            for (int i = 0; i < s.length(); i++) {
                append(s.charAt(i), offset);
            }
        }

        int length() {
            return text.length();
        }

        Seen build(int end) {
            int[] a = java.util.Arrays.copyOf(at, text.length() + 1);
            a[text.length()] = end;
            return new Seen(text.toString(), a);
        }
    }
}
