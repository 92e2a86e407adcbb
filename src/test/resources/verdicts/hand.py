#!/usr/bin/env python3
"""Hand-computed expectations for the verdict corpus (compare/ and counter/).

Written from the product specification (PRODUCT.md §1-§4) only, never from the Java code.
Every figure is an exact fractions.Fraction; nothing is ever a float (the YAML loader below turns
YAML floats such as `1.10` into Fractions of their text).

    python3 hand.py           # rewrite every expect.json from offers.yaml / args.txt
    python3 hand.py --check   # exit 1 if an expect.json differs from what this script computes
    python3 hand.py --explain compare/01-offer-risk   # print the working of one case

What the script knows about the seed files a case carries (band figures, report probabilities) is
written down by hand in SEEDS below, from reading the files; `./negotiate bands --seeds …` and
`./negotiate company … --seeds …` were run to check that the tool reads those files the same way.
"""
import json
import math
import re
import sys
from fractions import Fraction as F
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
P = F(1, 100)  # one percent

# ---------------------------------------------------------------------------------------------
# What the fixture seed files hold, read by hand.  Key: the file name inside a case's seeds/.
# bands: region -> (currency, base low, base high, equity low, equity high, grant years,
#                   bonus % low, bonus % high, pre-IPO?)
# ---------------------------------------------------------------------------------------------
HF_000 = {
    "kind": "guide", "id": "hugging-face/open-source-ml-platform-engineer", "company": "hugging-face",
    "bands": {
        "Paris": ("EUR", 98000, 132000, 165000, 305000, 4, 0, 0, True),
        "New York": ("USD", 210000, 262000, 275000, 488000, 4, 0, 0, True),
        # Remote Global: base 65 % of NY low .. 100 % of NY high, NY equity, no bonus
        "Remote Global": ("USD", 136500, 262000, 275000, 488000, 4, 0, 0, True),
    },
}
HFE_001 = {
    "kind": "guide", "id": "huggingface-enterprise/model-hub-platform-engineer",
    "company": "huggingface-enterprise",
    "bands": {  # front matter bonus_pct: 10 wins over the table's 10–15 %
        "San Francisco": ("USD", 215000, 275000, 230000, 400000, 4, 10, 10, False),
        "New York": ("USD", 210000, 270000, 230000, 400000, 4, 10, 10, False),
        "Paris": ("EUR", 183000, 234000, 196000, 340000, 4, 10, 10, False),
    },
}
HF_REPORT_002 = {"kind": "report", "id": "hugging-face", "zero": 30}  # "Equity goes to $0 | 30%"
WANDB_003 = {
    "kind": "guide", "id": "weights-and-biases/mlops-platform-engineer", "company": "weights-and-biases",
    "bands": {  # front matter bonus_pct: 10 wins over the table's 10–15 %
        "San Francisco": ("USD", 210000, 270000, 220000, 380000, 4, 10, 10, False),
        "New York": ("USD", 205000, 265000, 220000, 380000, 4, 10, 10, False),
        "London": ("GBP", 160000, 205000, 165000, 285000, 4, 10, 10, False),
    },
}
ANYSCALE_004 = {
    "kind": "guide", "id": "anyscale/ray-platform-engineer", "company": "anyscale",
    "bands": {
        "San Francisco": ("USD", 215000, 275000, 235000, 400000, 4, 10, 15, False),
        "New York": ("USD", 210000, 270000, 235000, 400000, 4, 10, 15, False),
        "London": ("GBP", 163000, 209000, 176000, 300000, 4, 10, 15, False),
    },
}
LUMEN = {
    "kind": "guide", "id": "lumen-analytics/data-platform-engineer", "company": "lumen-analytics",
    "bands": {
        "Berlin": ("EUR", 95000, 125000, 120000, 200000, 4, 10, 10, False),
        "Amsterdam": ("EUR", 100000, 130000, 120000, 200000, 4, 10, 10, False),
        "Dublin": ("EUR", 105000, 140000, 130000, 220000, 4, 10, 15, False),
    },
}
WORKED = {
    "kind": "guide", "id": "worked-example-co/backend-engineer", "company": "worked-example-co",
    "bands": {"Seattle": ("USD", 190000, 240000, 200000, 360000, 4, 12, 12, False)},
}
ORBIT = {
    "kind": "guide", "id": "orbit-systems/site-reliability-engineer", "company": "orbit-systems",
    "bands": {
        "Austin": ("USD", 151000, 213000, 200000, 330000, 4, 8, 12, False),
        "Denver": ("USD", 145000, 205000, 190000, 320000, 4, 8, 12, False),
    },
}
NIMBUS = {
    "kind": "guide", "id": "nimbus-ai/inference-engineer", "company": "nimbus-ai",
    "bands": {
        "Paris": ("EUR", 100000, 150000, 150000, 250000, 4, 0, 0, True),
        "Lyon": ("EUR", 90000, 130000, 120000, 220000, 4, 0, 0, True),
    },
}
QUIETCO = {
    "kind": "guide", "id": "quietco/platform-engineer", "company": "quietco",
    "bands": {"Toronto": ("CAD", 150000, 190000, 200000, 320000, 4, 0, 0, True)},
}
ACME_REPORT = {"kind": "report", "id": "acme-robotics", "zero": 45}  # "Equity goes to $0 | 45%"

