package negotiate.counter;

import java.math.BigDecimal;
import negotiate.money.Range;

/** Where in the band the ask starts: the top, the 75th percentile, or the middle. */
public enum Anchor {
    TOP, P75, MID;

    public BigDecimal of(Range r) {
        return switch (this) {
            case TOP -> r.high();
            case P75 -> r.low().add(r.high().subtract(r.low()).multiply(new BigDecimal("0.75")));
            case MID -> r.low().add(r.high()).divide(new BigDecimal(2));
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
