package negotiate.comp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule on how an offer may describe its vesting, in VestingSchedule.described, with the part it blames. */
class VestingRulesTest {

    private static List<BigDecimal> pcts(int... p) {
        List<BigDecimal> out = new ArrayList<>();
        for (int v : p) {
            out.add(BigDecimal.valueOf(v));
        }
        return out;
    }

    private static void refused(List<BigDecimal> percents, BigDecimal first, Integer years, VestingSchedule.Part part, String message) {
        assertThatThrownBy(() -> VestingSchedule.described(percents, first, years))
                .isInstanceOfSatisfying(VestingSchedule.Invalid.class, e -> assertThat(e.part()).isEqualTo(part))
                .hasMessage(message);
    }

    @Test
    void aDescribedScheduleKeepsItsWeights() {
        assertThat(VestingSchedule.described(pcts(40, 30, 20, 10), null, null).weights())
                .extracting(BigDecimal::intValue).containsExactly(40, 30, 20, 10);
        assertThat(VestingSchedule.described(pcts(40, 30, 20, 10), null, 4).years()).isEqualTo(4);
        // 30 % then even over three more years: weights 90, 70, 70, 70 of 300
        VestingSchedule first = VestingSchedule.described(null, new BigDecimal("30"), null);
        assertThat(first.weights()).extracting(BigDecimal::intValue).containsExactly(90, 70, 70, 70);
        assertThat(first.total()).isEqualByComparingTo("300");
        assertThat(VestingSchedule.described(null, new BigDecimal("100"), 1).years()).isEqualTo(1);
        assertThat(VestingSchedule.described(null, null, null).years()).isEqualTo(VestingSchedule.DEFAULT_YEARS);
        assertThat(VestingSchedule.described(null, null, 10).years()).isEqualTo(10);
    }

    @Test
    void eachBrokenRuleNamesItsPart() {
        refused(pcts(40, 30, 20), null, null, VestingSchedule.Part.PERCENTS, "vesting sums to 90%, not 100%: fix the yearly percents");
        refused(pcts(40, 30, 20, 10), null, 3, VestingSchedule.Part.PERCENTS, "vesting lists 4 years but years is 3");
        refused(new ArrayList<>(Collections.nCopies(11, BigDecimal.ONE)), null, null, VestingSchedule.Part.PERCENTS,
                "a grant vests over 1 to 10 years, not 11");
        refused(List.of(), null, null, VestingSchedule.Part.PERCENTS, "a grant vests over 1 to 10 years, not 0");
        refused(pcts(40, 60), new BigDecimal("30"), null, VestingSchedule.Part.FIRST_YEAR, "give vesting or first_year, not both");
        refused(null, new BigDecimal("101"), null, VestingSchedule.Part.FIRST_YEAR,
                "first_year must be 0–100% (100% when the grant vests over one year)");
        refused(null, new BigDecimal("40"), 1, VestingSchedule.Part.FIRST_YEAR,
                "first_year must be 0–100% (100% when the grant vests over one year)");
        assertThatThrownBy(() -> VestingSchedule.even(11)).isInstanceOfSatisfying(VestingSchedule.Invalid.class,
                e -> assertThat(e.part()).isEqualTo(VestingSchedule.Part.YEARS)).hasMessage("a grant vests over 1 to 10 years, not 11");
    }
}
