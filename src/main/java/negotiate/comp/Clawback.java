package negotiate.comp;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A signing bonus's clawback (§2): leaving less than `months` after a payment repays all of it
 * (`FULL`), or the share of the window not yet served (`PRORATA`).
 */
public record Clawback(int months, Mode mode) {
    public enum Mode { FULL, PRORATA }

    public Clawback {
        Objects.requireNonNull(mode);
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("a clawback runs 1 to 120 months");
        }
    }

    /** What is repaid of `amount`, paid at month `paid`, when leaving at the end of month `left`. */
    public BigDecimal repaid(BigDecimal amount, int paid, int left) {
        int served = left - paid;
        if (served >= months) {
            return BigDecimal.ZERO;
        }
        if (mode == Mode.FULL) {
            return amount;
        }
        return amount.multiply(BigDecimal.valueOf(months - served)).divide(BigDecimal.valueOf(months), negotiate.money.Money.MC);
    }
}
