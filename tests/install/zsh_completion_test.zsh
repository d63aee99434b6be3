#!/usr/bin/env zsh
# The zsh completion generated from rerate --help (cmake/docs.cmake), driven
# as a user at a terminal would drive it: an interactive zsh in a
# pseudo-terminal, a line typed, Tab, and the line it leaves checked.
#
#   zsh -f tests/install/zsh_completion_test.zsh DOCS_DIR
emulate -L zsh
zmodload zsh/zpty || { print -u2 "zsh completion test: no zsh/zpty"; exit 1 }
completion=${1:A}/completion
scratch=$(mktemp -d "${TMPDIR:-/tmp}/rerate-zsh-test.XXXXXX")
trap 'zpty -d rerate-zsh 2>/dev/null; rm -rf $scratch' EXIT
buffer=$scratch/buffer
mkdir -p $scratch/files/sub && touch $scratch/files/a.yaml $scratch/files/notes.txt $scratch/top.yaml

zpty rerate-zsh zsh -f -i
zpty -w rerate-zsh "PS1='> '; cd ${(q)scratch}; fpath=(${(q)completion} \$fpath); autoload -Uz compinit; compinit -u -D"
# Ctrl-X writes the line to a file: keys are read in order, so it runs after
# the completion Tab started.
zpty -w rerate-zsh "dump() { print -r -- \"\$BUFFER\" > ${(q)buffer}; BUFFER= }; zle -N dump; bindkey '^X' dump"

failures=0
expect() {
  local typed=$1 want=$2
  rm -f $buffer
  zpty -w -n rerate-zsh "$typed"$'\t\x18'
  for i in {1..100}; do [[ -s $buffer ]] && break; sleep 0.1; done
  local got=$(<$buffer 2>/dev/null)
  if [[ $got != "$want" ]]; then
    print -u2 "zsh completion test: '$typed<Tab>' left '$got', expected '$want'"
    (( failures++ ))
  fi
}
expect "rerate ra" "rerate rate "
expect "rerate wh" "rerate whatif "
expect "rerate rate --exp" "rerate rate --explain "
expect "rerate test --format ju" "rerate test --format junit "
expect "rerate rate --format=m" "rerate rate --format=markdown "
expect "rerate whatif x.yaml --drop" "rerate whatif x.yaml --drop-discretion="
expect "rerate help tar" "rerate help target "
expect "rerate rate files/a" "rerate rate files/a.yaml "
expect "rerate rate --rules-dir files/s" "rerate rate --rules-dir files/sub/"
expect "rerate rate --rules t" "rerate rate --rules top.yaml "
expect "rerate rate -j 2 --exp" "rerate rate -j 2 --explain "
(( failures == 0 )) && print "zsh completion test: passed"
exit $(( failures > 0 ))
