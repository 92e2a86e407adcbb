package negotiate.counter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import negotiate.comp.CompEngine;
import negotiate.comp.EquityGrant;
import negotiate.comp.EquityKind;
import negotiate.comp.NormalisedBand;
import negotiate.comp.Offer;
import negotiate.comp.OfferResult;
import negotiate.comp.Refresh;
import negotiate.comp.VestingSchedule;
import negotiate.guide.EquityType;
import negotiate.money.Money;
import negotiate.money.MoneyFormat;
import negotiate.money.RateTable;

/**
 * The counter-offer rules (§3): ask base and equity at the band's anchor, never below the offer,
 * rounded up to the step; value the ask like an offer; put the gap to the best competing offer into
 * equity (pre-IPO guides) or signing; take the floor from --floor, the best competing offer, or the
 * band's mid.
 */
public final class CounterEngine {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal STRETCH = new BigDecimal("1.10");

    private CounterEngine() {
    }

    /** Inputs besides the offers: the band (in its own currency), anchor, step and an optional floor. */
    public record Terms(NormalisedBand band, Anchor anchor, BigDecimal step, Money floor) {
    }

    public static CounterOffer draft(Terms t, Offer offer, List<Offer> competing, CompEngine engine, RateTable rates) {
        NormalisedBand b = t.band();
        Currency c = b.currency();
        List<String> notes = new ArrayList<>();
        OfferResult offered = engine.evaluate(offer, c);
        List<OfferResult> comp = competing.stream().map(o -> engine.evaluate(o, c)).toList();
        OfferResult best = comp.stream().max(Comparator.comparing(OfferResult::riskAdjustedFourYear)
                .thenComparing(OfferResult::fourYear)).orElse(null);

        BigDecimal offerBase = rates.convert(offer.base(), c).amount();
        BigDecimal offerGrant = offer.equity() == null ? BigDecimal.ZERO : rates.convert(offer.equity().grant(), c).amount();
        BigDecimal askBase = roundUp(t.anchor().of(b.base()).max(offerBase), t.step());
        BigDecimal askEquity = roundUp(t.anchor().of(b.equity()).max(offerGrant), t.step());
        BigDecimal offerBonus = offer.bonusPct() != null ? offer.bonusPct()
                : offer.bonusAmount() != null
                ? rates.convert(offer.bonusAmount(), c).amount().multiply(HUNDRED).divide(offerBase, Money.MC) : BigDecimal.ZERO;
        BigDecimal bonusPct = b.bonusPct().low().max(offerBonus);
        BigDecimal offerSigning = offer.signing().stream().map(m -> rates.convert(m, c).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        EquityKind kind = b.band().equityType() == EquityType.PRIVATE ? EquityKind.PRIVATE : EquityKind.PUBLIC;
        boolean preIpo = kind == EquityKind.PRIVATE;

        OfferResult ask = engine.evaluate(askOffer(offer, c, askBase, askEquity, bonusPct, BigDecimal.ZERO, b, kind, rates), c);
        BigDecimal gap = BigDecimal.ZERO;
        String gapInto = null;
        BigDecimal askSigning = offerSigning;
        if (best != null && best.riskAdjustedFourYear().compareTo(ask.fourYear()) > 0) {
            gap = roundUp(best.riskAdjustedFourYear().subtract(ask.fourYear()), t.step());
            String trail = "The ask at the band (" + whole(ask.fourYear(), c) + " over four years) trailed " + best.name() + " ("
                    + whole(best.riskAdjustedFourYear(), c) + " risk-adjusted) by "
                    + whole(best.riskAdjustedFourYear().subtract(ask.fourYear()), c) + "; ";
            if (preIpo) {
                gapInto = "equity";
                askEquity = askEquity.add(gap);
                notes.add(trail + whole(gap, c) + " (rounded up) was added to the equity ask because "
                        + b.guide().company() + " equity is pre-IPO, where a bigger grant costs the company least.");
            } else {
                gapInto = "signing";
                askSigning = offerSigning.add(gap);
                notes.add(trail + whole(gap, c) + " (rounded up) was added to the signing ask, "
                        + "a one-time sum that is easier to grant than a higher band.");
            }
            ask = engine.evaluate(askOffer(offer, c, askBase, askEquity, bonusPct, gapInto.equals("signing") ? gap : BigDecimal.ZERO,
                    b, kind, rates), c);
        }
        if (preIpo && best != null && ask.riskAdjustedFourYear().compareTo(best.riskAdjustedFourYear()) < 0) {
            notes.add("Plainly: once the pre-IPO equity is risk-adjusted (" + ask.riskPct().stripTrailingZeros().toPlainString()
                    + "% risk, " + ask.riskSource() + "), the ask is worth " + whole(ask.riskAdjustedFourYear(), c) + " over four years, still below "
                    + best.name() + "'s " + whole(best.riskAdjustedFourYear(), c) + ". The ask is compared at face value.");
        }
        stretch(notes, "base", askBase, b.base().high(), c);
        stretch(notes, "equity", askEquity, b.equity().high(), c);

        BigDecimal floor;
        String source;
        if (t.floor() != null) {
            floor = rates.convert(t.floor(), c).amount();
            source = "--floor";
        } else if (best != null) {
            floor = best.riskAdjustedAnnual();
            source = "competing offer " + best.name();
        } else {
            floor = b.annual().mid();
            source = "band mid (" + b.band().region() + ")";
        }
        return new CounterOffer(b, c, t.anchor(), t.step(), offered, comp, best, askBase, askEquity, askSigning, bonusPct, ask,
                gap, gapInto, floor, source, notes, rates.used());
    }

    private static void stretch(List<String> notes, String what, BigDecimal ask, BigDecimal top, Currency c) {
        if (top.signum() > 0 && ask.compareTo(top.multiply(STRETCH)) > 0) {
            notes.add("The " + what + " ask of " + whole(ask, c) + " is more than 10% above the band's top (" + whole(top, c)
                    + "): the band is unlikely to stretch that far; expect to trade it for other parts of the package.");
        }
    }

    private static Offer askOffer(Offer offer, Currency c, BigDecimal base, BigDecimal equity, BigDecimal bonusPct,
                                  BigDecimal extraSigning, NormalisedBand b, EquityKind kind, RateTable rates) {
        List<Money> sign = new ArrayList<>();
        offer.signing().forEach(m -> sign.add(rates.convert(m, c)));
        if (extraSigning.signum() > 0) {
            if (sign.isEmpty()) {
                sign.add(new Money(extraSigning, c));
            } else {
                sign.set(0, sign.get(0).plus(new Money(extraSigning, c)));
            }
        }
        BigDecimal risk = offer.equity() != null && offer.equity().kind().isRisky() ? offer.equity().riskPct() : null;
        EquityGrant g = new EquityGrant(new Money(equity, c), VestingSchedule.even(b.band().equityYears()), kind, risk);
        Refresh refresh = offer.refresh() == null ? null
                : new Refresh(rates.convert(offer.refresh().grant(), c), offer.refresh().fromYear(), offer.refresh().years());
        return new Offer("Your ask", c, new Money(base, c), bonusPct, null, sign, g, refresh, offer.raisePct(),
                offer.company() != null ? offer.company() : b.guide().companySlug(), b.guide().id(), b.band().region(), "ask");
    }

    /** Up to a multiple of `step`; an exact multiple stays. */
    public static BigDecimal roundUp(BigDecimal v, BigDecimal step) {
        return v.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    private static String whole(BigDecimal v, Currency c) {
        return MoneyFormat.whole(new Money(v, c));
    }
}
