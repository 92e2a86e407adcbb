package negotiate.comp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import negotiate.money.Money;

/** Percent of a grant vesting in each year (1, 2, …); the percents sum to exactly 100. */
public record VestingSchedule(List<BigDecimal> percents) {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public VestingSchedule {
        Objects.requireNonNull(percents);
        if (percents.isEmpty() || percents.size() > 10) {
            throw new IllegalArgumentException("vesting needs 1 to 10 years");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal p : percents) {
            if (p.signum() < 0) {
                throw new IllegalArgumentException("vesting percents cannot be negative");
            }
            sum = sum.add(p);
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new IllegalArgumentException("vesting percents sum to " + sum.stripTrailingZeros().toPlainString() + ", not 100");
        }
        percents = List.copyOf(percents);
    }

    /** Even vesting over `years`; the shares are exact, so slices can only differ in the last one. */
    public static VestingSchedule even(int years) {
        List<BigDecimal> p = new ArrayList<>();
        BigDecimal slice = HUNDRED.divide(BigDecimal.valueOf(years), Money.MC);
        BigDecimal sum = BigDecimal.ZERO;
        for (int y = 1; y < years; y++) {
            p.add(slice);
            sum = sum.add(slice);
        }
        p.add(HUNDRED.subtract(sum));
        return new VestingSchedule(p);
    }

    /** `first` percent in year 1, the rest evenly over the other years. */
    public static VestingSchedule firstYear(BigDecimal first, int years) {
        if (years == 1) {
            return new VestingSchedule(List.of(first));
        }
        List<BigDecimal> p = new ArrayList<>();
        p.add(first);
        BigDecimal rest = HUNDRED.subtract(first);
        BigDecimal slice = rest.divide(BigDecimal.valueOf(years - 1), Money.MC);
        BigDecimal sum = first;
        for (int y = 2; y < years; y++) {
            p.add(slice);
            sum = sum.add(slice);
        }
        p.add(HUNDRED.subtract(sum));
        return new VestingSchedule(p);
    }

    public int years() {
        return percents.size();
    }

    /** The grant split into yearly slices; the remainder goes to the last slice, so they sum to the grant. */
    public List<Money> slices(Money grant) {
        List<Money> out = new ArrayList<>();
        Money sum = Money.zero(grant.currency());
        for (int i = 0; i < percents.size() - 1; i++) {
            Money s = grant.times(percents.get(i)).dividedBy(HUNDRED);
            out.add(s);
            sum = sum.plus(s);
        }
        out.add(grant.minus(sum));
        return out;
    }

    /** The share (0..1) of the grant that vests within the first `horizon` years. */
    public BigDecimal shareWithin(int horizon) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < Math.min(horizon, percents.size()); i++) {
            s = s.add(percents.get(i));
        }
        return s.divide(HUNDRED, Money.MC);
    }
}
