package negotiate.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Objects;

/** An exact amount of one ISO currency; amounts of different currencies never mix without a rate. */
public record Money(BigDecimal amount, Currency currency) {

    /** Precision for divisions: more than enough for any salary, never binary floating point. */
    public static final MathContext MC = MathContext.DECIMAL128;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSame(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSame(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor, MC), currency);
    }

    public Money dividedBy(BigDecimal divisor) {
        return new Money(amount.divide(divisor, MC), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    private void requireSame(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "cannot combine " + currency.getCurrencyCode() + " and " + other.currency.getCurrencyCode()
                            + " without an exchange rate");
        }
    }

}
