package negotiate.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The one sanitising layer, character by character at the edges of every range it shows. */
class VisibleTest {
    @Test
    void controlAndBidiCharactersAreShownAndOthersKept() {
        assertThat(Visible.of(null)).isNull();
        assertThat(Visible.of("plain € text")).isEqualTo("plain € text");
        assertThat(Visible.of("a\u001bb\nc\rd\te")).isEqualTo("a\\eb\\nc\\rd\\te");
        // C0 edges, DEL and C1 edges, bidi controls at both ends of their ranges, marks
        assertThat(Visible.of("\u0000\u001f \u007e\u007f\u009f\u00a0")).isEqualTo("\\u0000\\u001f ~\\u007f\\u009f\u00a0");
        assertThat(Visible.of("\u2027\u2028\u2029\u202a\u202e\u202f")).isEqualTo("\u2027\\u2028\\u2029\\u202a\\u202e\u202f");
        assertThat(Visible.of("\u2065\u2066\u2069\u206a")).isEqualTo("\u2065\\u2066\\u2069\u206a");
        // the joiners stay (Persian, Indic scripts and emoji need them); marks and invisible fillers are shown
        assertThat(Visible.of("\u200a\u200c\u200d\u200e\u200f\u2010")).isEqualTo("\u200a\u200c\u200d\\u200e\\u200f\u2010");
        assertThat(Visible.of("a\u061cb\u3164c\u180ed")).isEqualTo("a\\u061cb\\u3164c\\u180ed");
        // tag characters (invisible, outside the BMP) as one escape each; other supplementary characters kept
        assertThat(Visible.of("x\uDB40\uDC41y\uD83D\uDE80")).isEqualTo("x\\U000e0041y\uD83D\uDE80");
        assertThat(Visible.terminal("x\uDB40\uDC41\n")).isEqualTo("x\\U000e0041\n");
        // invisible characters are shown too: "Pl\u200bain" must not pass for "Plain"
        assertThat(Visible.of("Pl\u200bain\u2060\ufeff\u00ad\u2065")).isEqualTo("Pl\\u200bain\\u2060\\ufeff\\u00ad\u2065");
        assertThat(Visible.of("xy\u0007")).isEqualTo("xy\\u0007");
    }

    @Test
    void aWholeReportKeepsItsLineBreaksAndOnlyOurStyling() {
        String ours = Visible.STYLE + "[1mBest" + Visible.STYLE + "[0m";
        assertThat(Visible.terminal("line one\n" + ours + "\nEvil\u001b]0;x\u0007")).isEqualTo("line one\n\u001b[1mBest\u001b[0m\nEvil\\e]0;x\\u0007");
        assertThat(Visible.terminal("no change\n")).isEqualTo("no change\n");
        assertThat(Visible.terminal("\rstart")).isEqualTo("\\rstart");
        // a CSV cell keeps CR and LF (it is quoted) and shows the rest
        assertThat(Visible.cell("a\r\nb\u001bc\td")).isEqualTo("a\r\nb\\ec\\td");
    }

    @Test
    void stderrShowsControlsButKeepsLinesAndTabs() throws Exception {
        StringWriter out = new StringWriter();
        try (java.io.Writer w = Visible.writer(out)) {
            w.write("negotiate: a\u001b[2Jb\n\tat x\u0007");
            w.write('\u202e');
            w.write(new char[] {'o', '\u001b', 'k'}, 0, 3);
            w.write("skip-this", 5, 4);
        }
        assertThat(out.toString()).isEqualTo("negotiate: a\\e[2Jb\n\tat x\\u0007\\u202eo\\ekthis");
    }
}
