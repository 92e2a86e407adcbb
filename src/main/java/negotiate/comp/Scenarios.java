package negotiate.comp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import negotiate.guide.Report;
import negotiate.money.Money;
import negotiate.money.MoneyParser;
import negotiate.money.RateTable;

/**
 * §2 "Equity scenarios": values each offer's non-public equity under the outcomes its company's
 * report gives (exit multiples with their probabilities, the chance of zero, "other" at face value),
 * public equity under growth rates, and for every ordered pair of offers the probability that one's
 * horizon total beats the other's. Probabilities stay exact decimals of the report's percents;
 * nothing is invented: an offer without an exit table has the outcomes its own risk gives.
 */
public final class Scenarios {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal TWO = new BigDecimal("2");

    private final RateTable rates;
    private final Function<Offer, Report> reports;

    Scenarios(RateTable rates, Function<Offer, Report> reports) {
        this.rates = rates;
        this.reports = reports;
    }

    /** Thrown when a report's exit probabilities sum to more than 100 %: an input error naming its line. */
    public static final class OverHundred extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        OverHundred(String message) {
            super(message);
        }
    }

    /** Every offer's outcomes and the pairwise chances of beating; `growthPcts` empty for no growth scenarios. */
    public Result of(Comparison c, List<BigDecimal> growthPcts) {
        List<OfferScenarios> all = new ArrayList<>();
        for (OfferResult r : c.offers()) {
            all.add(offer(r, growthPcts));
        }
        List<Beat> beats = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = 0; j < all.size(); j++) {
                if (i != j) {
                    beats.add(new Beat(all.get(i).offer(), all.get(j).offer(), Beat.chance(all.get(i), all.get(j))));
                }
            }
        }
        return new Result(List.copyOf(all), List.copyOf(beats));
    }

    /** The scenarios of every offer (in the comparison's order) and the ordered pairs' chances. */
    public record Result(List<OfferScenarios> offers, List<Beat> beats) {
    }

    private OfferScenarios offer(OfferResult r, List<BigDecimal> growthPcts) {
        Offer o = r.offer();
        List<String> notes = new ArrayList<>();
        Parts parts = parts(r);
        EquityKind kind = o.equityKind().isRisky() ? o.equityKind() : o.refreshKind();
        Report report = kind.isRisky() ? reports.apply(o) : null;
        String company = report != null ? report.id() : o.company();
        List<Outcome> outcomes = new ArrayList<>();
        BigDecimal grantValuation = null;
        String valuationCurrency = null;
        String valuationFrom = null;
        BigDecimal dilution = o.terms().dilutionPct() == null ? BigDecimal.ZERO : o.terms().dilutionPct();
        BigDecimal p0 = null;
        String table = null;
        boolean valued = parts.atRisk().signum() > 0 || parts.optionShares().signum() > 0; // options under water still count
        String unreadable = report == null ? null : unreadable(report);
        if (kind.isRisky() && valued && report != null && !report.exits().isEmpty() && unreadable != null) {
            notes.add(o.name() + ": the " + report.company() + " report's exit scenarios are not used: " + unreadable
                    + "; leaving it out would lose its probability, so the offer's risk gives its outcomes");
        }
        if (kind.isRisky() && valued && report != null && !report.exits().isEmpty() && unreadable == null) {
            table = report.exits().get(0).table();
            Money vGrant = null;
            if (o.terms().valuation() != null) {
                vGrant = o.terms().valuation();
                valuationFrom = "offer";
            } else {
                MoneyParser.Amount a = report.lastPricedRound();
                if (a != null) {
                    vGrant = new Money(a.value(), a.currency());
                    valuationFrom = "report";
                }
            }
            if (vGrant == null) {
                table = null;
                notes.add(o.name() + ": the " + report.company() + " report gives no valuation to scale its exits against, and the"
                        + " offer gives none (valuation: $4.5B): its own risk is used instead");
            } else {
                grantValuation = vGrant.amount();
                valuationCurrency = vGrant.currency().getCurrencyCode();
                p0 = o.equity().riskPct() != null ? o.equity().riskPct() : report.zeroPct();
                exits(r, o, report, vGrant, dilution, p0, parts, outcomes, notes);
            }
        }
        if (outcomes.isEmpty()) {
            simple(r, parts, kind, outcomes, notes);
            p0 = kind.isRisky() ? r.riskPct() : null;
            company = o.company() != null ? o.company() : company;
        }
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        for (Outcome out : outcomes) {
            BigDecimal p = out.probabilityPct().movePointLeft(2);
            expected = expected.add(out.totalMid().multiply(p));
            low = low.add(out.totalLow().multiply(p));
            high = high.add(out.totalHigh().multiply(p));
        }
        List<Outcome> growth = growth(r, parts, growthPcts);
        return new OfferScenarios(o.name(), company, report == null || table == null ? null : report.id(), table, grantValuation,
                valuationCurrency, valuationFrom, dilution, p0, List.copyOf(outcomes), expected, low, high, growth, List.copyOf(notes));
    }

    private void exits(OfferResult r, Offer o, Report report, Money vGrant, BigDecimal dilution, BigDecimal p0, Parts parts,
                       List<Outcome> out, List<String> notes) {
        BigDecimal sum = report.exitTotalPct();
        if (sum.compareTo(HUNDRED) > 0) {
            throw new OverHundred(report.file() + ":" + report.exits().get(0).line() + ": the exit scenarios' probabilities sum to "
                    + plain(sum) + "%, over 100%: fix the report (negotiate validate " + report.file() + ")");
        }
        BigDecimal scale = BigDecimal.ONE;
        BigDecimal other = BigDecimal.ZERO;
        if (sum.compareTo(HUNDRED) == 0 && p0 != null && p0.signum() > 0) {
            scale = HUNDRED.subtract(p0).movePointLeft(2);
            notes.add(o.name() + ": the report's exit probabilities sum to 100%, so they are read as the chances of each exit if"
                    + " the company exits at all, and scaled by " + plain(HUNDRED.subtract(p0)) + "% (1 − the " + plain(p0)
                    + "% chance that equity goes to $0)");
        } else if (sum.compareTo(HUNDRED) < 0) {
            BigDecimal zero = p0 == null ? BigDecimal.ZERO : p0;
            other = HUNDRED.subtract(sum).subtract(zero);
            if (other.signum() < 0) {
                // exits and zero together pass 100 %: the exits are read as conditional on an exit, like a full table
                scale = HUNDRED.subtract(zero).divide(sum, Money.MC);
                other = BigDecimal.ZERO;
                notes.add(o.name() + ": the exits (" + plain(sum) + "%) and the chance of $0 (" + plain(zero) + "%) pass 100%"
                        + " together, so the exits are scaled to share the " + plain(HUNDRED.subtract(zero)) + "% left");
            } else if (other.signum() > 0) {
                notes.add(o.name() + ": the report's exits cover " + plain(sum) + "%" + (p0 == null ? "" : " and $0 " + plain(zero)
                        + "%") + "; the " + plain(other) + "% left is an outcome \"other\" at face value");
            }
        }
        BigDecimal keep = BigDecimal.ONE.subtract(dilution.movePointLeft(2));
        notes.add(o.name() + ": multiples are the exit valuation" + (dilution.signum() == 0 ? " (no dilution assumed; give dilution: 20%"
                + " to assume some)" : " less " + plain(dilution) + "% dilution") + " over the valuation at grant, " + money(vGrant)
                + (o.terms().valuation() != null ? " (the offer's valuation)" : " (the last priced round in the " + report.company()
                + " report)"));
        BigDecimal vg = vGrant.amount();
        for (Report.ExitScenario e : report.exits()) {
            MoneyParser.AmountRange v = e.value();
            BigDecimal lo = convert(v.low(), v.currency(), vGrant);
            BigDecimal hi = convert(v.high(), v.currency(), vGrant);
            BigDecimal mLow = lo.multiply(keep).divide(vg, Money.MC);
            BigDecimal mHigh = hi.multiply(keep).divide(vg, Money.MC);
            // one division for the mid too, so that an exact tie (a multiple of 4/3 against 4/3) stays a tie
            BigDecimal mMid = lo.add(hi).multiply(keep).divide(vg.multiply(TWO), Money.MC);
            if (v.atLeast()) {
                notes.add(o.name() + ": '" + e.name() + "' is valued at " + e.valuation().strip() + ", taken at its lower figure (at least)");
            }
            out.add(outcome(e.name(), e.probabilityPct().multiply(scale), mLow, mMid, mHigh, v.atLeast(), parts, r));
        }
        if (p0 != null && p0.signum() > 0) {
            out.add(outcome("equity goes to $0", p0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false, parts, r));
        }
        if (other.signum() > 0) {
            out.add(outcome("other", other, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, false, parts, r));
        }
    }

    /** Why a report's exits cannot all be valued (a probability or a valuation unread), or null when they can. */
    private static String unreadable(Report report) {
        for (Report.ExitScenario e : report.exits()) {
            if (e.probabilityPct() == null) {
                return "'" + e.name() + "' has no probability (" + report.file() + ":" + e.line() + ")";
            }
            if (e.value() == null) {
                return "'" + e.name() + "' has a valuation that cannot be read, '" + e.valuation() + "' (" + report.file() + ":"
                        + e.line() + ")";
            }
        }
        return null;
    }

    /** Without an exit table: zero at the offer's known risk and face value for the rest; or one outcome at face value. */
    private void simple(OfferResult r, Parts parts, EquityKind kind, List<Outcome> out, List<String> notes) {
        if (kind.isRisky() && (parts.atRisk().signum() > 0 || parts.optionShares().signum() > 0)) {
            BigDecimal risk = r.riskPct();
            if (risk != null && risk.signum() > 0) {
                out.add(outcome("equity goes to $0", risk, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, false, parts, r));
            }
            if (risk == null || risk.compareTo(HUNDRED) < 0) {
                out.add(outcome("face value", risk == null ? HUNDRED : HUNDRED.subtract(risk), BigDecimal.ONE, BigDecimal.ONE,
                        BigDecimal.ONE, false, parts, r));
            }
            notes.add(r.name() + ": no exit scenarios to use" + (risk == null
                    ? " and no known risk: one outcome at face value (an upper bound)" : ": zero at its " + plain(risk)
                    + "% risk, face value otherwise"));
            return;
        }
        out.add(new Outcome("as offered", HUNDRED, null, null, null, false, r.horizonTotal(), r.horizonTotal(), r.horizonTotal()));
    }

    private Outcome outcome(String name, BigDecimal pct, BigDecimal mLow, BigDecimal mMid, BigDecimal mHigh, boolean atLeast,
                            Parts parts, OfferResult r) {
        return new Outcome(name, pct, mLow, mMid, mHigh, atLeast, total(parts, r, mLow), total(parts, r, mMid), total(parts, r, mHigh));
    }

    /** The horizon total with the non-public equity valued at multiple m: RSUs × m; options at m × the share price. */
    private BigDecimal total(Parts p, OfferResult r, BigDecimal m) {
        BigDecimal equity = p.rsus().multiply(m);
        EquityGrant e = r.offer().equity();
        if (p.optionShares().signum() > 0) {
            BigDecimal price = rates.convert(e.price(), r.currency()).amount();
            BigDecimal strike = rates.convert(e.strike(), r.currency()).amount();
            BigDecimal perShare = price.multiply(m).subtract(strike).max(BigDecimal.ZERO);
            equity = equity.add(p.optionShares().multiply(perShare));
        }
        return p.fixed().add(equity);
    }

    /**
     * The horizon total split: what no scenario changes (`fixed`), the non-public equity valued as
     * RSUs (private grants and refreshes; an options offer's refreshes), and for options the shares
     * vesting within the horizon.
     */
    private record Parts(BigDecimal fixed, BigDecimal atRisk, BigDecimal rsus, BigDecimal optionShares, BigDecimal publicEquity) {
    }

    private static Parts parts(OfferResult r) {
        Offer o = r.offer();
        EquityGrant e = o.equity();
        EquityKind grantKind = o.equityKind();
        EquityKind refreshKind = o.refreshKind();
        BigDecimal grant = BigDecimal.ZERO;
        BigDecimal refresh = BigDecimal.ZERO;
        for (Payment p : r.payments()) {
            if (p.year() <= r.horizon()) {
                if (p.part() == Payment.Part.EQUITY) {
                    grant = grant.add(p.amount());
                } else if (p.part() == Payment.Part.REFRESH) {
                    refresh = refresh.add(p.amount());
                }
            }
        }
        BigDecimal publicEquity = (grantKind.isRisky() ? BigDecimal.ZERO : grant).add(refreshKind.isRisky() ? BigDecimal.ZERO : refresh);
        BigDecimal riskyRefresh = refreshKind.isRisky() ? refresh : BigDecimal.ZERO;
        BigDecimal riskyGrant = grantKind.isRisky() ? grant : BigDecimal.ZERO;
        BigDecimal fixed = r.horizonTotal().subtract(riskyGrant).subtract(riskyRefresh);
        if (grantKind == EquityKind.OPTIONS && e.shares() != null) {
            // the options' face value is recomputed from their shares at each multiple; refreshes are amounts
            return new Parts(fixed, riskyGrant.add(riskyRefresh), riskyRefresh, e.shares().multiply(vestedShare(e, r.horizon())),
                    publicEquity);
        }
        return new Parts(fixed, riskyGrant.add(riskyRefresh), riskyGrant.add(riskyRefresh), BigDecimal.ZERO, publicEquity);
    }

    /** The share of a grant vesting within the horizon, cliff and frequency applied. */
    private static BigDecimal vestedShare(EquityGrant e, int horizon) {
        List<BigDecimal> fractions = new ArrayList<>();
        for (BigDecimal w : e.vesting().weights()) {
            fractions.add(w.divide(e.vesting().total(), Money.MC));
        }
        List<Payment> unit = new ArrayList<>();
        Installments.add(unit, Payment.Part.EQUITY, fractions, 0, e.cliffMonths(), e.frequency(), 12 * horizon);
        BigDecimal s = BigDecimal.ZERO;
        for (Payment p : unit) {
            s = s.add(p.amount());
        }
        return s;
    }

    /**
     * Public equity under yearly price changes (no probabilities): a slice vesting in year y of a
     * grant made in year g is worth its grant-date value × (1 + growth)^(y − g + 1).
     */
    private static List<Outcome> growth(OfferResult r, Parts parts, List<BigDecimal> growthPcts) {
        List<Outcome> out = new ArrayList<>();
        if (growthPcts.isEmpty() || parts.publicEquity().signum() == 0) {
            return out;
        }
        for (BigDecimal g : growthPcts) {
            BigDecimal factor = BigDecimal.ONE.add(g.movePointLeft(2));
            BigDecimal total = r.horizonTotal().subtract(parts.publicEquity());
            boolean grantPublic = !r.offer().equityKind().isRisky();
            boolean refreshPublic = !r.offer().refreshKind().isRisky();
            for (Payment p : r.payments()) {
                if (p.year() <= r.horizon() && (p.part() == Payment.Part.EQUITY && grantPublic
                        || p.part() == Payment.Part.REFRESH && refreshPublic)) {
                    total = total.add(p.amount().multiply(factor.pow(p.year() - p.granted() + 1, Money.MC)));
                }
            }
            out.add(new Outcome("growth " + (g.signum() > 0 ? "+" : "") + plain(g) + "%", null, null, null, null, false, total, total,
                    total));
        }
        return List.copyOf(out);
    }

    /**
     * The probability that a's horizon total is strictly greater than b's, at range mids: offers at
     * one company share their outcome (taken in order, with a's probabilities); others are independent.
     */
    private BigDecimal convert(BigDecimal amount, java.util.Currency from, Money to) {
        return from == null || from.equals(to.currency()) ? amount : rates.convert(new Money(amount, from), to.currency()).amount();
    }

    private static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String money(Money m) {
        return negotiate.money.MoneyFormat.whole(m);
    }
}
