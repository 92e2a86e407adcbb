package negotiate.comp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import negotiate.money.Money;

/**
 * What offer A must add, in one component, to match B's horizon total (four years unless --years
 * says otherwise), nominal and risk-adjusted. `base`: the rise in annual base (its percent bonus and
 * raises follow it); `equity`: the rise of the initial grant (only the part vesting within the
 * horizon counts, and risk haircuts it);
 * `signing`: a one-time sum. Rounded up to the cent; zero when A already leads.
 */
public record Breakeven(String a, String b, String using, Currency currency, BigDecimal gap, BigDecimal gapRiskAdjusted,
                        BigDecimal nominal, BigDecimal riskAdjusted, boolean nothingVests, boolean newGrant) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public static Breakeven of(OfferResult a, OfferResult b, String using) {
        int n = a.horizon();
        BigDecimal gap = b.horizonTotal().subtract(a.horizonTotal());
        BigDecimal gapRa = b.horizonRiskAdjusted().subtract(a.horizonRiskAdjusted());
        Offer o = a.offer();
        BigDecimal nominal;
        BigDecimal ra;
        boolean nothingVests = false;
        switch (using) {
            case "base" -> {
                BigDecimal bonus = o.bonusPct() == null ? BigDecimal.ZERO : o.bonusPct().divide(HUNDRED, Money.MC);
                BigDecimal raise = BigDecimal.ONE.add(o.raisePct().divide(HUNDRED, Money.MC));
                BigDecimal sum = BigDecimal.ZERO;
                for (int y = 1; y <= n; y++) {
                    sum = sum.add(raise.pow(y - 1, Money.MC));
                }
                BigDecimal divisor = sum.multiply(BigDecimal.ONE.add(bonus), Money.MC);
                nominal = up(gap.divide(divisor, Money.MC));
                ra = up(gapRa.divide(divisor, Money.MC));
            }
            case "equity" -> {
                // without a grant, a new one vests the default way: four years, evenly, yearly, no cliff
                EquityGrant grant = o.equity() != null ? o.equity()
                        : new EquityGrant(new Money(BigDecimal.ONE, a.currency()), VestingSchedule.even(VestingSchedule.DEFAULT_YEARS),
                        EquityKind.PUBLIC, null);
                // the rise ÷ the share vesting within the horizon, multiplied before divided (a third stays exact)
                BigDecimal vested = grant.vestedWithin(n);
                nothingVests = vested.signum() == 0;
                BigDecimal total = grant.vesting().total();
                // unknown risk keeps the equity at face value (the breakeven view says so)
                BigDecimal keep = o.equity() != null && o.equity().kind().isRisky() ? a.risk().keep() : BigDecimal.ONE;
                nominal = gap.signum() <= 0 ? up(gap) : vested.signum() == 0 ? null : up(gap.multiply(total).divide(vested, Money.MC));
                ra = gapRa.signum() <= 0 ? up(gapRa) : vested.signum() == 0 || keep.signum() == 0 ? null
                        : up(gapRa.multiply(total).divide(vested.multiply(keep), Money.MC));
            }
            case "signing" -> {
                nominal = up(gap);
                ra = up(gapRa);
            }
            default -> throw new IllegalArgumentException("using must be base, equity or signing");
        }
        return new Breakeven(a.name(), b.name(), using, a.currency(), gap, gapRa, nominal, ra, nothingVests,
                using.equals("equity") && o.equity() == null);
    }

    /**
     * Up to the cent; zero (not negative) when A already leads. What 34-digit division leaves past the
     * 20th decimal of an exact figure ($90,000 as 90,000.000…01) is no reason for one more cent.
     */
    static BigDecimal up(BigDecimal v) {
        return v.signum() <= 0 ? BigDecimal.ZERO.setScale(2) : v.setScale(20, RoundingMode.HALF_EVEN).setScale(2, RoundingMode.CEILING);
    }
}
