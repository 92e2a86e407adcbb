package negotiate.money;

import java.math.BigDecimal;
import java.util.Objects;

/** A low–high pair of plain numbers (amounts of a currency held elsewhere, or percents); low ≤ high. */
public record Range(BigDecimal low, BigDecimal high) {
    public Range {
        Objects.requireNonNull(low);
        Objects.requireNonNull(high);
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("low " + low + " is above high " + high);
        }
    }

    public static final Range ZERO = new Range(BigDecimal.ZERO, BigDecimal.ZERO);

    public Range times(BigDecimal factor) {
        return new Range(low.multiply(factor, Money.MC), high.multiply(factor, Money.MC));
    }

    public boolean sameAs(Range o) {
        return o != null && low.compareTo(o.low) == 0 && high.compareTo(o.high) == 0;
    }
}