SEEDS = {
    "000_8d8eefcd7e1a024a.txt": HF_000,
    "001_5247fd72239bff95.txt": HFE_001,
    "002_51a7a94ec056edc2.txt": HF_REPORT_002,
    "003_5bb8dbb01bbfa5f7.txt": WANDB_003,
    "004_b5d86265bf3c1cf1.txt": ANYSCALE_004,
    "lumen-analytics.md": LUMEN,
    "worked-example-co.md": WORKED,
    "orbit-systems.md": ORBIT,
    "nimbus-ai.md": NIMBUS,
    "quietco.md": QUIETCO,
    "acme-robotics-report.md": ACME_REPORT,
}


def load_seeds(case_dir):
    guides, reports = {}, {}
    sd = case_dir / "seeds"
    if sd.is_dir():
        for f in sorted(sd.iterdir()):
            data = SEEDS[f.name]  # a KeyError here means SEEDS lacks a hand reading of the file
            if data["kind"] == "guide":
                guides[data["id"]] = data
            else:
                reports[data["id"]] = data
    return guides, reports


# ---------------------------------------------------------------------------------------------
# Money literals (the subset of §1 the fixtures use) and percents
# ---------------------------------------------------------------------------------------------
SYMBOLS = [("US$", "USD"), ("CA$", "CAD"), ("$", "USD"), ("€", "EUR"), ("£", "GBP")]
MULT = {"": 1, "K": 1000, "k": 1000, "M": 10**6, "m": 10**6}


def money(text, default_currency=None):
    """'$240K' -> (Fraction(240000), 'USD'); bare numbers take default_currency."""
    if isinstance(text, (int, F)):
        if default_currency is None:
            raise ValueError(f"bare amount {text} with no currency")
        return F(text), default_currency
    s = str(text).strip()
    cur = None
    for sym, code in SYMBOLS:
        if s.startswith(sym):
            cur, s = code, s[len(sym):].strip()
            break
    m = re.fullmatch(r"([A-Z]{3})?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*([KkMm]?)\s*([A-Z]{3})?", s)
    if not m:
        raise ValueError(f"not a money literal: {text!r}")
    code = m.group(1) or m.group(4)
    if code:
        cur = code
    if cur is None:
        cur = default_currency
    if cur is None:
        raise ValueError(f"bare amount {text!r} with no currency")
    return F(m.group(2).replace(",", "")) * MULT[m.group(3)], cur


def pct(text):
    s = str(text).strip()
    if not s.endswith("%"):
        raise ValueError(f"percent needs %: {text!r}")
    return F(s[:-1].strip()) * P


# ---------------------------------------------------------------------------------------------
# Rates: `pair A/B: r` means 1 A = r B; inverses implied; a cross rate goes through USD.
# ---------------------------------------------------------------------------------------------
class Rates:
    def __init__(self, table):
        self.table = {}
        for pair, r in (table or {}).items():
            a, b = pair.split("/")
            self.table[(a, b)] = F(r)
            self.table[(b, a)] = 1 / F(r)

    def rate(self, src, dst):
        if src == dst:
            return F(1)
        if (src, dst) in self.table:
            return self.table[(src, dst)]
        if (src, "USD") in self.table and ("USD", dst) in self.table:
            return self.table[(src, "USD")] * self.table[("USD", dst)]
        raise KeyError(f"no rate {src}/{dst}")


