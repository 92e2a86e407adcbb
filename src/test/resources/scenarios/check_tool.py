#!/usr/bin/env python3
"""Run `negotiate` on every case of this corpus and compare its JSON with expect.json.

    python3 check_tool.py [NEGOTIATE] [CASE…]     # default ../../../../negotiate, every case

Every figure is compared after rounding both sides to 2 decimals HALF_EVEN (the tool prints at most
2 decimals; expect.json holds the exact value to 6).  Outcomes are matched as README.md says: report
exits and "other" by name, growth entries by their percent, and the outcomes whose name the spec
leaves open (kind "zero", "asOffered") by kind.  Prints one line per difference; exit 1 if any.
"""
import json
import re
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_EVEN
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]


def r2(x):
    return None if x is None else Decimal(str(x)).quantize(Decimal("0.01"), ROUND_HALF_EVEN)


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def classify(tool_scen, exp_scen):
    """Pair the tool's scenario entries with expect.json's: {expected index: tool entry}."""
    pairs, used = {}, set()
    for i, e in enumerate(exp_scen):
        if e["kind"] in ("exit", "other"):
            for j, t in enumerate(tool_scen):
                if j not in used and t["name"] == e["name"]:
                    pairs[i] = t
                    used.add(j)
                    break
        elif e["kind"] == "growth":
            for j, t in enumerate(tool_scen):
                m = re.fullmatch(r"growth ([+-]?[0-9.]+)\s*%", str(t["name"]))
                if j not in used and m and Decimal(m.group(1)) == Decimal(e["growthPct"]):
                    pairs[i] = t
                    used.add(j)
                    break
    named = {e["name"] for e in exp_scen if e["kind"] in ("exit", "other")}
    for i, e in enumerate(exp_scen):
        if e["kind"] in ("zero", "asOffered"):
            for j, t in enumerate(tool_scen):
                if j in used or t["name"] in named or str(t["name"]).startswith("growth "):
                    continue
                mult = t.get("multiple")
                is_zero = mult is not None and Decimal(str(mult["mid"])) == 0
                if (e["kind"] == "zero") == is_zero:
                    pairs[i] = t
                    used.add(j)
                    break
    extra = [t["name"] for j, t in enumerate(tool_scen) if j not in used]
    return pairs, extra


def check_case(neg, case):
    diffs = []
    say = lambda msg: diffs.append(f"{case.name}: {msg}")
    exp = json.loads((case / "expect.json").read_text(encoding="utf-8"))
    args = [w for w in (case / "args.txt").read_text(encoding="utf-8").splitlines() if w.strip()]
    seeds = "seeds" if (case / "seeds").is_dir() else str(REPO / "seeds")
    rc, out, err = run([neg, "compare", "offers.yaml", "--scenarios", *args, "--seeds", seeds, "--format", "json"], case)

    if "validate" in exp:
        vrc, vout, _ = run([neg, "validate", "seeds", "--format", "json"], case)
        got = []
        for f in json.loads(vout)["files"]:
            for d in f["diagnostics"]:
                if d["code"] == "report-scenarios":
                    got.append((Path(f["file"]).name, d["severity"]))
        want = [(Path(d["file"]).name, d["severity"]) for d in exp["validate"]["diagnostics"]]
        if sorted(got) != sorted(want) or vrc != exp["validate"]["exitCode"]:
            say(f"validate: got rc {vrc} {sorted(got)}, want rc {exp['validate']['exitCode']} {sorted(want)}")

    if "exitCode" in exp:
        if rc != exp["exitCode"] or out.strip():
            say(f"want exit {exp['exitCode']} and empty stdout, got exit {rc}, stdout {len(out)} chars")
        name = Path(exp["error"]["file"]).name
        lo, hi = exp["error"]["lineWithin"]
        lines = [int(x) for x in re.findall(re.escape(name) + r":(\d+)", err)]
        if not any(lo <= n <= hi for n in lines):
            say(f"stderr does not name {name}:{lo}..{hi}: {err.strip()[:300]}")
        return diffs
    if rc != 0:
        say(f"exit {rc}: {err.strip()[:300]}")
        return diffs
    doc = json.loads(out, parse_float=Decimal)
    offers = {o["name"]: o for o in doc["offers"]}
    for eo in exp["offers"]:
        o = offers.get(eo["name"])
        if o is None:
            say(f"no offer {eo['name']}")
            continue
        if r2(o["horizon"]["total"]) != r2(eo["horizonFaceValue"]):
            say(f"{eo['name']} horizon.total {o['horizon']['total']} != {eo['horizonFaceValue']}")
        pairs, extra = classify(o.get("scenarios") or [], eo["scenarios"])
        if extra:
            say(f"{eo['name']}: outcomes not expected: {extra}")
        for i, e in enumerate(eo["scenarios"]):
            t = pairs.get(i)
            label = f"{eo['name']} / {e['kind']} {e['name'] or ''}".rstrip()
            if t is None:
                say(f"{label}: missing")
                continue
            if r2(t.get("probabilityPct")) != r2(e["probabilityPct"]):
                say(f"{label}: probabilityPct {t.get('probabilityPct')} != {e['probabilityPct']}")
            em, tm = e["multiple"], t.get("multiple")
            if (em is None) != (tm is None):
                say(f"{label}: multiple {tm} != {em}")
            elif em is not None:
                for k in ("low", "mid", "high"):
                    if r2(tm.get(k)) != r2(em[k]):
                        say(f"{label}: multiple.{k} {tm.get(k)} != {em[k]}")
                if bool(tm.get("atLeast", False)) != em["atLeast"]:
                    say(f"{label}: multiple.atLeast {tm.get('atLeast')} != {em['atLeast']}")
            for k in ("horizon", "horizonLow", "horizonHigh"):
                if k in t and r2(t[k]) != r2(e[k]):
                    say(f"{label}: {k} {t[k]} != {e[k]}")
        for k in ("horizon", "low", "high"):
            got = (o.get("expected") or {}).get(k)
            if r2(got) != r2(eo["expected"][k]):
                say(f"{eo['name']} expected.{k} {got} != {eo['expected'][k]}")
    got_beats = {(b["a"], b["b"]): b["probabilityPct"] for b in doc.get("beats", [])}
    for b in exp["beats"]:
        g = got_beats.pop((b["a"], b["b"]), None)
        if r2(g) != r2(b["probabilityPct"]):
            say(f"beats {b['a']} > {b['b']}: {g} != {b['probabilityPct']}")
    if got_beats:
        say(f"beats not expected: {sorted(got_beats)}")
    return diffs


def main(argv):
    neg = str(REPO / "negotiate")
    names = argv[1:]
    if names and not (HERE / names[0]).is_dir():
        neg, names = names[0], names[1:]
    cases = [HERE / n.rstrip("/") for n in names] or sorted(
        p for p in HERE.iterdir() if p.is_dir() and (p / "expect.json").exists())
    all_diffs = []
    for c in cases:
        d = check_case(neg, c)
        print(f"{c.name}: {'ok' if not d else str(len(d)) + ' difference(s)'}")
        all_diffs += d
    for d in all_diffs:
        print("  " + d)
    return 1 if all_diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
