#!/usr/bin/env bash
# Benchmark of `rerate stability` (the case bootstrap) on a synthetic
# inspection of 80 cases and 15 rated key questions.
#
#   tests/bench/stability-bench.sh [RERATE]
#
# Writes, to a scratch folder, the hmip-pdu-2021 rules with two more court-work
# key questions (2.1.2, 2.1.3: five case standards of three key questions
# each) and an inspection of 80 cases of pseudo-random answers (some n/a),
# then times `rerate stability` with 1,000,000 resamples and with the default
# 10,000 under /usr/bin/time (elapsed seconds, CPU seconds, peak resident
# memory).  Not a test: nothing is asserted.  Build with the default
# RelWithDebInfo (-O2) to measure.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rerate=${1:-$here/../../build/rerate}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

awk '{ print }
/supporting the court.s decision-making\?/ && !done {
  for (q = 2; q <= 3; q++) {
    printf "          - id: \"2.1.%d\"\n            text: Court work question %d (added for the benchmark)\n", q, q
  }
  done = 1
}' "$here/../../rules/hmip-pdu-2021.yaml" | sed 's/^methodology: hmip-pdu-2021$/methodology: bench-15-kq/' \
  > "$scratch/bench-15-kq.yaml"

awk 'BEGIN {
  srand(2024);
  printf "case,2.1.1,2.1.2,2.1.3";
  for (s = 2; s <= 5; s++) for (q = 1; q <= 3; q++) printf ",2.%d.%d", s, q;
  printf ",2.6.1\n";
  for (i = 1; i <= 80; i++) {
    printf "C%02d", i;
    for (k = 0; k < 16; k++) {
      r = rand();
      printf ",%s", (r < 0.08 ? "n/a" : (r < 0.08 + 0.92 * (0.5 + 0.03 * (k % 10)) ? "yes" : "no"));
    }
    printf "\n";
  }
}' > "$scratch/bench.csv"

cat > "$scratch/bench.yaml" <<YAML
inspection: Synthetic PDU (80 cases, 15 key questions)
methodology: bench-15-kq.yaml
ratings: {"1.1": Good, "1.2": Good, "1.3": Requires improvement, "1.4": Good}
cases: bench.csv
YAML

echo "80 cases, 15 rated key questions (plus 2.6.1, reported only); $(nproc) cores"
for run in "1000000 1" "1000000 2" "10000 1"; do
  set -- $run
  /usr/bin/time -o "$scratch/time.txt" \
    -f "rerate stability --resamples $1 --jobs $2: %e s elapsed, %U s user, %M KiB peak resident" \
    "$rerate" stability --resamples "$1" --jobs "$2" "$scratch/bench.yaml" > "$scratch/out-$1-$2.txt"
  cat "$scratch/time.txt"
done
cmp -s "$scratch/out-1000000-1.txt" "$scratch/out-1000000-2.txt" && echo "the same output with 1 and 2 jobs"
sed -n 's/^  rated: /1,000,000 resamples rated: /p' "$scratch/out-1000000-1.txt"
