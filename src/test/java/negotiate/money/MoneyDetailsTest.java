package negotiate.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import negotiate.input.InputException;
import negotiate.input.YamlTree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edges of money reading, printing and rates. */
class MoneyDetailsTest {
    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "100USD; USD", "100 USD; USD", "100 usd; ERR", "100USDX; ERR", "100 EU; ERR", "USD100; USD", "100€; EUR",
        "100 K; NONE", "1M; NONE", "100 KEUR; ERR", "100K EUR; EUR", "$ 100; USD", "100 CHF+; CHF",
    })
    void currencyPositions(String text, String currency) {
        if (currency.equals("ERR")) {
            assertThatThrownBy(() -> MoneyParser.parseAmount(text)).isInstanceOf(AmountException.class);
            return;
        }
        try {
            MoneyParser.Amount a = MoneyParser.parseAmount(text);
            assertThat(a.currency() == null ? "NONE" : a.currency().getCurrencyCode()).isEqualTo(currency);
        } catch (AmountException e) {
            throw new AssertionError(text + ": " + e.getMessage(), e);
        }
    }

    @Test
    void boundariesOfAmounts() throws AmountException {
        assertThat(MoneyParser.parseAmount("$1T").value()).isEqualByComparingTo("1000000000000");
        assertThat(MoneyParser.parseRange("$1T").high()).isEqualByComparingTo("1000000000000");
        assertThatThrownBy(() -> MoneyParser.parseRange("$1–1.000001T")).isInstanceOf(AmountException.class);
        MoneyParser.AmountRange same = MoneyParser.parseRange("$5K–$5K");
        assertThat(same.low()).isEqualByComparingTo(same.high());
        assertThat(MoneyParser.parseRange("$5K-6").high()).isEqualByComparingTo("6000");
        assertThat(MoneyParser.parseRange("5-6K").low()).isEqualByComparingTo("5000");
        assertThat(MoneyParser.parseRange("5K–6M").low()).isEqualByComparingTo("5000");
        assertThat(MoneyParser.parseRange("5K–6M").high()).isEqualByComparingTo("6000000");
        assertThat(MoneyParser.parseRange("5 to 6 EUR").currency()).isEqualTo(EUR);
        assertThat(MoneyParser.parseRange("€5–6").currency()).isEqualTo(EUR);
    }

    @Test
    void negativeAfterCurrencyAndTwoCurrencies() {
        assertThatThrownBy(() -> MoneyParser.parseAmount("$-5")).hasMessageContaining("negative");
        assertThatThrownBy(() -> MoneyParser.parseAmount("USD 5 EUR"))
                .isInstanceOfSatisfying(AmountException.class, e -> assertThat(e.code()).isEqualTo("currency"));
        assertThatThrownBy(() -> MoneyParser.parseAmount("5,")).isInstanceOf(AmountException.class);
        assertThatThrownBy(() -> MoneyParser.parseAmount("1,0000")).hasMessageContaining("separators");
    }

    @Test
    void percentBoundaries() throws AmountException {
        assertThat(MoneyParser.parsePercent("1000%").high()).isEqualByComparingTo("1000");
        assertThatThrownBy(() -> MoneyParser.parsePercent("1001%")).isInstanceOf(AmountException.class);
        assertThat(MoneyParser.parsePercent("5–5%").low()).isEqualByComparingTo("5");
        assertThatThrownBy(() -> MoneyParser.parsePercent("15–10%"))
                .isInstanceOfSatisfying(AmountException.class, e -> assertThat(e.code()).isEqualTo("range"));
        assertThat(MoneyParser.parsePercent("10%–15%").high()).isEqualByComparingTo("15");
        assertThatThrownBy(() -> MoneyParser.parsePercent("x%")).isInstanceOf(AmountException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "0; 0", "7; 7", "999; 999", "1000; 1,000", "12345; 12,345", "123456; 123,456", "1234567; 1,234,567",
        "-1234567; -1,234,567", "-12; -12", "-123; -123", "-1234; -1,234", "1000000000000; 1,000,000,000,000",
    })
    void groupsThousands(String plain, String grouped) {
        assertThat(MoneyFormat.whole(new BigDecimal(plain))).isEqualTo(grouped);
    }

    @Test
    void printing() {
        assertThat(MoneyFormat.whole(new Money(new BigDecimal("-1500.4"), USD))).isEqualTo("-$1,500");
        assertThat(MoneyFormat.whole(new Money(new BigDecimal("-0.4"), USD))).isEqualTo("$0");
        assertThat(MoneyFormat.whole(new Money(new BigDecimal("0.5"), USD))).isEqualTo("$0");
        assertThat(MoneyFormat.cents(new Money(new BigDecimal("13636.365"), USD))).isEqualTo("$13,636.36");
        assertThat(MoneyFormat.cents(new Money(new BigDecimal("5"), Currency.getInstance("CHF")))).isEqualTo("CHF 5.00");
        assertThat(MoneyFormat.percent(new BigDecimal("12.50"))).isEqualTo("12.5%");
        assertThat(MoneyFormat.percent(new BigDecimal("10"))).isEqualTo("10%");
        assertThat(MoneyFormat.json(new BigDecimal("-0.001"))).isEqualTo("0");
        assertThat(Currencies.prefix(Currency.getInstance("CAD"))).isEqualTo("CA$");
        assertThat(Currencies.prefix(Currency.getInstance("AUD"))).isEqualTo("A$");
        assertThat(Currencies.prefix(Currency.getInstance("JPY"))).isEqualTo("¥");
        assertThat(Currencies.prefix(Currency.getInstance("INR"))).isEqualTo("₹");
        assertThat(Currencies.prefix(Currency.getInstance("GBP"))).isEqualTo("£");
        assertThat(Currencies.iso("usd")).isNull();
        assertThat(Currencies.iso(null)).isNull();
        assertThat(Currencies.iso("USDX")).isNull();
    }

    @Test
    void moneyArithmeticKeepsCurrencies() {
        Money a = Money.of("10", "USD");
        assertThat(a.minus(Money.of("4", "USD")).amount()).isEqualByComparingTo("6");
        assertThatThrownBy(() -> a.minus(Money.of("4", "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(a.times(new BigDecimal("1.5")).amount()).isEqualByComparingTo("15");
        assertThat(a.dividedBy(new BigDecimal("4")).amount()).isEqualByComparingTo("2.5");
        assertThat(Money.zero(USD).isZero()).isTrue();
        assertThat(a.isZero()).isFalse();
    }

    @Test
    void rangesAndRates() {
        assertThatThrownBy(() -> new Range(BigDecimal.TEN, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        Range r = new Range(BigDecimal.ONE, BigDecimal.TEN);
        assertThat(r.sameAs(null)).isFalse();
        assertThat(r.sameAs(new Range(new BigDecimal("1.0"), BigDecimal.TEN))).isTrue();
        assertThat(r.sameAs(new Range(BigDecimal.ONE, BigDecimal.ONE))).isFalse();
        assertThat(r.sameAs(new Range(BigDecimal.ZERO, BigDecimal.TEN))).isFalse();
        assertThatThrownBy(() -> new Rate(EUR, USD, BigDecimal.ZERO, null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Rate(EUR, USD, new BigDecimal("0.0001"), null, "x").pair()).isEqualTo("EUR/USD");
    }

    @Test
    void rateOptionsAndFiles(@TempDir Path tmp) throws Exception {
        Rate r = RatesFile.parseOption("eur/usd=1.10");
        assertThat(r.pair()).isEqualTo("EUR/USD");
        assertThat(r.rate()).isEqualByComparingTo("1.10");
        assertThat(r.source()).isEqualTo("--rate");
        for (String bad : List.of("EUR/USD", "=1.1", "EUR/USD=0", "EUR/USD=-1", "EUR/USD=abc", "EUR/EUR=1", "EURUSD=1", "EUR/USD/GBP=1")) {
            assertThatThrownBy(() -> RatesFile.parseOption(bad)).as(bad)
                    .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.USAGE));
        }
        Path f = Files.writeString(tmp.resolve("r.yaml"), "as_of: 2026-11-01\nsource: ECB\nrates:\n  EUR/USD: 1.10\n  GBP/USD: 1.27\n");
        List<Rate> rates = RatesFile.readFile(f, "r.yaml");
        assertThat(rates).extracting(Rate::pair).containsExactly("EUR/USD", "GBP/USD");
        assertThat(rates.get(0).asOf()).isEqualTo("2026-11-01");
        assertThat(rates.get(0).source()).isEqualTo("file r.yaml (ECB)");
        Path noSource = Files.writeString(tmp.resolve("n.yaml"), "as_of: ~\nrates: {EUR/USD: 1.1}\n");
        assertThat(RatesFile.readFile(noSource, "n.yaml").get(0).source()).isEqualTo("file n.yaml");
        assertThat(RatesFile.readFile(noSource, "n.yaml").get(0).asOf()).isNull();
        for (String bad : List.of("rates: {EUR/USD: x}", "rates: {EURO/USD: 1}", "rates: [1]", "as_of: 1\n", "- 1\n", "rates: {EUR/USD: [1]}")) {
            Path b = Files.writeString(tmp.resolve("b.yaml"), bad);
            assertThatThrownBy(() -> RatesFile.readFile(b, "b.yaml")).as(bad)
                    .isInstanceOfSatisfying(InputException.class, e -> {
                        assertThat(e.kind()).isEqualTo(InputException.Kind.DATA);
                        assertThat(e.getMessage()).startsWith("b.yaml:");
                    });
        }
        assertThatThrownBy(() -> RatesFile.readFile(tmp.resolve("missing.yaml"), "missing.yaml"))
                .hasMessageContaining("missing.yaml");
        assertThat(RatesFile.number("1.5")).isEqualByComparingTo("1.5");
        assertThat(RatesFile.number("0")).isNull();
        assertThat(RatesFile.number("0.000000000001")).isNotNull();
        assertThat(RatesFile.number(null)).isNull();
        YamlTree.MapNode m = (YamlTree.MapNode) YamlTree.parseYaml("source: s\nrates: {A/B: 1}\n");
        assertThatThrownBy(() -> RatesFile.fromBlock(m, "x", "y")).isInstanceOf(InputException.class);
    }

    @Test
    void fallbackRatesAreReadOnlyWhenNeeded() {
        RateTable t = new RateTable();
        t.add(new Rate(EUR, USD, new BigDecimal("1.10"), null, "--rate"));
        int[] calls = {0};
        t.fallback(() -> {
            calls[0]++;
            return List.of(new Rate(EUR, USD, new BigDecimal("9"), null, "bundled"),
                    new Rate(Currency.getInstance("GBP"), USD, new BigDecimal("1.25"), null, "bundled"));
        });
        assertThat(t.factor(EUR, USD)).isEqualByComparingTo("1.10");
        assertThat(calls[0]).isZero();
        assertThat(t.factor(Currency.getInstance("GBP"), USD)).isEqualByComparingTo("1.25");
        assertThat(t.factor(EUR, USD)).isEqualByComparingTo("1.10");
        assertThat(calls[0]).isEqualTo(1);
        assertThatThrownBy(() -> t.factor(Currency.getInstance("CHF"), USD)).isInstanceOf(MissingRateException.class);
        assertThat(t.factor(USD, USD)).isEqualByComparingTo("1");
    }
}
