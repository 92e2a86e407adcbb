package negotiate.comp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import negotiate.guide.Guide;
import negotiate.money.Money;
import negotiate.money.RateTable;
import negotiate.offers.OfferSpec;
import negotiate.reader.GuideParser;
import org.junit.jupiter.api.Test;

/** Band positions, vesting edges and the offer model's own checks. */
class CompUnitsTest {
    static final Currency USD = Currency.getInstance("USD");
    static final Guide G = GuideParser.parse("g.md", """
            ### SRE | Acme Global Negotiation Guide
            | Region | Base Salary | Stock (RSU/4yr) | Bonus | Total Comp |
            |---|---|---|---|---|
            | NYC | $200K–$300K | $400K–$800K | 10–20% | — |
            | Flat | $100K–$100K | $0K–$0K | — | — |
            """).guide();

    static OfferResult linked(String spec, int band) {
        RateTable rates = new RateTable();
        NormalisedBand n = BandCalculator.normalise(G, G.bands().get(band), null, null, rates);
        CompEngine e = new CompEngine(rates, o -> null, o -> n);
        Offer o = OfferSpec.parse("--offer", spec, null);
        return e.evaluate(o, o.currency());
    }

    @Test
    void bandPositionsPerComponent() {
        OfferResult r = linked("A:base=$250K,bonus=15%,equity=$600K", 0);
        assertThat(r.band().guide()).isEqualTo("acme/sre");
        assertThat(r.band().region()).isEqualTo("NYC");
        assertThat(r.band().base()).isEqualByComparingTo("0.5");
        assertThat(r.band().equity()).isEqualByComparingTo("0.5");
        assertThat(r.band().bonus()).isEqualByComparingTo("0.5");
        // annual 250K + 37.5K + 150K = 437.5K; band annual 320K–560K → 117.5/240
        assertThat(r.band().annual()).isEqualByComparingTo(new BigDecimal("117500").divide(new BigDecimal("240000"), Money.MC));
        assertThat(r.notes()).isEmpty();
        OfferResult below = linked("A:base=$150K,bonus=$30K,equity=$900K/6y", 0);
        assertThat(below.band().base()).isEqualByComparingTo("-0.5");
        assertThat(below.band().bonus()).isEqualByComparingTo("1");
        assertThat(below.band().equity()).isEqualByComparingTo("0.5");
        assertThat(below.notes()).anyMatch(n -> n.contains("base is outside the NYC band"));
        OfferResult top = linked("A:base=$300K,bonus=20%,equity=$800K", 0);
        assertThat(top.band().base()).isEqualByComparingTo("1");
        assertThat(top.notes()).isEmpty();
        OfferResult above = linked("A:base=$301K", 0);
        assertThat(above.notes()).anyMatch(n -> n.contains("base is outside"));
        assertThat(above.band().equity()).isNull();
        assertThat(above.band().bonus()).isEqualByComparingTo("-1");
        OfferResult flat = linked("A:base=$100K", 1);
        assertThat(flat.band().base()).isNull();
        assertThat(flat.band().bonus()).isNull();
        assertThat(CompEngine.ratio(BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("4"))).isEqualByComparingTo("0.25");
    }

