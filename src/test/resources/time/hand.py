#!/usr/bin/env python3
"""Hand-computed expectations for the time corpus: horizon, vesting inside a year (cliff,
frequency), leaving early (pro rata, clawback, options exercise cost), benefits and tax.

Written from PRODUCT.md (§2 "Offers", "Horizon, leaving early, benefits and tax", §3, §4) and
docs/OFFERS.md only, never from the Java code.  Every figure is an exact fractions.Fraction;
nothing is ever a float (the YAML loader turns YAML floats into Fractions of their text).

    python3 hand.py                    # rewrite every NN-name/expect.json
    python3 hand.py --check            # exit 1 when an expect.json differs from what this computes
    python3 hand.py --explain 04-cliff-18-months   # the working of one case, installment by installment

A case folder holds offers.yaml (the offer file), args.txt (the arguments after
`negotiate compare offers.yaml`, one a line) and expect.json (written here).
"""
import json
import re
import sys
from decimal import Decimal, ROUND_HALF_EVEN
from fractions import Fraction as F
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
P = F(1, 100)  # one percent
DEFAULT_YEARS = 4


# ---------------------------------------------------------------------------------------------
# Reading: YAML with exact decimals, money literals (USD only: the corpus is single-currency),
# percents, durations, args.txt, inline SPECs
# ---------------------------------------------------------------------------------------------
class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor("tag:yaml.org,2002:float", lambda loader, node: F(loader.construct_scalar(node)))

MULT = {"": 1, "K": 10**3, "k": 10**3, "M": 10**6, "m": 10**6}


def money(text):
    """'$240K' -> Fraction(240000).  Every amount of this corpus is in USD ($, USD, or bare)."""
    if isinstance(text, bool):
        raise ValueError(f"not an amount: {text!r}")
    if isinstance(text, (int, F)):
        return F(text)
    s = str(text).strip()
    m = re.fullmatch(r"(?:\$|US\$|USD ?)?([0-9][0-9,]*(?:\.[0-9]+)?)\s*([KkMm]?)(?:\s*USD)?", s)
    if not m:
        raise ValueError(f"not a USD money literal: {text!r}")
    return F(m.group(1).replace(",", "")) * MULT[m.group(2)]


def pct(text):
    s = str(text).strip()
    if not s.endswith("%"):
        raise ValueError(f"percent needs %: {text!r}")
    return F(s[:-1].strip()) * P


def is_pct(text):
    return isinstance(text, str) and text.strip().endswith("%")


def duration(text):
    """'18m' -> 18, '1y' -> 12, '2y6m' -> 30."""
    m = re.fullmatch(r"(?:(\d+)y)?(?:(\d+)m)?", text.strip())
    if not m or not (m.group(1) or m.group(2)):
        raise ValueError(f"not a duration: {text!r}")
    return 12 * int(m.group(1) or 0) + int(m.group(2) or 0)


def parse_spec(spec):
    """An inline SPEC (§3) -> the dict an offer file would hold for the same offer."""
    name, _, rest = spec.partition(":")
    raw, eq, rf = {"name": name}, {}, {}
    for part in rest.split(","):
        k, _, v = part.partition("=")
        if k == "base" or k == "raise" or k == "benefits" or k == "tax":
            raw[k] = v
        elif k == "bonus":
            raw["bonus"] = v if "bonus" not in raw else dict(raw["bonus"], value=v)
        elif k == "bonus_paid":
            raw["bonus"] = {"value": raw.get("bonus"), "paid": v}
        elif k == "signing":
            parts = v.split("/")
            raw["signing"] = parts if len(parts) > 1 else v
        elif k == "clawback":
            months, _, mode = v.partition("/")
            raw["signing_clawback"] = {"months": duration(months), "mode": mode}
        elif k == "equity":
            amount, _, per = v.partition("/")
            if per == "yr":
                eq["per_year"] = amount
            else:
                eq["grant"] = amount
                if per:
                    eq["years"] = int(per.rstrip("y"))
        elif k in ("cliff", "years", "first_year"):
            eq[k] = int(v)
        elif k in ("frequency", "type", "risk", "shares", "strike", "price"):
            eq[k] = v
        elif k == "vesting":
            eq["vesting"] = [int(x) for x in v.split("/")]
        elif k == "refresh":
            amount, _, per = v.partition("/")
            assert per == "yr", spec
            rf["grant"] = amount
        elif k == "from_year":
            rf["from_year"] = int(v)
        elif k == "refresh_years":
            rf["years"] = int(v)
        else:
            raise ValueError(f"SPEC key not handled here: {k}")
    if isinstance(raw.get("bonus"), dict) and raw["bonus"]["value"] is None:
        raise ValueError("bonus_paid without bonus")
    if eq:
        raw["equity"] = eq
    if rf:
        raw["refresh"] = rf
    return raw


