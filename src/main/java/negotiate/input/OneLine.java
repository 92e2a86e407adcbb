package negotiate.input;

/**
 * A value that is one line by nature (a company's name, a region, a rates file's source) as one
 * line: a line break written into it (`"X\nBest: fake"` in YAML) becomes a space, so that it cannot
 * forge a line of a report in any format.
 */
public final class OneLine {
    private OneLine() {
    }

    public static String of(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029';
            if (lineBreak && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                if (!lineBreak) {
                    b.append(c);
                } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
