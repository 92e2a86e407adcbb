package negotiate.comp;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import negotiate.guide.Band;
import negotiate.guide.Report;
import negotiate.money.MissingRateException;
import negotiate.money.Money;
import negotiate.money.RateTable;

/**
 * Values offers year by year for four years: base (raised from year 2), bonus (a percent follows the
 * raised base), signing, the initial grant's vesting slices and stacked refresh grants. Risk-adjusted
 * figures haircut non-public equity and its refreshes by the offer's risk, else the company report's
 * chance that equity goes to zero; otherwise the risk is unknown and the equity is taken at face
 * value, an upper bound that every output names.
 */
public final class CompEngine {
    private static final int HORIZON = Horizon.DEFAULT_YEARS;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final RateTable rates;
    private final Function<Offer, Report> reports;
    private final Function<Offer, NormalisedBand> bands;

    /**
     * @param reports offer → the report on its company (linked directly or through its guide), or null
     * @param bands   offer → the band it links to (guide and region, in the band's own currency), or null
     */
    public CompEngine(RateTable rates, Function<Offer, Report> reports, Function<Offer, NormalisedBand> bands) {
        this.rates = rates;
        this.reports = reports;
        this.bands = bands;
    }

    public Comparison compare(List<Offer> offers, Currency target) {
        return compare(offers, target, HORIZON);
    }

    /** The offers valued over `horizon` years (1–10). */
    public Comparison compare(List<Offer> offers, Currency target, int horizon) {
        return compare(offers, target, horizon, null);
    }

    /** The same, with `tax` (percent) for every offer that gives no `tax:` of its own; null for none. */
    public Comparison compare(List<Offer> offers, Currency target, int horizon, BigDecimal tax) {
        List<OfferResult> out = new ArrayList<>();
        for (Offer o : offers) {
            out.add(evaluate(o, target, horizon, tax));
        }
        return new Comparison(target, List.copyOf(out), rates.used());
    }

    public OfferResult evaluate(Offer o, Currency target) {
        return evaluate(o, target, HORIZON);
    }

    public OfferResult evaluate(Offer o, Currency target, int horizon) {
        return evaluate(o, target, horizon, null);
    }

    public OfferResult evaluate(Offer o, Currency target, int horizon, BigDecimal tax) {
        if (horizon < 1 || horizon > Horizon.MAX_YEARS) {
            throw new IllegalArgumentException("the horizon is 1 to " + Horizon.MAX_YEARS + " years");
        }
        try {
            return value(o, target, horizon, o.terms().taxPct() != null ? o.terms().taxPct() : tax);
        } catch (MissingRateException e) {
            throw e.neededBy("offer '" + o.name() + "'" + (o.source() == null || o.source().startsWith("--") || o.source().equals("ask")
                    ? "" : " in " + o.source()));
        }
    }

