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

# Files named by options are inputs too: a scenario file, a rules file, the
# rules of a diff.  Regression: only the positional paths were protected, so
# `whatif B --changes s.yaml --output s.yaml` wrote over the scenario.
printf 'changes:\n  - kq: 2.2.1=+1\n' > "$scratch/scenario.yaml"
cp "$scratch/scenario.yaml" "$scratch/scenario.copy"
cp rules/hmip-pdu-2021.yaml "$scratch/rules.yaml"
for args in "whatif $B --changes $scratch/scenario.yaml --output $scratch/scenario.yaml" \
            "rate $B --rules $scratch/rules.yaml --output $scratch/rules.yaml" \
            "diff --from rules/hmip-pdu-2021.yaml --to $scratch/rules.yaml cases --output $scratch/rules.yaml" \
            "test --rules hmip-pdu-2021=$scratch/rules.yaml cases --output $scratch/rules.yaml"; do
  # shellcheck disable=SC2086
  "$rerate" $args 2>"$scratch/err" >/dev/null
  expect "option-input(${args%% *})" 2 $? "$scratch/err" "it is an input"
done
cmp -s "$scratch/scenario.yaml" "$scratch/scenario.copy" || { echo "FAIL option-input: the scenario changed"; failures=$((failures + 1)); }
cmp -s "$scratch/rules.yaml" rules/hmip-pdu-2021.yaml || { echo "FAIL option-input: the rules changed"; failures=$((failures + 1)); }

# A write that fails half way leaves neither a partial file nor a temporary one.
mkdir "$scratch/ro" && chmod 555 "$scratch/ro"
if [[ $(id -u) != 0 ]]; then
  "$rerate" rate "$B" --output "$scratch/ro/out.txt" 2>"$scratch/err"
  expect output-unwritable-folder 2 $? "$scratch/err" "cannot create a file beside it"
fi
if ls -A "$scratch" | grep -q '\.rerate-'; then echo "FAIL no-leftovers: a temporary file was left"; failures=$((failures + 1)); fi

# Every command, not rate alone: each to a full disk (exit 2, the reason on
# stderr) and with --output to a file that then holds exactly what stdout
# would (and the command's own exit code).  Each line: NAME EXIT ARGS...
while read -r name code args; do
  [[ -z $name || $name == \#* ]] && continue
  # shellcheck disable=SC2086
  "$rerate" $args >/dev/full 2>"$scratch/err"
  expect "$name.full-disk" 2 $? "$scratch/err" "cannot write the output: No space left on device"
  # shellcheck disable=SC2086
  "$rerate" $args >"$scratch/stdout" 2>/dev/null
  expect "$name.stdout" "$code" $?
  # shellcheck disable=SC2086
  "$rerate" $args --output "$scratch/$name.out" 2>"$scratch/err"
  expect "$name.output-file" "$code" $?
  cmp -s "$scratch/$name.out" "$scratch/stdout" || { echo "FAIL $name.output-file: differs from stdout"; failures=$((failures + 1)); }
done <<'COMMANDS'
check 0 check cases/blackburn-with-darwen-2023.yaml
whatif 0 whatif cases/blackburn-with-darwen-2023.yaml --kq 2.2.1=+1 --format json
target 0 target cases/blackburn-with-darwen-2023.yaml --overall Good --margin
test 0 test tests/conformance cases
diff 1 diff --from rules/hmip-pdu-2021.yaml --to examples/hmip-pdu-2021-ri-from-55.yaml cases
lint 0 lint rules/hmip-pdu-2021.yaml rules/hmip-pdu-2023.yaml
stability 0 stability cases/bradford-and-calderdale-2024.yaml --resamples 200
region 0 region cases/regions/westmarch-2024/westmarch-2024.yaml --format markdown
rate-html 0 rate cases --format html
COMMANDS

# Help and the version go to stdout too.
for args in "--help" "help whatif" "target --help" "--version"; do
  # shellcheck disable=SC2086
  "$rerate" $args >/dev/full 2>"$scratch/err"
  expect "help($args).full-disk" 2 $? "$scratch/err" "cannot write the output"
done

# serve prints where it listens: with stdout full it still serves, and says
# so at the end (exit 2), never exit 0 having lost the line.
timeout --preserve-status -s TERM 3 "$rerate" serve cases --port 0 >/dev/full 2>"$scratch/err"
expect serve.full-disk 2 $? "$scratch/err" "cannot write the output"

exit $((failures > 0))
