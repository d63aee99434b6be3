#!/usr/bin/env bash
# Benchmark of `rerate rate --by` when every case has its own value of the
# attribute (issue 13: BreakDown was quadratic in the number of values).
#
#   tests/bench/rate_by_bench.sh [CASES] [RERATE]
#
# Writes an hmip-pdu-2023 inspection with CASES cases (default 50000), each
# with a distinct `officer`, then times `rerate rate` without and with
# `--by officer` (and `--by officer --format json`) with /usr/bin/time:
# elapsed seconds and peak resident memory.  Not a test: nothing is asserted.
set -euo pipefail
cases=${1:-50000}
here=$(cd "$(dirname "$0")" && pwd)
rerate=${2:-$here/../../build/rerate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

awk -v n="$cases" 'BEGIN {
  srand(2023);
  printf "case,officer";
  for (s = 1; s <= 4; s++) for (q = 1; q <= 3; q++) printf ",2.%d.%d", s, q;
  printf "\n";
  for (i = 1; i <= n; i++) {
    printf "C%07d,officer-%07d", i, i;
    for (k = 0; k < 12; k++) printf ",%s", (rand() < 0.7 ? "yes" : "no");
    printf "\n";
  }
}' > "$scratch/distinct.csv"
cat > "$scratch/distinct.yaml" <<YAML
inspection: Distinct officers
methodology: hmip-pdu-2023
ratings: {"1.1": Good, "1.2": Good, "1.3": Good}
cases: distinct.csv
YAML

run() {
  local label=$1
  shift
  /usr/bin/time -f "%e %M" -o "$scratch/time" "$rerate" rate "$scratch/distinct.yaml" --rules-dir "$here/../../rules" "$@" > /dev/null
  read -r seconds kilobytes < "$scratch/time"
  printf '%-34s %8s s %8d MB\n' "$label" "$seconds" $((kilobytes / 1024))
}
echo "rerate rate, $cases cases, each with its own officer:"
run "without --by"
run "--by officer" --by officer
run "--by officer --format json" --by officer --format json
