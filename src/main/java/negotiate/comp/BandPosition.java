package negotiate.comp;

import java.math.BigDecimal;

/**
 * Where a linked offer sits in its guide's band, per component: 0 at the low end, 1 at the high end,
 * outside 0..1 when outside the band; null where the band's low equals its high.
 */
public record BandPosition(String guide, String region, BigDecimal base, BigDecimal equity, BigDecimal bonus,
                           BigDecimal annual) {
}
