package negotiate.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Two sources of the same rank (two --rate options, two offer files) giving different rates for one
 * pair, however slightly, or a pair and its inverse that are not each other's inverse as written:
 * the order of arguments would decide which wins, so it is an error naming both, unless a
 * higher-ranked source settles the pair.
 */
public final class RateConflicts {
    private RateConflicts() {
    }

    /** The first disagreement among `rank` for a pair not in `settled`, described, or null. */
    public static String find(List<Rate> rank, Set<String> settled) {
        List<Rate> seen = new ArrayList<>();
        for (Rate r : rank) {
            if (settled.contains(r.pair()) || settled.contains(inverse(r))) {
                continue;
            }
            for (Rate s : seen) {
                boolean same = s.pair().equals(r.pair());
                BigDecimal other = same ? s.rate() : s.pair().equals(inverse(r)) ? BigDecimal.ONE.divide(s.rate(), Money.MC) : null;
                if (other != null && !(same ? other.compareTo(r.rate()) == 0 : inverses(r.rate(), s.rate()))) {
                    return r.pair() + " is " + plain(r.rate()) + " in " + r.source() + " but " + plain(other) + " in " + s.source()
                            + (s.pair().equals(r.pair()) ? "" : " (its inverse " + s.pair() + " = " + plain(s.rate()) + ")");
                }
            }
            seen.add(r);
        }
        return null;
    }

    /** The pairs a rank gives (either direction), to settle lower ranks. */
    public static Set<String> pairs(List<Rate> rank) {
        Set<String> out = new java.util.HashSet<>();
        for (Rate r : rank) {
            out.add(r.pair());
            out.add(inverse(r));
        }
        return out;
    }

    private static String inverse(Rate r) {
        return r.to().getCurrencyCode() + "/" + r.from().getCurrencyCode();
    }

    /**
     * A pair and its inverse agree when either, as written, is the other's inverse rounded to its
     * places (EUR/GBP 0.869565 and GBP/EUR 1.15); the same pair must be given the same rate exactly.
     */
    static boolean inverses(BigDecimal a, BigDecimal b) {
        return roundsTo(BigDecimal.ONE.divide(b, Money.MC), a) || roundsTo(BigDecimal.ONE.divide(a, Money.MC), b);
    }

    private static boolean roundsTo(BigDecimal exact, BigDecimal written) {
        return exact.subtract(written).abs().multiply(new BigDecimal("2")).compareTo(written.ulp()) <= 0;
    }

    private static String plain(BigDecimal v) {
        return v.round(new java.math.MathContext(8)).stripTrailingZeros().toPlainString();
    }
}
