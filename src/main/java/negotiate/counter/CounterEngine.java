package negotiate.counter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import negotiate.comp.CompEngine;
import negotiate.comp.Comparison;
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
    /** The default signing ceiling: a quarter of the ask base. */
    private static final BigDecimal SIGNING_SHARE = new BigDecimal("0.25");

    private CounterEngine() {
    }

    /**
     * Inputs besides the offers: the band (in its own currency), anchor, step, an optional floor and
     * an optional signing ceiling (--max-signing; default 25 % of the ask base).
     */
    public record Terms(NormalisedBand band, Anchor anchor, BigDecimal step, Money floor, SigningCap maxSigning) {
        public Terms(NormalisedBand band, Anchor anchor, BigDecimal step, Money floor) {
            this(band, anchor, step, floor, null);
        }
    }

    /** A signing ceiling: an amount in the band's currency, or a percent of the ask base. */
    public record SigningCap(BigDecimal amount, BigDecimal pctOfBase) {
        BigDecimal of(BigDecimal askBase) {
            return amount != null ? amount : askBase.multiply(pctOfBase).divide(HUNDRED, Money.MC);
        }
    }

    public static CounterOffer draft(Terms t, Offer offer, List<Offer> competing, CompEngine engine, RateTable rates) {
        NormalisedBand b = t.band();
        Currency c = b.currency();
        List<String> notes = new ArrayList<>();
        OfferResult offered = engine.evaluate(offer, c);
        List<OfferResult> comp = competing.stream().map(o -> engine.evaluate(o, c)).toList();
        OfferResult best = Comparison.best(comp);

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
        BigDecimal unclosed = BigDecimal.ZERO;
        List<String> levers = new ArrayList<>();
        BigDecimal askSigning = offerSigning;
        BigDecimal extraSigning = BigDecimal.ZERO;
        if (best != null && best.riskAdjustedFourYear().compareTo(ask.fourYear()) > 0) {
            gap = best.riskAdjustedFourYear().subtract(ask.fourYear());
            BigDecimal left = gap;
            notes.add("The ask at the band (" + whole(ask.fourYear(), c) + " over four years) trails " + best.name() + " ("
                    + whole(best.riskAdjustedFourYear(), c) + " risk-adjusted) by " + whole(gap, c) + ": placed lever by lever, "
                    + (preIpo ? "equity first (" + b.guide().company() + " equity is pre-IPO, where a bigger grant costs the"
                    + " company least), then signing, then base" : "signing first (a one-time sum is easier to grant than a"
                    + " higher band), then equity, then base") + ", each up to its ceiling.");
            BigDecimal share = b.band().equityYears() <= 4 ? BigDecimal.ONE
                    : new BigDecimal(4).divide(new BigDecimal(b.band().equityYears()), Money.MC);
            BigDecimal baseFactor = BigDecimal.ONE.add(bonusPct.divide(HUNDRED, Money.MC)).multiply(raiseSum(offer), Money.MC);
            String[] order = preIpo ? new String[] {"equity", "signing", "base"} : new String[] {"signing", "equity", "base"};
            for (String lever : order) {
                if (left.signum() <= 0) {
                    break;
                }
                BigDecimal added;
                switch (lever) {
                    case "signing" -> {
                        // the ceiling holds the ask's whole signing, the offer's own included
                        BigDecimal current = offerSigning.add(extraSigning);
                        BigDecimal cap = roundDown(t.maxSigning() != null ? t.maxSigning().of(askBase) : askBase.multiply(SIGNING_SHARE),
                                t.step()).max(current);
                        BigDecimal next = roundUp(current.add(left), t.step()).min(cap);
                        added = next.subtract(current);
                        extraSigning = extraSigning.add(added);
                        left = left.subtract(added);
                    }
                    case "equity" -> {
                        BigDecimal cap = roundDown(b.equity().high().multiply(STRETCH), t.step()).max(askEquity);
                        BigDecimal next = roundUp(askEquity.add(left.divide(share, Money.MC)), t.step()).min(cap);
                        added = next.subtract(askEquity);
                        askEquity = next;
                        left = left.subtract(added.multiply(share));
                    }
                    default -> {
                        BigDecimal cap = roundDown(b.base().high().multiply(STRETCH), t.step()).max(askBase);
                        BigDecimal next = roundUp(askBase.add(left.divide(baseFactor, Money.MC)), t.step()).min(cap);
                        added = next.subtract(askBase);
                        askBase = next;
                        left = left.subtract(added.multiply(baseFactor));
                    }
                }
                if (added.signum() > 0) {
                    levers.add(lever);
                    notes.add("+" + whole(added, c) + (lever.equals("base") ? " a year on base" : " on " + lever)
                            + (left.signum() > 0 ? " (its ceiling); " + whole(left, c) + " of the gap left" : ": the gap is closed") + ".");
                }
            }
            askSigning = offerSigning.add(extraSigning);
            unclosed = left.max(BigDecimal.ZERO);
            if (unclosed.signum() > 0) {
                notes.add("Plainly: " + best.name() + " is " + whole(unclosed, c) + " over four years beyond what this band can"
                        + " reach even with every lever at its ceiling. The script asks for the ceilings without claiming to match it.");
            }
            ask = engine.evaluate(askOffer(offer, c, askBase, askEquity, bonusPct, extraSigning, b, kind, rates), c);
        }
        String gapInto = levers.isEmpty() ? null : String.join(", ", levers);
        if (preIpo && best != null && ask.upperBound()) {
            notes.add("The ask's pre-IPO equity has no known risk (give risk: in the offer, or a company report): it is compared with "
                    + best.name() + " at face value, which flatters it.");
        } else if (preIpo && best != null && ask.riskAdjustedFourYear().compareTo(best.riskAdjustedFourYear()) < 0) {
            notes.add("Plainly: once the pre-IPO equity is risk-adjusted (" + ask.riskPct().stripTrailingZeros().toPlainString()
                    + "% risk, " + ask.riskSource() + "), the ask is worth " + whole(ask.riskAdjustedFourYear(), c) + " over four years, still below "
                    + best.name() + "'s " + whole(best.riskAdjustedFourYear(), c) + ". The ask is compared at face value.");
        }
        if (preIpo && offer.equity() != null && !offer.equity().kind().isRisky()) {
            notes.add("Your offer's equity is counted as liquid public RSUs, but the guide says " + b.guide().company()
                    + " equity is pre-IPO: add type=private (and risk= if you know it) so that it is haircut like the ask's.");
        }
        stretch(notes, "base", askBase, offerBase, b.base().high(), c);
        stretch(notes, "equity", askEquity, offerGrant, b.equity().high(), c);
        boolean atTop = gap.signum() == 0 && offerBase.compareTo(t.anchor().of(b.base())) >= 0
                && offerGrant.compareTo(t.anchor().of(b.equity())) >= 0;
        if (atTop) {
            notes.add("The offer already sits at the band's " + (t.anchor() == Anchor.TOP ? "top" : t.anchor().label() + " anchor")
                    + " (base " + whole(offerBase, c) + ", equity " + whole(offerGrant, c) + "): the script does not ask for more base or"
                    + " equity, only for the rest of the package.");
        }

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
        if (floor.compareTo(offered.riskAdjustedAnnual()) > 0) {
            notes.add("Your floor (" + whole(floor, c) + " a year, " + source + ") is above the offer as it stands ("
                    + (offered.upperBound() ? "at most " : "") + whole(offered.riskAdjustedAnnual(), c) + " a year risk-adjusted): as it stands, you would walk away.");
        }
        return new CounterOffer(b, c, t.anchor(), t.step(), offered, comp, best, askBase, askEquity, askSigning, bonusPct,
                offerBonus, atTop, ask, gap, gapInto, unclosed, floor, source, notes, rates.used());
    }

    /** §3: an ask above its band's top says by how much, and that the band may not stretch that far. */
    private static void stretch(List<String> notes, String what, BigDecimal ask, BigDecimal offered, BigDecimal top, Currency c) {
        if (top.signum() > 0 && ask.compareTo(top) > 0) {
            BigDecimal over = ask.subtract(top);
            String by = whole(over, c) + " (" + MoneyFormat.percent(over.multiply(HUNDRED).divide(top, 1, java.math.RoundingMode.HALF_EVEN))
                    + ") above the band's top of " + whole(top, c);
            notes.add(ask.compareTo(offered) == 0
                    ? "The offer's " + what + " of " + whole(ask, c) + " is already " + by + "."
                    : "The " + what + " ask of " + whole(ask, c) + " is " + by
                    + ": the band may not stretch that far; expect to trade it for other parts of the package.");
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
                // the company as the user wrote it, else none: the guide (linked by id) names it, and its report is found
                // through the guide without a "no report for the company you wrote" warning about a name never written
                offer.company(), b.guide().id(), b.band().region(), "ask");
    }

    /** Down to a multiple of `step` (a ceiling); an exact multiple stays. */
    public static BigDecimal roundDown(BigDecimal v, BigDecimal step) {
        return v.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    }

    /** Σ over years 1–4 of (1 + raise)^(year − 1): what a yearly base rise adds over four years. */
    private static BigDecimal raiseSum(Offer offer) {
        BigDecimal r = BigDecimal.ONE.add(offer.raisePct().divide(HUNDRED, Money.MC));
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal f = BigDecimal.ONE;
        for (int y = 0; y < 4; y++) {
            sum = sum.add(f);
            f = f.multiply(r, Money.MC);
        }
        return sum;
    }

    /** Up to a multiple of `step`; an exact multiple stays. */
    public static BigDecimal roundUp(BigDecimal v, BigDecimal step) {
        return v.divide(step, 0, RoundingMode.CEILING).multiply(step);
    }

    private static String whole(BigDecimal v, Currency c) {
        return MoneyFormat.whole(new Money(v, c));
    }
}
