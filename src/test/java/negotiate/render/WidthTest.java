package negotiate.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import negotiate.cli.Cli;
import org.junit.jupiter.api.Test;

/** Tables and prose laid out for the terminal's width: nothing wider, nothing lost. */
class WidthTest {
    @Test
    void visibleWidthIgnoresEscapesAndCountsWideCharacters() {
        assertThat(Width.of("\u001b[33mstale\u001b[0m")).isEqualTo(5);
        assertThat(Width.of("東京")).isEqualTo(4);
        assertThat(Width.of("e\u0301")).isEqualTo(1);
        assertThat(Width.of("€120,000")).isEqualTo(8);
    }

    @Test
    void wrappingBreaksBetweenWordsAndCutsOnlyWhatCannotFit() {
        assertThat(Width.wrap("one two three four", 9, 2)).containsExactly("one two", "  three", "  four");
        assertThat(Width.wrap("hugging-face/open-source-ml", 14, 0)).containsExactly("hugging-face/", "open-source-ml");
        assertThat(String.join("", Width.wrap("abcdefghij", 4, 0))).isEqualTo("abcdefghij");
    }

    @Test
    void onANarrowTerminalTheChartGivesEachNameALineAndTheBarsStartTogether() {
        String out = Cli.run("compare", "docs/examples/offers.yaml", "--width", "40").out();
        String chart = out.substring(out.indexOf("Four-year total, risk-adjusted"), out.indexOf("\nBest:"));
        assertThat(chart).contains("\nHugging Face\n  ███████░ $1,404,000 (nominal\n  $1,575,000)\n")
                .contains("\nAnthropic\n  ██████████ $1,911,567  ← best\n").contains("\nGoogle Paris L5\n  ███████ $1,287,880\n");
        // a range in a scenario cell breaks after its dash, never inside a figure
        String sc = Cli.run("compare", "docs/examples/offers.yaml", "--scenarios", "--width", "40").out();
        assertThat(sc).contains("  IPO                         $2,271,667\n                            ($2,018,333–\n"
                + "                             $2,525,000)\n");
    }

    @Test
    void everyTableReportFitsEveryWidthAndLosesNoFigure() {
        List<String[]> commands = List.of(new String[] {"compare", "docs/examples/offers.yaml"}, new String[] {"bands"},
                new String[] {"guides"}, new String[] {"show", "hugging-face"}, new String[] {"show", "anyscale"},
                new String[] {"company", "hugging-face"}, new String[] {"compare", "docs/examples/leave-early.yaml", "--leave-after",
                        "6m,12m,18m", "--tax", "30%"}, new String[] {"compare", "docs/examples/offers.yaml", "--scenarios"});
        for (String[] cmd : commands) {
            String wide = Cli.run(cmd).out();
            for (int width : new int[] {40, 60, 80, 120, 200}) {
                String[] args = new String[cmd.length + 2];
                System.arraycopy(cmd, 0, args, 0, cmd.length);
                args[cmd.length] = "--width";
                args[cmd.length + 1] = String.valueOf(width);
                String out = Cli.run(args).out();
                for (String line : out.split("\n")) {
                    assertThat(Width.of(line)).as(String.join(" ", cmd) + " at " + width + ": " + line).isLessThanOrEqualTo(width);
                }
                // every amount of the unlimited layout is still there (wrapped or stacked, never cut)
                for (String amount : wide.split("[^$€£0-9,]+")) {
                    if (amount.matches("[$€£][0-9,]{5,}")) {
                        assertThat(out).as(String.join(" ", cmd) + " at " + width + " keeps " + amount).contains(amount);
                    }
                }
            }
        }
    }

    @Test
    void everyWideBlockIsTwoColumnsToItsEdgesAndNoFurther() {
        // first and last code point of each block, written out here rather than read from Width
        int[][] edges = {{0x1100, 0x115F}, {0x2E80, 0x303E}, {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF},
                {0xA000, 0xA4CF}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE30, 0xFE4F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6},
                {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x3FFFD}, {0x1F680, 0x1F6FF}, {0x1FA70, 0x1FAFF},
                {0x1F200, 0x1F2FF}, {0x2705, 0x2705}, {0x2B50, 0x2B50}, {0x231A, 0x231B}};
        for (int[] e : edges) {
            assertThat(Width.columns(e[0])).as(Integer.toHexString(e[0])).isEqualTo(2);
            assertThat(Width.columns(e[1])).as(Integer.toHexString(e[1])).isEqualTo(2);
        }
        // just outside: one column (where the neighbour is no mark)
        for (int cp : new int[] {0x10FF, 0x2E7F, 0x3040 + 0x100000, 0xA4D0, 0xABFF, 0xD7A4, 0xF8FF, 0xFE2F, 0xFEFF + 0x1000, 0xFF61,
                0xFFDF, 0xFFE7, 0x1F1FF, 0x1F650, 0x1F67F, 0x1F700, 0x1F8FF, 0x1FA00, 0x1FA6F, 0x1FB00, 0x1FFFF, 0x3FFFE + 0x10,
                0x2704, 0x2706, 0x2B4F, 0x2319, 0x231C}) {
            if (Character.isValidCodePoint(cp)) {
                assertThat(Width.columns(cp)).as(Integer.toHexString(cp)).isLessThanOrEqualTo(1);
            }
        }
        assertThat(Width.columns('a')).isEqualTo(1);
        assertThat(Width.columns(0x0301)).isZero();   // combining acute
        assertThat(Width.columns(0x20DD)).isZero();   // enclosing circle
        assertThat(Width.columns(0x200B)).isZero();   // zero width space
        assertThat(Width.columns(0x200E)).isZero();   // left-to-right mark (format)
        assertThat(Width.of("")).isZero();
        assertThat(Width.of("\uE01B[1mab\uE01B[0m")).isEqualTo(2);
    }

    @Test
    void fitWrapsOnlyLongLinesKeepingTheirShape() {
        assertThat(Width.fit("short\nnote: one two three four five", 0)).isEqualTo("short\nnote: one two three four five");
        assertThat(Width.fit("short\nnote: one two three four five", 16)).isEqualTo("short\nnote: one two\n      three four\n      five");
        assertThat(Width.fit("- alpha beta gamma delta", 12)).isEqualTo("- alpha beta\n  gamma\n  delta");
        assertThat(Width.fit("    deep indent here", 12)).isEqualTo("    deep\n    indent\n    here");
        assertThat(Width.fit("  sub row text", 8)).isEqualTo("  sub\n  row\n  text");
        assertThat(Width.fit("plain words wrap", 10)).isEqualTo("plain\nwords wrap");
        assertThat(Width.fit("a\n", 5)).isEqualTo("a\n");
        assertThat(Width.wrap("exactly ten", 11, 0)).containsExactly("exactly ten");
        assertThat(Width.wrap("exactly ten!", 11, 0)).containsExactly("exactly", "ten!");
        assertThat(Width.wrap("  lead and more", 8, 2)).containsExactly("  lead", "  and", "  more");
        assertThat(Width.wrap("abcdefgh", 3, 0)).containsExactly("abc", "def", "gh");
        assertThat(Width.wrap("x abcdefgh", 4, 1)).containsExactly("x", " abc", " def", " gh");
        assertThat(Width.wrap("path/to/some-file.txt", 9, 0)).containsExactly("path/to/", "some-", "file.txt");
        assertThat(Width.wrap("東京東京東京", 5, 0)).containsExactly("東京", "東京", "東京");
        assertThat(Width.wrap("anything", 0, 0)).containsExactly("anything");
    }
}
