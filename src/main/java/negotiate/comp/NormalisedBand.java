package negotiate.comp;

import java.util.Currency;
import negotiate.guide.Band;
import negotiate.guide.Guide;
import negotiate.guide.Premium;
import negotiate.money.Range;

/**
 * A band turned into yearly money: base, equity per grant, bonus percent, and the annual and
 * four-year totals at low, mid and high, in `currency` (the band's own unless converted).
 */
public record NormalisedBand(Guide guide, Band band, Currency currency, Range base, Range equity, Range bonusPct,
                             Spread annual, Spread fourYear, Range stated, Premium premium) {
}