# ---------------------------------------------------------------------------------------------
# Offers (§2 Offers), valued over the default horizon of 4 years
# ---------------------------------------------------------------------------------------------
YEARS = 4


def vesting_shares(eq, years):
    """Share of the grant vesting in each year 1..years."""
    if "vesting" in eq:
        v = [F(x) * P for x in eq["vesting"]]
        assert len(v) == years and sum(v) == 1, eq
        return v
    if "first_year" in eq:
        f = F(eq["first_year"]) * P
        return [f] + [(1 - f) / (years - 1)] * (years - 1)
    return [F(1, years)] * years


class Offer:
    def __init__(self, raw, file_currency, report_currency, rates, guides, reports):
        self.raw = raw
        self.name = raw["name"]
        own = raw.get("currency", file_currency)
        conv = lambda lit: (lambda a, c: a * rates.rate(c, report_currency))(*money(lit, own))
        self.base = conv(raw["base"])
        self.raise_ = pct(raw["raise"]) if "raise" in raw else F(0)
        b = raw.get("bonus")
        self.bonus_pct = self.bonus_amt = None
        if b is not None and str(b).strip().endswith("%"):
            self.bonus_pct = pct(b)
        elif b is not None:
            self.bonus_amt = conv(b)
        s = raw.get("signing", [])
        self.signing = [conv(x) for x in s] if isinstance(s, list) else [conv(s)]

        # equity: grant value, type, vesting, risk
        eq = raw.get("equity")
        self.eq_years = 4
        self.grant = F(0)
        self.eq_type = None
        self.eq_risk = None
        self.vest = []
        if eq is not None:
            self.eq_type = str(eq.get("type", "public")).lower()
            self.eq_years = int(eq.get("years", 4))
            if self.eq_type == "options":
                shares = F(eq["shares"])
                price, strike = conv(eq["price"]), conv(eq["strike"])
                self.grant = shares * max(F(0), price - strike)
            elif "grant" in eq:
                self.grant = conv(eq["grant"])
            else:
                self.grant = conv(eq["per_year"]) * self.eq_years
            self.vest = vesting_shares(eq, self.eq_years)
            self.eq_risk = pct(eq["risk"]) if "risk" in eq else None
        rf = raw.get("refresh")
        self.refresh = None
        if rf is not None:
            self.refresh = {
                "grant": conv(rf["grant"]),
                "from": int(rf.get("from_year", 2)),
                "years": int(rf.get("years", 4)),
                "type": str(rf.get("type", self.eq_type or "public")).lower(),
                "risk": pct(rf["risk"]) if "risk" in rf else self.eq_risk,
            }
        # company: given, else the linked guide's company
        self.company = raw.get("company")
        self.guide = guides.get(raw["guide"]) if "guide" in raw else None
        if "guide" in raw and self.guide is None:
            raise KeyError(f"offer {self.name}: guide {raw['guide']} not among the case's seeds")
        if self.company is None and self.guide is not None:
            self.company = self.guide["company"]
        self.report = reports.get(self.company) if self.company else None
        self.region = raw.get("region")

    # -- year by year --------------------------------------------------------------------------
    def base_y(self, y):
        return self.base * (1 + self.raise_) ** (y - 1)

    def bonus_y(self, y):
        if self.bonus_pct is not None:
            return self.base_y(y) * self.bonus_pct
        return self.bonus_amt or F(0)

    def signing_y(self, y):
        return self.signing[y - 1] if y <= len(self.signing) else F(0)

    def equity_y(self, y):
        return self.grant * self.vest[y - 1] if y <= len(self.vest) else F(0)

    def refresh_y(self, y):
        r = self.refresh
        if r is None:
            return F(0)
        return sum((r["grant"] / r["years"] for g in range(r["from"], y + 1) if y - g < r["years"]), F(0))

    def total_y(self, y):
        return self.base_y(y) + self.bonus_y(y) + self.signing_y(y) + self.equity_y(y) + self.refresh_y(y)

    # -- totals --------------------------------------------------------------------------------
    def four_year(self):
        return sum((self.total_y(y) for y in range(1, YEARS + 1)), F(0))

    def first_year(self):
        return self.total_y(1)

    def nonpublic_equity(self):
        """E: non-public equity (grant and refreshes) vesting within the horizon, face value."""
        e = F(0)
        if self.eq_type not in (None, "public"):
            e += sum((self.equity_y(y) for y in range(1, YEARS + 1)), F(0))
        if self.refresh is not None and self.refresh["type"] != "public":
            e += sum((self.refresh_y(y) for y in range(1, YEARS + 1)), F(0))
        return e

    def has_nonpublic(self):
        return self.eq_type not in (None, "public") or (self.refresh is not None and self.refresh["type"] != "public")

    def has_equity(self):
        return self.eq_type is not None or self.refresh is not None

    def risk(self):
        """(risk as a fraction or None when unknown, riskSource)."""
        if not self.has_equity():
            return F(0), "none"
        if not self.has_nonpublic():
            return F(0), "public"
        if self.eq_risk is not None:
            return self.eq_risk, "offer"
        if self.report is not None:
            return F(self.report["zero"]) * P, "report:" + self.report["id"]
        return None, "unknown"

    def risk_adjusted(self):
        r, _ = self.risk()
        return self.four_year() - (r or F(0)) * self.nonpublic_equity()  # unknown: face value

    def band_position(self):
        if self.guide is None or self.region is None:
            return None
        band = next(v for k, v in self.guide["bands"].items() if k.lower() == self.region.lower())
        cur, bl, bh, el, eh, years, bol, boh, _ = band
        bl, bh, el, eh = F(bl), F(bh), F(el), F(eh)
        bol, boh = F(bol) * P, F(boh) * P
        pos = lambda v, lo, hi: None if lo == hi else (v - lo) / (hi - lo)
        a_lo = bl + el / years + bl * bol
        a_hi = bh + eh / years + bh * boh
        bonus1 = self.bonus_y(1) if self.bonus_amt is None else self.bonus_amt
        recurring = self.base + bonus1 + self.grant / self.eq_years
        return {
            "base": pos(self.base, bl, bh),
            "equity": pos(self.grant, el, eh),
            "bonus": pos(self.bonus_pct, bol, boh) if self.bonus_pct is not None else None,
            "annual": pos(recurring, a_lo, a_hi),
        }


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor("tag:yaml.org,2002:float", lambda loader, node: F(loader.construct_scalar(node)))


