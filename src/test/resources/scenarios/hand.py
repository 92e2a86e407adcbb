#!/usr/bin/env python3
"""Hand-computed expectations for the equity-scenarios corpus: `negotiate compare --scenarios`
(and `--growth`), per offer `scenarios` and `expected`, and the top-level `beats`.

Written from PRODUCT.md (§1 company reports, §2 "Offers", "Horizon…", "Equity scenarios", §4) and
docs/OFFERS.md only, never from the Java code.  Every figure is an exact fractions.Fraction; nothing
is ever a float (the YAML loader turns YAML floats into Fractions of their text).

    python3 hand.py                      # rewrite every NN-name/expect.json
    python3 hand.py --check              # exit 1 when an expect.json differs from what this computes
    python3 hand.py --explain 07-same-company-joint   # the working of one case, joint outcome by joint outcome

A case folder holds offers.yaml, args.txt (the arguments after
`negotiate compare offers.yaml --scenarios`, one a line), optionally seeds/ (the reports the offers
link; without it the repository's seeds/ are read) and expect.json (written here).
"""
import itertools
import json
import re
import sys
from decimal import Decimal, ROUND_HALF_EVEN
from fractions import Fraction as F
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO_SEEDS = HERE.parents[3] / "seeds"  # src/test/resources/scenarios -> the repository's seeds/
P = F(1, 100)  # one percent
HUNDRED = F(100)
HALVES = []  # values printed here that sit exactly on a half at the second decimal


# ---------------------------------------------------------------------------------------------
# Reading: YAML with exact decimals, money literals (USD only), percents, args.txt
# ---------------------------------------------------------------------------------------------
class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor("tag:yaml.org,2002:float", lambda loader, node: F(loader.construct_scalar(node)))

MULT = {"": 1, "K": 10**3, "M": 10**6, "B": 10**9, "T": 10**12}
NUM = r"([0-9][0-9,]*(?:\.[0-9]+)?)"


def money(text):
    """'$240K' -> Fraction(240000), '$7.75B' -> 7750000000.  Every amount of this corpus is USD."""
    if isinstance(text, bool):
        raise ValueError(f"not an amount: {text!r}")
    if isinstance(text, (int, F)):
        return F(text)
    s = str(text).strip()
    m = re.fullmatch(r"(?:\$|US\$|USD ?)?" + NUM + r"\s*([KkMmBbTt]?)(?:\s*USD)?", s)
    if not m:
        raise ValueError(f"not a USD money literal: {text!r}")
    return F(m.group(1).replace(",", "")) * MULT[m.group(2).upper()]


def pct(text):
    s = str(text).strip()
    if not s.endswith("%"):
        raise ValueError(f"percent needs %: {text!r}")
    return F(s[:-1].strip()) * P


def read_args(case_dir):
    """args.txt -> (horizon years N, [growth rates as (text, Fraction)])."""
    path = case_dir / "args.txt"
    words = [w for w in path.read_text(encoding="utf-8").splitlines() if w.strip()] if path.exists() else []
    years, growth = 4, []
    i = 0
    while i < len(words):
        opt, val = words[i], words[i + 1]
        if opt == "--years":
            years = int(val)
        elif opt == "--growth":
            growth = [(g.strip(), pct(g)) for g in val.split(",")]
        else:
            raise ValueError(f"{case_dir.name}: option not handled here: {opt}")
        i += 2
    assert 1 <= years <= 10
    return years, growth


# ---------------------------------------------------------------------------------------------
# Company reports (§1): the title gives the id, a Metric/Value table's Valuation row the last priced
# round (its first amount), the exit table (Scenario | Probability | Valuation | …) the exits, and a
# risk table's "Equity goes to $0" row the chance that equity goes to $0.
# A deliberately small GFM pipe-table reader: the fixture reports and the seed report use plain
# tables (outer pipes, no escaped pipes, no tables inside quotes or code).
# ---------------------------------------------------------------------------------------------
def slugify(name):
    return re.sub(r"[^a-z0-9]+", "-", name.lower().replace("&", "and")).strip("-")


