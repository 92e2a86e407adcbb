package negotiate.render;

/**
 * Text from files made safe for a terminal: control characters (ESC, BEL, CR, LF, other C0 and C1
 * codes) and bidi overrides are shown as escapes (`\e`, `\u202e`) instead of acting on the terminal.
 */
public final class Visible {
    private Visible() {
    }

    /**
     * Stands for ESC in our own styling until the output is written: every real control character in
     * the text can then be made visible at once, and only our sequences become escapes again.
     */
    public static final char STYLE = '\uE01B';

    /**
     * A whole report for a terminal (table, Markdown, GitHub annotations): every control and bidi
     * character made visible except the line breaks that shape it; then our own styling turned into
     * escapes. The one layer every non-JSON, non-CSV output goes through.
     */
    public static String terminal(String text) {
        return escaped(text).replace(STYLE, '\u001b');
    }

    /**
     * The first half of {@link #terminal}: controls from files made visible, our styling still as its
     * sentinel. Idempotent, so a view may escape a part before laying it out to a width (an escape is
     * wider than what it shows) and the whole report be escaped again.
     */
    public static String escaped(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String tag = tag(text, i);
            String shown = tag != null ? tag : c == '\n' ? null : shown(c);
            if (shown != null && b == null) {
                b = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (b != null) {
                b.append(shown != null ? shown : String.valueOf(c));
            }
            i += tag != null ? 1 : 0;
        }
        return b == null ? text : b.toString();
    }

    /** The same for a CSV cell: CR and LF stay (the cell is quoted), every other control is shown. */
    static String cell(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String tag = tag(text, i);
            String shown = tag != null ? tag : c == '\n' || c == '\r' ? null : shown(c);
            b.append(shown != null ? shown : String.valueOf(c));
            i += tag != null ? 1 : 0;
        }
        return b.toString();
    }

    /** A writer (stderr) that shows control characters instead of obeying them; line breaks and tabs stay. */
    public static java.io.Writer writer(java.io.Writer out) {
        return new java.io.FilterWriter(out) {
            @Override
            public void write(int c) throws java.io.IOException {
                String shown = c == '\n' || c == '\t' ? null : shown((char) c);
                if (shown == null) {
                    out.write(c);
                } else {
                    out.write(shown);
                }
            }

            @Override
            public void write(char[] cbuf, int off, int len) throws java.io.IOException {
                for (int i = 0; i < len; i++) {
                    write(cbuf[off + i]);
                }
            }

            @Override
            public void write(String str, int off, int len) throws java.io.IOException {
                for (int i = 0; i < len; i++) {
                    write(str.charAt(off + i));
                }
            }
        };
    }

    public static String of(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String tag = tag(s, i);
            String shown = tag != null ? tag : shown(c);
            if (shown != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                b.append(shown != null ? shown : String.valueOf(c));
            }
            i += tag != null ? 1 : 0;
        }
        return b == null ? s : b.toString();
    }

    /** A tag character (U+E0000–E007F, invisible, two chars) at `i`, as an escape; else null. */
    private static String tag(String s, int i) {
        if (s.charAt(i) == '\uDB40' && i + 1 < s.length() && s.charAt(i + 1) >= '\uDC00' && s.charAt(i + 1) <= '\uDC7F') {
            return String.format(java.util.Locale.ROOT, "\\U%08x", s.codePointAt(i));
        }
        return null;
    }

    private static String shown(char c) {
        if (c == 0x1b) {
            return "\\e";
        }
        if (c == '\n') {
            return "\\n";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c == '\t') {
            return "\\t";
        }
        // controls, line and paragraph separators, bidi marks and overrides, and characters that show
        // nothing (zero-width space, word joiner, BOM, soft hyphen, Hangul and Mongolian fillers):
        // "Pl\u200bain" must not pass for "Plain". The joiners U+200C and U+200D stay: Persian,
        // Indic scripts and emoji sequences need them.
        if (c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x200b || c == 0x200e || c == 0x200f || c >= 0x2060 && c <= 0x2064 || c == 0xfeff || c == 0xad
                || c == 0x2028 || c == 0x2029 || c == 0x061c || c == 0x180e || c == 0x3164 || c == 0x115f || c == 0x1160
                || c == 0xffa0) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