def compare_case(case_dir, explain=False):
    doc = yaml.load((case_dir / "offers.yaml").read_text(encoding="utf-8"), Loader=_Loader)
    guides, reports = load_seeds(case_dir)
    rates_block = doc.get("rates") or {}
    if "rates" in rates_block:
        rates_block = rates_block["rates"]
    rates = Rates(rates_block)
    report_currency = doc["currency"]  # every fixture file states it
    offers = [Offer(o, doc.get("currency"), report_currency, rates, guides, reports) for o in doc["offers"]]

    ra = {o.name: o.risk_adjusted() for o in offers}
    nominal = {o.name: o.four_year() for o in offers}
    # best: highest risk-adjusted; ties: higher nominal, then name first alphabetically
    best = sorted(offers, key=lambda o: (-ra[o.name], -nominal[o.name], o.name))[0]

    rows, be_of = [], {}
    for o in offers:
        r, src = o.risk()
        e = o.nonpublic_equity()
        others = [ra[x.name] for x in offers if x is not o]
        be = None
        if e != 0 and others:
            v = 100 * (nominal[o.name] - max(others)) / e
            be = v if 0 <= v <= 100 else None
        be_of[o.name] = be
        rows.append({
            "name": o.name,
            "firstYear": o.first_year(),
            "fourYear": nominal[o.name],
            "riskAdjustedFourYear": ra[o.name],
            "riskPct": None if r is None else r * 100,
            "riskSource": src,
            "breakEvenRiskPct": be,
            "band": o.band_position(),
        })
        if explain:
            print(f"--- {o.name}")
            for y in range(1, YEARS + 1):
                print(f"  year {y}: base {fmt(o.base_y(y))} bonus {fmt(o.bonus_y(y))} signing {fmt(o.signing_y(y))}"
                      f" equity {fmt(o.equity_y(y))} refresh {fmt(o.refresh_y(y))} = {fmt(o.total_y(y))}")
            print(f"  fourYear {fmt(nominal[o.name])}  E {fmt(e)}  risk {src} {None if r is None else fmt(r * 100)}"
                  f"  riskAdjusted {fmt(ra[o.name])}  breakEven {None if be is None else fmt(be)}")

    # verdict line "X is best unless its equity has a greater than N % chance of being worth nothing"
    r_best, _ = best.risk()
    be_best = be_of[best.name]
    verdict = None
    if best.has_nonpublic() and be_best is not None:
        if r_best is None or be_best - r_best * 100 <= 10:
            verdict = be_best
    return {"currency": report_currency, "offers": rows, "best": best.name, "verdictUnless": verdict}


