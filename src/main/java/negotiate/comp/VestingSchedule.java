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
 * Every rule on how a schedule may be described lives here ({@link #described}); readers only add
 * the file, line and key to the message.
 */
public record VestingSchedule(List<BigDecimal> weights, BigDecimal total) {
    /** A grant (or a refresh) vests over 1 to this many years. */
    public static final int MAX_YEARS = 10;
    /** The years of a grant that says none. */
    public static final int DEFAULT_YEARS = 4;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** Which part of a description a broken rule is about, so that a reader can name the key. */
    public enum Part { PERCENTS, FIRST_YEAR, YEARS }

    /** A schedule that breaks a rule; the message is for the user, `part` says where to point. */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final Part part;

        Invalid(Part part, String message) {
            super(message);
            this.part = part;
        }

        public Part part() {
            return part;
        }
    }

    public VestingSchedule {
        Objects.requireNonNull(weights);
        Objects.requireNonNull(total);
        if (weights.isEmpty() || weights.size() > MAX_YEARS) {
            throw new Invalid(Part.YEARS, "a grant vests over 1 to " + MAX_YEARS + " years, not " + weights.size());
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights) {
            if (w.signum() < 0) {
                throw new Invalid(Part.PERCENTS, "a yearly percent cannot be negative");
            }
            sum = sum.add(w);
        }
        if (sum.compareTo(total) != 0 || total.signum() <= 0) {
            BigDecimal pct = total.signum() <= 0 ? sum : sum.multiply(HUNDRED).divide(total, Money.MC);
            throw new Invalid(Part.PERCENTS, "vesting sums to " + pct.stripTrailingZeros().toPlainString()
                    + "%, not 100%: fix the yearly percents");
        }
        weights = List.copyOf(weights);
    }

    /**
     * The schedule an offer describes: yearly `percents` (summing to 100; as many as `years` when
     * both are given), or `firstYear` percent in year 1 and the rest even (0–100 %, and 100 % over
     * one year), not both; otherwise even. `years` (null: as many as the percents, else 4) is a count
     * the reader has already checked against {@link #MAX_YEARS}.
     */
    public static VestingSchedule described(List<BigDecimal> percents, BigDecimal firstYear, Integer years) {
        if (percents != null && firstYear != null) {
            throw new Invalid(Part.FIRST_YEAR, "give vesting or first_year, not both");
        }
        if (percents != null) {
            if (years != null && years != percents.size()) {
                throw new Invalid(Part.PERCENTS, "vesting lists " + percents.size() + " years but years is " + years);
            }
            try {
                return percents(percents);
            } catch (Invalid e) {
                throw new Invalid(Part.PERCENTS, e.getMessage());
            }
        }
        int y = years == null ? DEFAULT_YEARS : years;
        if (firstYear != null) {
            if (firstYear.signum() < 0 || firstYear.compareTo(HUNDRED) > 0 || y == 1 && firstYear.compareTo(HUNDRED) != 0) {
                throw new Invalid(Part.FIRST_YEAR, "first_year must be 0–100% (100% when the grant vests over one year)");
            }
            return firstYear(firstYear, y);
        }
        return even(y);
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
}
