package negotiate.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The blocks a reader sees, with exact source positions, and the guards around flexmark. */
class MarkdownReaderTest {

    private static List<Block> read(String text) throws MarkdownReader.Unreadable {
        return MarkdownReader.read(text, 0);
    }

    @Test
    void cellsKeepTheirExactColumns() throws Exception {
        String text = "# T\n\n| Region | Base |\n|---|---|\n| *Paris* | €98K\\|x |\n| Short |\n";
        SourceLines at = new SourceLines(text);
        Block.Table t = (Block.Table) read(text).get(1);
        assertThat(t.header()).extracting(Seen::text).containsExactly("Region", "Base");
        Block.Row paris = t.rows().get(0);
        assertThat(paris.cell(0).text()).isEqualTo("Paris");
        assertThat(at.line(paris.cell(0).offset(0))).isEqualTo(5);
        assertThat(at.column(paris.cell(0).offset(0))).isEqualTo(4); // inside the emphasis: "| *P"
        assertThat(paris.cell(1).text()).isEqualTo("€98K|x");
        assertThat(at.column(paris.cell(1).offset(0))).isEqualTo(13);
        assertThat(at.column(paris.cell(1).offset(5))).isEqualTo(19); // the x after the escaped pipe
        Block.Row shortRow = t.rows().get(1);
        assertThat(shortRow.cells()).hasSize(2);
        assertThat(shortRow.cell(1).isEmpty()).isTrue();
        assertThat(at.line(shortRow.cell(1).offset(0))).isEqualTo(6);
        assertThat(shortRow.cell(7).isEmpty()).isTrue();
    }

    @Test
    void seenTextSlicesKeepOffsets() throws Exception {
        String text = "Some **bold** and `code` &euro;5 \\$6\nnext line";
        Block.Paragraph p = (Block.Paragraph) read(text).get(0);
        Seen s = p.text();
        assertThat(s.text()).isEqualTo("Some bold and code €5 $6\nnext line");
        assertThat(s.offset(5)).isEqualTo(7);           // b of bold, after **
        assertThat(s.offset(14)).isEqualTo(19);         // c of code, after `
        assertThat(s.offset(19)).isEqualTo(25);         // € from &euro;
        assertThat(s.offset(20)).isEqualTo(31);         // 5
        assertThat(s.offset(22)).isEqualTo(34);         // $ after the backslash
        List<Seen> lines = s.lines();
        assertThat(lines).extracting(Seen::text).containsExactly("Some bold and code €5 $6", "next line");
        assertThat(lines.get(1).offset(0)).isEqualTo(text.indexOf("next"));
        Seen mid = s.sub(5, 9);
        assertThat(mid.text()).isEqualTo("bold");
        assertThat(mid.offset(0)).isEqualTo(7);
        assertThat(mid.offset(4)).isEqualTo(s.offset(9));
        assertThat(Seen.empty(42).offset(0)).isEqualTo(42);
        assertThat(s.sub(3, 3).isEmpty()).isTrue();
        assertThat(s.sub(0, 5).strip().text()).isEqualTo("Some");
        assertThat(s.offset(s.length())).isEqualTo(text.length());
    }

    @Test
    void labelsQuotesAndListItems() throws Exception {
        String text = "**Negotiation DNA:** x\n\n> **Strategy:** y\n>\n> z\n\n3. **Lever:** w\n\n- item\n";
        List<Block> b = read(text);
        Block.Paragraph dna = (Block.Paragraph) b.get(0);
        assertThat(dna.label().text()).isEqualTo("Negotiation DNA:");
        assertThat(dna.quote()).isZero();
        Block.Paragraph s1 = (Block.Paragraph) b.get(1);
        Block.Paragraph s2 = (Block.Paragraph) b.get(2);
        assertThat(s1.quote()).isPositive().isEqualTo(s2.quote());
        assertThat(s2.label()).isNull();
        Block.Paragraph lever = (Block.Paragraph) b.get(3);
        assertThat(lever.item()).isEqualTo(3);
        assertThat(lever.bullet()).isFalse();
        Block.Paragraph item = (Block.Paragraph) b.get(4);
        assertThat(item.bullet()).isTrue();
        assertThat(item.item()).isZero();
    }

    @Test
    void htmlTablesAreSaidAtTheirTagCommentsAndCodeAreNotData() throws Exception {
        String text = "<div>\n<!-- <table> old -->\n<table><tr><td>x</td></tr></table>\n</div>\n\n"
                + "```\n| Region | Base |\n|---|---|\n```\n\n<!--\n| Region | Base |\n|---|---|\n-->\n";
        List<Block> b = read(text);
        assertThat(b).hasSize(1);
        Block.HtmlTable h = (Block.HtmlTable) b.get(0);
        assertThat(new SourceLines(text).line(h.offset())).isEqualTo(3);
    }

