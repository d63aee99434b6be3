#!/usr/bin/env bash
# Installs the build into a scratch prefix outside the checkout and uses it
# as a user and an embedding program would:
#   - every file lands where it belongs (program, rules, man pages, bash and
#     zsh completion, library, headers, CMake package config, examples);
#   - the installed rerate rates an inspection copied outside the checkout,
#     with the rules installed beside it, from any working folder, and still
#     does after the whole prefix is moved;
#   - with its installed rules removed it finds none, although the checkout
#     it was built from is still there (it never reads the build tree), and
#     RERATE_RULES_PATH gives them back;
#   - a small CMake program finds the library with find_package(rerate),
#     links rerate::rerate, and rates an inspection.
#
#   tests/install/install_test.sh BUILD_DIR [EXTRA_LINKER_FLAGS]
set -euo pipefail
build_dir=$(cd "$1" && pwd)
linker_flags=${2:-}

scratch=$(cd "$(mktemp -d "${TMPDIR:-/tmp}/rerate-install-test.XXXXXX")" && pwd -P)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "install test: $*" >&2; exit 1; }

prefix=$scratch/prefix
cmake --install "$build_dir" --prefix "$prefix" > "$scratch/install.log" || { cat "$scratch/install.log"; fail "cmake --install failed"; }
for file in bin/rerate bin/rerate-serve share/rerate/rules/hmip-pdu-2021.yaml share/rerate/rules/hmip-pdu-2023.yaml \
            share/man/man1/rerate.1 share/man/man1/rerate-rate.1 share/man/man1/rerate-whatif.1 \
            share/bash-completion/completions/rerate share/zsh/site-functions/_rerate \
            share/doc/rerate/README.md share/doc/rerate/examples/blackburn-with-darwen-2023.yaml \
            share/doc/rerate/examples/blackburn-with-darwen-2023.csv \
            lib/librerate.a include/rerate/evaluate.h include/rerate/inputs.h \
            lib/cmake/rerate/rerateConfig.cmake lib/cmake/rerate/rerateConfigVersion.cmake lib/cmake/rerate/rerateTargets.cmake; do
  [[ -f $prefix/$file ]] || fail "cmake --install did not install $file"
done
[[ ! -e $prefix/share/doc/rerate/examples/expected ]] || fail "the examples include the tests' expected output"

# An inspection outside the checkout, rated from another folder.
work=$scratch/work
mkdir -p "$work"
cp "$prefix"/share/doc/rerate/examples/blackburn-with-darwen-2023.{yaml,csv} "$work/"
rate() { (cd / && "$@" rate "$work/blackburn-with-darwen-2023.yaml" --format json); }
json=$(rate "$prefix/bin/rerate") || fail "the installed rerate did not rate $work/blackburn-with-darwen-2023.yaml"
grep -q "\"rules_file\": \"$prefix/share/rerate/rules/hmip-pdu-2021.yaml\"" <<< "$json" ||
  fail "the installed rerate did not use the installed rules: $(grep rules_file <<< "$json")"
grep -q '"overall": "Requires improvement"' <<< "$json" || fail "wrong overall rating from the installed rerate"

# The prefix may move: the rules are found beside the program.
mv "$prefix" "$scratch/moved"
prefix=$scratch/moved
json=$(rate "$prefix/bin/rerate") || fail "a moved install did not rate"
grep -q "\"rules_file\": \"$prefix/share/rerate/rules/hmip-pdu-2021.yaml\"" <<< "$json" || fail "a moved install used other rules"
# `rerate serve` runs the rerate-serve beside it, wherever the prefix is.
help=$(cd / && "$prefix/bin/rerate" serve --help) || fail "the moved install's rerate serve --help failed"
grep -q "usage: rerate serve" <<< "$help" || fail "rerate serve --help did not come from rerate-serve: $help"
mv "$prefix/bin/rerate-serve" "$scratch/rerate-serve"
if error=$("$prefix/bin/rerate" serve 2>&1); then fail "rerate serve ran without rerate-serve"; fi
grep -q "cannot run $prefix/bin/rerate-serve: No such file or directory" <<< "$error" || fail "unexpected error without rerate-serve: $error"
mv "$scratch/rerate-serve" "$prefix/bin/rerate-serve"

# Without its installed rules it finds none: never the checkout's.
mv "$prefix/share/rerate/rules" "$scratch/my-rules"
if error=$(rate "$prefix/bin/rerate" 2>&1); then fail "rated with the installed rules removed: it read rules from elsewhere"; fi
grep -q 'no methodology "hmip-pdu-2021" (looked for hmip-pdu-2021.yaml in --rules-dir folders, rules/ folders above this file, RERATE_RULES_PATH and no rules installed with rerate)' <<< "$error" ||
  fail "unexpected error without installed rules: $error"
json=$(RERATE_RULES_PATH=$scratch/nowhere-yet:$scratch/my-rules rate "$prefix/bin/rerate" 2>&1) &&
  fail "a RERATE_RULES_PATH folder that does not exist was skipped"
grep -q "$scratch/nowhere-yet: error: no such rules folder (in RERATE_RULES_PATH)" <<< "$json" || fail "unexpected error: $json"
json=$(RERATE_RULES_PATH=$scratch/my-rules rate "$prefix/bin/rerate") || fail "RERATE_RULES_PATH was not searched"
grep -q "\"rules_file\": \"$scratch/my-rules/hmip-pdu-2021.yaml\"" <<< "$json" || fail "RERATE_RULES_PATH was not used"

# A program embedding the engine.
consumer=$scratch/consumer
mkdir -p "$consumer"
cat > "$consumer/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.20)
project(rerate_consumer LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 20)
find_package(rerate 0.1 REQUIRED)
add_executable(consumer main.cc)
target_link_libraries(consumer PRIVATE rerate::rerate)
CMAKE
cat > "$consumer/main.cc" <<'CXX'
// Rates one inspection through the public API and prints its score and
// overall rating.
#include <iostream>

#include "rerate/evaluate.h"
#include "rerate/inputs.h"

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  rerate::RulesLibrary library;
  rerate::Result<rerate::Evidence> evidence = rerate::LoadEvidence(argv[1], library, "");
  if (!evidence) {
    std::cerr << evidence.error().ToString() << "\n";
    return 2;
  }
  const rerate::Evaluation evaluation = rerate::Evaluate(*evidence);
  std::cout << evaluation.score << "/" << evaluation.max << " "
            << evaluation.methodology->RatingName(*evaluation.overall) << "\n";
  return 0;
}
CXX
cmake -S "$consumer" -B "$consumer/build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_EXE_LINKER_FLAGS="$linker_flags" \
  > "$scratch/consumer.log" 2>&1 || { cat "$scratch/consumer.log"; fail "find_package(rerate) failed"; }
cmake --build "$consumer/build" >> "$scratch/consumer.log" 2>&1 || { cat "$scratch/consumer.log"; fail "the consumer did not build"; }
output=$(cd / && RERATE_RULES_PATH=$scratch/my-rules "$consumer/build/consumer" "$work/blackburn-with-darwen-2023.yaml") ||
  fail "the consumer did not rate: $output"
[[ $output == "10/27 Requires improvement" ]] || fail "the consumer printed \"$output\""
echo "install test: passed ($prefix)"
