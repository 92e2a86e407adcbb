package negotiate.offers;

import java.util.Currency;
import java.util.List;
import negotiate.comp.Offer;
import negotiate.money.Rate;

/** What an offer file holds: an optional report currency, optional rates, the offers. */
public record OfferSet(Currency currency, List<Rate> rates, List<Offer> offers) {
}
