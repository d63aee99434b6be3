#!/usr/bin/env bash
# Builds the Debian packages with CPack and uses the runtime one as a user
# would, without touching the system: its declared dependencies are all
# installed here, it unpacks (dpkg -x) into a scratch root, and the program in
# it rates an inspection copied outside the checkout, run from another folder,
# with the rules the package ships; the man page and completion are in it.
#
#   tests/install/deb_test.sh BUILD_DIR
set -euo pipefail
build_dir=$(cd "$1" && pwd)
fail() { echo "deb test: $*" >&2; exit 1; }

scratch=$(cd "$(mktemp -d "${TMPDIR:-/tmp}/rerate-deb-test.XXXXXX")" && pwd -P)
trap 'rm -rf "$scratch"' EXIT
(cd "$build_dir" && cpack -G DEB -B "$scratch/packages" > "$scratch/cpack.log" 2>&1) ||
  { cat "$scratch/cpack.log"; fail "cpack -G DEB failed"; }
deb=$(ls "$scratch"/packages/rerate_*.deb)
dev=$(ls "$scratch"/packages/librerate-dev_*.deb)
echo "deb test: built $(basename "$deb") ($(du -k "$deb" | cut -f1) KB) and $(basename "$dev")"

# Every dependency it declares is a package installed here at a version
# that satisfies it (what dpkg -i would ask).
depends=$(dpkg-deb -f "$deb" Depends)
[[ -n $depends ]] || fail "$(basename "$deb") declares no dependencies"
IFS=',' read -ra items <<< "$depends"
for item in "${items[@]}"; do
  satisfied=false
  IFS='|' read -ra alternatives <<< "$item"
  for alternative in "${alternatives[@]}"; do
    read -r package relation version <<< "$(sed -E 's/^ *([^ (]+) *(\(([<>=]+) *([^)]+)\))? *$/\1 \3 \4/' <<< "$alternative")"
    installed=$(dpkg-query -W -f='${Version}' "$package" 2>/dev/null) || continue
    if [[ -z $relation ]] || dpkg --compare-versions "$installed" "$relation" "$version"; then
      satisfied=true
    fi
  done
  $satisfied || fail "dependency not satisfied here: $item"
done
dev_depends=$(dpkg-deb -f "$dev" Depends)
grep -q "rerate (= " <<< "$dev_depends" || fail "librerate-dev does not depend on rerate: $dev_depends"

root=$scratch/root
dpkg -x "$deb" "$root"
for file in usr/bin/rerate usr/bin/rerate-serve usr/share/rerate/rules/hmip-pdu-2021.yaml usr/share/man/man1/rerate.1 \
            usr/share/bash-completion/completions/rerate usr/share/zsh/vendor-completions/_rerate; do
  [[ -f $root/$file ]] || fail "the package lacks /$file"
done
contents=$(dpkg -c "$deb")
if grep -q 'librerate.a\|include/rerate' <<< "$contents"; then fail "the runtime package holds the development files"; fi

work=$scratch/work
mkdir -p "$work"
cp "$root"/usr/share/doc/rerate/examples/east-berkshire-2023.{yaml,csv} "$work/"
output=$(cd / && "$root/usr/bin/rerate" rate "$work/east-berkshire-2023.yaml") || fail "the packaged rerate did not rate"
grep -q "^  methodology: hmip-pdu-2021 ($root/usr/share/rerate/rules/hmip-pdu-2021.yaml)$" <<< "$output" ||
  fail "the packaged rerate did not use its own rules: $(grep methodology: <<< "$output")"
grep -q "^Score 3/24    Overall rating: Inadequate$" <<< "$output" || fail "wrong rating from the packaged rerate"
echo "deb test: passed"
