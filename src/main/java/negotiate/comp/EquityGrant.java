package negotiate.comp;

import java.math.BigDecimal;
import java.util.Objects;
import negotiate.money.Money;

/**
 * An initial equity grant: its total value, how it vests by year and inside the year (a cliff in
 * months, installments at a frequency), its kind, and the risk haircut for non-public equity (null
 * when the offer gives none; the engine then looks for a company report). For options, `shares`,
 * `strike` and `price` (null otherwise) give the cash needed to exercise what has vested and the
 * grant's worth at another share price.
 */
public record EquityGrant(Money grant, VestingSchedule vesting, EquityKind kind, BigDecimal riskPct, int cliffMonths,
                          Frequency frequency, BigDecimal shares, Money strike, Money price) {
    public EquityGrant(Money grant, VestingSchedule vesting, EquityKind kind, BigDecimal riskPct) {
        this(grant, vesting, kind, riskPct, 0, Frequency.YEARLY, null, null, null);
    }

    public EquityGrant {
        Objects.requireNonNull(vesting);
        Objects.requireNonNull(frequency);
        if (cliffMonths < 0 || cliffMonths > 12 * vesting.years()) {
            throw new IllegalArgumentException("a cliff runs 0 to " + 12 * vesting.years() + " months (the grant's length)");
        }
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

    /**
     * The share of the grant that vests within the first `years` years: its yearly slices in
     * installments at its frequency, nothing before the cliff (§2), so an 18-month cliff leaves
     * nothing in year 1.
     */

    /**
     * The same in the schedule's own weights (of `vesting().total()`), so that a caller can multiply
     * before it divides: a third of a three-year grant stays a third, not 0.333…
     */
    public BigDecimal vestedWithin(int years) {
        return vestedWithinMonths(12 * years);
    }

    /** The same by the end of month `months`. */
    public BigDecimal vestedWithinMonths(int months) {
        java.util.List<Payment> vested = new java.util.ArrayList<>();
        Installments.add(vested, Payment.Part.EQUITY, vesting.weights(), 0, cliffMonths, frequency, months);
        BigDecimal weight = BigDecimal.ZERO;
        for (Payment p : vested) {
            weight = weight.add(p.amount());
        }
        return weight;
    }
}
