package negotiate.comp;

import java.math.BigDecimal;
import java.util.Currency;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.guide.Premium;
import negotiate.money.Money;
import negotiate.money.Range;
import negotiate.money.RateTable;

/**
 * Normalises a band: annual = base + equity / years + base × bonus %, at the low and high ends;
 * mid is their mean; four years is four times annual. The guide's stated total is carried along,
 * never used.
 */
public final class BandCalculator {
    private BandCalculator() {
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TWO = new BigDecimal("2");
    private static final BigDecimal FOUR = new BigDecimal("4");

    public static NormalisedBand normalise(Guide guide, Band band, Premium premium, Currency target, RateTable rates) {
        BigDecimal f = target == null || target.equals(band.currency()) ? BigDecimal.ONE : rates.factor(band.currency(), target);
        Currency cur = target == null ? band.currency() : target;
        Range base = band.base().times(f);
        Range equity = band.equity().times(f);
        if (premium != null) {
            equity = new Range(equity.low().multiply(BigDecimal.ONE.add(premium.pct().low().divide(HUNDRED, Money.MC)), Money.MC),
                    equity.high().multiply(BigDecimal.ONE.add(premium.pct().high().divide(HUNDRED, Money.MC)), Money.MC));
        }
        BigDecimal years = BigDecimal.valueOf(band.equityYears());
        BigDecimal low = annual(base.low(), equity.low(), years, band.bonusPct().low());
        BigDecimal high = annual(base.high(), equity.high(), years, band.bonusPct().high());
        Spread annual = new Spread(low, low.add(high).divide(TWO, Money.MC), high);
        Range stated = band.stated() == null ? null : band.stated().times(f);
        return new NormalisedBand(guide, band, cur, base, equity, band.bonusPct(), annual, annual.times(FOUR), stated, premium);
    }

    static BigDecimal annual(BigDecimal base, BigDecimal equity, BigDecimal years, BigDecimal bonusPct) {
        return base.add(equity.divide(years, Money.MC)).add(base.multiply(bonusPct).divide(HUNDRED, Money.MC));
    }
}
