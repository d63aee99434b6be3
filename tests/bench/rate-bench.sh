#!/usr/bin/env bash
# Benchmark of `rerate rate` on a synthetic inspection with many cases.
#
#   tests/bench/rate-bench.sh [CASES] [RERATE]
#
# Writes an hmip-pdu-2021 inspection with CASES cases (default 100000) of
# pseudo-random answers to a scratch folder, then times `rerate rate` and
# `rerate rate --explain --format json` on it with /usr/bin/time (elapsed
# seconds and peak resident memory).  Not a test: nothing is asserted.
set -euo pipefail
cases=${1:-100000}
here=$(cd "$(dirname "$0")" && pwd)
rerate=${2:-$here/../../build/rerate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

awk -v n="$cases" 'BEGIN {
  srand(2021);
  printf "case,sentence,grade,2.1.1";
  for (s = 2; s <= 5; s++) for (q = 1; q <= 3; q++) printf ",2.%d.%d", s, q;
  printf ",2.6.1\n";
  split("PO PSO PQiP other", grade, " ");
  for (i = 1; i <= n; i++) {
    printf "C%07d,%s,%s", i, (i % 3 ? "community" : "licence"), grade[1 + i % 4];
    printf ",%s", (i % 2 ? "n/a" : (rand() < 0.45 ? "yes" : "no"));
    for (k = 0; k < 13; k++) printf ",%s", (rand() < 0.7 ? "yes" : "no");
    printf "\n";
  }
}' > "$scratch/large.csv"

cat > "$scratch/large.yaml" <<YAML
inspection: Synthetic PDU ($cases cases)
methodology: hmip-pdu-2021
ratings: {"1.1": Good, "1.2": Good, "1.3": Requires improvement, "1.4": Good}
cases: large.csv
YAML

echo "cases: $cases ($(du -h "$scratch/large.csv" | cut -f1) of CSV)"
for args in "rate" "rate --explain --format json" "rate --by grade"; do
  /usr/bin/time -f "rerate $args: %e s elapsed, %M KiB peak resident" \
    "$rerate" $args --rules-dir "$here/../../rules" "$scratch/large.yaml" > /dev/null
done
