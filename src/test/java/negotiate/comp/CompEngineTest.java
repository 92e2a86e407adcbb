package negotiate.comp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import negotiate.money.Money;
import negotiate.money.Rate;
import negotiate.money.RateTable;
import negotiate.offers.OfferFile;
import negotiate.offers.OfferSet;
import org.junit.jupiter.api.Test;

/** The comp engine against the spec's worked numbers and hand-computed offers. */
class CompEngineTest {
    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");

    static RateTable rates() {
        RateTable t = new RateTable();
        t.add(new Rate(EUR, USD, new BigDecimal("1.10"), null, "test"));
        return t;
    }

    static CompEngine engine() {
        return new CompEngine(rates(), o -> null, o -> null);
    }

    static List<Offer> offers(String yaml) {
        OfferSet s = OfferFile.parse("t.yaml", yaml, null);
        return s.offers();
    }

    static OfferResult one(String yaml) {
        Offer o = offers(yaml).get(0);
        return engine().evaluate(o, o.currency());
    }

    static List<String> totals(OfferResult r) {
        return r.years().stream().map(y -> y.total().stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void specWorkedExampleWithRefresh() {
        OfferResult r = one("""
                offers:
                  - name: A
                    base: 150000 USD
                    equity: { grant: $200K }
                    refresh: { grant: $60K, from_year: 2 }
                """);
        assertThat(totals(r)).containsExactly("200000", "215000", "230000", "245000");
        assertThat(r.fourYear()).isEqualByComparingTo("890000");
        assertThat(r.annual()).isEqualByComparingTo("222500");
        assertThat(r.firstYear()).isEqualByComparingTo("200000");
        // all-public equity: no haircut, and said to be public, not "none"
        assertThat(r.riskSource()).isEqualTo("public");
        assertThat(r.riskPct()).isEqualByComparingTo("0");
    }

    @Test
    void frontLoadedVesting() {
        OfferResult r = one("""
                offers:
                  - name: A
                    base: $100K
                    equity: { grant: $400K, vesting: [40, 30, 20, 10] }
                """);
        assertThat(totals(r)).containsExactly("260000", "220000", "180000", "140000");
        assertThat(r.fourYear()).isEqualByComparingTo("800000");
    }

    @Test
    void firstYearThenEven() {
        OfferResult r = one("""
                offers:
                  - name: A
                    base: $100K
                    equity: { grant: $300K, first_year: 30 }
                """);
        assertThat(r.years()).extracting(y -> y.equity().stripTrailingZeros().toPlainString())
                .containsExactly("90000", "70000", "70000", "70000");
    }

    @Test
    void optionsValuedAtPriceMinusStrikeAndRiskHaircut() {
        OfferResult r = one("""
                offers:
                  - name: A
                    base: $100K
                    equity: { type: options, shares: 10000, strike: $5, price: $25, risk: 40% }
                """);
        assertThat(r.years().get(0).equity()).isEqualByComparingTo("50000");
        assertThat(r.fourYear()).isEqualByComparingTo("600000");
        // 4 × (100K + 50K × 0.6)
        assertThat(r.riskAdjustedFourYear()).isEqualByComparingTo("520000");
        assertThat(r.riskPct()).isEqualByComparingTo("40");
        assertThat(r.riskSource()).isEqualTo("offer");
    }

    @Test
    void underwaterOptionsAreWorthNothing() {
        OfferResult r = one("""
                offers:
                  - name: A
                    base: $100K
                    equity: { type: options, shares: 10000, strike: $30, price: $25 }
                """);
        assertThat(r.fourYear()).isEqualByComparingTo("400000");
    }

    @Test
    void raiseCompoundsAndPercentBonusFollows() {
        OfferResult r = one("""
                offers:
                  - name: A
                    base: $100K
                    bonus: 10%
                    raise: 10%
                """);
        assertThat(totals(r)).containsExactly("110000", "121000", "133100", "146410");
        assertThat(r.fourYear()).isEqualByComparingTo("510510");
    }

    @Test
    void eurosAgainstDollarsWithAnAmountBonusAndSigningList() {
        List<Offer> os = offers("""
                offers:
                  - name: Paris
                    base: €100K
                    bonus: €10K
                    signing: [€20K, €10K]
                    equity: { per_year: $50K }
                """);
        OfferResult r = engine().evaluate(os.get(0), USD);
        // year 1: 110K + 11K + 22K + 50K; year 2: 110K + 11K + 11K + 50K; years 3–4: 171K
        assertThat(totals(r)).containsExactly("193000", "182000", "171000", "171000");
        assertThat(r.fourYear()).isEqualByComparingTo("717000");
        assertThat(os.get(0).currency()).isEqualTo(EUR);
    }

    @Test
    void privateRiskFromTheOffer() {
        OfferResult r = one("""
                offers:
                  - name: A
                    base: $200K
                    equity: { grant: $400K, type: private, risk: 30% }
                    refresh: { grant: $40K }
                """);
        assertThat(r.years()).extracting(y -> y.refresh().stripTrailingZeros().toPlainString())
                .containsExactly("0", "10000", "20000", "30000");
        assertThat(r.fourYear()).isEqualByComparingTo("1260000");
        // equity + refresh = 460K, 70% of it kept: 322K
        assertThat(r.riskAdjustedFourYear()).isEqualByComparingTo("1122000");
        assertThat(r.riskAdjustedAnnual()).isEqualByComparingTo("280500");
    }

    @Test
    void privateEquityWithoutRiskOrReportSaysSo() {
        OfferResult r = one("""
                offers:
                  - name: A
                    base: $200K
                    equity: { grant: $400K, type: private }
                """);
        // unknown is not zero: no percent, face value as an upper bound, said in the notes
        assertThat(r.riskPct()).isNull();
        assertThat(r.riskSource()).isEqualTo("unknown");
        assertThat(r.upperBound()).isTrue();
        assertThat(r.atRisk()).isEqualByComparingTo("400000");
        assertThat(r.riskAdjustedFourYear()).isEqualByComparingTo(r.fourYear());
        assertThat(r.notes()).anyMatch(n -> n.contains("risk is unknown") && n.contains("upper bound"));
    }

    @Test
    void bestByRiskAdjustedThenNominalThenName() {
        List<Offer> os = offers("""
                offers:
                  - name: Zed
                    base: $200K
                  - name: Alpha
                    base: $200K
                  - name: Risky
                    base: $150K
                    equity: { grant: $400K, type: private, risk: 50% }
                """);
        Comparison c = engine().compare(os, USD);
        // Risky: nominal 1,000K, risk-adjusted 800K = the others; wins on nominal
        assertThat(c.best().name()).isEqualTo("Risky");
        assertThat(c.toBest(c.offers().get(0))).isEqualByComparingTo("0");
        List<Offer> two = os.subList(0, 2);
        assertThat(engine().compare(two, USD).best().name()).isEqualTo("Alpha");
    }

    @Test
    void propertiesHoldOnRandomOffers() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            List<Offer> os = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                os.add(randomOffer(random, "O" + k));
            }
            Comparison c = engine().compare(os, USD);
            for (OfferResult r : c.offers()) {
                BigDecimal sum = r.years().stream().map(YearBreakdown::total).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sum).isEqualByComparingTo(r.fourYear());
                for (YearBreakdown y : r.years()) {
                    assertThat(y.base().add(y.bonus()).add(y.signing()).add(y.equity()).add(y.refresh()))
                            .isEqualByComparingTo(y.total());
                    assertThat(y.riskAdjusted()).isLessThanOrEqualTo(y.total());
                }
                assertThat(r.riskAdjustedFourYear()).isLessThanOrEqualTo(r.fourYear());
            }
            List<Offer> shuffled = new ArrayList<>(os);
            Collections.shuffle(shuffled, random);
            Comparison c2 = engine().compare(shuffled, USD);
            assertThat(c2.best().name()).isEqualTo(c.best().name());
            for (OfferResult r : c.offers()) {
                OfferResult r2 = c2.offers().stream().filter(x -> x.name().equals(r.name())).findFirst().orElseThrow();
                assertThat(r2.fourYear()).isEqualByComparingTo(r.fourYear());
                assertThat(r2.riskAdjustedFourYear()).isEqualByComparingTo(r.riskAdjustedFourYear());
                assertThat(c2.toBest(r2)).isEqualByComparingTo(c.toBest(r));
            }
        }
    }

    @Test
    void vestingSlicesSumToTheGrant() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            int years = 1 + random.nextInt(6);
            Money grant = new Money(BigDecimal.valueOf(random.nextInt(1_000_000_000), 2), USD);
            VestingSchedule v = random.nextBoolean() ? VestingSchedule.even(years)
                    : VestingSchedule.firstYear(BigDecimal.valueOf(random.nextInt(101)), years);
            BigDecimal sum = v.slices(grant).stream().map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(grant.amount());
            assertThat(v.slices(grant)).hasSize(years);
        }
    }

    static Offer randomOffer(Random r, String name) {
        Currency cur = r.nextBoolean() ? USD : EUR;
        Money base = new Money(BigDecimal.valueOf(50_000 + r.nextInt(300_000)), cur);
        EquityGrant eq = null;
        if (r.nextBoolean()) {
            EquityKind kind = EquityKind.values()[r.nextInt(3)];
            int years = 1 + r.nextInt(5);
            eq = new EquityGrant(new Money(BigDecimal.valueOf(r.nextInt(800_000)), r.nextBoolean() ? USD : EUR),
                    r.nextBoolean() ? VestingSchedule.even(years) : VestingSchedule.firstYear(BigDecimal.valueOf(r.nextInt(101)), years),
                    kind, kind.isRisky() && r.nextBoolean() ? BigDecimal.valueOf(r.nextInt(101)) : null);
        }
        Refresh refresh = r.nextInt(3) == 0 ? new Refresh(new Money(BigDecimal.valueOf(r.nextInt(100_000)), cur), 1 + r.nextInt(4), 1 + r.nextInt(4)) : null;
        List<Money> signing = r.nextBoolean() ? List.of(new Money(BigDecimal.valueOf(r.nextInt(60_000)), cur)) : List.of();
        return new Offer(name, cur, base, r.nextBoolean() ? BigDecimal.valueOf(r.nextInt(30)) : null, null, signing, eq, refresh,
                BigDecimal.valueOf(r.nextInt(6)), null, null, null, "random");
    }
}