def pipe_tables(text):
    """[(line number of the header, [header cells], [[row cells]…])] of every pipe table."""
    lines = text.splitlines()
    out, i = [], 0
    while i < len(lines):
        if lines[i].lstrip().startswith("|") and i + 1 < len(lines) and re.fullmatch(r"\s*\|[\s:|-]+\|\s*", lines[i + 1]):
            cells = lambda ln: [c.strip() for c in ln.strip().strip("|").split("|")]
            header, rows, j = cells(lines[i]), [], i + 2
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                rows.append(cells(lines[j]))
                j += 1
            out.append((i + 1, header, rows))
            i = j
        else:
            i += 1
    return out


def valuation_range(text):
    """An exit valuation cell -> (low, high, at_least): '$8-12B', '$15B+', '$2B to $4B',
    '$2.5B–$3.5B', '$300M–$1.5B', '$900M'.  A multiplier or currency on one end only applies to both."""
    s = text.strip()
    at_least = s.endswith("+")
    s = s.rstrip("+").strip()
    parts = re.split(r"\s*(?:–|—|--|-|\bto\b)\s*", s)
    assert 1 <= len(parts) <= 2, text
    amounts = []
    for p in parts:
        m = re.fullmatch(r"\$?" + NUM + r"\s*([KMBT]?)", p.strip())
        assert m, (text, p)
        amounts.append((F(m.group(1).replace(",", "")), m.group(2)))
    unit = amounts[-1][1] or amounts[0][1]
    vals = [a * MULT[u or unit] for a, u in amounts]
    low, high = vals[0], vals[-1]
    assert low <= high and not (at_least and len(vals) > 1), text
    return low, high, at_least


class Report:
    def __init__(self, path):
        text = path.read_text(encoding="utf-8")
        m = re.search(r"^#\s+(.+?)\s+—\s+Deep Research Report\s*$", text, re.M)
        assert m, path
        self.name, self.id, self.path = m.group(1), slugify(m.group(1)), path
        self.valuation = None  # the Valuation row's first amount
        self.exits = None  # [(name, probability, (low, high, at_least))] in table order
        self.exit_lines = None
        self.zero = None  # the "Equity goes to $0" probability
        for line, header, rows in pipe_tables(text):
            h = [c.lower() for c in header]
            if h[:2] == ["metric", "value"]:
                for r in rows:
                    if r[0].lower() == "valuation":
                        v = re.search(r"\$\s*" + NUM + r"\s*([KMBT]?)", r[1])
                        self.valuation = F(v.group(1).replace(",", "")) * MULT[v.group(2)]
            elif "scenario" in h and "probability" in h and "valuation" in h:
                pi, vi = h.index("probability"), h.index("valuation")
                self.exits = [(r[0], pct(r[pi]), valuation_range(r[vi])) for r in rows]
                heading = max(i + 1 for i, ln in enumerate(text.splitlines()[:line - 1]) if ln.startswith("#"))
                self.exit_lines = (heading, line + 1 + len(rows))  # the table's heading .. its last row
            elif "scenario" in h and "probability" in h:
                pi = h.index("probability")
                for r in rows:
                    if r[0].lower() == "equity goes to $0":
                        self.zero = pct(r[pi])


def load_reports(seeds):
    reports = {}
    for p in sorted(seeds.rglob("*")):
        if p.is_file() and p.suffix in (".md", ".markdown", ".txt") and not p.name.startswith("."):
            if re.search(r"^#\s+.+—\s+Deep Research Report\s*$", p.read_text(encoding="utf-8"), re.M):
                r = Report(p)
                assert r.id not in reports, r.id
                reports[r.id] = r
    return reports


