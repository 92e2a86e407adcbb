package negotiate.render;

import java.util.ArrayList;
import java.util.List;

/** A table for people (aligned columns, optional colour), Markdown or CSV, from one set of rows. */
public final class TextTable {
    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /** Headers; a header starting with `>` is right-aligned (the `>` is not shown). */
    public TextTable(String... headers) {
        this.headers = new ArrayList<>();
        this.right = new boolean[headers.length];
        for (int i = 0; i < headers.length; i++) {
            right[i] = headers[i].startsWith(">");
            this.headers.add(Visible.of(right[i] ? headers[i].substring(1) : headers[i]));
        }
    }

    /** A row; text from files in it is shown, never obeyed (a line break in a name cannot split the row). */
    public TextTable row(String... cells) {
        List<String> r = new ArrayList<>();
        for (String c : cells) {
            r.add(c == null ? "" : Visible.of(c));
        }
        while (r.size() < headers.size()) {
            r.add("");
        }
        rows.add(r);
        return this;
    }

    /**
     * The table for a terminal of `style.width()` columns (no limit when 0): text columns are narrowed
     * and wrapped at word boundaries first; if the numbers still do not fit, the columns after the
     * first are laid out in stacked blocks, each repeating the first column. Nothing is cut off.
     */
    public String text(Style style) {
        int n = headers.size();
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            w[i] = Width.of(headers.get(i));
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], Width.of(r.get(i)));
            }
        }
        int limit = style.width();
        if (limit <= 0 || total(w, all(n)) <= limit) {
            return render(all(n), w, style);
        }
        int[] min = new int[n];
        for (int i = 0; i < n; i++) {
            // the first column names the rows: it keeps its width (up to a point); others may wrap between words
            min[i] = i == 0 ? Math.min(w[i], LONGEST_KEPT) : Math.min(w[i], Math.max(MIN_TEXT, longestWord(i)));
        }
        while (total(w, all(n)) > limit) {
            int widest = -1;
            for (int i = 0; i < n; i++) {
                if (w[i] > min[i] && (widest < 0 || w[i] - min[i] > w[widest] - min[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            w[widest]--;
        }
        if (total(w, all(n)) <= limit || n <= 2) {
            return render(all(n), squeezed(all(n), w, limit), style);
        }
        // still too wide: blocks of columns, each with the first column again
        StringBuilder b = new StringBuilder();
        List<Integer> block = new ArrayList<>(List.of(0));
        for (int c = 1; c < n; c++) {
            if (block.size() > 1 && total(w, plus(block, c)) > limit) {
                b.append(render(block, squeezed(block, w, limit), style)).append('\n');
                block = new ArrayList<>(List.of(0));
            }
            block.add(c);
        }
        return b.append(render(block, squeezed(block, w, limit), style)).toString();
    }

    /**
     * The widths for `cols` when even they do not fit (a narrow terminal, one long range in a cell):
     * first the figures' columns give, down to their longest piece (a range wraps after its dash, a
     * note after a space), then the first column, then any column down to MIN_TEXT; what still does
     * not fit is wrapped, never cut off.
     */
    private int[] squeezed(List<Integer> cols, int[] w, int limit) {
        int[] s = w.clone();
        int[] piece = new int[s.length];
        for (int c : cols) {
            piece[c] = c == 0 ? s[c] : Math.max(MIN_TEXT, longestPiece(c));
        }
        narrow(s, cols, piece, limit);
        piece[0] = MIN_TEXT;
        narrow(s, cols, piece, limit);
        java.util.Arrays.fill(piece, MIN_TEXT);
        narrow(s, cols, piece, limit);
        return s;
    }

    /** One column at a time from the widest above its floor, until `cols` fit or none can give. */
    private static void narrow(int[] s, List<Integer> cols, int[] floor, int limit) {
        while (total(s, cols) > limit) {
            int widest = -1;
            for (int c : cols) {
                if (s[c] > floor[c] && (widest < 0 || s[c] - floor[c] > s[widest] - floor[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return;
            }
            s[widest]--;
        }
    }

    /** The widest piece of a column's cells that wrapping cannot break (between spaces, after a dash or slash). */
    private int longestPiece(int col) {
        int longest = 0;
        List<String> cells = new ArrayList<>();
        cells.add(headers.get(col));
        for (List<String> r : rows) {
            cells.add(r.get(col));
        }
        for (String cell : cells) {
            for (String word : cell.split(" ")) {
                for (String p : word.split("(?<=[–/-])")) {
                    longest = Math.max(longest, Width.of(p));
                }
            }
        }
        return longest;
    }

    /** A text column is never narrowed below this, or below its longest word (up to a line's worth). */
    private static final int MIN_TEXT = 8;
    private static final int LONGEST_KEPT = 24;

    private int longestWord(int col) {
        int longest = 0;
        for (List<String> r : rows) {
            for (String word : r.get(col).split(" ")) {
                longest = Math.max(longest, Math.min(LONGEST_KEPT, Width.of(word)));
            }
        }
        for (String word : headers.get(col).split(" ")) {
            longest = Math.max(longest, Math.min(LONGEST_KEPT, Width.of(word)));
        }
        return longest;
    }

    private static List<Integer> all(int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(i);
        }
        return out;
    }

    private static List<Integer> plus(List<Integer> cols, int c) {
        List<Integer> out = new ArrayList<>(cols);
        out.add(c);
        return out;
    }

    private static int total(int[] w, List<Integer> cols) {
        int t = 2 * (cols.size() - 1);
        for (int c : cols) {
            t += w[c];
        }
        return t;
    }

    private String render(List<Integer> cols, int[] w, Style style) {
        StringBuilder b = new StringBuilder();
        line(b, headers, cols, w, style, true);
        StringBuilder rule = new StringBuilder();
        for (int k = 0; k < cols.size(); k++) {
            if (k > 0) {
                rule.append("  ");
            }
            rule.append("─".repeat(w[cols.get(k)]));
        }
        b.append(style.dim(rule.toString())).append('\n');
        for (List<String> r : rows) {
            line(b, r, cols, w, style, false);
        }
        return b.toString();
    }

    /** One row, its cells wrapped to their columns (a cell with escapes is kept whole). */
    private void line(StringBuilder b, List<String> cells, List<Integer> cols, int[] w, Style style, boolean head) {
        List<List<String>> parts = new ArrayList<>();
        int height = 1;
        for (int c : cols) {
            String cell = cells.get(c);
            List<String> p = Width.of(cell) <= w[c] || cell.indexOf(Visible.STYLE) >= 0 ? List.of(cell) : Width.wrap(cell, w[c], 0);
            parts.add(p);
            height = Math.max(height, p.size());
        }
        for (int h = 0; h < height; h++) {
            StringBuilder l = new StringBuilder();
            for (int k = 0; k < cols.size(); k++) {
                int c = cols.get(k);
                String text = h < parts.get(k).size() ? parts.get(k).get(h) : "";
                String pad = " ".repeat(Math.max(0, w[c] - Width.of(text)));
                String cell = right[c] ? pad + text : text + (k == cols.size() - 1 ? "" : pad);
                if (k > 0) {
                    l.append("  ");
                }
                l.append(head ? style.bold(cell) : cell);
            }
            b.append(l.toString().stripTrailing()).append('\n');
        }
    }

    /** Display width as a terminal shows it (see {@link Width}). */
    static int width(String s) {
        return Width.of(s);
    }

    /** GFM: `|` escaped and line breaks made spaces in every cell, headers included, so each row stays one row. */
    public String markdown() {
        StringBuilder b = new StringBuilder("| ").append(String.join(" | ", md(headers))).append(" |\n|");
        for (boolean r : right) {
            b.append(r ? "---:|" : "---|");
        }
        b.append('\n');
        for (List<String> r : rows) {
            b.append("| ").append(String.join(" | ", md(r))).append(" |\n");
        }
        return b.toString();
    }

    private static List<String> md(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            String v = negotiate.markdown.Md.text(c).replace("|", "\\|").replace("\r", " ").replace("\n", " ");
            int lead = 0;
            while (lead < v.length() && v.charAt(lead) == ' ') {
                lead++;
            }
            // a renderer drops leading spaces: no-break spaces keep a sub-row's indent
            out.add("\u00a0".repeat(lead) + v.substring(lead));
        }
        return out;
    }

    /** An HTML table, every cell escaped; rows whose first cell is indented are shown as sub-rows. */
    public String html() {
        StringBuilder b = new StringBuilder("<div class=\"wide\"><table>\n<thead><tr>");
        for (int i = 0; i < headers.size(); i++) {
            b.append("<th>").append(Html.esc(headers.get(i))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> r : rows) {
            b.append("<tr>");
            for (int i = 0; i < r.size(); i++) {
                String c = r.get(i);
                boolean sub = i == 0 && c.startsWith("  ");
                b.append(sub ? "<td class=\"sub-row\">" : "<td>").append(Html.esc(c.strip())).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody>\n</table></div>\n").toString();
    }

    public String csv() {
        StringBuilder b = new StringBuilder();
        csvLine(b, headers);
        for (List<String> r : rows) {
            csvLine(b, r);
        }
        return b.toString();
    }

    static void csvLine(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(csvCell(cells.get(i)));
        }
        b.append("\r\n");
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    /**
     * One CSV cell (RFC 4180): a cell a spreadsheet would run as a formula (starting with =, +, -, @,
     * TAB or CR) gets a leading `'`, as OWASP advises — numbers excepted; a cell with a quote, comma,
     * CR or LF is quoted.
     */
    static String csvCell(String c) {
        String v = Visible.cell(c);
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !NUMBER.matcher(v).matches()) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
