package negotiate.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Rounding happens here and only here, when printing (HALF_EVEN). */
public final class MoneyFormat {
    private MoneyFormat() {
    }

    /** A JSON number: at most two decimals, never exponent form. */
    public static String json(BigDecimal v) {
        BigDecimal r = v.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (r.signum() == 0) {
            return "0";
        }
        return r.toPlainString();
    }

    /** Whole units with thousands separators: `139,250`. */
    public static String whole(BigDecimal v) {
        return group(v.setScale(0, RoundingMode.HALF_EVEN).toPlainString());
    }

    /** Inserts thousands separators into a plain integer string (with optional sign). */
    static String group(String digits) {
        int start = digits.startsWith("-") ? 1 : 0;
        int n = digits.length() - start;
        if (n <= 3) {
            return digits;
        }
        StringBuilder b = new StringBuilder(digits.length() + n / 3);
        b.append(digits, 0, start);
        int first = n % 3 == 0 ? 3 : n % 3;
        b.append(digits, start, start + first);
        for (int i = start + first; i < digits.length(); i += 3) {
            b.append(',').append(digits, i, i + 3);
        }
        return b.toString();
    }

    /** Whole units with the currency: `€139,250`, `CHF 120,000`. */
    public static String whole(Money m) {
        String sign = m.amount().signum() < 0 && m.amount().setScale(0, RoundingMode.HALF_EVEN).signum() != 0 ? "-" : "";
        return sign + Currencies.prefix(m.currency()) + whole(m.amount().abs());
    }

    /** Cents, for small amounts and rates. */
    public static String cents(Money m) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return Currencies.prefix(m.currency()) + f.format(m.amount());
    }

    /** A percent for people: `12.5%`, `10%`. */
    public static String percent(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }
}
