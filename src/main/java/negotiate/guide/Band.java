package negotiate.guide;

import java.util.Currency;
import java.util.Objects;
import negotiate.money.Range;

/**
 * What one guide says a role pays in one region: base, equity over a grant of `equityYears`, bonus
 * percent, and the guide's own stated total (kept for comparison, never used in arithmetic). `level`
 * is the heading above the band's table when a guide has several band tables (null otherwise).
 */
public record Band(String region, Currency currency, Range base, Range equity, int equityYears,
                   EquityType equityType, Range bonusPct, Range stated, String file, int line, String level) {
    /** A grant in a guide vests over at most this many years (and at least one). */
    public static final int MAX_EQUITY_YEARS = 10;

    public Band {
        Objects.requireNonNull(region);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(base);
        Objects.requireNonNull(equity);
        Objects.requireNonNull(bonusPct);
        Objects.requireNonNull(equityType);
        if (equityYears < 1 || equityYears > MAX_EQUITY_YEARS) {
            throw new IllegalArgumentException("equity years must be 1.." + MAX_EQUITY_YEARS);
        }
    }
}
