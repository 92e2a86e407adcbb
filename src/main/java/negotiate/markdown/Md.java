package negotiate.markdown;

/**
 * Text from files made inert in Markdown output: what a reader showed as literal text (a code span
 * holding `<img onerror=…>` or `[pay](javascript:…)`) must not come back as live markup. Escapes what
 * opens HTML, autolinks and code spans (`<`, backtick, backslash) and what turns brackets into a link
 * (`](`), and nothing else, so that prose stays readable and `[placeholders]` stay fillable.
 */
public final class Md {
    private Md() {
    }

    public static String text(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean escape = c == '\\' || c == '`' || c == '<' || c == ']' && i + 1 < s.length() && s.charAt(i + 1) == '(';
            if (escape && b == null) {
                b = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (b != null) {
                if (escape) {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }
}
