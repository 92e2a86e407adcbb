package negotiate.offers;

import static negotiate.offers.OfferKey.BASE;
import static negotiate.offers.OfferKey.BENEFITS;
import static negotiate.offers.OfferKey.BONUS;
import static negotiate.offers.OfferKey.BONUS_PAID;
import static negotiate.offers.OfferKey.CLAWBACK_MODE;
import static negotiate.offers.OfferKey.CLAWBACK_MONTHS;
import static negotiate.offers.OfferKey.COMPANY;
import static negotiate.offers.OfferKey.DILUTION;
import static negotiate.offers.OfferKey.CURRENCY;
import static negotiate.offers.OfferKey.GUIDE;
import static negotiate.offers.OfferKey.RAISE;
import static negotiate.offers.OfferKey.REFRESH_CLIFF;
import static negotiate.offers.OfferKey.REFRESH_RISK;
import static negotiate.offers.OfferKey.REFRESH_TYPE;
import static negotiate.offers.OfferKey.REFRESH_FREQUENCY;
import static negotiate.offers.OfferKey.REFRESH_FROM_YEAR;
import static negotiate.offers.OfferKey.REFRESH_GRANT;
import static negotiate.offers.OfferKey.REFRESH_YEARS;
import static negotiate.offers.OfferKey.REGION;
import static negotiate.offers.OfferKey.SIGNING;
import static negotiate.offers.OfferKey.TAX;
import static negotiate.offers.OfferKey.VALUATION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import negotiate.comp.Clawback;
import negotiate.comp.EquityGrant;
import negotiate.comp.EquityKind;
import negotiate.comp.Frequency;
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
        Offer.Terms terms = b.terms(signing);
        if (f.name != null && (f.name.indexOf('\n') >= 0 || f.name.indexOf('\r') >= 0)) {
            // a name is printed as a table header, in verdicts and in messages: a line break would forge lines there
            r.problems.add(new OfferReading.Problem(OfferKey.NAME, null, "a name is one line: remove the line break"));
        }
        if (!r.problems.isEmpty() || base == null || f.name == null) { // a nameless offer: the file reader says so
            return new Result(null, List.copyOf(r.problems));
        }
        return new Result(new Offer(f.name, r.currency, base, b.bonusPct, b.bonusAmount, signing, equity, refresh, raise,
                r.text(COMPANY), r.text(GUIDE), r.text(REGION), source, terms), List.of());
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
        throw r.fail(BASE, base, "no currency: write " + fix + r.syntax.shellNote());
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

    /** Benefits a year, the user's tax rate, a yearly-paid bonus and the signing clawback (§2); null with problems. */
    private Offer.Terms terms(List<Money> signing) {
        int before = r.problems.size();
        Money benefits = r.get(BENEFITS) == null ? null : r.attempt(() -> r.money(BENEFITS, r.get(BENEFITS)));
        BigDecimal tax = r.get(TAX) == null ? null : r.attempt(() -> {
            BigDecimal t = r.percent(TAX, r.get(TAX));
            if (t.compareTo(new BigDecimal("100")) >= 0) {
                throw r.fail(TAX, r.get(TAX), negotiate.money.MoneyFormat.percent(t) + " is not a tax rate (it would leave nothing or less): give your"
                        + " effective rate, below 100%, e.g. 38%");
            }
            return t;
        });
        Boolean yearly = r.get(BONUS_PAID) == null ? Boolean.FALSE : r.attempt(() -> {
            if (r.get(BONUS) == null) {
                throw r.fail(BONUS_PAID, r.get(BONUS_PAID), "paid needs the bonus itself: add " + r.syntax.set(BONUS, "10%"));
            }
            return r.choice(BONUS_PAID, r.get(BONUS_PAID), PAID, "how the bonus is paid: use yearly or monthly");
        });
        Clawback clawback = r.attempt(() -> clawback(signing));
        Money valuation = r.get(VALUATION) == null ? null : r.attempt(() -> {
            Money v = r.money(VALUATION, r.get(VALUATION));
            if (v.isZero()) {
                throw r.fail(VALUATION, r.get(VALUATION), "a valuation above zero: the company's value when the grant was priced");
            }
            return v;
        });
        BigDecimal dilution = r.get(DILUTION) == null ? null : r.attempt(() -> {
            BigDecimal d = r.percent(DILUTION, r.get(DILUTION));
            if (d.compareTo(new BigDecimal("100")) >= 0) {
                throw r.fail(DILUTION, r.get(DILUTION), "dilution is below 100%: the share of the company new rounds take, e.g. 20%");
            }
            return d;
        });
        return r.problems.size() > before ? null : new Offer.Terms(benefits, tax, Boolean.TRUE.equals(yearly), clawback, valuation,
                dilution);
    }

    /** Every spelling of `paid`: once a year (only completed years count when leaving) or through the year. */
    private static final java.util.Map<String, Boolean> PAID = java.util.Map.of("yearly", true, "annually", true, "annual", true,
            "monthly", false);
    private static final java.util.Map<String, Clawback.Mode> MODES = java.util.Map.of("full", Clawback.Mode.FULL,
            "prorata", Clawback.Mode.PRORATA, "pro-rata", Clawback.Mode.PRORATA, "pro rata", Clawback.Mode.PRORATA);

    private Clawback clawback(List<Money> signing) {
        FlatOffer.Val mv = r.get(CLAWBACK_MONTHS);
        FlatOffer.Val modeV = r.get(CLAWBACK_MODE);
        if (mv == null) {
            if (modeV != null) {
                throw r.fail(CLAWBACK_MONTHS, modeV, "a clawback needs its months, e.g. " + r.syntax.set(CLAWBACK_MONTHS, "12"));
            }
            return null;
        }
        if (signing == null || signing.isEmpty()) {
            throw r.fail(CLAWBACK_MONTHS, mv, "a clawback needs a signing bonus to claw back: add " + r.syntax.set(SIGNING, "$20K"));
        }
        int months;
        try {
            months = negotiate.input.Months.parse(mv.text(), true);
        } catch (negotiate.input.Months.Invalid e) {
            throw r.fail(CLAWBACK_MONTHS, mv, e.getMessage());
        }
        if (months < 1 || months > 12 * Horizon.MAX_YEARS) {
            throw r.fail(CLAWBACK_MONTHS, mv, "a clawback runs 1 to " + 12 * Horizon.MAX_YEARS + " months");
        }
        Clawback.Mode mode = modeV == null ? Clawback.Mode.FULL
                : r.choice(CLAWBACK_MODE, modeV, MODES, "a clawback mode: use full or prorata");
        return new Clawback(months, mode);
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
        Integer from = r.attempt(() -> r.count(REFRESH_FROM_YEAR, 1, Horizon.MAX_YEARS));
        Integer years = r.attempt(() -> r.count(REFRESH_YEARS, 1, VestingSchedule.MAX_YEARS));
        int length = years == null ? VestingSchedule.DEFAULT_YEARS : years;
        Integer cliff = r.attempt(() -> Timing.cliff(r, REFRESH_CLIFF, length));
        Frequency frequency = r.attempt(() -> Timing.frequency(r, REFRESH_FREQUENCY));
        FlatOffer.Val typeV = r.get(REFRESH_TYPE);
        EquityKind kind = typeV == null ? null
                : r.attempt(() -> r.choice(REFRESH_TYPE, typeV, GrantBuilder.KINDS, "an equity type: use public or private"));
        if (kind == EquityKind.OPTIONS) {
            r.problems.add(new OfferReading.Problem(REFRESH_TYPE, typeV, "refreshes are valued as an amount: use public or private"));
        }
        EquityKind effective = kind != null ? kind : r.get(OfferKey.EQUITY_TYPE) == null ? EquityKind.PUBLIC
                : GrantBuilder.KINDS.getOrDefault(r.get(OfferKey.EQUITY_TYPE).text().strip().toLowerCase(java.util.Locale.ROOT),
                EquityKind.PUBLIC);
        BigDecimal risk = r.attempt(() -> GrantBuilder.risk(r, effective, REFRESH_RISK, REFRESH_TYPE));
        if (r.problems.size() > before || grant == null) {
            return null;
        }
        return new Refresh(grant, from == null ? 2 : from, length, cliff, frequency, kind, risk);
    }

    /** A region is a region of a guide: without one it would be dropped without a word. */
    private void links() {
        if (r.text(REGION) != null && r.text(GUIDE) == null) {
            throw r.fail(REGION, r.get(REGION), "a region needs " + r.syntax.assign(GUIDE)
                    + " too (a guide id from 'negotiate guides')");
        }
    }
}
