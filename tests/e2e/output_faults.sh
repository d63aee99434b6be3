#!/usr/bin/env bash
# Output that cannot be written is an error, never lost at exit 0 (issue 13):
# a full disk, a closed pipe; --output writes a file whole or not at all and
# never over an input.
#   bash tests/e2e/output_faults.sh build/rerate
set -u
rerate=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
expect() {  # expect NAME WANTED_EXIT ACTUAL_EXIT [STDERR_FILE TEXT]
  if [[ $3 != "$2" ]]; then echo "FAIL $1: exit $3, expected $2"; failures=$((failures + 1)); return; fi
  if [[ $# -ge 5 ]] && ! grep -qF -- "$5" "$4"; then
    echo "FAIL $1: stderr lacks \"$5\":"; cat "$4"; failures=$((failures + 1)); return
  fi
  echo "PASS $1"
}
B=cases/blackburn-with-darwen-2023.yaml

# Regression: rate > /dev/full exited 0 with every byte lost.
"$rerate" rate "$B" >/dev/full 2>"$scratch/err"
expect full-disk 2 $? "$scratch/err" "cannot write the output: No space left on device"

# A reader that stops early: EPIPE is reported, not a silent signal.
set -o pipefail
"$rerate" rate cases --format json 2>"$scratch/err" | head -c 10 >/dev/null
expect closed-pipe 2 $? "$scratch/err" "cannot write the output: Broken pipe"
set +o pipefail

"$rerate" rate "$B" --output "$scratch/out.txt" 2>"$scratch/err"
expect output-written 0 $?
if ! cmp -s "$scratch/out.txt" cases/expected/blackburn-with-darwen-2023.rate.txt; then
  echo "FAIL output-written: the file differs from stdout's expected output"; failures=$((failures + 1))
fi

cp "$B" "$scratch/in.yaml"
cp cases/blackburn-with-darwen-2023.csv "$scratch/"
"$rerate" rate "$scratch/in.yaml" --output "$scratch/in.yaml" 2>"$scratch/err"
expect output-over-input 2 $? "$scratch/err" "it is an input"
cmp -s "$scratch/in.yaml" "$B" || { echo "FAIL output-over-input: the input changed"; failures=$((failures + 1)); }

"$rerate" rate "$B" --output /dev/null 2>"$scratch/err"
expect output-to-device 2 $? "$scratch/err" "not a regular file"

# A write that fails half way leaves neither a partial file nor a temporary one.
mkdir "$scratch/ro" && chmod 555 "$scratch/ro"
if [[ $(id -u) != 0 ]]; then
  "$rerate" rate "$B" --output "$scratch/ro/out.txt" 2>"$scratch/err"
  expect output-unwritable-folder 2 $? "$scratch/err" "cannot create a file beside it"
fi
if ls -A "$scratch" | grep -q '\.rerate-'; then echo "FAIL no-leftovers: a temporary file was left"; failures=$((failures + 1)); fi

exit $((failures > 0))
