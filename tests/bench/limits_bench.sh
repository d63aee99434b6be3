#!/usr/bin/env bash
# Benchmark of rerate at its input limits (README, "Reliability"): a case CSV
# of ROWS rows (default 10,000,000) rated in full, and a 100 MB YAML
# inspection, which rerate refuses (the limit on a YAML file is 16 MiB).
# Times each with /usr/bin/time -v: elapsed time, peak resident memory, exit.
# Not a test: nothing is asserted.
#
#   tests/bench/limits_bench.sh [ROWS] [RERATE]
set -euo pipefail
rows=${1:-10000000}
here=$(cd "$(dirname "$0")" && pwd)
rerate=${2:-$here/../../build/rerate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

awk -v n="$rows" 'BEGIN {
  srand(2023);
  printf "case";
  for (s = 1; s <= 4; s++) for (q = 1; q <= 3; q++) printf ",2.%d.%d", s, q;
  printf "\n";
  for (i = 1; i <= n; i++) {
    printf "C%08d", i;
    for (k = 0; k < 12; k++) printf ",%s", (rand() < 0.7 ? "yes" : "no");
    printf "\n";
  }
}' > "$scratch/many.csv"
cat > "$scratch/many.yaml" <<YAML
inspection: Many cases
methodology: hmip-pdu-2023
ratings: {"1.1": Good, "1.2": Good, "1.3": Good}
cases: many.csv
YAML

# 100 MB of YAML: an inspection whose notes run on for 1.25 million lines.
{
  printf 'inspection: Long notes\nmethodology: hmip-pdu-2023\nratings: {"1.1": Good, "1.2": Good, "1.3": Good}\nnotes:\n'
  awk 'BEGIN { for (i = 0; i < 1250000; i++) printf "  - note %07d: %s\n", i, "the inspectors wrote at length about this case and its supervision" }'
} > "$scratch/large.yaml"

run() {
  local label=$1 file=$2
  shift 2
  set +e
  /usr/bin/time -v -o "$scratch/time" "$rerate" rate "$file" --rules-dir "$here/../../rules" "$@" > /dev/null 2> "$scratch/err"
  local status=$?
  set -e
  local seconds kilobytes
  seconds=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$scratch/time")
  kilobytes=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$scratch/time")
  printf '%-44s %9s  %6d MB  exit %d  %s\n' "$label" "$seconds" $((kilobytes / 1024)) "$status" "$(head -c 160 "$scratch/err")"
}
echo "rerate rate at the input limits (elapsed m:ss, peak resident memory, exit, stderr):"
run "$rows-row CSV ($(($(stat -c %s "$scratch/many.csv") >> 20)) MB)" "$scratch/many.yaml"
run "$rows-row CSV, --jobs 1" "$scratch/many.yaml" --jobs 1
run "YAML inspection of $(($(stat -c %s "$scratch/large.yaml") >> 20)) MB" "$scratch/large.yaml"
