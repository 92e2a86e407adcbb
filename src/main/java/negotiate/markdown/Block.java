package negotiate.markdown;

import java.util.List;

/**
 * A block of a guide as a reader sees it, in document order: block quotes and lists are flattened,
 * comments, HTML and code are left out, tables are kept whole.
 */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Table, Block.HtmlTable {

    /** Source offset where the block starts. */
    int offset();

    /** A heading of any level, ATX or setext. */
    record Heading(int level, Seen text, int offset) implements Block {
    }

    /**
     * A paragraph; `label` is its leading strong text (`**Label:**`, `__Label__`) or null; `quote`
     * numbers the block quote it sits in (0 when none), `item` the ordered list item it opens (0
     * when none), and `bullet` says it opens a bullet list item.
     */
    record Paragraph(Seen text, Seen label, int quote, int item, boolean bullet, int offset) implements Block {
    }

    /** A GFM table: header cells and rows (short rows padded, extra cells dropped). */
    record Table(List<Seen> header, List<Row> rows, int offset) implements Block {

        /** Index of the first header cell containing any of the words (lower case), or -1. */
        public int column(String... words) {
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).text().toLowerCase(java.util.Locale.ROOT);
                for (String w : words) {
                    if (h.contains(w)) {
                        return i;
                    }
                }
            }
            return -1;
        }
    }

    /** A table body row. */
    record Row(List<Seen> cells, int offset) {
        public Seen cell(int i) {
            return i < 0 || i >= cells.size() ? Seen.empty(offset) : cells.get(i);
        }
    }

    /** A table written as raw HTML: never read, always said. */
    record HtmlTable(int offset) implements Block {
    }
}
