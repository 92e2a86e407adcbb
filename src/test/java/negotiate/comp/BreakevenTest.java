package negotiate.comp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import negotiate.offers.OfferFile;
import org.junit.jupiter.api.Test;

class BreakevenTest {
    static final String FILE = """
            offers:
              - name: A
                base: $100K
                bonus: 10%
              - name: B
                base: $125K
              - name: P
                base: $100K
                bonus: 10%
                equity: { grant: $200K, type: private, risk: 50% }
              - name: Q
                base: $200K
              - name: F
                base: $100K
                equity: { grant: $500K, years: 5 }
              - name: R
                base: $100K
                bonus: 10%
                raise: 10%
              - name: Dead
                base: $100K
                equity: { grant: $100K, type: private, risk: 100% }
            """;

    static Breakeven be(String a, String b, String using) {
        List<Offer> os = OfferFile.parse("t.yaml", FILE, null).offers();
        CompEngine e = new CompEngine(new negotiate.money.RateTable(), o -> null, o -> null);
        Offer oa = os.stream().filter(o -> o.name().equals(a)).findFirst().orElseThrow();
        Offer ob = os.stream().filter(o -> o.name().equals(b)).findFirst().orElseThrow();
        return Breakeven.of(e.evaluate(oa, oa.currency()), e.evaluate(ob, oa.currency()), using);
    }

    @Test
    void baseRiseCarriesItsBonus() {
        // A: 4 × 110K = 440K; B: 500K; gap 60K ÷ (4 × 1.10) = 13,636.3636… → up to the cent
        Breakeven b = be("A", "B", "base");
        assertThat(b.nominal()).isEqualByComparingTo("13636.37");
        assertThat(b.riskAdjusted()).isEqualByComparingTo("13636.37");
    }

    @Test
    void baseRiseWithRaises() {
        // R: 510,510 vs Q: 800,000; gap 289,490 ÷ ((1 + 1.1 + 1.21 + 1.331) × 1.1 = 5.1051) = 56,706.039…
        assertThat(be("R", "Q", "base").nominal()).isEqualByComparingTo("56706.04");
    }

    @Test
    void signingIsTheGap() {
        assertThat(be("A", "B", "signing").nominal()).isEqualByComparingTo("60000.00");
    }

    @Test
    void equityIsDividedByRiskForTheRiskAdjustedFigure() {
        // P: 640K nominal, 540K risk-adjusted; Q: 800K → gaps 160K and 260K; 260K ÷ 0.5
        Breakeven b = be("P", "Q", "equity");
        assertThat(b.nominal()).isEqualByComparingTo("160000.00");
        assertThat(b.riskAdjusted()).isEqualByComparingTo("520000.00");
    }

    @Test
    void equityOnlyCountsWhatVestsWithinFourYears() {
        // F: 100K + 100K a year = 800K vs Q 800K → 0; against a 1M target the gap 200K ÷ 0.8 = 250K
        assertThat(be("F", "Q", "equity").nominal()).isEqualByComparingTo("0");
        Breakeven b = be("A", "F", "equity");
        // A: 440K, F: 800K → 360K; A has no equity, so all of a new grant counts
        assertThat(b.nominal()).isEqualByComparingTo("360000.00");
    }

    @Test
    void unreachableAtFullRiskAndZeroWhenAlreadyAhead() {
        Breakeven b = be("Dead", "Q", "equity");
        assertThat(b.nominal()).isEqualByComparingTo("300000.00"); // 500K vs 800K
        assertThat(b.riskAdjusted()).isNull();
        assertThat(be("Q", "A", "signing").nominal()).isEqualByComparingTo("0");
    }
}
