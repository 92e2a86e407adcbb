package negotiate.render;

/**
 * Text from files made safe for a terminal: control characters (ESC, BEL, CR, LF, other C0 and C1
 * codes) and bidi overrides are shown as escapes (`\e`, `\u202e`) instead of acting on the terminal.
 */
public final class Visible {
    private Visible() {
    }

    public static String of(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String shown = shown(c);
            if (shown != null && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                b.append(shown != null ? shown : String.valueOf(c));
            }
        }
        return b == null ? s : b.toString();
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
        if (c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069
                || c == 0x200e || c == 0x200f) {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
