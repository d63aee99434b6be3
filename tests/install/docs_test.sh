#!/usr/bin/env bash
# The man pages and shell completion generated from rerate's --help
# (cmake/docs.cmake) say what --help says:
#   - every page is valid roff (groff reports no warning) and man finds it;
#   - every command has a page, and every option of every command's --help is
#     in that page and in rerate.1;
#   - bash and zsh complete commands, options, --format values and files.
#
#   tests/install/docs_test.sh PROGRAM DOCS_DIR
set -euo pipefail
program=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
docs=$(cd "$2" && pwd)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fail() { echo "docs test: $*" >&2; exit 1; }

commands=$("$program" --help | sed -n '/^commands:$/,/^$/p' | awk 'NR > 1 && $1 != "help" && NF { print $1 }')
[[ -n $commands ]] || fail "no commands in rerate --help"
for page in "$docs"/man1/*.1; do
  warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1) || fail "groff failed on $page: $warnings"
  [[ -z $warnings ]] || fail "groff warns about $page: $warnings"
done
[[ $(MANPATH=$docs man -w rerate) == "$docs/man1/rerate.1" ]] || fail "man does not find rerate.1 in $docs"
for command in $commands; do
  page=$docs/man1/rerate-$command.1
  [[ -f $page ]] || fail "no man page for rerate $command"
  rendered=$(MANWIDTH=200 man -l "$page" 2>/dev/null)
  all=$(MANWIDTH=200 man -l "$docs/man1/rerate.1" 2>/dev/null)
  # Each option with its value's name: "--jobs N", "--format text|markdown|json".
  while read -r option value; do
    term="$option${value:+ $value}"
    grep -qF -- "$term" <<< "$rendered" || fail "rerate-$command.1 lacks $term"
    grep -qF -- "$term" <<< "$all" || fail "rerate.1 lacks $command's $term"
  done < <("$program" "$command" --help | grep -E '^  -' |
           sed -E 's/^  (-[a-z] \[ )?(--[a-z-]+)( \])?( ([^ ]+))?.*/\2 \5/')
  summary=$("$program" --help | awk -v c="$command" '$1 == c { $1 = ""; sub(/^ +/, ""); print; exit }')
  grep -qF -- "$summary" <<< "$(MANWIDTH=400 man -l "$page" 2>/dev/null)" || fail "rerate-$command.1 lacks its summary: $summary"
done

# bash: what the completion offers after the words given.
complete_words() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _rerate; ((${#COMPREPLY[@]} == 0)) || printf "%s\n" "${COMPREPLY[@]}"' \
    _ "$docs/completion/rerate" "$@"
}
expect_completion() {
  local want=$1
  shift
  local got
  got=$(complete_words "$@" | sort | tr '\n' ' ')
  [[ $got == "$want" ]] || fail "completing '$*' gave '$got', expected '$want'"
}
expect_completion "rate " rerate ra
expect_completion "target test " rerate t
expect_completion "--explain " rerate rate --exp
expect_completion "json junit " rerate test --format j
expect_completion "markdown " rerate whatif x.yaml --format m
expect_completion "markdown " rerate rate --format = m
expect_completion "whatif " rerate help wh
expect_completion "--drop-discretion " rerate target --dr
expect_completion "" rerate rate --jobs ""
cd "$(dirname "$docs")"
mkdir -p completion-files/sub
touch completion-files/a.yaml completion-files/notes.txt
expect_completion "completion-files/a.yaml completion-files/sub " rerate rate completion-files/
expect_completion "completion-files/sub " rerate rate --rules-dir completion-files/
rm -r completion-files

# zsh: the same, typed at an interactive zsh.
zsh -f "$here/zsh_completion_test.zsh" "$docs" || fail "zsh completion"
echo "docs test: passed"
