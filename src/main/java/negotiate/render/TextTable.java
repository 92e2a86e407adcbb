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
            this.headers.add(right[i] ? headers[i].substring(1) : headers[i]);
        }
    }

    public TextTable row(String... cells) {
        List<String> r = new ArrayList<>();
        for (String c : cells) {
            r.add(c == null ? "" : c);
        }
        while (r.size() < headers.size()) {
            r.add("");
        }
        rows.add(r);
        return this;
    }

    public String text(Style style) {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = width(headers.get(i));
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], width(r.get(i)));
            }
        }
        StringBuilder b = new StringBuilder();
        line(b, headers, w, style, true);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            if (i > 0) {
                rule.append("  ");
            }
            rule.append("─".repeat(w[i]));
        }
        b.append(style.dim(rule.toString())).append('\n');
        for (List<String> r : rows) {
            line(b, r, w, style, false);
        }
        return b.toString();
    }

    private void line(StringBuilder b, List<String> cells, int[] w, Style style, boolean head) {
        StringBuilder l = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = cells.get(i);
            String pad = " ".repeat(w[i] - width(c));
            String cell = right[i] ? pad + c : c + (i == w.length - 1 ? "" : pad);
            if (i > 0) {
                l.append("  ");
            }
            l.append(head ? style.bold(cell) : cell);
        }
        b.append(l.toString().stripTrailing()).append('\n');
    }

    /** Display width: code points (our symbols € £ ₹ are one column each). */
    static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    public String markdown() {
        StringBuilder b = new StringBuilder("| ").append(String.join(" | ", headers)).append(" |\n|");
        for (boolean r : right) {
            b.append(r ? "---:|" : "---|");
        }
        b.append('\n');
        for (List<String> r : rows) {
            b.append("| ");
            List<String> esc = r.stream().map(c -> c.replace("|", "\\|")).toList();
            b.append(String.join(" | ", esc)).append(" |\n");
        }
        return b.toString();
    }

    public String csv() {
        StringBuilder b = new StringBuilder();
        csvLine(b, headers);
        for (List<String> r : rows) {
            csvLine(b, r);
        }
        return b.toString();
    }

    private static void csvLine(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n")) {
                b.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                b.append(c);
            }
        }
        b.append("\r\n");
    }
}
