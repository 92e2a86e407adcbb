package negotiate.comp;

import java.math.BigDecimal;

/** The probability, in percent, that offer `a`'s horizon total is strictly greater than `b`'s (at range mids). */
public record Beat(String a, String b, BigDecimal probabilityPct) {
}