def read_args(case_dir):
    """args.txt -> (years N, [leave months], --tax rate or None, [inline SPEC dicts])."""
    path = case_dir / "args.txt"
    words = [w for w in path.read_text(encoding="utf-8").splitlines() if w.strip()] if path.exists() else []
    years, leave, tax, specs = DEFAULT_YEARS, [], None, []
    i = 0
    while i < len(words):
        opt, val = words[i], words[i + 1]
        if opt == "--years":
            years = int(val)
        elif opt == "--leave-after":
            leave = [duration(d) for d in val.split(",")]
        elif opt == "--tax":
            tax = pct(val)
        elif opt == "--offer":
            specs.append(parse_spec(val))
        else:
            raise ValueError(f"{case_dir.name}: option not handled here: {opt}")
        i += 2
    assert 1 <= years <= 10
    assert all(1 <= m <= 12 * years for m in leave), "a duration is at most the horizon"
    return years, leave, tax, specs


# ---------------------------------------------------------------------------------------------
# Grants and their installments
# ---------------------------------------------------------------------------------------------
STEPS = {"monthly": 12, "quarterly": 4, "yearly": 1}  # installments in a year


def vesting_shares(eq, years):
    """Share of the grant in each grant year 1..years (percent list, first_year, or even)."""
    if "vesting" in eq:
        v = [F(x) * P for x in eq["vesting"]]
        assert len(v) == years and sum(v) == 1, eq
        return v
    if "first_year" in eq:
        f = F(eq["first_year"]) * P
        return [f] + [(1 - f) / (years - 1)] * (years - 1)
    return [F(1, years)] * years


class Grant:
    """One grant: the initial one (start month 0) or the refresh granted in year g (start month
    12(g − 1), the start of year g).  `value` is the grant's value; for options `shares` and
    `strike` too (value = shares × max(0, price − strike))."""

    def __init__(self, label, kind, start, value, slices, cliff, frequency, typ, risk, shares=None, strike=None):
        self.label, self.kind, self.start = label, kind, start
        self.value, self.slices, self.cliff = value, slices, cliff
        self.frequency, self.type, self.risk = frequency, typ, risk
        self.shares, self.strike = shares, strike

    def installments(self):
        """[(month since the offer's start, fraction of the grant)]: grant year k's slice in equal
        installments at the end of each period; an installment dated before the cliff (months from
        this grant) vests at the cliff instead."""
        n = STEPS[self.frequency]
        step = 12 // n
        out = []
        for k, share in enumerate(self.slices):
            for i in range(1, n + 1):
                t = 12 * k + step * i  # months since this grant
                out.append((self.start + max(t, self.cliff), share / n))
        return out

    def fraction_by(self, month):
        return sum((fr for m, fr in self.installments() if m <= month), F(0))

    def fraction_in_year(self, y):
        return sum((fr for m, fr in self.installments() if 12 * (y - 1) < m <= 12 * y), F(0))

    def nonpublic(self):
        return self.type != "public"


