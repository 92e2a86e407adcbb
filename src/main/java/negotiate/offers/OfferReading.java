package negotiate.offers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import negotiate.input.WholeNumber;
import negotiate.money.AmountException;
import negotiate.money.Money;
import negotiate.money.MoneyParser;

/**
 * One offer being typed: its flat fields, the currency its bare amounts take, how the user wrote it,
 * and every problem found so far. A field that cannot be typed is recorded and the reading goes on,
 * so that a file's errors are all reported at once.
 */
final class OfferReading {
    /** A problem with one field; `where` is null when the field is missing (the offer's own line is meant). */
    record Problem(OfferKey key, FlatOffer.Val where, String message) {
    }

    /** Ends the typing of one field. No problem: it was already said (a bare amount when the currency is unknown). */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        Stop(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    final FlatOffer flat;
    final Syntax syntax;
    final List<Problem> problems = new ArrayList<>();
    /** The currency bare amounts take; null when it could not be known (and that was said). */
    Currency currency;

    OfferReading(FlatOffer flat, Syntax syntax) {
        this.flat = flat;
        this.syntax = syntax;
    }

    FlatOffer.Val get(OfferKey key) {
        return flat.get(key);
    }

    RuntimeException fail(OfferKey key, FlatOffer.Val where, String message) {
        return new Stop(new Problem(key, where, message));
    }

    /** Runs one step of the typing; its problem, if any, is recorded and the step gives null. */
    <T> T attempt(Supplier<T> step) {
        try {
            return step.get();
        } catch (Stop s) {
            if (s.problem != null) {
                problems.add(s.problem);
            }
            return null;
        }
    }

    /** Runs one check that gives nothing; its problem, if any, is recorded. */
    void check(Runnable step) {
        attempt(() -> {
            step.run();
            return null;
        });
    }

    /** An amount; a bare number takes the offer's currency. */
    Money money(OfferKey key, FlatOffer.Val v) {
        MoneyParser.Amount a = amount(key, v);
        if (a.currency() == null && currency == null) {
            throw new Stop(null);
        }
        return new Money(a.value(), a.currency() != null ? a.currency() : currency);
    }

    MoneyParser.Amount amount(OfferKey key, FlatOffer.Val v) {
        try {
            return MoneyParser.parseAmount(v.text());
        } catch (AmountException e) {
            throw fail(key, v, e.getMessage());
        }
    }

    /** An amount computed from others (per_year × years, shares × spread) keeps the 10^12 limit too. */
    Money limited(OfferKey key, FlatOffer.Val v, Money computed) {
        if (computed.amount().compareTo(MoneyParser.MAX) > 0) {
            throw fail(key, v, "the grant comes to " + computed.amount().stripTrailingZeros().toPlainString()
                    + ", above 10^12: check the number of zeros");
        }
        return computed;
    }

    /** A percent that must say so (`10%`): a bare 10 could be a percent or an amount. */
    BigDecimal percent(OfferKey key, FlatOffer.Val v) {
        String t = v.text().strip();
        if (!t.endsWith("%")) {
            throw fail(key, v, "'" + t + "' needs a % sign: write " + t + "%");
        }
        try {
            MoneyParser.PercentRange p = MoneyParser.parsePercent(t);
            if (p.low().compareTo(p.high()) != 0) {
                throw fail(key, v, "give one percent, not a range");
            }
            return p.low();
        } catch (AmountException e) {
            throw fail(key, v, e.getMessage());
        }
    }

    /** A percent where nothing else could be meant (vesting, first_year): the `%` is optional. */
    BigDecimal plainPercent(OfferKey key, FlatOffer.Val v, String text) {
        String t = text.strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!t.matches("\\d{1,3}(\\.\\d{1,10})?")) {
            throw fail(key, v, "'" + text.strip() + "' is not a percent from 0 to 100");
        }
        return new BigDecimal(t);
    }

    /**
     * A number of shares, read by the one money reader (`10,000`, `10K`, `1.5M`) so that a grouping it
     * calls ambiguous (`10,00`) is an error here too; a currency or a fraction below zero is refused.
     */
    BigDecimal shares(OfferKey key, FlatOffer.Val v) {
        try {
            MoneyParser.Amount a = MoneyParser.parseAmount(v.text());
            if (a.currency() != null) {
                throw fail(key, v, "'" + v.text().strip() + "' is an amount: shares are a count, e.g. 10,000 (the price goes in price:)");
            }
            if (a.value().signum() <= 0) {
                throw fail(key, v, "'" + v.text().strip() + "': give a number of shares above zero");
            }
            return a.value();
        } catch (negotiate.money.AmountException e) {
            throw fail(key, v, "'" + v.text().strip() + "' is not a number of shares: " + e.getMessage());
        }
    }

    /** A count (years, a starting year), or null when not given. */
    Integer count(OfferKey key, int min, int max) {
        FlatOffer.Val v = get(key);
        if (v == null) {
            return null;
        }
        try {
            return WholeNumber.within(v.text(), min, max);
        } catch (WholeNumber.Invalid e) {
            throw fail(key, v, e.getMessage());
        }
    }

    /**
     * An enumerated value (`type`; later `frequency`, `mode`), read whatever its case: `spellings`
     * holds every accepted spelling in lower case; `expected` says which to use.
     */
    <E> E choice(OfferKey key, FlatOffer.Val v, Map<String, E> spellings, String expected) {
        E e = spellings.get(v.text().strip().toLowerCase(Locale.ROOT));
        if (e == null) {
            throw fail(key, v, "'" + v.text().strip() + "' is not " + expected);
        }
        return e;
    }

    /** A link (company, guide, region): text, or null when blank. */
    String text(OfferKey key) {
        FlatOffer.Val v = get(key);
        return v == null || v.text() == null || v.text().isBlank() ? null : v.text().strip();
    }
}
