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

    /**
     * What a node's inline children show; `base` is the text the parser read, `map` turns its offsets
     * into source offsets.
     */
    static Seen of(Node parent, String base, IntUnaryOperator map) {
        Seen.Builder b = new Seen.Builder();
        new Inlines.Walk(b, base, map).children(parent);
        return b.build(map.applyAsInt(parent.getEndOffset()));
    }

    private static final class Walk {
        private final Seen.Builder out;
        private final String base;
        private final IntUnaryOperator map;
        private int sup;

        Walk(Seen.Builder out, String base, IntUnaryOperator map) {
            this.out = out;
            this.base = base;
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
            int start = s.getStartOffset();
            int end = start + s.length();
            if (s.getEndOffset() == end && end <= base.length()) {
                // the usual case: the text is a stretch of the source, copied in runs between escapes
                int from = start;
                for (int i = start; i + 1 < end; i++) {
                    if (base.charAt(i) == '\\' && (escapes ? isPunct(base.charAt(i + 1)) : base.charAt(i + 1) == '|')) {
                        copy(from, i);
                        from = i + 1;
                        i++;
                    }
                }
                copy(from, end);
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\' && i + 1 < s.length() && (escapes ? isPunct(s.charAt(i + 1)) : s.charAt(i + 1) == '|')) {
                    i++;
                    c = s.charAt(i);
                }
                out.append(c, map.applyAsInt(s.getIndexOffset(i)));
            }
        }

        /** base[from, to) into the text, in one run where the offsets map in one piece. */
        private void copy(int from, int to) {
            if (from >= to) {
                return;
            }
            int first = map.applyAsInt(from);
            if (map.applyAsInt(to - 1) - first == to - 1 - from) {
                out.copy(base, from, to, first);
            } else {
                for (int i = from; i < to; i++) {
                    out.append(base.charAt(i), map.applyAsInt(i));
                }
            }
        }

        private static boolean isPunct(char c) {
            return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }
    }
}
