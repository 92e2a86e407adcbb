package negotiate.comp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import negotiate.cli.Cli;
import org.junit.jupiter.api.Test;

/** §2 "Horizon": years beyond four, computed by hand; and the properties every horizon keeps. */
class HorizonTest {

    private static OfferResult at(String yaml, int years) {
        return CompEngineTest.engine().evaluate(CompEngineTest.offers(yaml).get(0), CompEngineTest.USD, years);
    }

    private static List<String> totals(OfferResult r) {
        List<String> out = new ArrayList<>();
        for (YearBreakdown y : r.horizonYears()) {
            out.add(y.total().stripTrailingZeros().toPlainString());
        }
        return out;
    }

    @Test
    void sixYearsStackRefreshesAfterTheGrantHasVested() {
        OfferResult r = at("""
                offers:
                  - name: A
                    base: 150000 USD
                    equity: { grant: $200K }
                    refresh: { grant: $60K, from_year: 2 }
                """, 6);
        // years 5 and 6 hold four refresh slices of 15K each (granted in years 2–5, then 3–6); the grant is done
        assertThat(totals(r)).containsExactly("200000", "215000", "230000", "245000", "210000", "210000");
        assertThat(r.horizonTotal()).isEqualByComparingTo("1310000");
        assertThat(r.fourYear()).isEqualByComparingTo("890000");
        assertThat(r.annual()).isEqualByComparingTo("222500");
        assertThat(r.horizon()).isEqualTo(6);
    }

    @Test
    void raisesCompoundAndLongGrantsKeepVesting() {
        OfferResult r = at("""
                offers:
                  - name: A
                    base: 100000 USD
                    bonus: 10%
                    raise: 10%
                    equity: { grant: $500K, years: 5 }
                """, 5);
        // base 100,000 × 1.1^4 = 146,410 in year 5, its bonus 14,641; the fifth 100K slice of the grant
        assertThat(r.horizonYears().get(4).base()).isEqualByComparingTo("146410");
        assertThat(r.horizonYears().get(4).bonus()).isEqualByComparingTo("14641");
        assertThat(r.horizonYears().get(4).equity()).isEqualByComparingTo("100000");
        assertThat(r.horizonYears().get(4).total()).isEqualByComparingTo("261051");
    }

    @Test
    void aShortHorizonKeepsTheFourYearFigures() {
        OfferResult r = at("""
                offers:
                  - name: A
                    base: 100000 USD
                    signing: [$10K, $5K]
                """, 1);
        assertThat(r.horizonYears()).hasSize(1);
        assertThat(r.horizonTotal()).isEqualByComparingTo("110000");
        assertThat(r.fourYear()).isEqualByComparingTo("415000");
        assertThat(r.firstYear()).isEqualByComparingTo("110000");
    }

    @Test
    void theBestAndTheBreakEvenFollowTheHorizon() {
        List<Offer> os = CompEngineTest.offers("""
                offers:
                  - name: Front
                    base: $100K
                    signing: $100K
                  - name: Steady
                    base: $120K
                """);
        // four years: Front 500K vs Steady 480K; six years: Front 700K vs Steady 720K
        assertThat(CompEngineTest.engine().compare(os, CompEngineTest.USD, 4).best().name()).isEqualTo("Front");
        Comparison six = CompEngineTest.engine().compare(os, CompEngineTest.USD, 6);
        assertThat(six.best().name()).isEqualTo("Steady");
        assertThat(six.toBest(six.offers().get(0))).isEqualByComparingTo("-20000");
        List<Offer> risky = CompEngineTest.offers("""
                offers:
                  - name: Startup
                    base: $100K
                    equity: { grant: $500K, years: 5, type: private }
                  - name: Big
                    base: $150K
                """);
        // six years: Startup 600K + 500K = 1,100,000; Big 900,000; break-even 100 × 200,000 ÷ 500,000 = 40 %
        Comparison c = CompEngineTest.engine().compare(risky, CompEngineTest.USD, 6);
        assertThat(c.breakEvenRiskPct(c.offers().get(0))).isEqualByComparingTo("40");
        // four years: 400K + 400K = 800K vs 600K; E = 400K; 50 %
        Comparison four = CompEngineTest.engine().compare(risky, CompEngineTest.USD, 4);
        assertThat(four.breakEvenRiskPct(four.offers().get(0))).isEqualByComparingTo("50");
    }

