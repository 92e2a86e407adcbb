package negotiate.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import negotiate.cli.Cli;
import org.junit.jupiter.api.Test;

/** CSV a spreadsheet reads with numbers as numbers; Markdown a GFM renderer reads as we meant it. */
class MachineFormatsTest {

    /** RFC 4180 records (quoted cells may hold commas, quotes and line breaks). */
    static List<List<String>> csv(String text) {
        List<List<String>> out = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                out.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        return out;
    }

    @Test
    void compareCsvIsLongAndTidyWithNumbersOnlyInTheAmountColumn() {
        String out = Cli.run("compare", "docs/examples/offers.yaml", "--leave-after", "6m", "--tax", "30%", "--scenarios", "-o", "csv").out();
        List<List<String>> rows = csv(out);
        assertThat(rows.get(0)).containsExactly("offer", "year", "component", "amount", "currency");
        for (List<String> r : rows.subList(1, rows.size())) {
            assertThat(r).hasSize(5);
            if (!r.get(3).isEmpty()) {
                assertThat(new BigDecimal(r.get(3))).as(r.toString()).isNotNull();
            } else {
                assertThat(r.get(4)).as(r.toString()).isEmpty();
            }
            assertThat(r.get(1)).matches("\\d*");
        }
        assertThat(rows).contains(List.of("Hugging Face", "1", "total", "411000", "USD"),
                List.of("Hugging Face", "", "riskAdjustedFourYear", "1404000", "USD"), List.of("Anthropic", "", "riskPct", "0", ""),
                List.of("Hugging Face", "", "bandAnnual", "0.63", ""), List.of("Anthropic", "", "leave6mKept", "156750", "USD"));
    }

    @Test
    void csvCellsNeverRunAsFormulasAndNeverSplitARecord() {
        String out = Cli.run("compare", "--offer", "=HYPERLINK(\"x\"):base=$1", "--offer", "+cmd|calc:base=$2", "--offer",
                "@SUM(1):base=$3", "-o", "csv").out();
        assertThat(out).contains("\"'=HYPERLINK(\"\"x\"\")\",1,base,1,USD").contains("'+cmd|calc,1,base,2,USD")
                .contains("'@SUM(1),1,base,3,USD");
        assertThat(TextTable.csvCell("-5")).isEqualTo("-5");
        assertThat(TextTable.csvCell("-x")).isEqualTo("'-x");
        assertThat(TextTable.csvCell("a\rb")).isEqualTo("\"a\rb\"");
    }

    @Test
    void guidesCsvHasNoWordsWhereValuesAreMissing() {
        List<List<String>> rows = csv(Cli.run("guides", "-o", "csv").out());
        for (List<String> r : rows.subList(1, rows.size())) {
            assertThat(r).doesNotContain("—");
            assertThat(r.get(9)).isIn("true", "false", "");
        }
    }

    @Test
    void markdownRendersAsTablesWithTheNotesOutside() {
        MutableDataSet o = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Parser p = Parser.builder(o).build();
        for (String[] cmd : List.of(new String[] {"compare", "docs/examples/offers.yaml", "-o", "markdown"},
                new String[] {"bands", "-o", "markdown"}, new String[] {"company", "hugging-face", "-o", "markdown"},
                new String[] {"compare", "--offer", "A|B:base=$1", "--offer", "C:base=$2", "-o", "markdown"},
                new String[] {"compare", "docs/examples/offers.yaml", "--scenarios", "--leave-after", "6m,12m", "-o", "markdown"},
                new String[] {"show", "anyscale", "-o", "markdown"}, new String[] {"guides", "-o", "markdown"})) {
            if (cmd[0].equals("company")) {
                // its three facts are a list, not one run-together paragraph
                assertThat(Cli.run(cmd).out()).contains("\n\n- Valuation: $4.5B (Series D, Aug 2023), est. $7.75B (Feb 2026)\n- Revenue: ");
            }
            String md = Cli.run(cmd).out();
            Node doc = p.parse(md);
            int tables = 0;
            for (Node n : doc.getDescendants()) {
                if (n instanceof TableBlock) {
                    tables++;
                }
                if (n instanceof TableRow row) {
                    // a note right under a table would be read as one more row: every row is one we wrote as one
                    assertThat(row.getChars().toString()).as(String.join(" ", cmd)).startsWith("|").doesNotContain("Rates used");
                }
            }
            assertThat(tables).as(String.join(" ", cmd)).isPositive();
            // every line that looks like a table row is inside a table the renderer found
            long pipeLines = md.lines().filter(l -> l.startsWith("|")).count();
            long rowsFound = 0;
            for (Node n : doc.getDescendants()) {
                if (n instanceof TableRow) {
                    rowsFound++;
                }
            }
            assertThat(rowsFound).as(String.join(" ", cmd) + ": every | line is a row of a table").isEqualTo(pipeLines);
            // GitHub (unlike flexmark's defaults) reads a line right under a table as one more row: a blank line must end each
            List<String> lines = md.lines().toList();
            for (int i = 0; i + 1 < lines.size(); i++) {
                if (lines.get(i).startsWith("|") && !lines.get(i + 1).isBlank()) {
                    assertThat(lines.get(i + 1)).as(String.join(" ", cmd) + ": the line under a table row").startsWith("|");
                }
            }
        }
        assertThat(Cli.run("compare", "--offer", "A|B:base=$1", "-o", "markdown").out()).contains("A\\|B");
        // compare's Markdown says what its figures are; show's lever titles stand on their own lines
        assertThat(Cli.run("compare", "docs/examples/offers.yaml", "-o", "markdown").out())
                .startsWith("Offers in USD, pre-tax (year by year over four years; amounts rounded to whole units)\n\n| Figure |");
        assertThat(Cli.run("show", "anyscale", "-o", "markdown").out()).contains("\n1. **Next-Gen Ray Runtime & Distributed AI Platform"
                + " Architecture Lever**\n\n   Anyscale's");
        // breakeven's figures are a list in Markdown
        assertThat(Cli.run("breakeven", "--offers", "docs/examples/offers.yaml", "Hugging Face", "Anthropic", "--using", "base", "-o",
                "markdown").out()).startsWith("## Hugging Face → Anthropic (in USD)\n\n").contains(":\n\n- nominal: $").contains("\n- risk-adjusted: $");
        // notes, the sweep and the verdict are paragraphs and lists, never run together
        String md = Cli.run("compare", "docs/examples/offers.yaml", "--scenarios", "--leave-after", "6m,12m", "-o", "markdown").out();
        assertThat(md).contains("\n- after 6m: Hugging Face keeps most, $165,000\n").contains("\n- note: Hugging Face: risk 30%")
                .contains("## Equity scenarios").contains("| IPO | 24.5% |").contains("| \u00a0\u00a0base + bonus |");
    }
}