# ---------------------------------------------------------------------------------------------
# counter (§3 Counter-offer rules)
# ---------------------------------------------------------------------------------------------
def parse_spec(spec, currency):
    name, _, body = spec.partition(":")
    kv = dict(part.split("=", 1) for part in body.split(","))
    raw = {"name": name}
    eq = {}
    for k, v in kv.items():
        if k == "equity":
            if v.endswith("/yr"):
                eq["per_year"] = v[:-3]
            elif re.search(r"/\d+y$", v):
                amount, years = v.rsplit("/", 1)
                eq["grant"], eq["years"] = amount, int(years[:-1])
            else:
                eq["grant"] = v
        elif k in ("type", "risk"):
            eq[k] = v
        elif k == "refresh":
            assert v.endswith("/yr")
            raw["refresh"] = {"grant": v[:-3]}
        else:
            raw[k] = v
    if eq:
        raw["equity"] = eq
    return raw


def read_args(case_dir):
    args = [line for line in (case_dir / "args.txt").read_text(encoding="utf-8").splitlines() if line.strip()]
    opts = {"query": args[0], "competing": [], "rate": []}
    i = 1
    while i < len(args):
        a = args[i]
        if a == "--competing":
            opts["competing"].append(args[i + 1])
        elif a == "--rate":
            opts["rate"].append(args[i + 1])
        elif a.startswith("--"):
            opts[a[2:]] = args[i + 1]
        else:
            raise ValueError(f"{case_dir}: unexpected argument {a}")
        i += 2
    return opts


def round_up(x, step):
    return F(math.ceil(x / step)) * step


def round_down(x, step):
    return F(math.floor(x / step)) * step