# ---------------------------------------------------------------------------------------------
# Offers: years 1..N (§2 "Offers", "Horizon"): base with raise, bonus, signing, and equity slices
# ---------------------------------------------------------------------------------------------
def vesting_shares(eq, years):
    """Share of the grant vesting in each grant year 1..years (percent list, first_year, or even)."""
    if "vesting" in eq:
        v = [F(x) * P for x in eq["vesting"]]
        assert len(v) == years and sum(v) == 1, eq
        return v
    if "first_year" in eq:
        f = F(eq["first_year"]) * P
        return [f] + [(1 - f) / (years - 1)] * (years - 1)
    return [F(1, years)] * years


class Grant:
    """The initial grant (year g = 1) or the refresh granted in year g.  RSUs have a value; options
    have shares, strike and price (value at face = shares × max(0, price − strike))."""

    def __init__(self, label, g, typ, shares_by_year, value=None, options=None):
        self.label, self.g, self.type = label, g, typ
        self.shares_by_year = shares_by_year  # share of the grant vesting in grant year k (k = 1..)
        self.value, self.options = value, options

    def public(self):
        return self.type == "public"

    def slices(self, horizon):
        """[(calendar year y, share of the grant)] for the slices vesting within the horizon."""
        return [(self.g + k, s) for k, s in enumerate(self.shares_by_year) if self.g + k <= horizon]

    def worth(self, share, m):
        """A slice (share of the grant) at multiple m: RSUs value × m; options
        shares × max(0, price × m − strike) (§2 "Equity scenarios")."""
        if self.options is None:
            return self.value * share * m
        n, strike, price = self.options
        return n * share * max(F(0), price * m - strike)


class Offer:
    KNOWN = {"name", "base", "bonus", "signing", "raise", "equity", "refresh", "currency", "company",
             "valuation", "dilution"}

    def __init__(self, raw):
        assert set(raw) <= self.KNOWN, set(raw) - self.KNOWN
        self.name = raw["name"]
        self.company = raw.get("company")
        self.valuation = money(raw["valuation"]) if "valuation" in raw else None
        self.dilution = pct(raw["dilution"]) if "dilution" in raw else F(0)
        self.base = money(raw["base"])
        self.raise_ = pct(raw["raise"]) if "raise" in raw else F(0)
        b = raw.get("bonus")
        self.bonus_pct = pct(b) if isinstance(b, str) and b.strip().endswith("%") else None
        self.bonus_amt = money(b) if b is not None and self.bonus_pct is None else F(0)
        s = raw.get("signing", [])
        self.signing = [money(x) for x in s] if isinstance(s, list) else [money(s)]
        self.eq, self.rf = raw.get("equity"), raw.get("refresh")
        self.risk = None  # the offer's own risk (equity.risk; a refresh shares it)
        if self.eq is not None and "risk" in self.eq:
            self.risk = pct(self.eq["risk"])
        if self.rf is not None:
            assert "risk" not in self.rf, "no refresh of its own risk in this corpus"

    def grants(self, horizon):
        out = []
        eq_type = "public"
        if self.eq is not None:
            eq = self.eq
            eq_type = str(eq.get("type", "public")).lower()
            years = int(eq.get("years", 4))
            shares = vesting_shares(eq, years)
            if eq_type == "options":
                n, strike, price = F(eq["shares"]), money(eq["strike"]), money(eq["price"])
                out.append(Grant("grant", 1, eq_type, shares, n * max(F(0), price - strike), (n, strike, price)))
            else:
                value = money(eq["grant"]) if "grant" in eq else money(eq["per_year"]) * years
                out.append(Grant("grant", 1, eq_type, shares, value))
        if self.rf is not None:
            rf = self.rf
            typ = str(rf.get("type", eq_type)).lower()
            assert typ in ("public", "private"), "no options refresh in this corpus"
            years = int(rf.get("years", 4))
            for g in range(int(rf.get("from_year", 2)), horizon + 1):
                out.append(Grant(f"refresh of year {g}", g, typ, [F(1, years)] * years, money(rf["grant"])))
        return out

    def cash(self, horizon):
        """Σ over years 1..N of base_y + bonus_y + signing_y (base_y = base × (1 + raise)^(y − 1))."""
        total = F(0)
        for y in range(1, horizon + 1):
            base_y = self.base * (1 + self.raise_) ** (y - 1)
            bonus_y = base_y * self.bonus_pct if self.bonus_pct is not None else self.bonus_amt
            signing_y = self.signing[y - 1] if y <= len(self.signing) else F(0)
            total += base_y + bonus_y + signing_y
        return total

    def horizon_total(self, horizon, m=F(1), growth=None):
        """The horizon total with non-public equity at multiple m and public equity at face value,
        or, with growth r, each public slice of year y of a grant of year g × (1 + r)^(y − g + 1)."""
        total = self.cash(horizon)
        for g in self.grants(horizon):
            for y, share in g.slices(horizon):
                if g.public():
                    factor = F(1) if growth is None else (1 + growth) ** (y - g.g + 1)
                    total += g.value * share * factor
                else:
                    total += g.worth(share, m)
        return total

    def has_public(self, horizon):
        return any(g.public() and g.slices(horizon) for g in self.grants(horizon))

    def has_nonpublic(self, horizon):
        return any(not g.public() for g in self.grants(horizon))