    @Test
    void breakevenMatchesTheHorizonTotal() {
        List<Offer> os = CompEngineTest.offers("""
                offers:
                  - name: A
                    base: $100K
                    bonus: 10%
                    raise: 10%
                  - name: B
                    base: $150K
                """);
        CompEngine e = CompEngineTest.engine();
        Breakeven be = Breakeven.of(e.evaluate(os.get(0), CompEngineTest.USD, 5), e.evaluate(os.get(1), CompEngineTest.USD, 5), "base");
        // A: 110,000 × (1 + 1.1 + 1.21 + 1.331 + 1.4641) = 671,561; B 750,000; gap 78,439 ÷ (6.1051 × 1.1) = 11,680.101…, up to the cent
        assertThat(be.gap()).isEqualByComparingTo("78439");
        assertThat(be.nominal()).isEqualByComparingTo("11680.11");
    }

    @Test
    void anEquityBreakevenCountsOnlyWhatVestsWithinTheHorizonCliffIncluded() {
        List<Offer> os = CompEngineTest.offers("""
                offers:
                  - name: A
                    base: $100K
                    equity: { grant: $480K, cliff: 18, frequency: monthly, type: private, risk: 25% }
                  - name: B
                    base: $110K
                  - name: C
                    base: $90K
                """);
        CompEngine e = CompEngineTest.engine();
        // one year: the 18-month cliff leaves nothing of any grant in it, so no rise of the grant closes the $10,000 gap
        Breakeven one = Breakeven.of(e.evaluate(os.get(0), CompEngineTest.USD, 1), e.evaluate(os.get(1), CompEngineTest.USD, 1), "equity");
        assertThat(one.nominal()).isNull();
        assertThat(one.riskAdjusted()).isNull();
        assertThat(Cli.run("breakeven", "A:base=$100K,equity=$480K/4y,cliff=18,frequency=monthly", "B:base=$110K", "--using", "equity",
                "--years", "1").out()).contains("nominal:       unreachable (none of the grant vests within the horizon)")
                .contains("risk-adjusted: unreachable (none of the grant vests within the horizon)");
        // two years: half the grant has vested (18 months at once, then 6 monthly); A 440K vs B 220K nominal, 380K risk-adjusted:
        // the risk-adjusted gap is 220,000 − 380,000 < 0 … against B: A leads; against a $300K B the gap 600K − 440K = 160K ÷ 0.5
        Breakeven two = Breakeven.of(e.evaluate(os.get(2), CompEngineTest.USD, 2), e.evaluate(os.get(0), CompEngineTest.USD, 2), "equity");
        // C has no grant: a new one vests four years evenly, a quarter a year, so half of it in two years;
        // gap 440,000 − 180,000 = 260,000 ÷ 0.5 = 520,000 (risk-adjusted: 380,000 − 180,000 = 200,000 ÷ 0.5 = 400,000)
        assertThat(two.nominal()).isEqualByComparingTo("520000");
        assertThat(two.riskAdjusted()).isEqualByComparingTo("400000");
        Breakeven c1 = Breakeven.of(e.evaluate(os.get(2), CompEngineTest.USD, 1), e.evaluate(os.get(1), CompEngineTest.USD, 1), "equity");
        assertThat(c1.nominal()).isEqualByComparingTo("80000"); // 20,000 ÷ 0.25
        assertThat(c1.newGrant()).isTrue();
        // A ahead with nothing vesting yet: nothing to add, not "unreachable"
        Breakeven ahead = Breakeven.of(e.evaluate(os.get(0), CompEngineTest.USD, 1), e.evaluate(os.get(2), CompEngineTest.USD, 1), "equity");
        assertThat(ahead.nominal()).isEqualByComparingTo("0");
        assertThat(ahead.riskAdjusted()).isEqualByComparingTo("0");
    }

