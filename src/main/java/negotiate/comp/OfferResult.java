package negotiate.comp;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/** An offer valued over four years in one currency: nominal and risk-adjusted, with the band position. */
public record OfferResult(Offer offer, Currency currency, List<YearBreakdown> years, BigDecimal firstYear,
                          BigDecimal annual, BigDecimal fourYear, BigDecimal riskPct, String riskSource,
                          BigDecimal riskAdjustedAnnual, BigDecimal riskAdjustedFourYear, BandPosition band,
                          List<String> notes) {
    public String name() {
        return offer.name();
    }
}