# ---------------------------------------------------------------------------------------------
# Outcomes (§2 "Equity scenarios")
# ---------------------------------------------------------------------------------------------
class ReportError(Exception):
    """Exit probabilities over 100 %: an input error naming the report's line (§2), exit 3 (§5)."""

    def __init__(self, report, total):
        super().__init__(f"{report.id}: exits sum to {total * 100} %")
        self.report, self.total = report, total


class Outcome:
    def __init__(self, kind, name, prob, mult, label):
        self.kind, self.name, self.prob = kind, name, prob  # prob: a fraction of 1, or None (growth)
        self.mult = mult  # (low, mid, high, at_least) or None
        self.label = label  # the key by which offers of one company share this outcome


def outcomes(o, reports, horizon, notes):
    """The probability-bearing outcomes of one offer, and the group key for `beats`."""
    if not o.has_nonpublic(horizon):
        notes.append("no non-public equity: one outcome at face value, multiple null")
        return [Outcome("asOffered", None, F(1), None, "face")], ("offer", o.name)
    report = reports.get(o.company) if o.company else None
    assert o.company is None or report is not None, f"{o.name}: company {o.company} has no report"
    group = ("company", report.id) if report else ("offer", o.name)
    p0, p0_from = (o.risk, "offer") if o.risk is not None else (
        (report.zero, f"report {report.id}") if report and report.zero is not None else (None, None))
    if report is None or report.exits is None:
        if p0 is None:
            notes.append("no exit table, risk unknown: one outcome at face value (multiple 1)")
            return [Outcome("asOffered", None, F(1), (F(1),) * 3 + (False,), "face")], group
        notes.append(f"no exit table, P0 {fmt(p0 * 100)}% from {p0_from}: $0 at P0, face value (multiple 1) at the rest")
        return [Outcome("zero", None, p0, (F(0),) * 3 + (False,), "zero"),
                Outcome("asOffered", None, 1 - p0, (F(1),) * 3 + (False,), "face")], group
    v_grant = o.valuation if o.valuation is not None else report.valuation
    d = o.dilution
    notes.append(f"V_grant {fmt(v_grant)} ({'offer valuation' if o.valuation is not None else 'report Valuation row, first amount'}),"
                 f" dilution {fmt(d * 100)}%, P0 {None if p0 is None else fmt(p0 * 100)}% from {p0_from}")
    total = sum(p for _, p, _ in report.exits)
    if total > 1:
        raise ReportError(report, total)
    out = []
    if total == 1:
        scale = (1 - p0) if p0 is not None else F(1)
        notes.append(f"exits sum to 100 %: scaled by {fmt(scale)}" + ("" if p0 is not None else " (no P0: as given)"))
    else:
        scale = F(1)
        notes.append(f"exits sum to {fmt(total * 100)} %: used as given")
    for name, p, (lo, hi, at_least) in report.exits:
        m_lo, m_hi = lo * (1 - d) / v_grant, hi * (1 - d) / v_grant
        m_mid = (lo + hi) / 2 * (1 - d) / v_grant  # the mid is the mean of the valuation's low and high
        out.append(Outcome("exit", name, p * scale, (m_lo, m_mid, m_hi, at_least), "exit:" + name))
    if total < 1:
        rest = 1 - total - (p0 if p0 is not None else 0)
        assert rest >= 0, f"{o.name}: exits + P0 over 100 % (not a case of this corpus)"
        out.append(Outcome("other", "other", rest, (F(1),) * 3 + (False,), "other"))
    if p0 is not None:
        out.append(Outcome("zero", None, p0, (F(0),) * 3 + (False,), "zero"))
    assert sum(x.prob for x in out) == 1
    return out, group


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------
def fmt(x):
    """Exact value to 6 decimals, HALF_EVEN (integer arithmetic).  Asserts that rounding the
    6-decimal string to 2 decimals gives the exact value's rounding (so a comparison at 2 decimals
    never suffers from double rounding), and that a value sitting exactly on a half at the second
    decimal (a `beats` percent such as 47.775) is exact at 6 decimals, so that its string is the
    value itself."""
    x = F(x)
    scaled = x * 10**6
    q, r = divmod(scaled.numerator, scaled.denominator)
    if 2 * r > scaled.denominator or (2 * r == scaled.denominator and q % 2 == 1):
        q += 1
    six = Decimal(q).scaleb(-6)
    hundred = x * 100
    if hundred - (hundred.numerator // hundred.denominator) == F(1, 2):
        assert scaled.denominator == 1, f"{x} sits on a half cent and is not exact at 6 decimals"
        HALVES.append(x)
    two_exact = Decimal(round(hundred)).scaleb(-2)  # round() of a Fraction is HALF_EVEN
    assert six.quantize(Decimal("0.01"), ROUND_HALF_EVEN) == two_exact, x
    return f"{six:.6f}"


def compute(case_dir, explain=False):
    doc = yaml.load((case_dir / "offers.yaml").read_text(encoding="utf-8"), Loader=_Loader)
    assert doc.get("currency") == "USD"
    horizon, growth = read_args(case_dir)
    seeds = case_dir / "seeds" if (case_dir / "seeds").is_dir() else REPO_SEEDS
    reports = load_reports(seeds)
    offers = [Offer(raw) for raw in doc["offers"]]
    say = print if explain else (lambda *a, **k: None)

    rows, table = [], {}
    for o in offers:
        notes = []
        try:
            outs, group = outcomes(o, reports, horizon, notes)
        except ReportError as e:
            say(f"--- {o.name}: {e}: input error, exit 3; the report's exit table spans lines {e.report.exit_lines}")
            return {"exitCode": 3, "stdout": "", "error": {
                "file": e.report.path.relative_to(case_dir).as_posix(), "lineWithin": list(e.report.exit_lines)},
                **validate_expectation(case_dir, reports)}
        face = o.horizon_total(horizon)
        entries, exp = [], [F(0), F(0), F(0)]
        per_label = {}
        for x in outs:
            if x.mult is None:
                h = (face, face, face)
            else:
                h = tuple(o.horizon_total(horizon, m) for m in x.mult[:3])
                h = (h[1], h[0], h[2])  # (mid, low, high)
            per_label[x.label] = h[0]
            exp = [exp[0] + x.prob * h[0], exp[1] + x.prob * h[1], exp[2] + x.prob * h[2]]
            e = {"kind": x.kind, "name": x.name, "probabilityPct": fmt(x.prob * 100),
                 "multiple": None if x.mult is None else {"low": fmt(x.mult[0]), "mid": fmt(x.mult[1]),
                                                          "high": fmt(x.mult[2]), "atLeast": x.mult[3]},
                 "horizon": fmt(h[0]), "horizonLow": fmt(h[1]), "horizonHigh": fmt(h[2])}
            entries.append(e)
        if growth and o.has_public(horizon):
            for text, r in growth:
                g = o.horizon_total(horizon, growth=r)
                entries.append({"kind": "growth", "name": f"growth {text}", "growthPct": fmt(r * 100),
                                "probabilityPct": None, "multiple": None,
                                "horizon": fmt(g), "horizonLow": fmt(g), "horizonHigh": fmt(g)})
        rows.append({"name": o.name, "horizonFaceValue": fmt(face), "scenarios": entries,
                     "expected": {"horizon": fmt(exp[0]), "low": fmt(exp[1]), "high": fmt(exp[2])}})
        table[o.name] = (group, [(x.label, x.prob) for x in outs], per_label)

        say(f"--- {o.name}  company {o.company}  group {group}")
        for n in notes:
            say(f"  {n}")
        say(f"  cash over {horizon}y {fmt(o.cash(horizon))}; face-value horizon {fmt(face)}")
        for gr in o.grants(horizon):
            sl = ", ".join(f"y{y}:{fmt(share)}" for y, share in gr.slices(horizon))
            what = f"options {gr.options}" if gr.options else f"value {fmt(gr.value)}"
            say(f"  {gr.label} ({gr.type}, {what}) slices within the horizon: {sl}")
        for e in entries:
            mult = e["multiple"] and f"m {e['multiple']['low']}/{e['multiple']['mid']}/{e['multiple']['high']}" \
                                     f"{' at least' if e['multiple']['atLeast'] else ''}"
            say(f"  {e['kind']:9} {str(e['name']):32} p {str(e['probabilityPct']):>11}  {mult}  "
                f"horizon {e['horizon']} [{e['horizonLow']} .. {e['horizonHigh']}]")
        say(f"  expected {rows[-1]['expected']}")

    # beats: P(A's horizon total > B's) at range mids over the joint outcomes; offers of one company
    # share its outcome, other groups are independent; a tie is not a win
    groups = {}
    for name, (group, outs, _) in table.items():
        if group in groups:
            assert groups[group] == outs, f"{name}: offers of one company with different outcomes"
        else:
            groups[group] = outs
    keys = list(groups)
    joint = []
    for combo in itertools.product(*(groups[k] for k in keys)):
        prob = F(1)
        pick = {}
        for k, (label, p) in zip(keys, combo):
            prob *= p
            pick[k] = label
        joint.append((prob, {n: table[n][2][pick[table[n][0]]] for n in table}, pick))
    assert sum(p for p, _, _ in joint) == 1
    beats = []
    for a in table:
        for b in table:
            if a != b:
                p = sum((pr for pr, h, _ in joint if h[a] > h[b]), F(0))
                beats.append({"a": a, "b": b, "probabilityPct": fmt(p * 100)})
    if explain:
        print(f"--- joint outcomes ({len(joint)}) over groups {keys}")
        for pr, h, pick in joint:
            if pr:
                print(f"  p {fmt(pr * 100):>11}%  " + "  ".join(f"{pick[k]}" for k in keys) + "  -> "
                      + "  ".join(f"{n} {fmt(v)}" for n, v in h.items()))
        for bt in beats:
            print(f"  P({bt['a']} > {bt['b']}) = {bt['probabilityPct']}%")
    return {"currency": "USD", "horizonYears": horizon, "offers": rows, "beats": beats,
            **validate_expectation(case_dir, reports)}


def validate_expectation(case_dir, reports):
    """For a case with its own seeds/: what `negotiate validate seeds` says about the reports' exit
    tables (§6): exits over 100 % an error, under 100 % a warning, both `report-scenarios`; nothing
    else is expected of these fixture reports (exit code 1 only with an error)."""
    if not (case_dir / "seeds").is_dir():
        return {}
    diags = []
    for r in sorted(reports.values(), key=lambda r: r.path.name):
        total = sum(p for _, p, _ in r.exits) if r.exits else None
        if total is not None and total != 1:
            diags.append({"file": r.path.relative_to(case_dir).as_posix(),
                          "severity": "error" if total > 1 else "warning", "code": "report-scenarios"})
    return {"validate": {"exitCode": 1 if any(d["severity"] == "error" for d in diags) else 0,
                         "diagnostics": diags}}


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
