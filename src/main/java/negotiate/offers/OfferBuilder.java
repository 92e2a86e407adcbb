package negotiate.offers;

import static negotiate.offers.OfferKey.BASE;
import static negotiate.offers.OfferKey.BONUS;
import static negotiate.offers.OfferKey.COMPANY;
import static negotiate.offers.OfferKey.CURRENCY;
import static negotiate.offers.OfferKey.GUIDE;
import static negotiate.offers.OfferKey.RAISE;
import static negotiate.offers.OfferKey.REFRESH_FROM_YEAR;
import static negotiate.offers.OfferKey.REFRESH_GRANT;
import static negotiate.offers.OfferKey.REFRESH_YEARS;
import static negotiate.offers.OfferKey.REGION;
import static negotiate.offers.OfferKey.SIGNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import negotiate.comp.EquityGrant;
import negotiate.comp.Horizon;
import negotiate.comp.Offer;
import negotiate.comp.Refresh;
import negotiate.comp.VestingSchedule;
import negotiate.money.AmountException;
import negotiate.money.Currencies;
import negotiate.money.Money;
import negotiate.money.MoneyParser;

/**
 * Types a flattened offer strictly: percents need `%`, amounts need a currency (or the offer's), no
 * negatives. Every field is typed even after one fails, so the caller can report all problems.
 */
final class OfferBuilder {
    /** The offer, or null with every problem found in it. */
    record Result(Offer offer, List<OfferReading.Problem> problems) {
    }

    private final OfferReading r;
    /** The currency bare amounts take when the offer names none (the file's `currency:`, counter's band). */
    private final Currency fallback;
    /** A currency the context suggests, for advice only (the file's, or `--currency`). */
    private final Currency hint;
    private BigDecimal bonusPct;
    private Money bonusAmount;

    private OfferBuilder(OfferReading r, Currency fallback, Currency hint) {
        this.r = r;
        this.fallback = fallback;
        this.hint = hint != null ? hint : fallback;
    }

    static Result build(FlatOffer f, Currency fallback, Currency hint, Syntax syntax, String source) {
        OfferReading r = new OfferReading(f, syntax);
        OfferBuilder b = new OfferBuilder(r, fallback, hint);
        r.currency = r.attempt(b::currency);
        Money base = r.attempt(b::base);
        r.check(b::bonus);
        List<Money> signing = r.attempt(b::signing);
        BigDecimal raise = r.get(RAISE) == null ? null : r.attempt(() -> r.percent(RAISE, r.get(RAISE)));
        EquityGrant equity = new GrantBuilder(r).grant();
        Refresh refresh = b.refresh();
        r.check(b::links);
        if (!r.problems.isEmpty() || base == null || f.name == null) { // a nameless offer: the file reader says so
            return new Result(null, List.copyOf(r.problems));
        }
        return new Result(new Offer(f.name, r.currency, base, b.bonusPct, b.bonusAmount, signing, equity, refresh, raise,
                r.text(COMPANY), r.text(GUIDE), r.text(REGION), source), List.of());
    }

    /** The offer's `currency:`, else the base's, else the fallback; a bare base with none of them is a problem. */
    private Currency currency() {
        FlatOffer.Val c = r.get(CURRENCY);
        if (c != null) {
            Currency named = Currencies.named(c.text());
            if (named == null) {
                throw r.fail(CURRENCY, c, Currencies.unknown(c.text().strip(), null));
            }
            return named;
        }
        FlatOffer.Val base = r.get(BASE);
        MoneyParser.Amount a;
        try {
            a = base == null ? null : MoneyParser.parseAmount(base.text());
        } catch (AmountException e) {
            a = null;
        }
        if (a == null) {
            return fallback; // base() says it is missing or what is wrong with it
        }
        if (a.currency() != null || fallback != null) {
            return a.currency() != null ? a.currency() : fallback;
        }
        String fix = hint != null ? r.syntax.inCurrency(a.value(), hint) + ", or add " + r.syntax.set(CURRENCY, hint.getCurrencyCode())
                : "it with one, e.g. " + r.syntax.withSomeCurrency(a.value()) + ", or add " + r.syntax.set(CURRENCY, "CODE")
                + " (an ISO 4217 code)";
        throw r.fail(BASE, base, "no currency: write " + fix);
    }

