package negotiate.comp;

import java.math.BigDecimal;

/**
 * One outcome of an offer's equity (§2 "Equity scenarios"): its probability in percent (exact; null
 * for a growth scenario, which has none), the multiple applied to the non-public equity's value at
 * grant (low, mid, high; null where nothing is scaled), whether the high end is only "at least", and
 * the horizon total under it (at the multiple's low, mid and high).
 */
public record Outcome(String name, BigDecimal probabilityPct, BigDecimal multipleLow, BigDecimal multipleMid,
                      BigDecimal multipleHigh, boolean atLeast, BigDecimal totalLow, BigDecimal totalMid, BigDecimal totalHigh) {
}
