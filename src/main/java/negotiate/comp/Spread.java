package negotiate.comp;

import java.math.BigDecimal;

/** A low / mid / high triple of amounts in one currency (held by the owner). */
public record Spread(BigDecimal low, BigDecimal mid, BigDecimal high) {
    public Spread times(BigDecimal f) {
        return new Spread(low.multiply(f), mid.multiply(f), high.multiply(f));
    }
}
