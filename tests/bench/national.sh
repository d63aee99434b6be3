#!/usr/bin/env bash
# The national-scale benchmark (issue 9): rerate against the limit and a peer.
#
#   tests/bench/national.sh [RUNS] [RERATE]
#
# Makes the corpora with the generators in tests/bench/peer/ (copied from
# the benchmark material the issue names):
#   - 10,000 inspections of aggregated counts (gen_corpus.py), rated with
#     `rerate rate DIR --format json`, against GoRules Zen rating the same
#     methodology under Node (../shared/bench/zen/run.js DIR --from-yaml),
#     when Node and that folder are there;
#   - 10,000 inspections x 80 cases of per-case CSV (gen_cases.py), rated
#     with `rerate rate DIR --format json` and `rerate rate DIR`, against
#     floor.cc (reads every file and splits every cell: the limit for any tool
#     that must look at every answer);
# then the memory goals: 50,000 aggregated inspections as JSON (peak must
# stay flat in N), one 1,000,000-case inspection, and the time of one seed
# inspection and of the slowest seed target.
#
# Runs are interleaved A B A B ... and each pair's ratio is taken, since a
# shared machine's speed drifts; the medians are printed.  Times and peak
# memory come from /usr/bin/time -v.  Not a test: nothing is asserted.
set -euo pipefail
runs=${1:-7}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rerate=${2:-$root/build/rerate}
rules=$root/rules/hmip-pdu-2021.yaml
zen_src=$root/../shared/bench/zen
scratch=${RERATE_BENCH_DIR:-$(mktemp -d)}
trap '[[ -n ${RERATE_BENCH_DIR:-} ]] || rm -rf "$scratch"' EXIT

echo "rerate: $rerate ($("$rerate" --version)); $(nproc) cores; scratch: $scratch"
[[ -d $scratch/counts ]] || python3 "$here/peer/gen_corpus.py" 10000 "$scratch/counts" "$rules" >/dev/null
[[ -d $scratch/cases ]] || python3 "$here/peer/gen_cases.py" 10000 80 "$scratch/cases" "$rules" >/dev/null
[[ -d $scratch/counts50k ]] || python3 "$here/peer/gen_corpus.py" 50000 "$scratch/counts50k" "$rules" >/dev/null
[[ -d $scratch/big ]] || python3 "$here/peer/gen_cases.py" 1 1000000 "$scratch/big" "$rules" >/dev/null
[[ -x $scratch/floor ]] || g++ -O2 -std=c++17 "$here/peer/floor.cc" -o "$scratch/floor"

# measure NAME COMMAND...: one run; prints "elapsed_seconds peak_kib" and
# keeps the output away (a pipe would time the reader too).
measure() {
  /usr/bin/time -v -o "$scratch/time.txt" "$@" >/dev/null 2>"$scratch/stderr.txt" || true
  awk '/Elapsed \(wall clock\)/ {n = split($NF, t, ":"); s = t[n]; if (n > 1) s += 60 * t[n - 1]; if (n > 2) s += 3600 * t[n - 2]}
       /Maximum resident/ {kib = $NF} END {printf "%.3f %d\n", s, kib}' "$scratch/time.txt"
}

median() { sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

# paired LABEL "A command" "B command": the medians of A, of B and of B/A (or A/B).
paired() {
  local label=$1 a=$2 b=$3 ratio=$4
  : >"$scratch/a" && : >"$scratch/b" && : >"$scratch/r"
  for ((i = 0; i < runs; i++)); do
    read -r ta ka < <(measure $a)
    read -r tb kb < <(measure $b)
    echo "$ta" >>"$scratch/a"
    echo "$tb" >>"$scratch/b"
    if [[ $ratio == "b/a" ]]; then awk -v x="$tb" -v y="$ta" 'BEGIN {print x / y}' >>"$scratch/r"
    else awk -v x="$ta" -v y="$tb" 'BEGIN {print x / y}' >>"$scratch/r"; fi
    echo "  run $((i + 1)): A $ta s ($ka KiB)  B $tb s ($kb KiB)"
  done
  printf '%s: A median %s s, B median %s s, %s median %s\n' "$label" "$(median <"$scratch/a")" \
    "$(median <"$scratch/b")" "$ratio" "$(median <"$scratch/r")"
}

echo
echo "1. 10,000 aggregated inspections: B = Zen (Node), A = rerate rate --format json"
if command -v node >/dev/null && [[ -d $zen_src ]]; then
  if [[ ! -d $scratch/zen/node_modules ]]; then
    rm -rf "$scratch/zen" && cp -r "$zen_src" "$scratch/zen" && chmod -R u+w "$scratch/zen"
    (cd "$scratch/zen" && { npm ci --no-audit --no-fund >/dev/null 2>&1 || npm install --no-audit --no-fund >/dev/null; })
  fi
  paired "aggregated" "$rerate rate $scratch/counts/yaml --format json" \
    "node $scratch/zen/run.js $scratch/counts --from-yaml" "b/a"
else
  echo "  (no Node or no $zen_src: the peer is skipped)"
fi

echo
echo "2. 10,000 x 80-case CSV inspections: A = rerate, B = the floor program"
paired "per-case, json" "$rerate rate $scratch/cases/insp --format json" "$scratch/floor $scratch/cases/insp" "a/b"
paired "per-case, text" "$rerate rate $scratch/cases/insp" "$scratch/floor $scratch/cases/insp" "a/b"

echo
echo "3. Peak memory (KiB) of rate --format json: 10,000 and 50,000 aggregated inspections"
echo "  10,000: $(measure "$rerate" rate "$scratch/counts/yaml" --format json)"
echo "  50,000: $(measure "$rerate" rate "$scratch/counts50k/yaml" --format json)"

echo
echo "4. One 1,000,000-case inspection (70 MB of CSV): elapsed s, peak KiB"
echo "  $(measure "$rerate" rate "$scratch/big/insp/pdu-000000.yaml" --format json)"

echo
echo "5. One seed inspection, and the slowest seed target: medians of $runs runs (s)"
for command in "rate $root/cases/blackburn-with-darwen-2023.yaml" \
               "target $root/cases/north-and-north-east-lincolnshire-2023.yaml --standard 2.5=Outstanding"; do
  : >"$scratch/a"
  for ((i = 0; i < runs; i++)); do measure "$rerate" $command | cut -d' ' -f1 >>"$scratch/a"; done
  echo "  rerate $command: $(median <"$scratch/a") s"
done
