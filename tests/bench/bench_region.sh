#!/usr/bin/env bash
# Benchmark of `rerate region` on a synthetic region of many large PDUs.
#
#   tests/bench/bench_region.sh [PDUS] [CASES] [RERATE]
#
# Writes PDUS hmip-pdu-2021 inspections (default 13, as many as the North West
# region has) of CASES cases each (default 5000) with pseudo-random answers and
# sentence, grade and gender columns, and a region file under hmip-region-2023,
# to a scratch folder; then times `rerate region` (table, --explain --format
# json, --by grade) and `rerate check` with /usr/bin/time (elapsed seconds and
# peak resident memory).  Not a test: nothing is asserted.
set -euo pipefail
pdus=${1:-13}
cases=${2:-5000}
here=$(cd "$(dirname "$0")" && pwd)
rerate=${3:-$here/../../build/rerate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

{
  echo "region: Synthetic region ($pdus PDUs of $cases cases)"
  echo "methodology: hmip-region-2023"
  echo "inspections:"
} > "$scratch/region.yaml"
for p in $(seq 1 "$pdus"); do
  awk -v n="$cases" -v seed="$p" 'BEGIN {
    srand(2023 + seed);
    printf "case,sentence,grade,gender,2.1.1";
    for (s = 2; s <= 5; s++) for (q = 1; q <= 3; q++) printf ",2.%d.%d", s, q;
    printf ",2.6.1\n";
    split("PO PSO PQiP other", grade, " ");
    for (i = 1; i <= n; i++) {
      printf "P%02dC%06d,%s,%s,%s", seed, i, (i % 3 ? "community" : "licence"), grade[1 + i % 4], (i % 5 ? "male" : "female");
      printf ",%s", (i % 2 ? "n/a" : (rand() < 0.45 ? "yes" : "no"));
      for (k = 0; k < 13; k++) printf ",%s", (rand() < 0.6 ? "yes" : "no");
      printf "\n";
    }
  }' > "$scratch/pdu-$p.csv"
  cat > "$scratch/pdu-$p.yaml" <<YAML
inspection: Synthetic PDU $p
methodology: hmip-pdu-2021
ratings: {"1.1": Good, "1.2": Good, "1.3": Good, "1.4": Good}
cases: pdu-$p.csv
YAML
  echo "  - pdu-$p.yaml" >> "$scratch/region.yaml"
done
cat >> "$scratch/region.yaml" <<'YAML'
ratings: {"1.1": Good, "1.2": Good}
key_questions:
  "2.5.1": {yes: 14, relevant: 20}
  "2.5.2": {yes: 14, relevant: 20}
  "2.6.1": {yes: 14, relevant: 20}
  "2.6.2": {yes: 14, relevant: 20}
published:
  overall: Good
YAML

echo "$pdus PDUs of $cases cases ($(du -ch "$scratch"/*.csv | tail -1 | cut -f1) of CSV)"
for args in "region" "region --explain --format json" "region --by grade" "check"; do
  status=0
  /usr/bin/time -f "rerate $args: %e s elapsed, %M KiB peak resident" \
    "$rerate" $args --rules-dir "$here/../../rules" "$scratch/region.yaml" > "$scratch/out.txt" || status=$?
  # check exits 1: the published overall rating (Good) is a finding.
  echo "  exit $status, $(wc -l < "$scratch/out.txt") lines of output"
done
