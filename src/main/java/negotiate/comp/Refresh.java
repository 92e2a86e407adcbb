package negotiate.comp;

import java.util.Objects;
import negotiate.money.Money;

/**
 * A refresh grant of `grant` every year from `fromYear`, each vesting evenly over `years`; its own
 * cliff (months, counted from each refresh's grant) and frequency, or null to share the equity's.
 */
public record Refresh(Money grant, int fromYear, int years, Integer cliffMonths, Frequency frequency) {
    public Refresh(Money grant, int fromYear, int years) {
        this(grant, fromYear, years, null, null);
    }

    public Refresh {
        Objects.requireNonNull(grant);
        if (fromYear < 1 || years < 1 || years > VestingSchedule.MAX_YEARS) {
            throw new IllegalArgumentException("refresh from_year must be ≥ 1 and years 1–" + VestingSchedule.MAX_YEARS);
        }
    }
}
