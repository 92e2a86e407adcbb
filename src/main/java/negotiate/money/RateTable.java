package negotiate.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts money with explicit, dated rates. Rates added first win (so `--rate` is added before
 * files, files before the bundled table). A pair's inverse is implied unless the same rank quotes it
 * too; a cross rate goes through USD.
 * Every rate used is remembered so that reports can list them.
 */
public final class RateTable {
    private static final Currency USD = Currency.getInstance("USD");
    private final Map<String, Rate> rates = new LinkedHashMap<>();
    private final Map<String, Rate> used = new LinkedHashMap<>();
    private final Map<String, Integer> rankOf = new java.util.HashMap<>();
    private int ranks;
    private java.util.function.Supplier<List<Rate>> fallback;

    /** Rates consulted only when the others cannot convert (the bundled table: read only when needed). */
    public void fallback(java.util.function.Supplier<List<Rate>> rates) {
        this.fallback = rates;
    }

    /** Adds a rate as a rank of its own (below every rank added before). */
    public void add(Rate r) {
        addAll(List.of(r));
    }

    /**
     * Adds one rank of rates (the --rate options, a rates file, the offer files together), below
     * those added before: a pair, or its inverse, that an earlier rank gives is settled there. Within
     * a rank a pair and its inverse may both be given (RateConflicts has checked they agree); each
     * then converts its own direction, and a pair given twice is taken from the source whose name
     * sorts first, so the order of arguments never decides a figure or the source shown.
     */
    public void addAll(List<Rate> list) {
        int rank = ++ranks;
        List<Rate> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparing(Rate::source, java.util.Comparator.nullsLast(String::compareTo)));
        for (Rate r : sorted) {
            String key = r.pair();
            String inverse = r.to().getCurrencyCode() + "/" + r.from().getCurrencyCode();
            Integer inverseRank = rankOf.get(inverse);
            if (!rates.containsKey(key) && (inverseRank == null || inverseRank == rank)) {
                rates.put(key, r);
                rankOf.put(key, rank);
            }
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

    /** The rates conversions have used so far, by pair (not by first use, which the order of arguments decides). */
    public List<Rate> used() {
        List<Rate> out = new ArrayList<>(used.values());
        out.sort(java.util.Comparator.comparing(Rate::pair));
        return out;
    }
}
