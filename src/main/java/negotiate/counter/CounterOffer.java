package negotiate.counter;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import negotiate.comp.NormalisedBand;
import negotiate.comp.OfferResult;
import negotiate.money.Rate;

/**
 * The numbers of a counter-offer, in the guide region's currency: the ask, the gap to the best
 * competing offer, and the walk-away floor (for the user only, never in the script). `offerBonusPct`
 * is the offer's bonus as a percent of its base (an amount bonus converted); `atTop` says the offer's
 * base and equity already reach the band's anchor with no gap to close.
 */
public record CounterOffer(NormalisedBand band, Currency currency, Anchor anchor, BigDecimal step,
                           OfferResult offer, List<OfferResult> competing, OfferResult bestCompeting,
                           BigDecimal askBase, BigDecimal askEquity, BigDecimal askSigning, BigDecimal bonusPct,
                           BigDecimal offerBonusPct, boolean atTop,
                           OfferResult askPackage, BigDecimal gap, String gapInto, BigDecimal unclosedGap,
                           BigDecimal floorAnnual, String floorSource, List<String> notes, List<Rate> rates) {
}