    private OfferResult value(Offer o, Currency target, int horizon, BigDecimal tax) {
        List<String> notes = new ArrayList<>();
        EquityKind kind = o.equityKind();
        EquityKind refreshKind = o.refreshKind();
        Risk grantRisk = o.equity() == null ? null : risk(o, kind, o.equity().riskPct(), "equity", notes);
        Risk refreshRisk = o.refresh() == null ? null : o.refresh().kind() == null && o.refresh().riskPct() == null && grantRisk != null
                ? grantRisk : risk(o, refreshKind, o.refresh().riskPct() != null ? o.refresh().riskPct()
                : refreshKind == kind && o.equity() != null ? o.equity().riskPct() : null, "refresh", notes);
        // the offer's risk as reported: the initial grant's, else the refreshes'; unknown wins over known
        Risk risk = o.equity() == null && o.refresh() == null ? new Risk(BigDecimal.ZERO, "none", null)
                : grantRisk != null && kind.isRisky() && !(refreshRisk != null && refreshRisk.isUnknown() && refreshKind.isRisky())
                ? grantRisk : refreshRisk != null && refreshKind.isRisky() ? refreshRisk : grantRisk != null ? grantRisk : refreshRisk;
        int computed = Math.max(horizon, HORIZON);
        List<Payment> payments = payments(o, target, computed);
        BigDecimal keepGrant = kind.isRisky() && grantRisk != null ? grantRisk.keep() : BigDecimal.ONE;
        BigDecimal keepRefresh = refreshKind.isRisky() && refreshRisk != null ? refreshRisk.keep() : BigDecimal.ONE;
        List<YearBreakdown> years = new ArrayList<>();
        BigDecimal four = BigDecimal.ZERO;
        BigDecimal fourRa = BigDecimal.ZERO;
        BigDecimal atRisk = BigDecimal.ZERO;
        BigDecimal total4 = BigDecimal.ZERO;
        BigDecimal ra4 = BigDecimal.ZERO;
        BigDecimal[][] sums = new BigDecimal[computed + 1][Payment.Part.values().length];
        for (BigDecimal[] row : sums) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        for (Payment p : payments) {
            sums[p.year()][p.part().ordinal()] = sums[p.year()][p.part().ordinal()].add(p.amount());
        }
        for (int y = 1; y <= computed; y++) {
            BigDecimal[] in = sums[y];
            BigDecimal base = in[Payment.Part.BASE.ordinal()];
            BigDecimal bonus = in[Payment.Part.BONUS.ordinal()];
            BigDecimal benefits = in[Payment.Part.BENEFITS.ordinal()];
            BigDecimal signing = in[Payment.Part.SIGNING.ordinal()];
            BigDecimal equity = in[Payment.Part.EQUITY.ordinal()];
            BigDecimal refresh = in[Payment.Part.REFRESH.ordinal()];
            BigDecimal cash = base.add(bonus).add(benefits).add(signing);
            BigDecimal total = cash.add(equity).add(refresh);
            if (total.compareTo(negotiate.money.MoneyParser.MAX) > 0) {
                // every figure read keeps the 10^12 limit; so does every figure worked out (a raise of 900 % compounded)
                throw negotiate.input.InputException.data("offer '" + o.name() + "'" + (o.source() == null || o.source().startsWith("--")
                        ? "" : " in " + o.source()) + ": year " + y + " comes to " + negotiate.money.MoneyFormat.whole(new Money(total, target))
                        + ", above 10^12: check its raise and amounts");
            }
            BigDecimal ra = cash.add(equity.multiply(keepGrant)).add(refresh.multiply(keepRefresh));
            years.add(new YearBreakdown(y, base, bonus, signing, equity, refresh, benefits, total, ra));
            if (y <= HORIZON) {
                total4 = total4.add(total);
                ra4 = ra4.add(ra);
            }
            if (y <= horizon) {
                four = four.add(total);
                fourRa = fourRa.add(ra);
                if (kind.isRisky()) {
                    atRisk = atRisk.add(equity);
                }
                if (refreshKind.isRisky()) {
                    atRisk = atRisk.add(refresh);
                }
            }
        }
        if (o.signing().size() > horizon) {
            notes.add(o.name() + ": signing for year " + (horizon + 1) + (o.signing().size() > horizon + 1 ? " onward" : "")
                    + " lies beyond the " + horizon + "-year horizon and is not counted");
        }
        BigDecimal n = BigDecimal.valueOf(HORIZON);
        BandPosition position = position(o, notes);
        return new OfferResult(o, target, List.copyOf(years), years.get(0).total(), total4.divide(n, Money.MC), total4,
                risk, atRisk, ra4.divide(n, Money.MC), ra4, position, List.copyOf(notes), horizon, four, fourRa,
                List.copyOf(payments), tax);
    }

    /** §2 "Equity scenarios" for the offers compared; `growthPcts` the yearly price changes for public equity (may be empty). */
    /** Every rate used so far, the scenarios' too (a valuation at grant in another currency than the report's exits). */
    public List<negotiate.money.Rate> ratesUsed() {
        return rates.used();
    }

    public Scenarios.Result scenarios(Comparison c, List<BigDecimal> growthPcts) {
        return new Scenarios(rates, reports).of(c, growthPcts);
    }

