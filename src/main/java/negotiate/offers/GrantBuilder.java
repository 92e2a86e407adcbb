package negotiate.offers;

import static negotiate.offers.OfferKey.EQUITY_CLIFF;
import static negotiate.offers.OfferKey.EQUITY_FIRST_YEAR;
import static negotiate.offers.OfferKey.EQUITY_FREQUENCY;
import static negotiate.offers.OfferKey.EQUITY_GRANT;
import static negotiate.offers.OfferKey.EQUITY_PER_YEAR;
import static negotiate.offers.OfferKey.EQUITY_PRICE;
import static negotiate.offers.OfferKey.EQUITY_RISK;
import static negotiate.offers.OfferKey.EQUITY_SHARES;
import static negotiate.offers.OfferKey.EQUITY_STRIKE;
import static negotiate.offers.OfferKey.EQUITY_TYPE;
import static negotiate.offers.OfferKey.EQUITY_VESTING;
import static negotiate.offers.OfferKey.EQUITY_YEARS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import negotiate.comp.EquityGrant;
import negotiate.comp.EquityKind;
import negotiate.comp.Frequency;
import negotiate.comp.VestingSchedule;
import negotiate.money.Money;

/** Types an offer's `equity:` block: its kind, its vesting (by VestingSchedule's rules), its value, its risk. */
final class GrantBuilder {
    /** Every spelling of `type`, in lower case (the value is read whatever its case). */
    static final Map<String, EquityKind> KINDS = Map.of("public", EquityKind.PUBLIC, "rsu", EquityKind.PUBLIC,
            "rsus", EquityKind.PUBLIC, "private", EquityKind.PRIVATE, "pre-ipo", EquityKind.PRIVATE,
            "options", EquityKind.OPTIONS, "option", EquityKind.OPTIONS);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final OfferReading r;

    GrantBuilder(OfferReading r) {
        this.r = r;
    }

    /** The grant, or null when the offer has none or it has problems (recorded in the reading). */
    EquityGrant grant() {
        if (!r.flat.has(OfferKey.Block.EQUITY)) {
            return null;
        }
        int before = r.problems.size();
        FlatOffer.Val typeV = r.get(EQUITY_TYPE);
        EquityKind kind = typeV == null ? EquityKind.PUBLIC
                : r.attempt(() -> r.choice(EQUITY_TYPE, typeV, KINDS, "an equity type: use public, private or options"));
        VestingSchedule vesting = r.attempt(this::vesting);
        Money value = kind == null ? null : r.attempt(() -> value(kind, vesting));
        BigDecimal risk = kind == null ? null : r.attempt(() -> risk(kind));
        Integer cliff = vesting == null ? null : r.attempt(() -> Timing.cliff(r, EQUITY_CLIFF, vesting.years()));
        Frequency frequency = r.attempt(() -> Timing.frequency(r, EQUITY_FREQUENCY));
        if (r.problems.size() > before || vesting == null || value == null) {
            return null;
        }
        BigDecimal shares = kind == EquityKind.OPTIONS ? r.shares(EQUITY_SHARES, r.get(EQUITY_SHARES)) : null;
        Money strike = kind == EquityKind.OPTIONS ? r.money(EQUITY_STRIKE, r.get(EQUITY_STRIKE)) : null;
        Money price = kind == EquityKind.OPTIONS ? r.money(EQUITY_PRICE, r.get(EQUITY_PRICE)) : null;
        return new EquityGrant(value, vesting, kind, risk, cliff == null ? 0 : cliff, frequency == null ? Frequency.YEARLY : frequency,
                shares, strike, price);
    }

    /** Reads what the offer says; VestingSchedule.described judges it, and its problem is pinned to the key. */
    private VestingSchedule vesting() {
        int before = r.problems.size();
        Integer years = r.attempt(() -> r.count(EQUITY_YEARS, 1, VestingSchedule.MAX_YEARS));
        FlatOffer.Val vv = r.get(EQUITY_VESTING);
        FlatOffer.Val fy = r.get(EQUITY_FIRST_YEAR);
        List<BigDecimal> percents = null;
        if (vv != null) {
            percents = new ArrayList<>();
            for (String item : vv.list() != null ? vv.list() : List.of(vv.text().split("/"))) {
                percents.add(r.plainPercent(EQUITY_VESTING, vv, item));
            }
        }
        BigDecimal first = fy == null ? null : r.plainPercent(EQUITY_FIRST_YEAR, fy, fy.text());
        VestingSchedule v;
        try {
            v = VestingSchedule.described(percents, first, years);
        } catch (VestingSchedule.Invalid e) {
            OfferKey key = switch (e.part()) {
                case PERCENTS -> EQUITY_VESTING;
                case FIRST_YEAR -> EQUITY_FIRST_YEAR;
                case YEARS -> EQUITY_YEARS;
            };
            throw r.fail(key, r.get(key) != null ? r.get(key) : vv != null ? vv : fy, e.getMessage());
        }
        return r.problems.size() > before ? null : v;
    }

