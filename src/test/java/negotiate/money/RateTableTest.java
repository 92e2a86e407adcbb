package negotiate.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RateTableTest {
    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency GBP = Currency.getInstance("GBP");
    static final Currency CHF = Currency.getInstance("CHF");

    static RateTable table() {
        RateTable t = new RateTable();
        t.add(new Rate(EUR, USD, new BigDecimal("1.10"), "2026-11-01", "--rate"));
        t.add(new Rate(GBP, USD, new BigDecimal("1.27"), "2026-11-01", "--rate"));
        return t;
    }

    @Test
    void directInverseAndCrossThroughUsd() {
        RateTable t = table();
        assertThat(t.convert(Money.of("100", "EUR"), USD).amount()).isEqualByComparingTo("110");
        assertThat(t.convert(Money.of("110", "USD"), EUR).amount()).isEqualByComparingTo("100");
        // 100 EUR = 110 USD = 110 / 1.27 GBP
        assertThat(t.convert(Money.of("100", "EUR"), GBP).amount().setScale(6, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("86.614173");
        assertThat(t.used()).extracting(Rate::pair).containsExactly("EUR/USD", "GBP/USD");
    }

    @Test
    void firstRateAddedWins() {
        RateTable t = new RateTable();
        t.add(new Rate(EUR, USD, new BigDecimal("1.20"), null, "--rate"));
        t.add(new Rate(USD, EUR, new BigDecimal("0.5"), null, "file"));
        assertThat(t.convert(Money.of("10", "EUR"), USD).amount()).isEqualByComparingTo("12");
    }

    @Test
    void missingRateNamesThePairAndTheFix() {
        assertThatThrownBy(() -> table().convert(Money.of("1", "CHF"), EUR))
                .isInstanceOf(MissingRateException.class)
                .hasMessageContaining("CHF/EUR").hasMessageContaining("--rate CHF/EUR=");
    }

    @Test
    void convertingThereAndBackReturnsTheAmountWithinACent() {
        Random random = new Random(20261122L);
        RateTable t = table();
        Currency[] cs = {USD, EUR, GBP};
        for (int i = 0; i < 500; i++) {
            Money m = new Money(BigDecimal.valueOf(random.nextInt(100_000_000), 2), cs[random.nextInt(3)]);
            Currency to = cs[random.nextInt(3)];
            Money back = t.convert(t.convert(m, to), m.currency());
            assertThat(back.amount().subtract(m.amount()).abs()).isLessThan(new BigDecimal("0.01"));
        }
    }
}
