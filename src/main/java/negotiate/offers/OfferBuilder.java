package negotiate.offers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import negotiate.comp.EquityGrant;
import negotiate.comp.EquityKind;
import negotiate.comp.Offer;
import negotiate.comp.Refresh;
import negotiate.comp.VestingSchedule;
import negotiate.money.AmountException;
import negotiate.money.Currencies;
import negotiate.money.Money;
import negotiate.money.MoneyParser;

/** Types a flattened offer strictly: percents need `%`, amounts need a currency (or the offer's), no negatives. */
final class OfferBuilder {
    /** Turns a problem with one field into the caller's exception (file:line for files, usage for SPECs). */
    interface Fail {
        RuntimeException at(FlatOffer.Val where, String key, String message);
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private final FlatOffer f;
    private final Fail fail;
    private final Currency currency;

    private OfferBuilder(FlatOffer f, Fail fail, Currency currency) {
        this.f = f;
        this.fail = fail;
        this.currency = currency;
    }

    static Offer build(FlatOffer f, Currency fileCurrency, String source, Fail fail) {
        FlatOffer.Val base = f.get("base");
        if (base == null) {
            throw fail.at(null, "base", "missing: add base: $150K (the annual salary)");
        }
        Currency cur = null;
        FlatOffer.Val c = f.get("currency");
        if (c != null) {
            cur = Currencies.iso(c.text().strip().toUpperCase(Locale.ROOT));
            if (cur == null) {
                throw fail.at(c, "currency", "'" + c.text() + "' is not an ISO 4217 code (USD, EUR, GBP, CHF, …)");
            }
        }
        if (cur == null) {
            try {
                cur = MoneyParser.parseAmount(base.text()).currency();
            } catch (AmountException e) {
                throw fail.at(base, "base", e.getMessage());
            }
        }
        if (cur == null) {
            cur = fileCurrency;
        }
        if (cur == null) {
            throw fail.at(base, "base", "no currency: write the base as $150K or 150,000 EUR, or add currency: USD");
        }
        return new OfferBuilder(f, fail, cur).offer(source);
    }

    private Offer offer(String source) {
        Money base = money("base", f.get("base"));
        if (base.isZero()) {
            throw fail.at(f.get("base"), "base", "base is zero: give the annual salary");
        }
        BigDecimal bonusPct = null;
        Money bonusAmount = null;
        FlatOffer.Val bonus = f.get("bonus");
        if (bonus != null) {
            String t = bonus.text().strip();
            if (t.endsWith("%")) {
                bonusPct = percent("bonus", bonus);
            } else {
                try {
                    MoneyParser.Amount a = MoneyParser.parseAmount(t);
                    if (a.currency() == null && a.multiplier() == null) {
                        throw fail.at(bonus, "bonus", "'" + t + "' is ambiguous: write " + t + "% (of base) or an amount such as "
                                + Currencies.prefix(currency) + t + "K a year");
                    }
                } catch (AmountException e) {
                    throw fail.at(bonus, "bonus", e.getMessage());
                }
                bonusAmount = money("bonus", bonus);
            }
        }
        List<Money> signing = new ArrayList<>();
        FlatOffer.Val s = f.get("signing");
        if (s != null) {
            if (s.list() != null) {
                for (String item : s.list()) {
                    signing.add(money("signing", new FlatOffer.Val(item, null, s.line(), s.column())));
                }
            } else {
                signing.add(money("signing", s));
            }
        }
        BigDecimal raise = f.get("raise") == null ? null : percent("raise", f.get("raise"));
        EquityGrant equity = equity();
        Refresh refresh = refresh();
        return new Offer(f.name, currency, base, bonusPct, bonusAmount, signing, equity, refresh, raise,
                text("company"), text("guide"), text("region"), source);
    }

    private String text(String key) {
        String t = f.text(key);
        return t == null || t.isBlank() ? null : t.strip();
    }

