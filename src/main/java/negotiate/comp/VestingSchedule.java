package negotiate.comp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import negotiate.money.Money;

/**
 * How a grant vests by year (1, 2, …), as weights over their total: `[40, 30, 20, 10]` of 100, or
 * even vesting as `[1, 1, 1, 1]` of 4. Keeping weights (not rounded percents) keeps slices exact:
 * 30% then even over three years of $300K is $90K, $70K, $70K, $70K, not $69,999.99….
 */
public record VestingSchedule(List<BigDecimal> weights, BigDecimal total) {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public VestingSchedule {
        Objects.requireNonNull(weights);
        Objects.requireNonNull(total);
        if (weights.isEmpty() || weights.size() > 10) {
            throw new IllegalArgumentException("vesting needs 1 to 10 years");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w.signum() < 0) {
                throw new IllegalArgumentException("vesting cannot be negative");
            }
            sum = sum.add(w);
        }
        if (sum.compareTo(total) != 0 || total.signum() <= 0) {
            throw new IllegalArgumentException("vesting sums to " + sum.stripTrailingZeros().toPlainString()
                    + " of " + total.stripTrailingZeros().toPlainString());
        }
        weights = List.copyOf(weights);
    }

    /** Yearly percents that must sum to exactly 100. */
    public static VestingSchedule percents(List<BigDecimal> percents) {
        return new VestingSchedule(percents, HUNDRED);
    }

    public static VestingSchedule even(int years) {
        List<BigDecimal> w = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            w.add(BigDecimal.ONE);
        }
        return new VestingSchedule(w, BigDecimal.valueOf(years));
    }

    /** `first` percent in year 1, the rest evenly over the other years. */
    public static VestingSchedule firstYear(BigDecimal first, int years) {
        if (years == 1) {
            return even(1);
        }
        BigDecimal n = BigDecimal.valueOf(years - 1);
        List<BigDecimal> w = new ArrayList<>();
        w.add(first.multiply(n));
        for (int y = 1; y < years; y++) {
            w.add(HUNDRED.subtract(first));
        }
        return new VestingSchedule(w, HUNDRED.multiply(n));
    }

    public int years() {
        return weights.size();
    }

    /** The grant split into yearly slices; the remainder goes to the last slice, so they sum to the grant. */
    public List<Money> slices(Money grant) {
        List<Money> out = new ArrayList<>();
        Money sum = Money.zero(grant.currency());
        for (int i = 0; i < weights.size() - 1; i++) {
            Money s = new Money(grant.amount().multiply(weights.get(i)).divide(total, Money.MC), grant.currency());
            out.add(s);
            sum = sum.plus(s);
        }
        out.add(grant.minus(sum));
        return out;
    }

    /** The share (0..1) of the grant that vests within the first `horizon` years. */
    public BigDecimal shareWithin(int horizon) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < Math.min(horizon, weights.size()); i++) {
            s = s.add(weights.get(i));
        }
        return s.divide(total, Money.MC);
    }
}