class Offer:
    def __init__(self, raw, cli_tax):
        known = {"name", "base", "bonus", "signing", "signing_clawback", "raise", "benefits", "tax",
                 "equity", "refresh", "currency"}
        assert set(raw) <= known, set(raw) - known
        self.name = raw["name"]
        self.has_benefits = "benefits" in raw
        self.base = money(raw["base"])
        self.raise_ = pct(raw["raise"]) if "raise" in raw else F(0)
        b = raw.get("bonus")
        self.bonus_paid = "prorata"
        if isinstance(b, dict):
            assert set(b) <= {"value", "paid"}, b
            self.bonus_paid = str(b.get("paid", "prorata")).lower()
            assert self.bonus_paid == "yearly", b
            b = b["value"]
        self.bonus_pct = pct(b) if is_pct(b) else None
        self.bonus_amt = money(b) if b is not None and not is_pct(b) else None
        s = raw.get("signing", [])
        self.signing = [money(x) for x in s] if isinstance(s, list) else [money(s)]
        cb = raw.get("signing_clawback")
        self.clawback = None if cb is None else (int(cb["months"]), str(cb["mode"]).lower())
        assert self.clawback is None or self.clawback[1] in ("full", "prorata")
        self.benefits = money(raw["benefits"]) if "benefits" in raw else F(0)
        self.tax = pct(raw["tax"]) if "tax" in raw else cli_tax
        self.tax_from = "offer" if "tax" in raw else ("--tax" if cli_tax is not None else None)

        eq = raw.get("equity")
        rf = raw.get("refresh")
        self.eq = eq
        self.rf = rf
        if eq is not None:
            self.eq_type = str(eq.get("type", "public")).lower()
            self.eq_years = int(eq.get("years", 4))
            self.eq_cliff = int(eq.get("cliff", 0))
            self.eq_freq = str(eq.get("frequency", "yearly")).lower()
            self.eq_risk = pct(eq["risk"]) if "risk" in eq else None
        else:
            self.eq_type, self.eq_years, self.eq_cliff, self.eq_freq, self.eq_risk = "public", 4, 0, "yearly", None
        for t, r in [(self.eq_type, self.eq_risk)]:
            assert t == "public" or r is not None, f"{self.name}: the corpus gives every non-public grant a risk"

    def grants(self, through_year):
        """The initial grant and every refresh granted in years from_year..through_year."""
        out = []
        eq = self.eq
        if eq is not None:
            shares = strike = None
            if self.eq_type == "options":
                shares, strike, price = F(eq["shares"]), money(eq["strike"]), money(eq["price"])
                value = shares * max(F(0), price - strike)
            elif "grant" in eq:
                value = money(eq["grant"])
            else:
                value = money(eq["per_year"]) * self.eq_years
            out.append(Grant("grant", "equity", 0, value, vesting_shares(eq, self.eq_years), self.eq_cliff,
                             self.eq_freq, self.eq_type, self.eq_risk, shares, strike))
        rf = self.rf
        if rf is not None:
            years = int(rf.get("years", 4))
            typ = str(rf.get("type", self.eq_type)).lower()
            assert typ != "options", "no options refresh in this corpus"
            risk = pct(rf["risk"]) if "risk" in rf else self.eq_risk
            cliff = int(rf.get("cliff", self.eq_cliff))
            freq = str(rf.get("frequency", self.eq_freq)).lower()
            for g in range(int(rf.get("from_year", 2)), through_year + 1):
                out.append(Grant(f"refresh of year {g}", "refresh", 12 * (g - 1), money(rf["grant"]),
                                 [F(1, years)] * years, cliff, freq, typ, risk))
        return out

    # -- whole years (§2 "Year y") --------------------------------------------------------------
    def base_y(self, y):
        return self.base * (1 + self.raise_) ** (y - 1)

    def bonus_y(self, y):
        if self.bonus_pct is not None:
            return self.base_y(y) * self.bonus_pct
        return self.bonus_amt or F(0)

    def signing_y(self, y):
        return self.signing[y - 1] if y <= len(self.signing) else F(0)

    def equity_parts_y(self, y, through_year):
        """(equity_y, refresh_y, non-public part of both) for year y."""
        eq = rf = nonpub = F(0)
        for g in self.grants(through_year):
            v = g.value * g.fraction_in_year(y)
            if g.kind == "equity":
                eq += v
            else:
                rf += v
            if g.nonpublic():
                nonpub += v * g.risk
        return eq, rf, nonpub

    def year(self, y, through_year):
        eq, rf, haircut = self.equity_parts_y(y, through_year)
        total = self.base_y(y) + self.bonus_y(y) + self.signing_y(y) + eq + rf + self.benefits
        return {"year": y, "base": self.base_y(y), "bonus": self.bonus_y(y), "signing": self.signing_y(y),
                "equity": eq, "refresh": rf, "benefits": self.benefits, "total": total,
                "riskAdjusted": total - haircut}

    # -- leaving at the end of month L ------------------------------------------------------------
    def leave(self, L, horizon):
        months_in = lambda y: min(12, max(0, L - 12 * (y - 1)))  # months of year y worked by L
        ys = range(1, horizon + 1)
        base = sum((self.base_y(y) * months_in(y) / 12 for y in ys), F(0))
        if self.bonus_paid == "yearly":
            bonus = sum((self.bonus_y(y) for y in ys if 12 * y <= L), F(0))  # completed years only
        else:
            bonus = sum((self.bonus_y(y) * months_in(y) / 12 for y in ys), F(0))
        benefits = sum((self.benefits * months_in(y) / 12 for y in ys), F(0))
        paid = claw = F(0)
        for y, amount in enumerate(self.signing, start=1):
            p = 12 * (y - 1)  # paid at the start of year y
            if p > L:
                continue
            paid += amount
            if self.clawback is not None:
                months, mode = self.clawback
                if mode == "full":
                    claw += amount if L - p < months else F(0)
                else:
                    claw += amount * max(0, months - (L - p)) / months
        equity = exercise = F(0)
        for g in self.grants(horizon):
            fr = g.fraction_by(L)
            equity += g.value * fr
            if g.type == "options":
                exercise += g.shares * fr * g.strike
        kept = base + bonus + benefits + paid - claw + equity
        return {"months": L, "kept": kept, "clawback": claw, "exerciseCost": exercise,
                "parts": {"base": base, "bonus": bonus, "benefits": benefits, "signingPaid": paid,
                          "equityVested": equity}}


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------
def fmt(x):
    """Exact value to 6 decimals, HALF_EVEN (integer arithmetic); asserts that no figure sits on a
    half cent and that rounding the 6-decimal string to 2 decimals gives the exact value's rounding."""
    x = F(x)
    scaled = x * 10**6
    q, r = divmod(scaled.numerator, scaled.denominator)
    if 2 * r > scaled.denominator or (2 * r == scaled.denominator and q % 2 == 1):
        q += 1
    six = Decimal(q).scaleb(-6)
    hundred = x * 100
    assert hundred - (hundred.numerator // hundred.denominator) != F(1, 2), f"{x} sits on a half cent"
    two_exact = Decimal(round(hundred)).scaleb(-2)  # round() of a Fraction is HALF_EVEN
    assert six.quantize(Decimal("0.01"), ROUND_HALF_EVEN) == two_exact, x
    return f"{six:.6f}"


def compute(case_dir, explain=False):
    doc = yaml.load((case_dir / "offers.yaml").read_text(encoding="utf-8"), Loader=_Loader)
    assert doc.get("currency", "USD") == "USD"
    years, leave, cli_tax, specs = read_args(case_dir)
    offers = [Offer(o, cli_tax) for o in doc["offers"] + specs]
    through = max(years, DEFAULT_YEARS)

    rows = []
    figures = {}
    for o in offers:
        yrs = [o.year(y, through) for y in range(1, through + 1)]
        horizon = sum((r["total"] for r in yrs[:years]), F(0))
        horizon_ra = sum((r["riskAdjusted"] for r in yrs[:years]), F(0))
        four = sum((r["total"] for r in yrs[:4]), F(0))
        row = {"name": o.name, "fourYear": fmt(four), "horizonTotal": fmt(horizon),
               "horizonRiskAdjusted": fmt(horizon_ra), "years": []}
        for r in yrs[:years]:
            entry = {"year": r["year"], "total": fmt(r["total"])}
            if o.has_benefits:
                entry["benefits"] = fmt(r["benefits"])
            row["years"].append(entry)
        lv = [o.leave(L, years) for L in leave]
        if leave:
            row["leave"] = []
            for e in lv:
                item = {"months": e["months"], "kept": fmt(e["kept"]), "clawback": fmt(e["clawback"]),
                        "exerciseCost": fmt(e["exerciseCost"])}
                if o.tax is not None:
                    item["keptAfterTax"] = fmt(e["kept"] * (1 - o.tax))
                row["leave"].append(item)
                if e["months"] == 12 * years and e["clawback"] == 0:
                    # §2: leaving at the horizon's end keeps the horizon total (no clawback running)
                    assert e["kept"] == horizon, (o.name, e["kept"], horizon)
        if o.tax is not None:
            row["afterTax"] = {"horizon": fmt(horizon * (1 - o.tax)), "riskAdjusted": fmt(horizon_ra * (1 - o.tax)),
                               "ratePct": fmt(o.tax * 100)}
        rows.append(row)
        figures[o.name] = (horizon, horizon_ra, o.tax, lv)

        if explain:
            print(f"--- {o.name}  (tax {None if o.tax is None else fmt(o.tax * 100)} from {o.tax_from})")
            for g in o.grants(through):
                inst = ", ".join(f"m{m}:{fmt(g.value * fr)}" for m, fr in g.installments())
                print(f"  {g.label}: {g.type} {fmt(g.value)} cliff {g.cliff} {g.frequency} from month {g.start}: {inst}")
            for r in yrs:
                mark = "" if r["year"] <= years else "   (beyond the horizon; fourYear only)"
                print(f"  year {r['year']}: base {fmt(r['base'])} bonus {fmt(r['bonus'])} signing {fmt(r['signing'])}"
                      f" equity {fmt(r['equity'])} refresh {fmt(r['refresh'])} benefits {fmt(r['benefits'])}"
                      f" = {fmt(r['total'])} (risk-adjusted {fmt(r['riskAdjusted'])}){mark}")
            print(f"  horizon {years}y: {fmt(horizon)}  risk-adjusted {fmt(horizon_ra)}  fourYear {fmt(four)}")
            for e in lv:
                parts = "  ".join(f"{k} {fmt(v)}" for k, v in e["parts"].items())
                print(f"  leave at {e['months']}m: {parts}  clawback {fmt(e['clawback'])}"
                      f" -> kept {fmt(e['kept'])}  exerciseCost {fmt(e['exerciseCost'])}")

    after_tax = all(figures[n][2] is not None for n in figures)

    def key(name):
        h, ra, t, _ = figures[name]
        f = (1 - t) if after_tax else F(1)
        return (-(ra * f), -(h * f), name)

    ranked = sorted(figures, key=key)
    best = ranked[0]
    out = {"currency": "USD", "horizonYears": years, "rankedAfterTax": after_tax, "offers": rows, "best": best}
    if leave and len(offers) > 1:
        kb = []
        for i, L in enumerate(leave):
            top = max(figures[n][3][i]["kept"] for n in figures)
            kb.append({"months": L, "offers": [n for n in figures if figures[n][3][i]["kept"] == top]})
        out["keptBest"] = kb
    if explain:
        print(f"ranked {'after tax' if after_tax else 'pre-tax'}: " + ", ".join(
            f"{n} {fmt(-key(n)[0])}" for n in ranked) + f"  -> best {best}")
    return out


def cases():
    return sorted(p for p in HERE.iterdir() if p.is_dir() and (p / "offers.yaml").exists())


def main(argv):
    if len(argv) > 1 and argv[1] == "--explain":
        compute(HERE / argv[2].rstrip("/"), explain=True)
        return 0
    check = len(argv) > 1 and argv[1] == "--check"
    stale = []
    for c in cases():
        text = json.dumps(compute(c), indent=2, ensure_ascii=False) + "\n"
        path = c / "expect.json"
        if check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(c.name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
