package negotiate.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts money with explicit, dated rates. Rates added first win (so `--rate` is added before
 * files, files before the bundled table). A pair's inverse is implied; a cross rate goes through USD.
 * Every rate used is remembered so that reports can list them.
 */
public final class RateTable {
    private static final Currency USD = Currency.getInstance("USD");
    private final Map<String, Rate> rates = new LinkedHashMap<>();
    private final Map<String, Rate> used = new LinkedHashMap<>();
    private java.util.function.Supplier<List<Rate>> fallback;

    /** Rates consulted only when the others cannot convert (the bundled table: read only when needed). */
    public void fallback(java.util.function.Supplier<List<Rate>> rates) {
        this.fallback = rates;
    }

    /** Adds a rate unless one for the same pair (or its inverse) is already known. */
    public void add(Rate r) {
        String key = r.pair();
        String inverse = r.to().getCurrencyCode() + "/" + r.from().getCurrencyCode();
        if (!rates.containsKey(key) && !rates.containsKey(inverse)) {
            rates.put(key, r);
        }
    }

    public void addAll(List<Rate> list) {
        for (Rate r : list) {
            add(r);
        }
    }

    /** The factor that turns an amount of `from` into `to`; throws MissingRateException. */
    public BigDecimal factor(Currency from, Currency to) {
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        BigDecimal direct = direct(from, to);
        if (direct != null) {
            return direct;
        }
        if (!from.equals(USD) && !to.equals(USD)) {
            BigDecimal a = direct(from, USD);
            BigDecimal b = direct(USD, to);
            if (a != null && b != null) {
                return a.multiply(b, Money.MC);
            }
        }
        if (fallback != null) {
            List<Rate> more = fallback.get();
            fallback = null;
            addAll(more);
            return factor(from, to);
        }
        throw new MissingRateException(from.getCurrencyCode(), to.getCurrencyCode());
    }

    private BigDecimal direct(Currency from, Currency to) {
        Rate r = rates.get(from.getCurrencyCode() + "/" + to.getCurrencyCode());
        if (r != null) {
            used.putIfAbsent(r.pair(), r);
            return r.rate();
        }
        r = rates.get(to.getCurrencyCode() + "/" + from.getCurrencyCode());
        if (r != null) {
            used.putIfAbsent(r.pair(), r);
            return BigDecimal.ONE.divide(r.rate(), Money.MC);
        }
        return null;
    }

    public Money convert(Money m, Currency to) {
        if (m.currency().equals(to)) {
            return m;
        }
        return new Money(m.amount().multiply(factor(m.currency(), to), Money.MC), to);
    }

    /** The rates conversions have used so far, in the order first used. */
    public List<Rate> used() {
        return new ArrayList<>(used.values());
    }
}