def counter_case(case_dir, explain=False):
    opts = read_args(case_dir)
    guides, reports = load_seeds(case_dir)
    assert len(guides) == 1, "a counter case carries one guide"
    guide = next(iter(guides.values()))
    region = opts["region"]
    band = next(v for k, v in guide["bands"].items() if k.lower() == region.lower())
    cur, bl, bh, el, eh, Y, bol, boh, preipo = band
    bl, bh, el, eh, bol, boh = F(bl), F(bh), F(el), F(eh), F(bol) * P, F(boh) * P
    rates = Rates({p.split("=")[0]: F(p.split("=")[1]) for p in opts["rate"]})
    step = money(opts.get("round", "5000"), cur)[0]
    mk = lambda spec: Offer(parse_spec(spec, cur), cur, cur, rates, guides, reports)
    offer = mk(opts["offer"])
    competing = [mk(c) for c in opts["competing"]]
    log = print if explain else (lambda *a: None)

    anchor = opts.get("anchor", "top")
    at = {"top": lambda lo, hi: hi, "p75": lambda lo, hi: lo + F(3, 4) * (hi - lo),
          "mid": lambda lo, hi: (lo + hi) / 2}[anchor]
    ask_base = round_up(max(at(bl, bh), offer.base), step)
    ask_eq = round_up(max(at(el, eh), offer.grant), step)
    # bonus %: the higher of the band's low and the offer's (an amount counts as its % of the base)
    offer_bonus = offer.bonus_pct if offer.bonus_pct is not None else (offer.bonus_amt or F(0)) / offer.base
    b = max(bol, offer_bonus)
    r = offer.raise_
    sum_raise = sum(((1 + r) ** (y - 1) for y in range(1, 5)), F(0))
    share4 = F(min(4, Y), Y)  # share of an even grant over Y years vesting within four years
    signing = sum(offer.signing, F(0))  # the fixtures' offers have at most a year-1 signing
    refresh4 = sum((offer.refresh_y(y) for y in range(1, 5)), F(0))

    def ask_four(base, eq, sign):
        return base * (1 + b) * sum_raise + eq * share4 + sign + refresh4

    four = ask_four(ask_base, ask_eq, signing)
    log(f"ask start: base {fmt(ask_base)} equity {fmt(ask_eq)} bonus {fmt(b * 100)}% fourYear {fmt(four)}")

    best = None
    if competing:
        best = sorted(competing, key=lambda o: (-o.risk_adjusted(), -o.four_year(), o.name))[0]
        gap = best.risk_adjusted() - four
        log(f"best competing {best.name}: risk-adjusted fourYear {fmt(best.risk_adjusted())}; gap {fmt(gap)}")
    else:
        gap = F(0)

    ms = opts.get("max-signing", "25%")
    sign_ceiling_raw = pct(ms) * ask_base if ms.strip().endswith("%") else money(ms, cur)[0]
    levers = {
        "equity": [ask_eq, F(11, 10) * eh, share4],
        "signing": [signing, sign_ceiling_raw, F(1)],
        "base": [ask_base, F(11, 10) * bh, (1 + b) * sum_raise],
    }
    order = ["equity", "signing", "base"] if preipo else ["signing", "equity", "base"]
    for name in order:
        if gap <= 0:
            break
        current, ceiling_raw, per_unit = levers[name]
        ceiling = max(round_down(ceiling_raw, step), current)
        new = min(round_up(current + gap / per_unit, step), ceiling)
        added = (new - current) * per_unit
        gap -= added
        levers[name][0] = new
        log(f"  {name}: ceiling {fmt(ceiling_raw)} -> {fmt(ceiling)}; new {fmt(new)} adds {fmt(added)}; gap left {fmt(gap)}")
    ask_base, ask_eq, signing = levers["base"][0], levers["equity"][0], levers["signing"][0]
    four = ask_four(ask_base, ask_eq, signing)

    if "floor" in opts:
        floor, kind = money(opts["floor"], cur)[0], "--floor"
    elif best is not None:
        floor, kind = best.risk_adjusted() / 4, "competing"
    else:
        a_lo = bl + el / Y + bl * bol
        a_hi = bh + eh / Y + bh * boh
        floor, kind = (a_lo + a_hi) / 2, "band"
    return {
        "guide": guide["id"], "region": region, "currency": cur,
        "ask": {"base": ask_base, "equity": ask_eq, "signing": signing, "fourYear": four,
                "unclosedGap": max(gap, F(0))},
        "floor": {"annual": floor, "sourceKind": kind},
    }


# ---------------------------------------------------------------------------------------------
# Output: every number a string with 6 decimals, HALF_EVEN; check that rounding that string to
# 2 decimals (HALF_EVEN) gives the same as rounding the exact value to 2 decimals.
# ---------------------------------------------------------------------------------------------
def round_half_even(x, places):
    scaled = x * 10**places
    fl = math.floor(scaled)
    rem = scaled - fl
    if rem > F(1, 2) or (rem == F(1, 2) and fl % 2 == 1):
        fl += 1
    return F(fl, 10**places)


def fmt(x, places=6):
    v = round_half_even(F(x), places)
    sign = "-" if v < 0 else ""
    v = abs(v)
    whole = math.floor(v)
    frac = (v - whole) * 10**places
    return f"{sign}{whole}.{int(frac):0{places}d}"


def to_json(value):
    if isinstance(value, F):
        six = round_half_even(value, 6)
        assert round_half_even(six, 2) == round_half_even(value, 2), f"double rounding bites on {value}"
        return fmt(value)
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_json(v) for v in value]
    return value


def cases():
    for kind, fn in (("compare", compare_case), ("counter", counter_case)):
        for d in sorted((HERE / kind).iterdir()):
            if d.is_dir():
                yield d, fn


def main(argv):
    if len(argv) > 2 and argv[1] == "--explain":
        d = HERE / argv[2]
        fn = compare_case if d.parent.name == "compare" else counter_case
        print(json.dumps(to_json(fn(d, explain=True)), indent=2, ensure_ascii=False))
        return 0
    check = "--check" in argv
    bad = 0
    for d, fn in cases():
        text = json.dumps(to_json(fn(d)), indent=2, ensure_ascii=False) + "\n"
        target = d / "expect.json"
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"differs: {d.relative_to(HERE)}")
                bad += 1
        else:
            target.write_text(text, encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
