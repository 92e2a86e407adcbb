package negotiate.comp;

import java.math.BigDecimal;
import java.util.Objects;
import negotiate.money.Money;

/**
 * A refresh grant of `grant` every year from `fromYear`, each vesting evenly over `years`; its own
 * cliff (months, counted from each refresh's grant), frequency, kind and risk, or null to share the
 * initial grant's (§2: "unless refresh: gives its own").
 */
public record Refresh(Money grant, int fromYear, int years, Integer cliffMonths, Frequency frequency, EquityKind kind,
                      BigDecimal riskPct) {
    public Refresh(Money grant, int fromYear, int years) {
        this(grant, fromYear, years, null, null, null, null);
    }

    public Refresh(Money grant, int fromYear, int years, Integer cliffMonths, Frequency frequency) {
        this(grant, fromYear, years, cliffMonths, frequency, null, null);
    }

    public Refresh {
        Objects.requireNonNull(grant);
        if (fromYear < 1 || years < 1 || years > VestingSchedule.MAX_YEARS) {
            throw new IllegalArgumentException("refresh from_year must be ≥ 1 and years 1–" + VestingSchedule.MAX_YEARS);
        }
    }
}