    @Test
    void aThirdOfAGrantIsAThirdToTheCent() {
        // $300K over three years against a $130K-a-year lead of B: 30,000 a year behind, a third vesting a year:
        // 30,000 × 3 ÷ 1 = 90,000.00 at one year, 60,000 × 3 ÷ 2 at two, 90,000 × 3 ÷ 3 at three: never 90,000.01
        for (int years = 1; years <= 3; years++) {
            List<Offer> os = CompEngineTest.offers("""
                    offers:
                      - name: A
                        base: $100K
                        equity: { grant: $300K, years: 3 }
                      - name: B
                        base: $230K
                    """);
            CompEngine e = CompEngineTest.engine();
            Breakeven be = Breakeven.of(e.evaluate(os.get(0), CompEngineTest.USD, years), e.evaluate(os.get(1), CompEngineTest.USD, years),
                    "equity");
            assertThat(be.nominal()).as(years + " years").isEqualTo(new java.math.BigDecimal("90000.00"));
        }
    }

    @Test
    void everyHorizonSumsItsYearsAndKeepsFourYear() {
        Random rnd = new Random(20261127);
        for (int i = 0; i < 300; i++) {
            int years = 1 + rnd.nextInt(10);
            String yaml = "offers:\n  - name: R\n    base: " + (50 + rnd.nextInt(300)) + "000 USD\n    bonus: " + rnd.nextInt(30) + "%\n"
                    + "    raise: " + rnd.nextInt(8) + "%\n    signing: [$" + rnd.nextInt(50) + "K, $" + rnd.nextInt(20) + "K]\n"
                    + "    equity: { grant: $" + (1 + rnd.nextInt(900)) + "K, years: " + (1 + rnd.nextInt(10)) + ", type: "
                    + (rnd.nextBoolean() ? "public" : "private, risk: " + rnd.nextInt(101) + "%") + " }\n"
                    + "    refresh: { grant: $" + rnd.nextInt(100) + "K, from_year: " + (1 + rnd.nextInt(4)) + " }\n";
            OfferResult r = at(yaml, years);
            OfferResult four = at(yaml, 4);
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal sumRa = BigDecimal.ZERO;
            for (YearBreakdown y : r.horizonYears()) {
                sum = sum.add(y.total());
                sumRa = sumRa.add(y.riskAdjusted());
            }
            assertThat(r.horizonYears()).as(yaml).hasSize(years);
            assertThat(r.horizonTotal()).as(yaml).isEqualByComparingTo(sum);
            assertThat(r.horizonRiskAdjusted()).as(yaml).isEqualByComparingTo(sumRa);
            assertThat(r.fourYear()).as(yaml).isEqualByComparingTo(four.horizonTotal());
            assertThat(r.firstYear()).as(yaml).isEqualByComparingTo(four.firstYear());
            assertThat(r.horizonRiskAdjusted()).as(yaml).isLessThanOrEqualTo(r.horizonTotal());
        }
    }

    @Test
    void aFigureWorkedOutKeepsTheLimitOfAFigureRead() {
        // §2 allows a raise up to 1000 %; compounded over ten years it passes 10^12, which is an input error, not a figure
        assertThat(Cli.run("compare", "--offer", "A:base=$100K,raise=150%", "-o", "json").exit()).isZero();
        Cli.Result r = Cli.run("compare", "--offer", "A:base=$100K,raise=1000%", "--years", "10", "-o", "json");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("negotiate: offer 'A': year 8 comes to $1,948,717,100,000, above 10^12: check its raise and"
                + " amounts\n");
    }

    @Test
    void theYearsOptionIsOneToTen() {
        assertThat(Cli.run("compare", "--offer", "A:base=$1", "--years", "11").err())
                .isEqualTo("negotiate: --years 11: the horizon is 1 to 10 years\n");
        assertThat(Cli.run("compare", "--offer", "A:base=$1", "--years", "0").exit()).isEqualTo(2);
        assertThat(Cli.run("breakeven", "A:base=$1", "B:base=$2", "--using", "base", "--years", "x").err())
                .contains("--years x: give a whole number of 1 or more");
        assertThat(Cli.run("compare", "--offer", "A:base=$100K,signing=$1K/$1K", "--years", "6", "-o", "json").out())
                .contains("\"years\" : 6").contains("\"horizon\" : {\n      \"years\" : 6,\n      \"total\" : 602000,");
    }
}