    private EquityGrant equity() {
        FlatOffer.Val grantV = f.get("equity.grant");
        FlatOffer.Val perYearV = f.get("equity.per_year");
        FlatOffer.Val typeV = f.get("equity.type");
        EquityKind kind = EquityKind.PUBLIC;
        if (typeV != null) {
            String t = typeV.text().strip().toLowerCase(Locale.ROOT);
            kind = switch (t) {
                case "public", "rsu", "rsus" -> EquityKind.PUBLIC;
                case "private", "pre-ipo" -> EquityKind.PRIVATE;
                case "options", "option" -> EquityKind.OPTIONS;
                default -> throw fail.at(typeV, "equity.type", "'" + typeV.text() + "' is not an equity type: use public, private or options");
            };
        }
        boolean any = false;
        for (String k : f.fields.keySet()) {
            any |= k.startsWith("equity.");
        }
        if (!any) {
            return null;
        }
        Integer years = null;
        FlatOffer.Val yv = f.get("equity.years");
        if (yv != null) {
            years = integer("equity.years", yv, 1, 10);
        }
        VestingSchedule vesting = null;
        FlatOffer.Val vv = f.get("equity.vesting");
        FlatOffer.Val fy = f.get("equity.first_year");
        if (vv != null && fy != null) {
            throw fail.at(fy, "equity.first_year", "give vesting or first_year, not both");
        }
        if (vv != null) {
            List<String> items = vv.list() != null ? vv.list() : List.of(vv.text().split("/"));
            List<BigDecimal> p = new ArrayList<>();
            for (String i : items) {
                p.add(plainPercent("equity.vesting", new FlatOffer.Val(i, null, vv.line(), vv.column())));
            }
            if (years != null && years != p.size()) {
                throw fail.at(vv, "equity.vesting", "vesting lists " + p.size() + " years but years is " + years);
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal v : p) {
                sum = sum.add(v);
            }
            if (sum.compareTo(HUNDRED) != 0) {
                throw fail.at(vv, "equity.vesting", "vesting sums to " + sum.stripTrailingZeros().toPlainString()
                        + "%, not 100%: fix the yearly percents");
            }
            if (p.isEmpty() || p.size() > 10) {
                throw fail.at(vv, "equity.vesting", "vesting needs 1 to 10 yearly percents");
            }
            vesting = VestingSchedule.percents(p);
        } else if (fy != null) {
            BigDecimal first = plainPercent("equity.first_year", fy);
            int y = years == null ? 4 : years;
            if (first.compareTo(HUNDRED) > 0 || y == 1 && first.compareTo(HUNDRED) != 0) {
                throw fail.at(fy, "equity.first_year", "first_year must be 0–100% (100% when the grant vests over one year)");
            }
            vesting = VestingSchedule.firstYear(first, y);
        } else {
            vesting = VestingSchedule.even(years == null ? 4 : years);
        }
        Money grant;
        if (kind == EquityKind.OPTIONS) {
            if (grantV != null || perYearV != null) {
                throw fail.at(grantV != null ? grantV : perYearV, "equity", "options are valued from shares, strike and price: drop grant/per_year");
            }
            FlatOffer.Val sh = f.get("equity.shares");
            FlatOffer.Val st = f.get("equity.strike");
            FlatOffer.Val pr = f.get("equity.price");
            if (sh == null || st == null || pr == null) {
                throw fail.at(sh != null ? sh : st != null ? st : pr, "equity", "options need shares, strike and price");
            }
            BigDecimal shares = number("equity.shares", sh);
            Money strike = money("equity.strike", st);
            Money price = money("equity.price", pr);
            if (!strike.currency().equals(price.currency())) {
                throw fail.at(st, "equity.strike", "strike and price must be in one currency");
            }
            BigDecimal spread = price.amount().subtract(strike.amount()).max(BigDecimal.ZERO);
            grant = new Money(shares.multiply(spread), price.currency());
        } else {
            for (String k : List.of("equity.shares", "equity.strike", "equity.price")) {
                if (f.get(k) != null) {
                    throw fail.at(f.get(k), k, k.substring(7) + " only applies to type: options");
                }
            }
            if (grantV != null && perYearV != null) {
                throw fail.at(perYearV, "equity.per_year", "give grant or per_year, not both");
            }
            if (grantV == null && perYearV == null) {
                throw fail.at(typeV != null ? typeV : vv != null ? vv : fy, "equity", "equity needs grant (the total) or per_year");
            }
            grant = grantV != null ? money("equity.grant", grantV)
                    : money("equity.per_year", perYearV).times(BigDecimal.valueOf(vesting.years()));
        }
        BigDecimal risk = null;
        FlatOffer.Val rv = f.get("equity.risk");
        if (rv != null) {
            if (kind == EquityKind.PUBLIC) {
                throw fail.at(rv, "equity.risk", "risk is a haircut for private or options equity; this grant is public (add type: private)");
            }
            risk = percent("equity.risk", rv);
            if (risk.compareTo(HUNDRED) > 0) {
                throw fail.at(rv, "equity.risk", "risk cannot be above 100%");
            }
        }
        return new EquityGrant(grant, vesting, kind, risk);
    }

    private Refresh refresh() {
        FlatOffer.Val g = f.get("refresh.grant");
        FlatOffer.Val from = f.get("refresh.from_year");
        FlatOffer.Val years = f.get("refresh.years");
        if (g == null) {
            if (from != null || years != null) {
                throw fail.at(from != null ? from : years, "refresh", "refresh needs grant (the amount granted each year)");
            }
            return null;
        }
        return new Refresh(money("refresh.grant", g), from == null ? 2 : integer("refresh.from_year", from, 1, 4),
                years == null ? 4 : integer("refresh.years", years, 1, 10));
    }

    private Money money(String key, FlatOffer.Val v) {
        try {
            MoneyParser.Amount a = MoneyParser.parseAmount(v.text());
            return new Money(a.value(), a.currency() != null ? a.currency() : currency);
        } catch (AmountException e) {
            throw fail.at(v, key, e.getMessage());
        }
    }

    private BigDecimal percent(String key, FlatOffer.Val v) {
        String t = v.text().strip();
        if (!t.endsWith("%")) {
            throw fail.at(v, key, "'" + t + "' needs a % sign: write " + t + "%");
        }
        try {
            MoneyParser.PercentRange p = MoneyParser.parsePercent(t);
            if (p.low().compareTo(p.high()) != 0) {
                throw fail.at(v, key, "give one percent, not a range");
            }
            return p.low();
        } catch (AmountException e) {
            throw fail.at(v, key, e.getMessage());
        }
    }

    private BigDecimal plainPercent(String key, FlatOffer.Val v) {
        String t = v.text().strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!t.matches("\\d{1,3}(\\.\\d{1,10})?")) {
            throw fail.at(v, key, "'" + v.text() + "' is not a percent from 0 to 100");
        }
        return new BigDecimal(t);
    }

    private BigDecimal number(String key, FlatOffer.Val v) {
        String t = v.text().strip().replace(",", "");
        if (!t.matches("\\d{1,13}(\\.\\d{1,10})?")) {
            throw fail.at(v, key, "'" + v.text() + "' is not a number of shares");
        }
        return new BigDecimal(t);
    }

    private int integer(String key, FlatOffer.Val v, int min, int max) {
        String t = v.text().strip();
        if (!t.matches("\\d{1,2}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
            throw fail.at(v, key, "'" + t + "' must be a whole number from " + min + " to " + max);
        }
        return Integer.parseInt(t);
    }
}