    /**
     * What the offer leaves you with at the end of month `months` (1 to 12 × its horizon): every
     * payment dated then or before, less what the signing clawback takes back; vested options' exercise
     * cost apart.
     */
    public Leave leave(OfferResult r, int months) {
        if (months < 1 || months > 12 * r.horizon()) {
            throw new IllegalArgumentException("leave after 1 to " + 12 * r.horizon() + " months");
        }
        Offer o = r.offer();
        BigDecimal kept = BigDecimal.ZERO;
        BigDecimal clawback = BigDecimal.ZERO;
        for (Payment p : r.payments()) {
            // §2: everything dated at or before month L counts; a signing for year y is dated at the
            // start of that year (month 12 × (y − 1)), so leaving at the end of month 12 keeps year 2's
            // a payment of a year after the horizon (next year's signing, dated at the horizon's very end) is outside it
            if (p.month() > months || p.year() > r.horizon()) {
                continue;
            }
            kept = kept.add(p.amount());
            if (p.part() == Payment.Part.SIGNING && o.terms().clawback() != null) {
                clawback = clawback.add(o.terms().clawback().repaid(p.amount(), p.month(), months));
            }
        }
        kept = kept.subtract(clawback);
        BigDecimal exercise = BigDecimal.ZERO;
        EquityGrant e = o.equity();
        if (e != null && e.kind() == EquityKind.OPTIONS && e.shares() != null && e.strike() != null) {
            // the vested weight times shares and strike, divided once by the schedule's total
            exercise = e.vestedWithinMonths(months).multiply(e.shares()).multiply(conv(e.strike(), r.currency()))
                    .divide(e.vesting().total(), Money.MC);
        }
        BigDecimal tax = r.taxPct();
        kept = exact(kept);
        return new Leave(months, kept, exact(clawback), exact(exercise), tax == null ? null : exact(afterTax(kept, tax)));
    }

