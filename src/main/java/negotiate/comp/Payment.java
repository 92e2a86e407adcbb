package negotiate.comp;

import java.math.BigDecimal;

/**
 * One dated amount of an offer, in the report currency: the `year` whose total it belongs to and
 * the `month` (counted from the start date) at whose end it is earned — a salary month, a bonus, a
 * vesting installment — or, for signing, paid at its start (month 12 × (year − 1)). An installment
 * also carries the year its grant was made (`granted`: 1 for the initial grant, g for a refresh
 * granted in year g), for growth scenarios.
 */
public record Payment(int year, int month, Part part, BigDecimal amount, int granted) {
    /** A payment that is no grant's installment (`granted` 0). */
    public Payment(int year, int month, Part part, BigDecimal amount) {
        this(year, month, part, amount, 0);
    }

    /** The column a payment belongs to. */
    public enum Part { BASE, BONUS, BENEFITS, SIGNING, EQUITY, REFRESH }
}