    private Money base() {
        FlatOffer.Val v = r.get(BASE);
        if (v == null) {
            Currency c = r.currency != null ? r.currency : hint;
            throw r.fail(BASE, null, "missing: add " + r.syntax.set(BASE, (c == null ? "$" : Currencies.prefix(c)) + "150K")
                    + " (the annual salary)");
        }
        Money base = r.money(BASE, v);
        if (base.isZero()) {
            throw r.fail(BASE, v, "base is zero: give the annual salary");
        }
        return base;
    }

    /** A percent of base (`10%`) or an amount a year; a bare number could be either, so it is asked about. */
    private void bonus() {
        FlatOffer.Val v = r.get(BONUS);
        if (v == null) {
            return;
        }
        String t = v.text().strip();
        if (t.endsWith("%")) {
            bonusPct = r.percent(BONUS, v);
            return;
        }
        MoneyParser.Amount a = r.amount(BONUS, v);
        if (a.currency() == null && a.multiplier() == null) {
            Currency c = r.currency != null ? r.currency : hint;
            String percent = a.value().compareTo(new BigDecimal("100")) <= 0 ? a.value().stripTrailingZeros().toPlainString() : "10";
            throw r.fail(BONUS, v, "'" + t + "' is ambiguous: write " + percent + "% for a percent of base, or "
                    + (c != null ? r.syntax.inCurrency(a.value(), c) : "an amount with its currency (e.g. "
                    + r.syntax.withSomeCurrency(a.value()) + ")") + " for an amount a year");
        }
        bonusAmount = r.money(BONUS, v);
    }

    /** One amount for year 1, or one a year; no more years than the longest horizon can count. */
    private List<Money> signing() {
        List<Money> out = new ArrayList<>();
        FlatOffer.Val s = r.get(SIGNING);
        if (s == null) {
            return out;
        }
        if (s.list() == null) {
            out.add(r.money(SIGNING, s));
            return out;
        }
        if (s.list().size() > Horizon.MAX_YEARS) {
            throw r.fail(SIGNING, s, "lists " + s.list().size() + " yearly amounts: at most " + Horizon.MAX_YEARS
                    + ", one for each year of the longest horizon");
        }
        for (String item : s.list()) {
            out.add(r.money(SIGNING, new FlatOffer.Val(item, null, s.line(), s.column())));
        }
        return out;
    }

    private Refresh refresh() {
        FlatOffer.Val g = r.get(REFRESH_GRANT);
        if (g == null) {
            FlatOffer.Val other = r.get(REFRESH_FROM_YEAR) != null ? r.get(REFRESH_FROM_YEAR) : r.get(REFRESH_YEARS);
            if (other != null) {
                r.problems.add(new OfferReading.Problem(REFRESH_GRANT, other, "refresh needs grant (the amount granted each year)"));
            }
            return null;
        }
        int before = r.problems.size();
        Money grant = r.attempt(() -> r.money(REFRESH_GRANT, g));
        Integer from = r.attempt(() -> r.count(REFRESH_FROM_YEAR, 1, 4));
        Integer years = r.attempt(() -> r.count(REFRESH_YEARS, 1, VestingSchedule.MAX_YEARS));
        if (r.problems.size() > before || grant == null) {
            return null;
        }
        return new Refresh(grant, from == null ? 2 : from, years == null ? VestingSchedule.DEFAULT_YEARS : years);
    }

    /** A region is a region of a guide: without one it would be dropped without a word. */
    private void links() {
        if (r.text(REGION) != null && r.text(GUIDE) == null) {
            throw r.fail(REGION, r.get(REGION), "a region needs " + r.syntax.assign(GUIDE)
                    + " too (a guide id from 'negotiate guides')");
        }
    }
}
