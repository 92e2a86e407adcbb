package negotiate.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "€98K–€132K; 98000; 132000; EUR",
        "$210K–$262K; 210000; 262000; USD",
        "EUR183K–EUR234K; 183000; 234000; EUR",
        "£163K–£209K; 163000; 209000; GBP",
        "$74-105K; 74000; 105000; USD",
        "$8-12B; 8000000000; 12000000000; USD",
        "CHF 180K – CHF 240K; 180000; 240000; CHF",
        "C$150K--C$190K; 150000; 190000; CAD",
        "CA$150K to CA$190K; 150000; 190000; CAD",
        "A$200K—A$250K; 200000; 250000; AUD",
        "US$1.2M; 1200000; 1200000; USD",
        "120,000 EUR–150,000 EUR; 120000; 150000; EUR",
        "120000EUR-150000EUR; 120000; 150000; EUR",
        "¥12M–¥15M; 12000000; 15000000; JPY",
        "₹45L; 4500000; 4500000; INR",
        "₹1.2Cr; 12000000; 12000000; INR",
        "₹45 lakh–₹60 lakh; 4500000; 6000000; INR",
        "₹45,00,000–₹60,00,000; 4500000; 6000000; INR",
        "₹1,20,00,000; 12000000; 12000000; INR",
        "CHF 170 000–CHF 210 000; 170000; 210000; CHF",
        "98 000 € – 132 000 €; 98000; 132000; EUR",
        "98\u00a0000 €; 98000; 98000; EUR",
        "CHF 170'000; 170000; 170000; CHF",
        "CHF 140’000; 140000; 140000; CHF",
        "€1.234.567; 1234567; 1234567; EUR",
        "€1.234,56; 1234.56; 1234.56; EUR",
        "1 234,56 €; 1234.56; 1234.56; EUR",
        "€120.000; -1; -1; ERR",
        "10,00; -1; -1; ERR",
        "$1.275M; 1275000; 1275000; USD",
        "S$140K–S$180K; 140000; 180000; SGD",
        "HK$1.2M; 1200000; 1200000; HKD",
        "NZ$150K; 150000; 150000; NZD",
        "R$300K; 300000; 300000; BRL",
        "MX$900K; 900000; 900000; MXN",
        "£125K*; 125000; 125000; GBP",
        "$210K¹–$262K²; 210000; 262000; USD",
        "$210k–$262k; 210000; 262000; USD",
        "$8bn; 8000000000; 8000000000; USD",
        "₹45,00,000–₹60L; 4500000; 6000000; INR",
        "$180,000–$250K; 180000; 250000; USD",
        "£125,000 to £150K; 125000; 150000; GBP",
        "€1.234,56–€80K; 1234.56; 80000; EUR",
        "100,000–150K CHF; 100000; 150000; CHF",
        "$180000–$250K; -1; -1; ERR",
        "€1.1–1.4M; 1100000; 1400000; EUR",
        "₹4.5M–₹6M; 4500000; 6000000; INR",
        "1,250,000 USD; 1250000; 1250000; USD",
        "$500K+; 500000; 500000; USD",
        "150k; 150000; 150000; NONE",
    })
    void readsRangesInEverySpelling(String text, String low, String high, String currency) throws AmountException {
        if (currency.equals("ERR")) {
            assertThatThrownBy(() -> MoneyParser.parseRange(text)).isInstanceOf(AmountException.class);
            return;
        }
        MoneyParser.AmountRange r = MoneyParser.parseRange(text);
        assertThat(r.low()).isEqualByComparingTo(low);
        assertThat(r.high()).isEqualByComparingTo(high);
        assertThat(r.currency() == null ? "NONE" : r.currency().getCurrencyCode()).isEqualTo(currency);
    }

    @Test
    void aDotAndThreeDigitsSaysBothReadingsAndAZeroBeforeItIsNoThousand() throws AmountException {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MoneyParser.parseAmount("€120.000")).hasMessage(
                "'€120.000' could be 120,000 or 120.000: write 120000 for thousands or 120.0000 for decimals");
        // a strike of a tenth of a cent: 0.001 cannot be a thousand
        assertThat(MoneyParser.parseAmount("$0.001").value()).isEqualByComparingTo("0.001");
        assertThat(MoneyParser.parseAmount("$1.2340").value()).isEqualByComparingTo("1.234");
        // four digits before the dot group nothing: a decimal
        assertThat(MoneyParser.parseAmount("$1234.567").value()).isEqualByComparingTo("1234.567");
    }

    @Test
    void trailingPlusMeansAtLeast() throws AmountException {
        assertThat(MoneyParser.parseRange("$500K+").atLeast()).isTrue();
        assertThat(MoneyParser.parseRange("$500K").atLeast()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "1.2.3k; amount", "NaN; amount", "$; amount", "-5K; amount", "230kk; amount", "; amount",
        "12,34; amount", "$100K–€120K; currency", "XYZ 100; currency", "100 QQQ; currency",
        "$200K–$100K; range", "$2000000000000; amount", "$1,000,000,000,001; amount",
    })
    void rejectsMalformedLiteralsWithTheirCode(String text, String code) {
        assertThatThrownBy(() -> MoneyParser.parseRange(text == null ? "" : text))
                .isInstanceOfSatisfying(AmountException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"XYZ 100; XYZ", "100 QQQ; QQQ"})
    void anUnknownCurrencyIsSaidOneWay(String text, String code) {
        assertThatThrownBy(() -> MoneyParser.parseAmount(text)).hasMessage("unknown currency '" + code + "' in '" + text
                + "': use an ISO 4217 code such as USD, EUR, GBP, CHF or a symbol $ € £");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "10–15%; 10; 15", "10%; 10; 10", "10 %; 10; 10", "15%†; 15; 15", "+20--35%; 20; 35", "+20–35%; 20; 35", "10 % to 15 %; 10; 15", "12.5%; 12.5; 12.5",
    })
    void readsPercents(String text, String low, String high) throws AmountException {
        MoneyParser.PercentRange p = MoneyParser.parsePercent(text);
        assertThat(p.low()).isEqualByComparingTo(low);
        assertThat(p.high()).isEqualByComparingTo(high);
    }

    @Test
    void percentNeedsTheSign() {
        assertThatThrownBy(() -> MoneyParser.parsePercent("10")).isInstanceOf(AmountException.class);
    }

    @Test
    void decimalsStayExact() throws AmountException {
        assertThat(MoneyParser.parseAmount("$0.1K").value()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(MoneyParser.parseAmount("1.10").value().toPlainString()).isEqualTo("1.10");
    }

    @Test
    void printingRoundsHalfEvenOnlyAtTheEnd() {
        assertThat(MoneyFormat.json(new BigDecimal("13636.365"))).isEqualTo("13636.36");
        assertThat(MoneyFormat.json(new BigDecimal("13636.375"))).isEqualTo("13636.38");
        assertThat(MoneyFormat.json(new BigDecimal("1E+6"))).isEqualTo("1000000");
        assertThat(MoneyFormat.whole(new BigDecimal("2.5"))).isEqualTo("2");
        assertThat(MoneyFormat.whole(new BigDecimal("3.5"))).isEqualTo("4");
        assertThat(MoneyFormat.whole(Money.of("139250", "EUR"))).isEqualTo("€139,250");
        assertThat(MoneyFormat.whole(Money.of("120000", "CHF"))).isEqualTo("CHF 120,000");
    }

    @Test
    void moneyOfDifferentCurrenciesNeverAdds() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exchange rate");
    }
}
