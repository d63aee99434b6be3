#!/usr/bin/env bash
# Runs the fuzz harnesses built in BUILD (cmake -DRERATE_FUZZ=ON), each for
# SECONDS, from a corpus seeded with the shipped files, and prints each
# one's executions and coverage.  Fails on any crash, hang (10 s), leak,
# memory blow-up (2 GB) or sanitizer report; the input that did it is kept
# in OUT/fuzz-artifacts/HARNESS/ (reproduce: BUILD/tests/fuzz/fuzz_HARNESS FILE),
# the corpus in OUT/fuzz-corpus/HARNESS/, the log in OUT/fuzz-logs/HARNESS.log;
# OUT is $RERATE_FUZZ_OUT, or BUILD when it is not set.
#   bash tests/fuzz/run.sh BUILD SECONDS [HARNESS...]     (default: every harness)
# The CI smoke runs it for a few seconds a harness; a long campaign:
#   nice -n 19 bash tests/fuzz/run.sh build-fuzz 3600
set -uo pipefail
build=$(cd "$1" && pwd)
out=${RERATE_FUZZ_OUT:-$build}
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
source=$(cd "$here/../.." && pwd)
harnesses=("$@")
[[ ${#harnesses[@]} -gt 0 ]] || harnesses=(rules inspection csv workbook scenario conformance region serve yaml_differential)

# The seed files of each harness: what rerate ships and tests with.
seeds() {
  cd "$source" || return
  case $1 in
    rules) ls rules/*.yaml examples/*.yaml tests/e2e/malformed/rules/*.yaml ;;
    inspection) ls cases/*.yaml tests/e2e/malformed/*.yaml tests/e2e/check/*.yaml tests/e2e/stability/*.yaml 2>/dev/null ;;
    csv) ls cases/*.csv tests/e2e/malformed/*.csv ;;
    scenario) ls tests/e2e/whatif/*.yaml ;;
    conformance) find tests/conformance -name '*.yaml' ;;
    region) ls cases/regions/westmarch-2024/westmarch-2024.yaml tests/e2e/region/*.yaml 2>/dev/null ;;
    serve) ls tests/fuzz/seeds/serve/* ;;
    yaml_differential) find rules cases examples tests -name '*.yaml' ;;
  esac
}

dictionary() {
  case $1 in
    csv) echo "$here/csv.dict" ;;
    workbook) echo "$here/workbook.dict" ;;
    serve) echo "$here/serve.dict" ;;
    *) echo "$here/yaml.dict" ;;
  esac
}

failed=0
printf '%-18s %12s %10s %8s %8s  %s\n' harness executions per_second edges features result
for name in "${harnesses[@]}"; do
  program=$build/tests/fuzz/fuzz_$name
  corpus=$out/fuzz-corpus/$name
  artifacts=$out/fuzz-artifacts/$name
  log=$out/fuzz-logs/$name.log
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  seeds "$name" | while read -r file; do cp "$source/$file" "$corpus/seed-$(echo "$file" | tr / _)"; done
  # The workbook harness's input is a worksheet's XML (and its parts): made
  # from the shipped case files.
  [[ $name != workbook ]] || python3 "$here/workbook_seeds.py" "$corpus" "$source"/cases/*.csv
  "$program" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -dict="$(dictionary "$name")" -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1
  status=$?
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
  edges=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  features=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  result=ok
  if [[ $status -ne 0 ]]; then
    result="FAILED (exit $status): $log"
    failed=1
    grep -m 5 -E 'ERROR|invariant|runtime error|differ|accepts' "$log"
    for kept in "$artifacts"/*; do [[ -e $kept ]] && echo "the input that did it: $kept"; done
  fi
  printf '%-18s %12s %10s %8s %8s  %s\n' "$name" "${executions:-?}" "${rate:-?}" "${edges:-?}" "${features:-?}" "$result"
done
exit $failed
