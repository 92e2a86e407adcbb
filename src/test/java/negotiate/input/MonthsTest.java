package negotiate.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Durations as people write them, one reader for --leave-after, cliffs and clawbacks. */
class MonthsTest {
    @Test
    void spellingsAndTheirMonths() {
        assertThat(Months.parse("18m", false)).isEqualTo(18);
        assertThat(Months.parse("1y", false)).isEqualTo(12);
        assertThat(Months.parse("2y6m", false)).isEqualTo(30);
        assertThat(Months.parse("2 years 6 months", false)).isEqualTo(30);
        assertThat(Months.parse("1y11m", false)).isEqualTo(23);
        assertThat(Months.parse("12", true)).isEqualTo(12);
        assertThat(Months.shown(30)).isEqualTo("2y6m");
        assertThat(Months.shown(12)).isEqualTo("1y");
        assertThat(Months.shown(7)).isEqualTo("7m");
    }

    @Test
    void whatCouldMeanTwoThingsIsRefusedWithTheSpellings() {
        assertThatThrownBy(() -> Months.parse("12", false)).hasMessage("'12' could be months or years: write 12m or 12y");
        assertThatThrownBy(() -> Months.parse("1y13m", false))
                .hasMessage("'1y13m': months after years run 0 to 11: write 2y1m if that is what you mean");
        assertThatThrownBy(() -> Months.parse("soon", false)).hasMessageContaining("is not a duration");
        assertThatThrownBy(() -> Months.parse("", false)).hasMessageContaining("is not a duration");
        // months alone may pass a year
        assertThat(Months.parse("13m", false)).isEqualTo(13);
    }
}
