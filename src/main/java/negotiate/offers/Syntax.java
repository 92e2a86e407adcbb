package negotiate.offers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import negotiate.money.Currencies;
import negotiate.money.MoneyFormat;

/**
 * How the user wrote an offer, so that a message's advice can be copied back as it is: a file says
 * `currency: EUR` and may group thousands (`$30,000`); a SPEC says `currency=EUR` and may not (its
 * commas separate keys).
 */
enum Syntax {
    FILE, SPEC;

    /** The key as this form names it: `equity.years` in a file, `years` in a SPEC. */
    String name(OfferKey key) {
        if (this == FILE) {
            return key.shown();
        }
        if (key.spec != null) {
            return key.spec;
        }
        return key.block != null ? key.block.spec : key.name;
    }

    /** The key ready for a value: `guide:` or `guide=`. */
    String assign(OfferKey key) {
        return name(key) + (this == FILE ? ":" : "=");
    }

    /** The key with a value: `currency: EUR` or `currency=EUR`. */
    String set(OfferKey key, String value) {
        return assign(key) + (this == FILE ? " " : "") + value;
    }

    /** A number as this form may write it: `30,000` in a file, `30000` in a SPEC; exact either way. */
    String number(BigDecimal value) {
        String plain = plain(value);
        if (this == SPEC) {
            return plain;
        }
        int dot = plain.indexOf('.');
        return MoneyFormat.whole(new BigDecimal(dot < 0 ? plain : plain.substring(0, dot))) + (dot < 0 ? "" : plain.substring(dot));
    }

    /** How to write `value` in a currency the context gives: `$30,000 (or 30000 USD)`. */
    String inCurrency(BigDecimal value, Currency currency) {
        return Currencies.prefix(currency) + number(value) + " (or " + plain(value) + " " + currency.getCurrencyCode() + ")";
    }

    /** How to write `value` with a currency when the context gives none: examples, never a guess. */
    String withSomeCurrency(BigDecimal value) {
        return "$" + number(value) + " or " + number(value) + " EUR";
    }

    /**
     * For a SPEC typed on a command line, why an amount may have lost its currency: in double quotes
     * the shell expands `$2` in `$250K` and passes `50K`.
     */
    String shellNote() {
        return this == SPEC ? " (if you typed a $ in double quotes, the shell removed it with the digit after it:"
                + " put the SPEC in single quotes, e.g. 'A:base=$250K')" : "";
    }

    private static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return (v.scale() < 0 ? v.setScale(0, RoundingMode.UNNECESSARY) : v).toPlainString();
    }
}
