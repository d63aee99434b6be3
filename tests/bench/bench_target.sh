#!/usr/bin/env bash
# Benchmark of `rerate target` (and whatif), never run by the tests: times and
# peak memory on the largest seed (Bradford and Calderdale, 79 cases) and on a
# synthetic hmip-pdu-2021 inspection with many cases.
#
#   bash tests/bench/bench_target.sh [CASES]     (default 50000; needs build/rerate)
set -euo pipefail
cd "$(dirname "$0")/../.."
cases=${1:-50000}
program=build/rerate
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A synthetic inspection: every case answers every key question; court work
# is relevant to about 4 cases in 10.  A fixed seed keeps the runs comparable.
awk -v n="$cases" 'BEGIN {
  srand(2024);
  split("0.45 0.86 0.71 0.52 0.86 0.76 0.67 0.86 0.57 0.62 0.81 0.67 0.57 0.43", p, " ");
  print "case,2.1.1,2.2.1,2.2.2,2.2.3,2.3.1,2.3.2,2.3.3,2.4.1,2.4.2,2.4.3,2.5.1,2.5.2,2.5.3,2.6.1";
  for (c = 1; c <= n; c++) {
    line = sprintf("S%06d", c);
    for (q = 1; q <= 14; q++) {
      if (q == 1 && rand() > 0.4) { line = line ",n/a"; continue }
      line = line "," (rand() < p[q] ? "yes" : "no");
    }
    print line;
  }
}' > "$work/synthetic.csv"
cat > "$work/synthetic.yaml" <<YAML
inspection: Synthetic PDU ($cases cases)
methodology: $(pwd)/rules/hmip-pdu-2021.yaml
ratings:
  "1.1": Good
  "1.2": Good
  "1.3": Requires improvement
  "1.4": Requires improvement
cases: synthetic.csv
YAML

run() {
  local label=$1
  shift
  /usr/bin/time -f "%e s, %M KB peak" -o "$work/time" "$program" "$@" > /dev/null || true
  printf '%-62s %s\n' "$label" "$(tail -n 1 "$work/time")"
}

echo "rerate target benchmark ($(nproc) cores; $(date -u +%Y-%m-%d))"
run "Bradford and Calderdale (79 cases): --overall Good" target cases/bradford-and-calderdale-2024.yaml --overall Good
run "Bradford and Calderdale: --overall Outstanding (unreachable)" target cases/bradford-and-calderdale-2024.yaml --overall Outstanding
run "Bradford and Calderdale: --margin --pivotal" target cases/bradford-and-calderdale-2024.yaml --margin --pivotal
# The slowest search on a seed: unreachable even with every judgement raised
# (the recorded discretion holds reviewing), so every judgement combination
# is tried against every combination of case-standard ratings.
run "North and North East Lincolnshire: --standard 2.5=Outstanding" target \
  cases/north-and-north-east-lincolnshire-2023.yaml --standard 2.5=Outstanding
run "Synthetic ($cases cases): rate" rate "$work/synthetic.yaml"
run "Synthetic: target --overall Good" target "$work/synthetic.yaml" --overall Good
run "Synthetic: target --overall Outstanding (unreachable)" target "$work/synthetic.yaml" --overall Outstanding
run "Synthetic: target --overall Good --margin --pivotal" target "$work/synthetic.yaml" --overall Good --margin --pivotal
run "Synthetic: whatif --kq 2.2.3=+500" whatif "$work/synthetic.yaml" --kq 2.2.3=+500
