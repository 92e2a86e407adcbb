package negotiate.comp;

import java.math.BigDecimal;
import java.util.Objects;
import negotiate.money.Money;

/**
 * An initial equity grant: its total value, how it vests, its kind, and the risk haircut for
 * non-public equity (null when the offer gives none; the engine then looks for a company report).
 */
public record EquityGrant(Money grant, VestingSchedule vesting, EquityKind kind, BigDecimal riskPct) {
    public EquityGrant {
        Objects.requireNonNull(grant);
        Objects.requireNonNull(vesting);
        Objects.requireNonNull(kind);
        if (grant.amount().signum() < 0) {
            throw new IllegalArgumentException("a grant cannot be negative");
        }
        if (riskPct != null && (riskPct.signum() < 0 || riskPct.compareTo(new BigDecimal("100")) > 0)) {
            throw new IllegalArgumentException("risk must be 0–100%");
        }
    }
}