    /** The grant's value: grant, per_year × years, or for options shares × max(0, price − strike). */
    private Money value(EquityKind kind, VestingSchedule vesting) {
        FlatOffer.Val grantV = r.get(EQUITY_GRANT);
        FlatOffer.Val perYearV = r.get(EQUITY_PER_YEAR);
        if (kind == EquityKind.OPTIONS) {
            return options(grantV != null ? grantV : perYearV);
        }
        for (OfferKey k : List.of(EQUITY_SHARES, EQUITY_STRIKE, EQUITY_PRICE)) {
            if (r.get(k) != null) {
                throw r.fail(k, r.get(k), k.name + " only applies to " + r.syntax.set(EQUITY_TYPE, "options"));
            }
        }
        if (grantV != null && perYearV != null) {
            throw r.fail(EQUITY_PER_YEAR, perYearV, "give grant or per_year, not both");
        }
        if (grantV == null && perYearV == null) {
            throw r.fail(EQUITY_GRANT, firstGiven(), r.syntax == Syntax.FILE ? "equity needs grant (the total) or per_year"
                    : "add equity=$200K/4y (the grant) or equity=$50K/yr (a year)");
        }
        if (grantV != null) {
            return r.money(EQUITY_GRANT, grantV);
        }
        Money perYear = r.money(EQUITY_PER_YEAR, perYearV);
        return vesting == null ? null : r.limited(EQUITY_PER_YEAR, perYearV, perYear.times(BigDecimal.valueOf(vesting.years())));
    }

    private Money options(FlatOffer.Val grantOrPerYear) {
        if (grantOrPerYear != null) {
            throw r.fail(EQUITY_GRANT, grantOrPerYear, "options are valued from shares, strike and price: drop grant/per_year");
        }
        for (OfferKey k : List.of(EQUITY_SHARES, EQUITY_STRIKE, EQUITY_PRICE)) {
            if (r.get(k) == null) {
                throw r.fail(k, firstGiven(), "options need shares, strike and price");
            }
        }
        BigDecimal shares = r.shares(EQUITY_SHARES, r.get(EQUITY_SHARES));
        Money strike = r.money(EQUITY_STRIKE, r.get(EQUITY_STRIKE));
        Money price = r.money(EQUITY_PRICE, r.get(EQUITY_PRICE));
        if (!strike.currency().equals(price.currency())) {
            throw r.fail(EQUITY_STRIKE, r.get(EQUITY_STRIKE), "strike and price must be in one currency");
        }
        BigDecimal spread = price.amount().subtract(strike.amount()).max(BigDecimal.ZERO);
        return r.limited(EQUITY_SHARES, r.get(EQUITY_SHARES), new Money(shares.multiply(spread), price.currency()));
    }

    private BigDecimal risk(EquityKind kind) {
        return risk(r, kind, EQUITY_RISK, EQUITY_TYPE);
    }

    /** A risk haircut (0–100 %) for non-public equity, for the grant and for refreshes alike; null when not given. */
    static BigDecimal risk(OfferReading r, EquityKind kind, OfferKey riskKey, OfferKey typeKey) {
        FlatOffer.Val rv = r.get(riskKey);
        if (rv == null) {
            return null;
        }
        if (kind == EquityKind.PUBLIC) {
            throw r.fail(riskKey, rv, "risk is a haircut for private or options equity; this grant is public (add "
                    + r.syntax.set(typeKey, "private") + ")");
        }
        BigDecimal risk = r.percent(riskKey, rv);
        if (risk.compareTo(HUNDRED) > 0) {
            throw r.fail(riskKey, rv, "risk cannot be above 100%");
        }
        return risk;
    }

    /** Where to point when a key is missing from the block: the first equity key the user did write. */
    private FlatOffer.Val firstGiven() {
        for (OfferKey k : OfferKey.values()) {
            if (k.block == OfferKey.Block.EQUITY && r.get(k) != null) {
                return r.get(k);
            }
        }
        return null;
    }
}
