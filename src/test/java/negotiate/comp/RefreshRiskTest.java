package negotiate.comp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** §2: refreshes share the grant's type and risk unless `refresh:` gives its own. */
class RefreshRiskTest {
    private static OfferResult one(String yaml) {
        return CompEngineTest.one(yaml);
    }

    @Test
    void aPublicRefreshUnderAPrivateGrantIsNotHaircut() {
        OfferResult r = one("""
                offers:
                  - name: A
                    base: $100K
                    equity: { grant: $400K, type: private, risk: 50% }
                    refresh: { grant: $40K, from_year: 2, type: public }
                """);
        // grant 400,000 × 0.5 kept; refreshes 10K + 20K + 30K = 60,000 at face value
        assertThat(r.fourYear()).isEqualByComparingTo("860000");
        assertThat(r.riskAdjustedFourYear()).isEqualByComparingTo("660000");
        assertThat(r.atRisk()).isEqualByComparingTo("400000");
        assertThat(r.riskSource()).isEqualTo("offer");
        assertThat(r.riskPct()).isEqualByComparingTo("50");
    }

    @Test
    void aPrivateRefreshWithItsOwnRiskUnderAPublicGrant() {
        OfferResult r = one("""
                offers:
                  - name: A
                    base: $100K
                    equity: { grant: $400K }
                    refresh: { grant: $40K, from_year: 2, type: private, risk: 25% }
                """);
        // the 60,000 of refreshes × 0.75; the public grant whole
        assertThat(r.riskAdjustedFourYear()).isEqualByComparingTo("845000");
        assertThat(r.atRisk()).isEqualByComparingTo("60000");
        assertThat(r.riskSource()).isEqualTo("offer");
        assertThat(r.riskPct()).isEqualByComparingTo("25");
    }

    @Test
    void aRefreshOwnRiskDiffersFromTheGrantsAndAnUnknownOneIsSaid() {
        OfferResult own = one("""
                offers:
                  - name: A
                    base: $100K
                    equity: { grant: $400K, type: private, risk: 50% }
                    refresh: { grant: $40K, from_year: 2, risk: 10% }
                """);
        // grant 200,000 kept; refreshes 60,000 × 0.9 = 54,000
        assertThat(own.riskAdjustedFourYear()).isEqualByComparingTo("654000");
        assertThat(own.riskPct()).isEqualByComparingTo("50");
        OfferResult unknown = one("""
                offers:
                  - name: A
                    base: $100K
                    equity: { type: options, shares: 1000, strike: $0, price: $400, risk: 0% }
                    refresh: { grant: $40K, from_year: 2, type: private }
                """);
        // the refreshes' risk is nobody's: unknown wins in what is reported, and the figure is an upper bound
        assertThat(unknown.riskSource()).isEqualTo("unknown");
        assertThat(unknown.upperBound()).isTrue();
        assertThat(unknown.notes()).anyMatch(n -> n.startsWith("A (its refreshes): private equity whose risk is unknown"));
        OfferResult shared = one("""
                offers:
                  - name: A
                    base: $100K
                    equity: { grant: $400K, type: private, risk: 50% }
                    refresh: { grant: $40K, from_year: 2 }
                """);
        // no own type or risk: the grant's, on both
        assertThat(shared.riskAdjustedFourYear()).isEqualByComparingTo("630000");
        OfferResult onlyRefresh = one("""
                offers:
                  - name: A
                    base: $100K
                    refresh: { grant: $40K, from_year: 2, type: private, risk: 20% }
                """);
        assertThat(onlyRefresh.riskSource()).isEqualTo("offer");
        assertThat(onlyRefresh.riskAdjustedFourYear()).isEqualByComparingTo("448000");
        OfferResult none = one("""
                offers:
                  - name: A
                    base: $100K
                """);
        assertThat(none.riskSource()).isEqualTo("none");
    }
}