    /**
     * A sum of twelfths (several pay streams, each split month by month) as the exact figure it
     * stands for: 34-digit division leaves ...4999… where 41,666.675 is meant, and HALF_EVEN when
     * printing must see the half cent. Nothing a person pays or is paid has 20 decimals.
     */
    private static BigDecimal exact(BigDecimal v) {
        return v.setScale(20, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** An amount after the user's effective tax rate (every amount × (1 − tax), equity as it vests). */
    public static BigDecimal afterTax(BigDecimal amount, BigDecimal taxPct) {
        return amount.multiply(BigDecimal.ONE.subtract(taxPct.movePointLeft(2)));
    }

    /**
     * Every amount of the offer over `years` years, dated by month, in the report currency: base,
     * bonus and benefits earned month by month (a yearly-paid bonus at each year's end), signing at
     * the start of its year, equity and refresh installments as they vest (§2).
     */
    private List<Payment> payments(Offer o, Currency target, int years) {
        List<Payment> out = new ArrayList<>();
        BigDecimal raise = BigDecimal.ONE.add(o.raisePct().divide(HUNDRED, Money.MC));
        Offer.Terms terms = o.terms();
        BigDecimal benefits = terms.benefits() == null ? null : conv(terms.benefits(), target);
        BigDecimal bonusAmount = o.bonusAmount() == null ? null : conv(o.bonusAmount(), target);
        for (int y = 1; y <= years; y++) {
            Money baseY = o.base().times(raise.pow(y - 1, Money.MC));
            monthly(out, y, Payment.Part.BASE, conv(baseY, target));
            BigDecimal bonus = o.bonusPct() != null ? conv(new Money(baseY.amount().multiply(o.bonusPct()).movePointLeft(2),
                    baseY.currency()), target) : bonusAmount;
            if (bonus != null && bonus.signum() != 0) {
                if (terms.bonusPaidYearly()) {
                    out.add(new Payment(y, 12 * y, Payment.Part.BONUS, bonus));
                } else {
                    monthly(out, y, Payment.Part.BONUS, bonus);
                }
            }
            if (benefits != null && benefits.signum() != 0) {
                monthly(out, y, Payment.Part.BENEFITS, benefits);
            }
            if (y <= o.signing().size()) {
                out.add(new Payment(y, 12 * (y - 1), Payment.Part.SIGNING, conv(o.signing().get(y - 1), target)));
            }
        }
        int until = 12 * years;
        EquityGrant e = o.equity();
        if (e != null) {
            Installments.add(out, Payment.Part.EQUITY, converted(e.vesting().slices(e.grant()), target), 0, e.cliffMonths(),
                    e.frequency(), until);
        }
        Refresh r = o.refresh();
        if (r != null) {
            List<BigDecimal> slices = converted(VestingSchedule.even(r.years()).slices(r.grant()), target);
            int cliff = r.cliffMonths() != null ? r.cliffMonths() : e != null ? e.cliffMonths() : 0;
            Frequency f = r.frequency() != null ? r.frequency() : e != null ? e.frequency() : Frequency.YEARLY;
            for (int g = r.fromYear(); g <= years; g++) {
                Installments.add(out, Payment.Part.REFRESH, slices, 12 * (g - 1), cliff, f, until);
            }
        }
        return out;
    }

    /** A year's amount earned month by month (split so that any run of months from January sums with one rounding). */
    private static void monthly(List<Payment> out, int year, Payment.Part part, BigDecimal amount) {
        List<BigDecimal> months = Installments.split(amount, 12);
        for (int m = 0; m < 12; m++) {
            out.add(new Payment(year, 12 * (year - 1) + m + 1, part, months.get(m)));
        }
    }

    private List<BigDecimal> converted(List<Money> slices, Currency target) {
        List<BigDecimal> out = new ArrayList<>(slices.size());
        for (Money m : slices) {
            out.add(conv(m, target));
        }
        return out;
    }

    /**
     * The risk on a part of the offer's equity (§2): the offer's own, else its company report's chance
     * that equity goes to zero, else unknown, which is never taken as zero.
     */
    private Risk risk(Offer o, EquityKind kind, BigDecimal own, String part, List<String> notes) {
        if (!kind.isRisky()) {
            return new Risk(BigDecimal.ZERO, "public", null);
        }
        if (own != null) {
            return new Risk(own, "offer", null);
        }
        Report r = reports.apply(o);
        String what = part.equals("equity") ? "" : " (its refreshes)";
        if (r != null && r.zeroPct() != null) {
            notes.add(o.name() + what + ": risk " + r.zeroPct().stripTrailingZeros().toPlainString() + "% from the " + r.company()
                    + " report (chance equity goes to $0" + (r.zeroTable() == null ? "" : ", table \"" + r.zeroTable() + "\"")
                    + ", " + r.file() + ":" + r.zeroLine() + ")");
            return new Risk(r.zeroPct(), "report:" + r.id(), r.zeroTable());
        }
        notes.add(o.name() + what + ": " + kind.label() + " equity whose risk is unknown (no risk: in the offer"
                + (r == null ? ", no company report" : ", and the " + r.company() + " report gives no chance of equity going to $0")
                + "): its risk-adjusted figures take the equity at face value, an upper bound. Add risk: 30% (your estimate)"
                + " to the offer to haircut it.");
        return Risk.unknown();
    }

    private BigDecimal conv(Money m, Currency target) {
        return rates.convert(m, target).amount();
    }

    /**
     * Where the offer sits in its linked band, in the band's currency. The annual position compares
     * recurring pay only (year-1 base + bonus + the initial grant per year) with the band's annual
     * low/high: signing, refreshes and benefits are in no band.
     */
    private BandPosition position(Offer o, List<String> notes) {
        NormalisedBand link = bands.apply(o);
        if (link == null) {
            return null;
        }
        Band b = link.band();
        Currency bc = b.currency();
        BigDecimal base = rates.convert(o.base(), bc).amount();
        BigDecimal equity = null;
        BigDecimal grantPerYear = BigDecimal.ZERO;
        if (o.equity() != null) {
            grantPerYear = rates.convert(o.equity().grant(), bc).amount()
                    .divide(BigDecimal.valueOf(o.equity().vesting().years()), Money.MC);
            BigDecimal y = BigDecimal.valueOf(b.equityYears());
            equity = ratio(grantPerYear, b.equity().low().divide(y, Money.MC), b.equity().high().divide(y, Money.MC));
        }
        BigDecimal bonus = o.bonusPct() != null ? base.multiply(o.bonusPct()).movePointLeft(2)
                : o.bonusAmount() != null ? rates.convert(o.bonusAmount(), bc).amount() : BigDecimal.ZERO;
        BigDecimal bonusPct = bonus.multiply(HUNDRED).divide(base, Money.MC);
        BigDecimal recurring = base.add(bonus).add(grantPerYear);
        BandPosition p = new BandPosition(link.guide().id(), b.region(), ratio(base, b.base().low(), b.base().high()), equity,
                ratio(bonusPct, b.bonusPct().low(), b.bonusPct().high()),
                ratio(recurring, link.annual().low(), link.annual().high()));
        String where = " is outside the " + b.region() + " band of " + link.guide().id();
        if (outside(p.base())) {
            notes.add(o.name() + ": base" + where);
        }
        if (outside(p.equity())) {
            notes.add(o.name() + ": equity" + where);
        }
        if (outside(p.annual())) {
            notes.add(o.name() + ": annual recurring pay (base + bonus + grant a year)" + where);
        }
        return p;
    }

    private static boolean outside(BigDecimal position) {
        return position != null && (position.signum() < 0 || position.compareTo(BigDecimal.ONE) > 0);
    }

    static BigDecimal ratio(BigDecimal v, BigDecimal low, BigDecimal high) {
        if (low.compareTo(high) == 0) {
            return null;
        }
        return v.subtract(low).divide(high.subtract(low), Money.MC);
    }
}
