#!/bin/sh
# Start-up, throughput and memory of negotiate, each measured side by side with its yardstick in
# one run: a JVM hello-world on the same java, and a Python regex scan of the same guide files.
# Needs java, mvn, python3; uses hyperfine when installed (apt-get install hyperfine).
# Usage: bench/run.sh [runs]   (results: see docs/PERFORMANCE.md)
set -e
cd "$(dirname "$0")/.."
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./negotiate --version >/dev/null            # builds the jar and the class-data archive
mkdir -p "$work/hello" && printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/hello/Hello.java"
javac -d "$work/hello" "$work/hello/Hello.java"
python3 bench/generate.py 1000 "$work/g1k"
python3 bench/generate.py 10000 "$work/g10k"
export NEGOTIATE_CACHE_DIR="$work/cache"
./negotiate bands anyscale >/dev/null; ./negotiate bands anyscale-3/ray-platform-engineer --seeds "$work/g10k" >/dev/null
sleep 3; ./negotiate bands anyscale >/dev/null; ./negotiate bands anyscale-3/ray-platform-engineer --seeds "$work/g10k" >/dev/null  # caches warm and trusted

mean() {  # mean wall time in ms of a command over $runs runs
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N -w 2 -r "$runs" --export-json "$work/h.json" "$1" >/dev/null 2>&1
    python3 -c "import json;print(round(json.load(open('$work/h.json'))['results'][0]['mean']*1000,1))"
  else
    python3 - "$1" "$runs" <<'PY'
import subprocess, sys, time, shlex
cmd, n = shlex.split(sys.argv[1]), int(sys.argv[2])
subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
t = time.perf_counter()
for _ in range(n):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(round((time.perf_counter() - t) / n * 1000, 1))
PY
  fi
}
peak() {  # peak resident memory in MB
  /usr/bin/time -v sh -c "$1 >/dev/null 2>&1" 2>&1 | awk '/Maximum resident/ {printf "%.0f", $6/1024}'
}
ratio() { python3 -c "print(round($1/$2, 2))"; }

hello=$(mean "java -Xshare:auto -cp $work/hello Hello")
compare=$(mean "./negotiate compare docs/examples/offers.yaml")
bands=$(mean "./negotiate bands anyscale/ray-platform-engineer")
bands10k=$(mean "./negotiate bands anyscale-3/ray-platform-engineer --seeds $work/g10k")
scan1k=$(mean "python3 bench/scan.py $work/g1k")
val1k=$(NEGOTIATE_CACHE=off mean "./negotiate validate $work/g1k")
runs_saved=$runs; runs=3
scan10k=$(mean "python3 bench/scan.py $work/g10k")
val10k=$(NEGOTIATE_CACHE=off mean "./negotiate validate $work/g10k")
val10kwarm=$(mean "./negotiate validate $work/g10k")
runs=$runs_saved
mem10k=$(NEGOTIATE_CACHE=off peak "./negotiate validate $work/g10k")

echo "java: $(java -version 2>&1 | head -n 1); cores: $(nproc)"
printf '%-44s %9s %9s %7s\n' "measure" "ms" "yardstick" "ratio"
printf '%-44s %9s %9s %7s\n' "compare docs/examples/offers.yaml vs hello" "$compare" "$hello" "$(ratio "$compare" "$hello")"
printf '%-44s %9s %9s %7s\n' "bands anyscale/ray-platform-engineer vs hello" "$bands" "$hello" "$(ratio "$bands" "$hello")"
printf '%-44s %9s %9s %7s\n' "validate 1,000 guides (no cache) vs scan" "$val1k" "$scan1k" "$(ratio "$val1k" "$scan1k")"
printf '%-44s %9s %9s %7s\n' "validate 10,000 guides (no cache) vs scan" "$val10k" "$scan10k" "$(ratio "$val10k" "$scan10k")"
printf '%-44s %9s %9s %7s\n' "validate 10,000 guides (cache warm) vs scan" "$val10kwarm" "$scan10k" "$(ratio "$val10kwarm" "$scan10k")"
printf '%-44s %9s %9s %7s\n' "bands ID over 10,000 (cache warm) vs 5 seeds" "$bands10k" "$bands" "$(ratio "$bands10k" "$bands")"
echo "peak memory, validate 10,000 guides (no cache): ${mem10k} MB"
