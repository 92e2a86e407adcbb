package negotiate.markdown;

/**
 * Recognises a GFM table's header and delimiter rows inside a paragraph flexmark did not split, so
 * that the table can be handed back to flexmark (the cells themselves are always flexmark's).
 */
final class Delimiters {
    private Delimiters() {
    }

    /** The number of cells of a delimiter row (`| :-- | --: |`), or 0 when the line is not one. */
    static int cells(CharSequence line) {
        String s = trimPipes(line);
        if (s == null) {
            return 0;
        }
        int cells = 0;
        for (String c : s.split("\\|", -1)) {
            String t = c.strip();
            if (!t.matches(":?-+:?")) {
                return 0;
            }
            cells++;
        }
        return cells > 1 || line.toString().indexOf('|') >= 0 ? cells : 0;
    }

    /** The number of cells of a row (unescaped pipes between cells; outer pipes optional). */
    static int rowCells(CharSequence line) {
        String s = trimPipes(line);
        if (s == null) {
            return 0;
        }
        int cells = 1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                cells++;
            }
        }
        return cells;
    }

    private static String trimPipes(CharSequence line) {
        String s = line.toString().strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
