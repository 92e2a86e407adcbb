package negotiate.comp;

import java.util.Objects;
import negotiate.money.Money;

/** A refresh grant of `grant` every year from `fromYear`, each vesting evenly over `years`. */
public record Refresh(Money grant, int fromYear, int years) {
    public Refresh {
        Objects.requireNonNull(grant);
        if (fromYear < 1 || years < 1 || years > VestingSchedule.MAX_YEARS) {
            throw new IllegalArgumentException("refresh from_year must be ≥ 1 and years 1–" + VestingSchedule.MAX_YEARS);
        }
    }
}
