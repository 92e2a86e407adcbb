package negotiate.comp;

import java.math.BigDecimal;

/**
 * The haircut on an offer's non-public equity and where it came from: `offer`, `report:<id>` (with
 * the heading of the report's table, `table`), `public`, `none`, or `unknown` (pct null). Unknown is
 * not zero: figures then take the equity at face value, as an upper bound, and say so.
 */
public record Risk(BigDecimal pct, String source, String table) {
    public static final String UNKNOWN = "unknown";

    public static Risk unknown() {
        return new Risk(null, UNKNOWN, null);
    }

    public boolean isUnknown() {
        return pct == null;
    }

    /** The share of non-public equity kept when risk-adjusting: 1 − pct/100, or 1 (face value) when unknown. */
    public BigDecimal keep() {
        return pct == null ? BigDecimal.ONE : BigDecimal.ONE.subtract(pct.movePointLeft(2)); // exact: /100
    }
}
