package negotiate.comp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import negotiate.money.Money;

/**
 * A grant's yearly slices turned into dated installments (§2 "Vesting inside a year"): each year's
 * slice in equal installments at the frequency, each at the end of its period; nothing before the
 * cliff, and at the cliff everything scheduled up to then at once. A split puts its remainder in
 * the last part, so the installments sum to the slice exactly.
 */
final class Installments {
    private Installments() {
    }

    /**
     * @param slices yearly slices in the report currency (year 1 of the grant first)
     * @param start  the month the grant starts vesting from (0 for the initial grant; 12 × (g − 1) for a
     *               refresh granted in year g)
     * @param until  the last month wanted (installments after it are left out)
     */
    static void add(List<Payment> out, Payment.Part part, List<BigDecimal> slices, int start, int cliff, Frequency f, int until) {
        int cliffMonth = start + cliff;
        for (int y = 0; y < slices.size(); y++) {
            List<BigDecimal> parts = split(slices.get(y), f.perYear);
            for (int j = 0; j < parts.size(); j++) {
                int month = Math.max(start + 12 * y + (j + 1) * f.months(), cliffMonth);
                if (month <= until && parts.get(j).signum() != 0) {
                    out.add(new Payment((month + 11) / 12, month, part, parts.get(j), start / 12 + 1));
                }
            }
        }
    }

    /**
     * `amount` in `n` equal parts, each the difference of two running totals (part j = amount × j ÷ n
     * − amount × (j − 1) ÷ n): the first k parts then add up to amount × k ÷ n with one rounding, not
     * k, so three months of $100,000 a year are $25,000 exactly and a half cent stays a half cent for
     * HALF_EVEN; the n parts sum to the amount exactly.
     */
    static List<BigDecimal> split(BigDecimal amount, int n) {
        List<BigDecimal> out = new ArrayList<>(n);
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal count = BigDecimal.valueOf(n);
        for (int j = 1; j <= n; j++) {
            BigDecimal upTo = j == n ? amount : amount.multiply(BigDecimal.valueOf(j)).divide(count, Money.MC);
            out.add(upTo.subtract(before));
            before = upTo;
        }
        return out;
    }
}
