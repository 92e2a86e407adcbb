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
                    String company, String guide, String region, String source) {
    public Offer {
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
