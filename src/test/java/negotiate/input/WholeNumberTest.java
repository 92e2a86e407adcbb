package negotiate.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WholeNumberTest {

    @Test
    void wholeNumbersAreOneRuleForEveryReader() throws WholeNumber.Invalid {
        assertThat(WholeNumber.within(" 10 ", 1, 10)).isEqualTo(10);
        for (String bad : new String[] {"11", "0", "4.5", "four", "", "99999999999"}) {
            try {
                WholeNumber.within(bad, 1, 10);
                throw new AssertionError(bad + " was accepted");
            } catch (WholeNumber.Invalid e) {
                assertThat(e.getMessage()).isEqualTo("'" + bad + "' must be a whole number from 1 to 10");
            }
        }
    }
}
