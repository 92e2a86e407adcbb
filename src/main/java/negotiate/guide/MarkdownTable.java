package negotiate.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A pipe table found in a Markdown body, with the line of every row. */
public record MarkdownTable(int line, List<String> header, List<Row> rows) {

    /** A body row: its cells (trimmed) and its 1-based line. */
    public record Row(List<String> cells, int line) {
    }

    private static final Pattern SEPARATOR = Pattern.compile("^\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

    /** Index of the first header cell containing any of the words (case-insensitive), or -1. */
    public int column(String... words) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (h.contains(w)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Finds every table in `lines` (0-based array, lines numbered from `firstLine`), outside code fences. */
    public static List<MarkdownTable> find(List<String> lines, int from) {
        List<MarkdownTable> out = new ArrayList<>();
        boolean fence = false;
        for (int i = from; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.startsWith("```") || s.startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            if (fence || !s.startsWith("|") || i + 1 >= lines.size()) {
                continue;
            }
            String sep = lines.get(i + 1).strip();
            if (!sep.contains("-") || !SEPARATOR.matcher(sep).matches()) {
                continue;
            }
            List<String> header = cells(s);
            List<Row> rows = new ArrayList<>();
            int j = i + 2;
            while (j < lines.size() && lines.get(j).strip().startsWith("|")) {
                rows.add(new Row(cells(lines.get(j).strip()), j + 1));
                j++;
            }
            out.add(new MarkdownTable(i + 1, header, rows));
            i = j - 1;
        }
        return out;
    }

    /** Splits `| a | b |` into cells, honouring `\|` escapes. */
    public static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' && k + 1 < s.length() && s.charAt(k + 1) == '|') {
                cur.append('|');
                k++;
            } else if (c == '|') {
                cells.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString().strip());
        return cells;
    }
}
