package negotiate.comp;

import java.math.BigDecimal;

/**
 * What an offer leaves you with if you leave at the end of month `months` (§2 "Leaving early"):
 * `kept` is everything dated at or before then, less the signing `clawback` repaid (both nominal and
 * pre-tax); `exerciseCost` the cash needed to exercise vested options (zero for RSUs), apart from
 * `kept`; `keptAfterTax` when the offer has a tax rate (else null).
 */
public record Leave(int months, BigDecimal kept, BigDecimal clawback, BigDecimal exerciseCost, BigDecimal keptAfterTax) {
}
