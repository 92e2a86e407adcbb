package negotiate.comp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** §2 `beats`: the joint outcomes of two offers, by hand and as properties over seeded-random outcome sets. */
class BeatTest {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static Outcome o(String name, String pct, String total) {
        BigDecimal t = new BigDecimal(total);
        return new Outcome(name, new BigDecimal(pct), null, null, null, false, t, t, t);
    }

    private static OfferScenarios offer(String name, String company, Outcome... outcomes) {
        return new OfferScenarios(name, company, null, null, null, null, null, BigDecimal.ZERO, null, List.of(outcomes),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(), List.of());
    }

    @Test
    void oneCompanyWhoseOffersWeighItsFateDifferentlyStillHasOneFate() {
        // A takes the report's 5 % chance of $0 and an "other" 5 % (its exits cover 90 %); B gives its own 10 %.
        // Same exits together (90 %), $0 together (5 %), and A's "other" against B's remaining $0 (5 %).
        OfferScenarios a = offer("A", "zephyr", o("IPO", "20", "1250000"), o("Sale", "30", "1125000"), o("Acquihire", "15", "1037500"),
                o("Merger", "25", "1087500"), o("equity goes to $0", "5", "1000000"), o("other", "5", "1100000"));
        OfferScenarios b = offer("B", "zephyr", o("IPO", "20", "2800000"), o("Sale", "30", "1800000"), o("Acquihire", "15", "1100000"),
                o("Merger", "25", "1500000"), o("equity goes to $0", "10", "800000"));
        assertThat(Beat.chance(a, b)).isEqualByComparingTo("10");
        assertThat(Beat.chance(b, a)).isEqualByComparingTo("90");
        // at two companies the same outcomes are independent: 5 + 5 (A's $0 or other against B's $0) …
        OfferScenarios b2 = offer("B", "other-co", b.outcomes().toArray(new Outcome[0]));
        // A beats B when B's equity goes to $0 (10 %, any A) or B's acquihire (15 %) meets A's IPO (20 %) or sale (30 %):
        // 10 + 15 × 50 % = 17.5
        assertThat(Beat.chance(a, b2)).isEqualByComparingTo("17.5");
    }

    @Test
    void theSameOutcomesAtOneCompanyAreOneOutcome() {
        OfferScenarios a = offer("A", "c", o("IPO", "40", "300"), o("equity goes to $0", "60", "100"));
        OfferScenarios b = offer("B", "c", o("IPO", "40", "200"), o("equity goes to $0", "60", "150"));
        assertThat(Beat.chance(a, b)).isEqualByComparingTo("40");
        assertThat(Beat.chance(b, a)).isEqualByComparingTo("60");
    }

    @Test
    void theJointKeepsEachOffersOwnChancesAndBothDirectionsAddUp() {
        Random random = new Random(20261127);
        String[] names = {"IPO", "Sale", "Merger", "equity goes to $0", "other", "face value"};
        for (int run = 0; run < 500; run++) {
            List<Outcome> xs = randomOutcomes(random, names);
            List<Outcome> ys = randomOutcomes(random, names);
            List<Beat.Pair> joint = Beat.shared(xs, ys);
            for (Outcome x : xs) {
                assertThat(joint.stream().filter(j -> j.x() == x).map(Beat.Pair::pct).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(x.probabilityPct());
            }
            for (Outcome y : ys) {
                assertThat(joint.stream().filter(j -> j.y() == y).map(Beat.Pair::pct).reduce(BigDecimal.ZERO, BigDecimal::add))
                        .isEqualByComparingTo(y.probabilityPct());
            }
            BigDecimal ties = joint.stream().filter(j -> j.x().totalMid().compareTo(j.y().totalMid()) == 0).map(Beat.Pair::pct)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            OfferScenarios a = offer("A", "c", xs.toArray(new Outcome[0]));
            OfferScenarios b = offer("B", "c", ys.toArray(new Outcome[0]));
            assertThat(Beat.chance(a, b).add(Beat.chance(b, a)).add(ties)).isEqualByComparingTo(HUNDRED);
            // same-named outcomes share all the probability both give them
            for (Outcome x : xs) {
                for (Outcome y : ys) {
                    if (x.name().equals(y.name())) {
                        BigDecimal together = joint.stream().filter(j -> j.x() == x && j.y() == y).map(Beat.Pair::pct)
                                .reduce(BigDecimal.ZERO, BigDecimal::add);
                        assertThat(together).isEqualByComparingTo(x.probabilityPct().min(y.probabilityPct()));
                    }
                }
            }
        }
    }

    /** Distinct names, each a whole or half percent, summing to 100; totals 0–4 so that ties happen. */
    private static List<Outcome> randomOutcomes(Random random, String[] names) {
        List<String> pool = new ArrayList<>(List.of(names));
        java.util.Collections.shuffle(pool, random);
        int n = 1 + random.nextInt(pool.size());
        List<Outcome> out = new ArrayList<>();
        int left = 200; // half percents
        for (int i = 0; i < n; i++) {
            int half = i == n - 1 ? left : random.nextInt(left + 1);
            left -= half;
            if (half > 0) {
                out.add(o(pool.get(i), new BigDecimal(half).divide(new BigDecimal("2")).toPlainString(), String.valueOf(random.nextInt(5))));
            }
        }
        return out;
    }
}
