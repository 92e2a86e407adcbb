package negotiate.comp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** §2 "Horizon, leaving early, benefits and tax", each rule against a figure computed by hand. */
class TimeTest {
    private static final CompEngine E = CompEngineTest.engine();

    private static OfferResult at(String yaml, int years) {
        return E.evaluate(CompEngineTest.offers(yaml).get(0), CompEngineTest.USD, years);
    }

    /** Leave figures as printed: to the cent (salary months are thirds and twelfths). */
    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_EVEN);
    }

    private static Leave leave(String yaml, int months) {
        return E.leave(at(yaml, 4), months);
    }

    private static final String CLIFF = """
            offers:
              - name: A
                base: $120K
                equity: { grant: $480K, cliff: 12, frequency: monthly }
            """;

    @Test
    void aTwelveMonthCliffWithMonthlyVesting() {
        // month 11: 11 × 10,000 salary, nothing vested; month 13: 13 × 10,000 + the first year's 120,000 + one 10,000 month
        assertThat(leave(CLIFF, 11).kept()).isEqualByComparingTo("110000");
        assertThat(leave(CLIFF, 12).kept()).isEqualByComparingTo("240000");
        assertThat(leave(CLIFF, 13).kept()).isEqualByComparingTo("260000");
        // whole years are unchanged by a cliff of 12 months or less
        assertThat(at(CLIFF, 4).years()).extracting(y -> y.equity().stripTrailingZeros().toPlainString())
                .containsExactly("120000", "120000", "120000", "120000");
    }

    @Test
    void monthsOfPayAddUpExactlySoHalfCentsRoundHalfEven() {
        // three months of $100,000 a year are $25,000 exactly; after 33.3333 % tax 16,666.675, which
        // HALF_EVEN prints as .68 (a sum of three rounded twelfths would sit just below and print .67)
        Leave l = leave("""
                offers:
                  - name: A
                    base: $100K
                    tax: 33.3333%
                """, 3);
        assertThat(l.kept()).isEqualByComparingTo("25000");
        assertThat(l.keptAfterTax()).isEqualByComparingTo("16666.675");
        assertThat(cents(l.keptAfterTax())).isEqualTo(new BigDecimal("16666.68"));
        // two streams of twelfths: 5 months of 99,999.02 and of 1 are 41,666.2583… + 0.4166… = 41,666.675 exactly: .68
        Leave two = leave("""
                offers:
                  - name: A
                    base: $99999.02
                    bonus: $1
                """, 5);
        assertThat(two.kept()).isEqualByComparingTo("41666.675");
        assertThat(cents(two.kept())).isEqualTo(new BigDecimal("41666.68"));
        // any run of months from January: 7 of 12 months of $100,000 is 58,333.33…, one rounding
        assertThat(leave("""
                offers:
                  - name: A
                    base: $100K
                """, 7).kept()).isEqualByComparingTo(new BigDecimal("700000").divide(new BigDecimal("12"), negotiate.money.Money.MC)
                .setScale(20, java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    void aCliffLongerThanAYearMovesTheFirstSliceIntoTheYearItEnds() {
        OfferResult r = at("""
                offers:
                  - name: A
                    base: $100K
                    equity: { grant: $400K, cliff: 18, frequency: quarterly }
                """, 4);
        // year 1's four 25,000 installments and year 2's first two all vest at month 18
        assertThat(r.years()).extracting(y -> y.equity().stripTrailingZeros().toPlainString())
                .containsExactly("0", "200000", "100000", "100000");
        // month 17: salary only, 141,666.67; month 18: 150,000 salary and 150,000 vested at the cliff
        assertThat(cents(E.leave(r, 17).kept())).isEqualByComparingTo("141666.67");
        assertThat(cents(E.leave(r, 18).kept())).isEqualByComparingTo("300000");
    }

    @Test
    void aBackLoadedGrantLeftAtEighteenMonths() {
        String yaml = """
                offers:
                  - name: A
                    base: $120K
                    equity: { grant: $1M, vesting: [5, 15, 40, 40], frequency: monthly }
                """;
        // 5 % = 50,000 by month 12, then six of year 2's twelve 12,500 installments: 125,000; salary 180,000
        assertThat(leave(yaml, 18).kept()).isEqualByComparingTo("305000");
        String yearly = yaml.replace(", frequency: monthly", "");
        // yearly vesting: only year 1's 50,000
        assertThat(leave(yearly, 18).kept()).isEqualByComparingTo("230000");
    }

    @Test
    void fullAndProrataClawbacks() {
        String full = """
                offers:
                  - name: A
                    base: $120K
                    signing: [$24K, $12K]
                    signing_clawback: { months: 12, mode: full }
                """;
        // month 6: 60,000 salary, the 24,000 paid at month 0 is repaid in full
        Leave six = leave(full, 6);
        assertThat(six.clawback()).isEqualByComparingTo("24000");
        assertThat(six.kept()).isEqualByComparingTo("60000");
        // month 12: year 2's 12,000 is dated at month 12, so it counts, and with no month served it is repaid
        assertThat(leave(full, 12).clawback()).isEqualByComparingTo("12000");
        assertThat(leave(full, 12).kept()).isEqualByComparingTo("144000");
        // month 18: the first payment's window is over; year 2's 12,000 (paid at month 12) is 6 months old: repaid
        Leave eighteen = leave(full, 18);
        assertThat(eighteen.clawback()).isEqualByComparingTo("12000");
        assertThat(eighteen.kept()).isEqualByComparingTo("204000");
        String prorata = full.replace("full", "prorata");
        // prorata: 6 of 12 months unserved: half of 24,000; at 18 months half of 12,000
        assertThat(leave(prorata, 6).clawback()).isEqualByComparingTo("12000");
        assertThat(leave(prorata, 6).kept()).isEqualByComparingTo("72000");
        assertThat(leave(prorata, 18).clawback()).isEqualByComparingTo("6000");
        assertThat(leave(prorata, 24).clawback()).isEqualByComparingTo("0");
        assertThat(leave(prorata, 24).kept()).isEqualByComparingTo("276000");
    }

    @Test
    void aRefreshWithItsOwnCliffCountsFromItsGrant() {
        String yaml = """
                offers:
                  - name: A
                    base: $120K
                    equity: { grant: $480K, frequency: monthly }
                    refresh: { grant: $48K, from_year: 2, cliff: 12 }
                """;
        // month 18: salary 180,000; grant 18 × 10,000; the year-2 refresh (granted at month 12) has vested nothing
        assertThat(leave(yaml, 18).kept()).isEqualByComparingTo("360000");
        // month 30: 300,000 + 300,000; refresh 1 vested 12 months' worth at month 24 (12,000) and 6 more months (6,000);
        // refresh 2 (granted at month 24) nothing yet
        assertThat(leave(yaml, 30).kept()).isEqualByComparingTo("618000");
        // whole years: refreshes vest 12,000 a year each, as without a cliff of a year
        assertThat(at(yaml, 4).years()).extracting(y -> y.refresh().stripTrailingZeros().toPlainString())
                .containsExactly("0", "12000", "24000", "36000");
    }

    @Test
    void optionsKeepTheirVestedSpreadAndNameTheCashToExercise() {
        Leave l = leave("""
                offers:
                  - name: A
                    base: $100K
                    equity: { type: options, shares: 40000, strike: $2, price: $12, risk: 50%, frequency: quarterly }
                """, 18);
        // 400,000 spread over 4 years: 18 months = 6 quarters of 25,000; 15,000 shares vested × $2 strike
        assertThat(cents(l.kept())).isEqualByComparingTo("300000");
        assertThat(l.exerciseCost()).isEqualByComparingTo("30000");
    }

    @Test
    void aYearlyBonusCountsOnlyCompletedYears() {
        String monthly = """
                offers:
                  - name: A
                    base: $120K
                    bonus: 10%
                    benefits: $12K
                """;
        // pro rata: 18 × (10,000 + 1,000 + 1,000)
        assertThat(leave(monthly, 18).kept()).isEqualByComparingTo("216000");
        String yearly = monthly.replace("bonus: 10%", "bonus: { value: 10%, paid: yearly }");
        // only year 1's 12,000
        assertThat(leave(yearly, 18).kept()).isEqualByComparingTo("210000");
        assertThat(at(yearly, 4).years().get(0).benefits()).isEqualByComparingTo("12000");
        assertThat(at(yearly, 4).years().get(0).total()).isEqualByComparingTo("144000");
    }

    @Test
    void taxRanksOnlyWhenEveryOfferHasARate() {
        var offers = CompEngineTest.offers("""
                offers:
                  - name: High
                    base: $200K
                    tax: 45%
                  - name: Low
                    base: $180K
                    tax: 30%
                  - name: None
                    base: $150K
                """);
        Comparison pre = E.compare(offers, CompEngineTest.USD, 4, null);
        assertThat(pre.afterTax()).isFalse();
        assertThat(pre.best().name()).isEqualTo("High");
        // --tax 20% for the one without: High 440,000, Low 504,000, None 480,000 after tax
        Comparison after = E.compare(offers, CompEngineTest.USD, 4, new BigDecimal("20"));
        assertThat(after.afterTax()).isTrue();
        assertThat(after.best().name()).isEqualTo("Low");
        assertThat(after.offers().get(0).afterTaxHorizon()).isEqualByComparingTo("440000");
        assertThat(after.toBest(after.offers().get(2))).isEqualByComparingTo("-24000");
    }

    @Test
    void leavingIsConsistentWithTheHorizon() {
        Random rnd = new Random(27112026);
        for (int i = 0; i < 200; i++) {
            int years = 1 + rnd.nextInt(6);
            boolean claw = rnd.nextBoolean();
            String yaml = "offers:\n  - name: R\n    base: " + (50 + rnd.nextInt(300)) + "000 USD\n    bonus: "
                    + (rnd.nextBoolean() ? rnd.nextInt(30) + "%" : "{ value: " + rnd.nextInt(30) + "%, paid: yearly }") + "\n"
                    + "    raise: " + rnd.nextInt(8) + "%\n    benefits: $" + rnd.nextInt(20) + "K\n"
                    + "    signing: [$" + (1 + rnd.nextInt(50)) + "K, $" + rnd.nextInt(20) + "K]\n"
                    + (claw ? "    signing_clawback: { months: " + (1 + rnd.nextInt(24)) + ", mode: "
                    + (rnd.nextBoolean() ? "full" : "prorata") + " }\n" : "")
                    + "    equity: { grant: $" + (1 + rnd.nextInt(900)) + "K, years: " + (1 + rnd.nextInt(5)) + ", frequency: "
                    + new String[] {"monthly", "quarterly", "yearly"}[rnd.nextInt(3)] + ", cliff: " + rnd.nextInt(13) + " }\n"
                    + "    refresh: { grant: $" + rnd.nextInt(100) + "K, from_year: " + (1 + rnd.nextInt(4)) + ", cliff: "
                    + rnd.nextInt(13) + " }\n";
            OfferResult r = at(yaml, years);
            Leave end = E.leave(r, 12 * years);
            // a payment of a year after the horizon (next year's signing, dated at its very end) is outside it
            if (end.clawback().signum() == 0) {
                assertThat(cents(end.kept())).as(yaml).isEqualByComparingTo(cents(r.horizonTotal()));
            }
            if (!claw) {
                BigDecimal before = BigDecimal.ZERO;
                for (int m = 1; m <= 12 * years; m++) {
                    BigDecimal kept = E.leave(r, m).kept();
                    assertThat(kept).as(yaml + " month " + m).isGreaterThanOrEqualTo(before);
                    before = kept;
                }
            }
        }
    }

    @Test
    void nextYearsSigningIsOutsideAOneYearHorizon() {
        OfferResult r = at("""
                offers:
                  - name: A
                    base: $120K
                    signing: [$20K, $10K]
                """, 1);
        // the year-2 signing is dated at month 12, the horizon's end: it is not part of a one-year horizon
        assertThat(E.leave(r, 12).kept()).isEqualByComparingTo(r.horizonTotal()).isEqualByComparingTo("140000");
    }

    @Test
    void breakEvenRiskIsPreTaxAndTheVerdictsUnlessFollowsAnAfterTaxRanking() {
        var offers = CompEngineTest.offers("""
                offers:
                  - name: Startup
                    base: $100K
                    equity: { grant: $400K, type: private }
                    tax: 50%
                  - name: Big
                    base: $150K
                    tax: 20%
                """);
        Comparison c = E.compare(offers, CompEngineTest.USD, 4, null);
        assertThat(c.afterTax()).isTrue();
        // after tax: Startup 800,000 × 0.5 = 400,000, Big 600,000 × 0.8 = 480,000: Big is best, and has no equity to doubt
        assertThat(c.best().name()).isEqualTo("Big");
        assertThat(c.bestUnless()).isNull();
        // §2's formula is pre-tax: 100 × (800,000 − 600,000) ÷ 400,000 = 50 %
        assertThat(c.breakEvenRiskPct(c.offers().get(0))).isEqualByComparingTo("50");
        var other = CompEngineTest.offers("""
                offers:
                  - name: Startup
                    base: $150K
                    equity: { grant: $400K, type: private }
                    tax: 40%
                  - name: Big
                    base: $150K
                    tax: 30%
                """);
        // pre-tax: 100 × (1,000,000 − 600,000) ÷ 400,000 = 100 %; the verdict ranks after tax: Startup 600,000 with 240,000
        // of equity against Big's 420,000, so it is best unless its equity has a greater than 100 × 180,000 ÷ 240,000 = 75 % chance
        Comparison t = E.compare(other, CompEngineTest.USD, 4, null);
        assertThat(t.breakEvenRiskPct(t.offers().get(0))).isEqualByComparingTo("100");
        assertThat(t.best().name()).isEqualTo("Startup");
        assertThat(t.bestUnless()).isEqualByComparingTo("75");
    }
}
