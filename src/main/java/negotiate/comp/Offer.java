package negotiate.comp;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import negotiate.money.Money;

/**
 * A job offer as the user wrote it. Every amount keeps its own currency (a GBP base with USD RSUs is
 * fine); `bonusPct` or `bonusAmount` (a year), `signing` by year (year 1 first), optional equity and
 * refresh, a yearly raise compounding from year 2, and optional links to a company, guide and region.
 */
public record Offer(String name, Currency currency, Money base, BigDecimal bonusPct, Money bonusAmount,
                    List<Money> signing, EquityGrant equity, Refresh refresh, BigDecimal raisePct,
                    String company, String guide, String region, String source, Terms terms) {

    /**
     * The time, tax and scenario terms of §2: `benefits` a year (null: none), the user's effective
     * `taxPct` (null: none given), a bonus paid once a year (only completed years count when leaving),
     * the signing bonus's clawback (null: none), and for equity scenarios the company's `valuation`
     * at grant and the `dilutionPct` expected before an exit (null: not given).
     */
    public record Terms(Money benefits, BigDecimal taxPct, boolean bonusPaidYearly, Clawback clawback, Money valuation,
                        BigDecimal dilutionPct) {
        public static final Terms NONE = new Terms(null, null, false, null, null, null);
    }

    public Offer(String name, Currency currency, Money base, BigDecimal bonusPct, Money bonusAmount, List<Money> signing,
                 EquityGrant equity, Refresh refresh, BigDecimal raisePct, String company, String guide, String region,
                 String source) {
        this(name, currency, base, bonusPct, bonusAmount, signing, equity, refresh, raisePct, company, guide, region, source,
                Terms.NONE);
    }

    /** The initial grant's kind; public when there is none. */
    public EquityKind equityKind() {
        return equity == null ? EquityKind.PUBLIC : equity.kind();
    }

    /** The refreshes' kind: their own, else the initial grant's. */
    public EquityKind refreshKind() {
        return refresh != null && refresh.kind() != null ? refresh.kind() : equityKind();
    }

    public Offer {
        terms = terms == null ? Terms.NONE : terms;
        Objects.requireNonNull(name);
        Objects.requireNonNull(currency);
        Objects.requireNonNull(base);
        if (base.amount().signum() <= 0) {
            throw new IllegalArgumentException("base must be above zero");
        }
        if (bonusPct != null && bonusAmount != null) {
            throw new IllegalArgumentException("bonus is either a percent or an amount");
        }
        signing = List.copyOf(signing);
        raisePct = raisePct == null ? BigDecimal.ZERO : raisePct;
    }
}