    @Test
    void githubTableCorners() throws Exception {
        String text = "Intro line\n| Region | Base |\n|-|-|\n| Paris | 1 |\ntext under\n---\nafter\n";
        List<Block> b = read(text);
        assertThat(b.get(0)).isInstanceOfSatisfying(Block.Paragraph.class, p -> assertThat(p.text().text()).isEqualTo("Intro line"));
        Block.Table t = (Block.Table) b.get(1);
        assertThat(t.rows()).extracting(r -> r.cell(0).text()).containsExactly("Paris", "text under");
        assertThat(new SourceLines(text).line(t.rows().get(1).offset())).isEqualTo(5);
        assertThat(b.get(2)).isInstanceOfSatisfying(Block.Paragraph.class, p -> assertThat(p.text().text()).isEqualTo("after"));
    }

    @Test
    void delimiterRowsAndCellCounts() {
        assertThat(Delimiters.cells("|---|:--:|")).isEqualTo(2);
        assertThat(Delimiters.cells(" :-- | --: ")).isEqualTo(2);
        assertThat(Delimiters.cells("|-|")).isEqualTo(1);
        assertThat(Delimiters.cells("---")).isZero();       // a thematic break or an underline, not a table
        assertThat(Delimiters.cells("| a |")).isZero();
        assertThat(Delimiters.cells("|   |")).isZero();
        assertThat(Delimiters.cells("")).isZero();
        assertThat(Delimiters.rowCells("a | b")).isEqualTo(2);
        assertThat(Delimiters.rowCells("| a \\| b |")).isEqualTo(1);
        assertThat(Delimiters.rowCells("| a | b | c |")).isEqualTo(3);
        assertThat(Delimiters.rowCells("  ")).isZero();
    }

    @Test
    void guardLimitsAreExactAndReset() {
        assertThat(Guard.check("1. ".repeat(Guard.MAX_NESTING) + "x")).isNull();
        Guard.Refusal deep = Guard.check("text\n" + "> ".repeat(Guard.MAX_NESTING + 1) + "x");
        assertThat(deep.line()).isEqualTo(2);
        assertThat(deep.message()).startsWith("this line nests 21");
        assertThat(Guard.check("[a](".repeat(Guard.MAX_LINKS))).isNull();
        assertThat(Guard.check("[a](".repeat(Guard.MAX_LINKS + 1)).message()).contains("more than 300 links");
        // a blank line or a list item starts a new count
        String half = "[a](b) ".repeat(Guard.MAX_LINKS / 2 + 1);
        assertThat(Guard.check(half + "\n\n" + half)).isNull();
        assertThat(Guard.check("- " + half + "\n- " + half)).isNull();
        assertThat(Guard.check("x\n\n" + half + "\n" + half).line()).isEqualTo(3);
        assertThatThrownBy(() -> read("x\n" + "1. ".repeat(100))).isInstanceOfSatisfying(MarkdownReader.Unreadable.class,
                e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void thousandsOfEntitiesInOneLongParagraphAreRefusedAndTablesOrShortParagraphsAreNot() {
        // 10,000 "&amp;" in one 50,000-character paragraph: 10^4 × 5 × 10^4 = 5 × 10^8 > 10^8 (a second of flexmark's time)
        Guard.Refusal many = Guard.check("# T\n\nintro\n\n" + "&amp;".repeat(10_000));
        assertThat(many.line()).isEqualTo(5);
        assertThat(many.message()).startsWith("the paragraph starting here holds 10000 entities, tags or code spans in 50001 characters");
        // just under the limit: 4,000 entities in 20,000 characters is 8 × 10^7
        assertThat(Guard.check("&amp;".repeat(4_000))).isNull();
        // the same count spread over paragraphs, or over table rows (read cell by cell), is fine
        assertThat(Guard.check(("&amp;".repeat(100) + "\n\n").repeat(100))).isNull();
        assertThat(Guard.check(("| a | &nbsp; `x` <br> |\n").repeat(20_000))).isNull();
        assertThat(Guard.check(("- item &amp; <b>x</b>\n").repeat(20_000))).isNull();
        // one long line of prose with the odd entity is fine (cost counts the characters once)
        assertThat(Guard.check("word ".repeat(200_000) + "&amp;".repeat(50))).isNull();
    }

    @Test
    void sourceLinesMapOffsets() {
        SourceLines at = new SourceLines("ab\ncd\n\nef");
        assertThat(at.line(0)).isEqualTo(1);
        assertThat(at.column(1)).isEqualTo(2);
        assertThat(at.line(3)).isEqualTo(2);
        assertThat(at.column(3)).isEqualTo(1);
        assertThat(at.line(6)).isEqualTo(3);
        assertThat(at.line(7)).isEqualTo(4);
        assertThat(at.line(-5)).isEqualTo(1);
        assertThat(at.column(-5)).isEqualTo(1);
    }
}
