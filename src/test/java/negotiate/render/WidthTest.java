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
    void everyTableReportFitsEveryWidthAndLosesNoFigure() {
        List<String[]> commands = List.of(new String[] {"compare", "docs/examples/offers.yaml"}, new String[] {"bands"},
                new String[] {"guides"}, new String[] {"show", "hugging-face"}, new String[] {"show", "anyscale"},
                new String[] {"company", "hugging-face"}, new String[] {"compare", "docs/examples/leave-early.yaml", "--leave-after",
                        "6m,12m,18m", "--tax", "30%"}, new String[] {"compare", "docs/examples/offers.yaml", "--scenarios"});
        for (String[] cmd : commands) {
            String wide = Cli.run(cmd).out();
            for (int width : new int[] {60, 80, 120, 200}) {
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
}
