package negotiate.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.ContentNode;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * Reads a Markdown body through flexmark-java (CommonMark + GFM tables) into the blocks a reader
 * sees. Where stock flexmark and GitHub read a table differently, GitHub's reading is restored on
 * the tree: a table right after a paragraph line, a line of text right under a table (a row), and
 * `---` right under a table (a thematic break, not a setext underline).
 */
public final class MarkdownReader {
    private MarkdownReader() {
    }

    /** One parser for the whole run: building it is the costly part (extensions, options). */
    private static final Parser PARSER = build();

    private static Parser build() {
        MutableDataSet o = new MutableDataSet();
        o.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        // GitHub's table rules: `|-|` is a delimiter, short rows padded, extra cells dropped, the
        // header and delimiter rows must have as many cells, no column spans
        o.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        o.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        o.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        o.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        o.set(TablesExtension.COLUMN_SPANS, false);
        o.set(TablesExtension.WITH_CAPTION, false);
        return Parser.builder(o).build();
    }

    /** A body flexmark cannot read (its recursion overflows on some pathological input). */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        private final int line;

        Unreadable(String message, int line) {
            super(message, null, false, false);
            this.line = line;
        }

        /** The line of the body it is about (1-based), or 1 when it is about the whole body. */
        public int line() {
            return line;
        }
    }

    /** The blocks of `text` from offset `from` on (offsets in the blocks are offsets in `text`). */
    public static List<Block> read(String text, int from) throws Unreadable {
        String body = text.substring(from);
        Guard.Refusal refused = Guard.check(body);
        if (refused != null) {
            throw new Unreadable(refused.message(), refused.line());
        }
        try {
            return walk(body, from);
        } catch (StackOverflowError e) {
            // flexmark recurses per character on some input (a line of thousands of `_`,
            // vsch/flexmark-java#496): once more on a thread with a stack deep enough for 1 MiB
            return onDeepStack(body, from);
        }
    }

    private static List<Block> walk(String body, int from) {
        Walker w = new Walker();
        w.walk(PARSER.parse(body), body, x -> x + from, 0);
        return w.out;
    }

    /** Stack for the second attempt: reserved address space, touched only as deep as the parse goes. */
    private static final long DEEP_STACK = 1L << 30;

    private static List<Block> onDeepStack(String body, int from) throws Unreadable {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = walk(body, from);
            } catch (StackOverflowError | RuntimeException e) {
                result[0] = e;
            }
        }, "markdown-deep", DEEP_STACK);
        t.setDaemon(true);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreadable("interrupted while reading the Markdown", 1);
        }
        if (result[0] instanceof List<?> blocks) {
            @SuppressWarnings("unchecked")
            List<Block> b = (List<Block>) blocks;
            return b;
        }
        throw new Unreadable("the Markdown is nested too deeply to read (long runs of _, * or [ ?): simplify it", 1);
    }

    private static final class Walker {
        final List<Block> out = new ArrayList<>();
        int quotes;

        void walk(Node parent, String base, IntUnaryOperator map, int quote) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Heading h) {
                    if (h.isSetextHeading() && hiddenTable(h, 0, base, map, quote)) {
                        continue;
                    }
                    out.add(new Block.Heading(h.getLevel(), Inlines.of(h, base, map).strip(), map.applyAsInt(h.getStartOffset())));
                } else if (n instanceof Paragraph p) {
                    if (!hiddenTable(p, 1, base, map, quote)) {
                        out.add(paragraph(p, Inlines.of(p, base, map).strip(), base, map, quote));
                    }
                } else if (n instanceof TableBlock t) {
                    Block.Table table = table(t, base, map);
                    Node next = t.getNext();
                    if (next instanceof Paragraph p && adjacent(t, p)) {
                        // GitHub: a line right under a table is one more row (until a blank line)
                        List<Block.Row> rows = new ArrayList<>(table.rows());
                        for (Seen line : Inlines.of(p, base, map).lines()) {
                            rows.add(new Block.Row(List.of(line.strip()), line.offset(0)));
                        }
                        table = new Block.Table(table.header(), List.copyOf(rows), table.offset());
                        n = next;
                    }
                    out.add(table);
                } else if (n instanceof HtmlCommentBlock || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock
                        || n instanceof Reference || n instanceof ThematicBreak) {
                    continue; // never data
                } else if (n instanceof HtmlBlock) {
                    int at = tableTag(n.getChars().toString());
                    if (at >= 0) {
                        out.add(new Block.HtmlTable(map.applyAsInt(n.getChars().getIndexOffset(at))));
                    }
                } else if (n instanceof BlockQuote) {
                    walk(n, base, map, ++quotes);
                } else {
                    walk(n, base, map, quote);
                }
            }
        }

        private Block.Paragraph paragraph(ContentNode p, Seen text, String base, IntUnaryOperator map, int quote) {
            Node first = p.getFirstChild();
            Seen label = first instanceof StrongEmphasis s ? Inlines.of(s, base, map).strip() : null;
            Node parent = p.getParent();
            boolean opens = parent != null && parent.getFirstChild() == p;
            int item = opens && parent instanceof OrderedListItem o ? number(o.getOpeningMarker()) : 0;
            boolean bullet = opens && parent instanceof BulletListItem;
            return new Block.Paragraph(text, label, quote, item, bullet, map.applyAsInt(p.getStartOffset()));
        }

        private static int number(BasedSequence marker) {
            int n = 0;
            for (int i = 0; i < marker.length() && Character.isDigit(marker.charAt(i)) && n < 100_000; i++) {
                n = n * 10 + marker.charAt(i) - '0';
            }
            return Math.max(1, n);
        }

        /**
         * A table flexmark left inside a paragraph (after its first line) or a setext heading (`---`
         * under it): the lines before it stay a paragraph, the rest is parsed again as a table.
         */
        private boolean hiddenTable(ContentNode node, int fromLine, String base, IntUnaryOperator map, int quote) {
            List<BasedSequence> lines = lines(node);
            int at = -1;
            for (int i = fromLine; i + 1 < lines.size(); i++) {
                int cells = Delimiters.cells(lines.get(i + 1));
                if (cells > 0 && Delimiters.rowCells(lines.get(i)) == cells) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                return false;
            }
            if (at > 0) {
                // the lines before the table are a paragraph (a setext "heading" loses its underline)
                ContentNode p = node;
                Seen all = Inlines.of(p, base, map);
                int cut = map.applyAsInt(lines.get(at).getStartOffset());
                int k = 0;
                while (k < all.length() && all.offset(k) < cut) {
                    k++;
                }
                out.add(paragraph(p, all.sub(0, k).strip(), base, map, quote));
            }
            StringBuilder sub = new StringBuilder();
            List<BasedSequence> used = lines.subList(at, lines.size());
            int[] starts = new int[used.size()];
            for (int i = 0; i < used.size(); i++) {
                starts[i] = sub.length();
                BasedSequence l = used.get(i);
                int len = l.length();
                while (len > 0 && (l.charAt(len - 1) == '\n' || l.charAt(len - 1) == '\r')) {
                    len--;
                }
                sub.append(l, 0, len).append('\n');
            }
            IntUnaryOperator inner = x -> {
                int k = used.size() - 1;
                while (k > 0 && starts[k] > x) {
                    k--;
                }
                BasedSequence l = used.get(k);
                int i = Math.min(x - starts[k], l.length());
                // a character flexmark made up (a tab expanded, say) has no offset: take the nearest before it
                int off = i < l.length() ? l.getIndexOffset(i) : l.getEndOffset();
                while (off < 0 && i > 0) {
                    off = l.getIndexOffset(--i);
                }
                return map.applyAsInt(off < 0 ? l.getStartOffset() : off);
            };
            String text = sub.toString();
            walk(PARSER.parse(text), text, inner, quote);
            return true;
        }

        /** A paragraph's lines; a setext heading keeps no line list, so its text is split. */
        private static List<BasedSequence> lines(ContentNode node) {
            if (!(node instanceof Heading h)) {
                return node.getContentLines();
            }
            BasedSequence text = h.getText();
            List<BasedSequence> out = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    out.add(text.subSequence(from, i));
                    from = i + 1;
                }
            }
            out.add(text.subSequence(from, text.length()));
            return out;
        }

        private static boolean adjacent(TableBlock t, Paragraph p) {
            BasedSequence base = t.getChars().getBaseSequence();
            int breaks = 0;
            for (int i = lastRowEnd(t); i < p.getStartOffset() && i < base.length(); i++) {
                if (base.charAt(i) == '\n') {
                    breaks++;
                }
            }
            return breaks <= 1;
        }

        private static int lastRowEnd(TableBlock t) {
            int end = t.getStartOffset();
            for (Node n = t.getFirstChild(); n != null; n = n.getNext()) {
                for (Node r = n.getFirstChild(); r != null; r = r.getNext()) {
                    if (r.getChars().length() > 0) {
                        end = Math.max(end, r.getEndOffset());
                    }
                }
            }
            return end;
        }

        private static Block.Table table(TableBlock t, String base, IntUnaryOperator map) {
            List<Seen> header = List.of();
            List<Block.Row> rows = new ArrayList<>();
            for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof TableHead && header.isEmpty() && part.getFirstChild() != null) {
                    header = cells(part.getFirstChild(), base, map);
                } else if (part instanceof TableBody) {
                    for (Node r = part.getFirstChild(); r != null; r = r.getNext()) {
                        rows.add(new Block.Row(rowCells(r, base, map, header.size()), map.applyAsInt(r.getStartOffset())));
                    }
                }
            }
            return new Block.Table(header, List.copyOf(rows), map.applyAsInt(t.getStartOffset()));
        }

        /**
         * A body row's cells as GitHub splits them: at every unescaped `|`, before inline parsing, so a
         * link or code span spanning a pipe (`| Berlin [HQ | €190K | … |`) does not swallow the row.
         * flexmark parses the inlines first; where its cells are fewer than the pipes say, each cell's
         * text is parsed again on its own.
         */
        private static List<Seen> rowCells(Node row, String base, IntUnaryOperator map, int width) {
            List<Seen> flexmark = cells(row, base, map);
            BasedSequence chars = row.getChars();
            int given = 0;
            for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                given += c.getChars().length() == 0 ? 0 : 1;
            }
            if (Delimiters.rowCells(chars) <= given) {
                return flexmark;
            }
            List<Seen> out = new ArrayList<>();
            String text = chars.toString();
            int from = 0;
            int end = text.length();
            String stripped = text.strip();
            if (stripped.startsWith("|")) {
                from = text.indexOf('|') + 1;
            }
            if (stripped.endsWith("|") && !stripped.endsWith("\\|")) {
                end = text.lastIndexOf('|');
            }
            int cellStart = from;
            for (int i = from; i <= end; i++) {
                if (i < end && text.charAt(i) == '\\') {
                    i++;
                } else if (i == end || text.charAt(i) == '|') {
                    out.add(cell(chars, cellStart, Math.min(i, end), map));
                    cellStart = i + 1;
                }
            }
            int size = width > 0 ? width : out.size();
            while (out.size() > size) {
                out.remove(out.size() - 1);
            }
            while (out.size() < size) {
                out.add(Seen.empty(map.applyAsInt(row.getEndOffset())));
            }
            return List.copyOf(out);
        }

        /** One cell's text, [from, to) of the row, read as Markdown on its own. */
        private static Seen cell(BasedSequence row, int from, int to, IntUnaryOperator map) {
            String text = row.subSequence(from, to).toString();
            IntUnaryOperator inner = x -> {
                int i = Math.min(from + x, row.length() - 1);
                int off = row.getIndexOffset(i);
                while (off < 0 && i > 0) {
                    off = row.getIndexOffset(--i);
                }
                return map.applyAsInt(off < 0 ? row.getStartOffset() : off);
            };
            for (Node n = PARSER.parse(text).getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Paragraph p) {
                    return Inlines.of(p, text, inner).strip();
                }
            }
            return Seen.empty(inner.applyAsInt(0));
        }

        private static List<Seen> cells(Node row, String base, IntUnaryOperator map) {
            List<Seen> cells = new ArrayList<>();
            for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                // a padded cell (GFM: a short row) has no place of its own: it sits at the row's end
                cells.add(c.getChars().length() == 0 ? Seen.empty(map.applyAsInt(row.getEndOffset()))
                        : Inlines.of(c, base, map).strip());
            }
            return List.copyOf(cells);
        }

        /** Where a `<table` tag starts in an HTML block, outside comments; -1 when there is none. */
        private static int tableTag(String html) {
            String lower = html.toLowerCase(Locale.ROOT);
            int from = 0;
            while (from < lower.length()) {
                int table = lower.indexOf("<table", from);
                int comment = lower.indexOf("<!--", from);
                if (table < 0) {
                    return -1;
                }
                if (comment < 0 || table < comment) {
                    return table;
                }
                int close = lower.indexOf("-->", comment + 4);
                from = close < 0 ? lower.length() : close + 3;
            }
            return -1;
        }
    }
}
