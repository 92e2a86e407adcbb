package negotiate.comp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The probability, in percent, that offer `a`'s horizon total is strictly greater than `b`'s (at range mids). */
public record Beat(String a, String b, BigDecimal probabilityPct) {

    /**
     * Over the joint outcomes of two offers (§2): independent for different companies; for one
     * company a single fate. Two offers at one company may still weigh its outcomes differently (one
     * gives its own risk, the other takes the report's), so the joint gives each outcome both share
     * as much of its probability as both allow (the same exit for both), and pairs what is left over
     * in the outcomes' order. Both directions use that one joint: P(a > b) + P(b > a) + P(tie) = 100.
     */
    static BigDecimal chance(OfferScenarios a, OfferScenarios b) {
        BigDecimal p = BigDecimal.ZERO;
        boolean oneCompany = a.company() != null && Objects.equals(a.company(), b.company());
        if (oneCompany) {
            for (Pair j : shared(a.outcomes(), b.outcomes())) {
                if (greater(j.x().totalMid(), j.y().totalMid())) {
                    p = p.add(j.pct());
                }
            }
            return p;
        }
        for (Outcome x : a.outcomes()) {
            for (Outcome y : b.outcomes()) {
                if (greater(x.totalMid(), y.totalMid())) {
                    p = p.add(x.probabilityPct().multiply(y.probabilityPct()).movePointLeft(2));
                }
            }
        }
        return p;
    }

    /** One joint outcome of two offers at one company and its probability in percent (exact). */
    record Pair(Outcome x, Outcome y, BigDecimal pct) {
    }

    /** The joint of one company's fate: same-named outcomes together first, the rest paired in order. */
    static List<Pair> shared(List<Outcome> xs, List<Outcome> ys) {
        BigDecimal[] restX = new BigDecimal[xs.size()];
        BigDecimal[] restY = new BigDecimal[ys.size()];
        for (int i = 0; i < xs.size(); i++) {
            restX[i] = xs.get(i).probabilityPct();
        }
        for (int k = 0; k < ys.size(); k++) {
            restY[k] = ys.get(k).probabilityPct();
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            for (int k = 0; k < ys.size(); k++) {
                if (key(xs.get(i)).equals(key(ys.get(k)))) {
                    BigDecimal m = restX[i].min(restY[k]);
                    if (m.signum() > 0) {
                        out.add(new Pair(xs.get(i), ys.get(k), m));
                        restX[i] = restX[i].subtract(m);
                        restY[k] = restY[k].subtract(m);
                    }
                }
            }
        }
        // what is left on each side (the same total, 100 % less what was shared) in order, like two
        // rulers laid side by side
        int i = 0;
        int k = 0;
        while (i < xs.size() && k < ys.size()) {
            if (restX[i].signum() <= 0) {
                i++;
            } else if (restY[k].signum() <= 0) {
                k++;
            } else {
                BigDecimal m = restX[i].min(restY[k]);
                out.add(new Pair(xs.get(i), ys.get(k), m));
                restX[i] = restX[i].subtract(m);
                restY[k] = restY[k].subtract(m);
            }
        }
        return out;
    }

    private static String key(Outcome o) {
        return o.name().strip().toLowerCase(Locale.ROOT);
    }

    /** Strictly greater, to 10 decimals: what 34-digit division leaves of an exact tie is no win. */
    static boolean greater(BigDecimal a, BigDecimal b) {
        return a.setScale(10, RoundingMode.HALF_EVEN).compareTo(b.setScale(10, RoundingMode.HALF_EVEN)) > 0;
    }
}
