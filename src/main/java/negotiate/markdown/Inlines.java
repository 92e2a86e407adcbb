package negotiate.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * Reduces inline Markdown to the text a reader sees: emphasis, code spans, links and images give
 * their text (never a URL), backslash escapes and HTML entities are resolved, `<br>` is a space,
 * other inline HTML gives only its text, and footnote marks (`[^1]`, `<sup>1</sup>`) give nothing.
 */
final class Inlines {
    private Inlines() {
    }

    /** What a node's inline children show; `map` turns parser offsets into source offsets. */
    static Seen of(Node parent, IntUnaryOperator map) {
        Seen.Builder b = new Seen.Builder();
        new Inlines.Walk(b, map).children(parent);
        return b.build(map.applyAsInt(parent.getEndOffset()));
    }

    /** The same for a range of sibling nodes [first, end). */
    static Seen of(Node first, Node end, IntUnaryOperator map, int endOffset) {
        Seen.Builder b = new Seen.Builder();
        Walk w = new Walk(b, map);
        for (Node n = first; n != null && n != end; n = n.getNext()) {
            w.node(n);
        }
        return b.build(map.applyAsInt(endOffset));
    }

    private static final class Walk {
        private final Seen.Builder out;
        private final IntUnaryOperator map;
        private int sup;

        Walk(Seen.Builder out, IntUnaryOperator map) {
            this.out = out;
            this.map = map;
        }

        void children(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                node(n);
            }
        }

        void node(Node n) {
            if (n instanceof HtmlInline) {
                html(n);
                return;
            }
            if (sup > 0 || n instanceof HtmlInlineComment) {
                return;
            }
            if (n instanceof Text) {
                text(n.getChars(), true);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append('\n', map.applyAsInt(n.getStartOffset()));
            } else if (n instanceof Code c) {
                // inside a table cell `\|` is an escaped pipe even in a code span (GFM)
                text(c.getText(), false);
            } else if (n instanceof HtmlEntity) {
                out.append(Escaping.unescapeString(n.getChars()), map.applyAsInt(n.getStartOffset()));
            } else if (n instanceof LinkRef r && !r.isDefined()) {
                BasedSequence ref = r.getReference();
                if (ref.length() > 0 && ref.charAt(0) == '^') {
                    return; // a footnote reference
                }
                out.append('[', map.applyAsInt(n.getStartOffset()));
                children(n);
                out.append(']', map.applyAsInt(n.getEndOffset() - 1));
            } else if (n instanceof AutoLink a) {
                text(a.getText(), false);
            } else if (n instanceof MailLink m) {
                text(m.getText(), false);
            } else if (n.hasChildren()) {
                children(n);
            } else {
                text(n.getChars(), false);
            }
        }

        private void html(Node n) {
            String tag = n.getChars().toString().toLowerCase(Locale.ROOT);
            if (tag.startsWith("<sup")) {
                sup++;
            } else if (tag.startsWith("</sup")) {
                sup = Math.max(0, sup - 1);
            } else if (sup == 0 && tag.startsWith("<br")) {
                out.append(' ', map.applyAsInt(n.getStartOffset()));
            }
        }

        private void text(BasedSequence s, boolean escapes) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && (escapes ? isPunct(s.charAt(i + 1)) : s.charAt(i + 1) == '|')) {
                    i++;
                    c = s.charAt(i);
                }
                out.append(c, map.applyAsInt(s.getIndexOffset(i)));
            }
        }

        private static boolean isPunct(char c) {
            return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }
    }
}
