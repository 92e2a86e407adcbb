package negotiate.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** One unit of `from` is worth `rate` units of `to`, as of a date, from a named source. */
public record Rate(Currency from, Currency to, BigDecimal rate, String asOf, String source) {
    public Rate {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(rate);
        Objects.requireNonNull(source);
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("a rate must be positive");
        }
    }

    public String pair() {
        return from.getCurrencyCode() + "/" + to.getCurrencyCode();
    }
}