    @Test
    void vestingEdges() {
        assertThat(VestingSchedule.even(10).years()).isEqualTo(10);
        assertThatThrownBy(() -> VestingSchedule.even(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VestingSchedule.percents(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VestingSchedule.percents(List.of(new BigDecimal("110"), new BigDecimal("-10"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VestingSchedule.percents(List.of(new BigDecimal("50"), new BigDecimal("40"))))
                .hasMessageContaining("90");
        assertThat(VestingSchedule.percents(List.of(BigDecimal.ZERO, new BigDecimal("100"))).slices(Money.of("10", "USD")))
                .extracting(Money::amount).usingElementComparator(BigDecimal::compareTo).containsExactly(BigDecimal.ZERO, BigDecimal.TEN);
        VestingSchedule v = VestingSchedule.percents(Collections.nCopies(5, new BigDecimal("20")));
        EquityGrant g = new EquityGrant(Money.of("100", "USD"), v, EquityKind.PUBLIC, null);
        assertThat(g.vestedWithin(4)).isEqualByComparingTo("80");     // of the schedule's 100
        assertThat(g.vestedWithin(9)).isEqualByComparingTo("100");
        // a cliff past the horizon leaves nothing vested in it; monthly with a 13-month cliff: year 1 and a month at 13 months
        EquityGrant cliff = new EquityGrant(Money.of("100", "USD"), VestingSchedule.even(4), EquityKind.PUBLIC, null, 18,
                Frequency.MONTHLY, null, null, null);
        assertThat(cliff.vestedWithin(1)).isEqualByComparingTo("0");
        assertThat(cliff.vestedWithin(2).divide(cliff.vesting().total(), Money.MC)).isEqualByComparingTo("0.5");
        EquityGrant quarterly = new EquityGrant(Money.of("100", "USD"), VestingSchedule.even(4), EquityKind.PUBLIC, null, 0,
                Frequency.QUARTERLY, null, null, null);
        assertThat(quarterly.vestedWithin(1).divide(quarterly.vesting().total(), Money.MC)).isEqualByComparingTo("0.25");
        // a grant of 100 splits into the percent vesting each year
        Money hundred = Money.of("100", "USD");
        assertThat(v.slices(hundred)).hasSize(5).allSatisfy(m -> assertThat(m.amount()).isEqualByComparingTo("20"));
        assertThat(VestingSchedule.firstYear(new BigDecimal("40"), 1).slices(hundred)).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualByComparingTo("100"));
        assertThat(VestingSchedule.firstYear(new BigDecimal("40"), 4).slices(hundred)).extracting(Money::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("40"), new BigDecimal("20"), new BigDecimal("20"), new BigDecimal("20"));
    }

    @Test
    void offerModelChecks() {
        Money base = Money.of("100", "USD");
        assertThatThrownBy(() -> new Offer("A", USD, Money.of("0", "USD"), null, null, List.of(), null, null, null, null, null, null, "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Offer("A", USD, Money.of("0.01", "USD"), null, null, List.of(), null, null, null, null, null, null, "t")
                .raisePct()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> new Offer("A", USD, base, BigDecimal.ONE, base, List.of(), null, null, null, null, null, null, "t"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Refresh(base, 1, 1).fromYear()).isEqualTo(1);
        assertThat(new Refresh(base, 1, 10).years()).isEqualTo(10);
        assertThatThrownBy(() -> new Refresh(base, 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Refresh(base, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Refresh(base, 1, 11)).isInstanceOf(IllegalArgumentException.class);
        VestingSchedule even = VestingSchedule.even(4);
        assertThat(new EquityGrant(base, even, EquityKind.PRIVATE, new BigDecimal("100")).riskPct()).isEqualByComparingTo("100");
        assertThat(new EquityGrant(base, even, EquityKind.PRIVATE, BigDecimal.ZERO).riskPct()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> new EquityGrant(base, even, EquityKind.PRIVATE, new BigDecimal("100.1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EquityGrant(base, even, EquityKind.PRIVATE, new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EquityGrant(Money.of("-1", "USD"), even, EquityKind.PUBLIC, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EquityKind.OPTIONS.label()).isEqualTo("options");
        assertThat(EquityKind.PUBLIC.isRisky()).isFalse();
        assertThat(EquityKind.PRIVATE.isRisky()).isTrue();
    }

    @Test
    void breakevenEdges() {
        assertThat(Breakeven.up(BigDecimal.ZERO)).isEqualByComparingTo("0");
        assertThat(Breakeven.up(new BigDecimal("0.001"))).isEqualByComparingTo("0.01");
        assertThat(Breakeven.up(new BigDecimal("-5"))).isEqualByComparingTo("0");
        CompEngine e = new CompEngine(new RateTable(), o -> null, o -> null);
        OfferResult dead = e.evaluate(OfferSpec.parse("--offer", "D:base=$200K,equity=$100K,type=private,risk=100%", null), USD);
        OfferResult same = e.evaluate(OfferSpec.parse("--offer", "S:base=$200K", null), USD);
        Breakeven b = Breakeven.of(dead, same, "equity");
        assertThat(b.gapRiskAdjusted()).isEqualByComparingTo("0");
        assertThat(b.riskAdjusted()).isEqualByComparingTo("0");
        assertThat(b.nominal()).isEqualByComparingTo("0");
        OfferResult late = e.evaluate(OfferSpec.parse("--offer", "L:base=$100K,equity=$100K/5y,vesting=0/0/0/0/100", null), USD);
        Breakeven never = Breakeven.of(late, same, "equity");
        assertThat(never.nominal()).isNull();
        assertThat(never.riskAdjusted()).isNull();
        assertThatThrownBy(() -> Breakeven.of(late, same, "stock")).isInstanceOf(IllegalArgumentException.class);
    }
}
