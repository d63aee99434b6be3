#!/usr/bin/env bash
# Excel in and out (issue 12): the time and peak memory of
#   - one inspection of CASES cases (default 100,000) read from its CSV and
#     from the same table as a workbook (written by openpyxl);
#   - rating N aggregated inspections (default 2,000) written as JSON and as
#     a workbook (--format xlsx, a sheet per inspection).
#
#   tests/bench/excel.sh [RUNS] [CASES] [N] [RERATE]
#
# Each measurement is the median of RUNS runs (/usr/bin/time -v).  Not a
# test: nothing is asserted.
set -euo pipefail
runs=${1:-3}
cases=${2:-100000}
n=${3:-2000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rerate=${4:-$root/build/rerate}
rules=$root/rules/hmip-pdu-2021.yaml
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
python=/usr/bin/python3

python3 "$here/peer/gen_cases.py" 1 "$cases" "$scratch/big" "$rules" >/dev/null
python3 "$here/peer/gen_corpus.py" "$n" "$scratch/counts" "$rules" >/dev/null
big=$(ls "$scratch"/big/insp/*.yaml)
# The same table as a workbook, and an inspection file naming it.
"$python" - "$big" <<'PY'
import csv, sys, openpyxl
yaml_path = sys.argv[1]
csv_path = yaml_path[:-5] + ".csv"
wb = openpyxl.Workbook(write_only=True)
ws = wb.create_sheet("Cases")
with open(csv_path, newline="") as f:
    for row in csv.reader(f):
        ws.append(row)
wb.save(yaml_path[:-5] + ".xlsx")
text = open(yaml_path).read().replace(".csv", ".xlsx")
open(yaml_path[:-5] + "-xlsx.yaml", "w").write(text)
PY

measure() {
  for ((i = 0; i < runs; i++)); do
    /usr/bin/time -v -o "$scratch/time.txt" "$@" >/dev/null 2>"$scratch/stderr.txt" || { cat "$scratch/stderr.txt"; exit 1; }
    awk '/Elapsed \(wall clock\)/ {n = split($NF, t, ":"); s = t[n]; if (n > 1) s += 60 * t[n - 1]}
         /Maximum resident/ {kib = $NF} END {printf "%.3f %d\n", s, kib}' "$scratch/time.txt"
  done | sort -g | awk -v label="$label" '{t[NR] = $1; m[NR] = $2} END {i = int((NR + 1) / 2); printf "%-52s %8.3f s %8.1f MiB\n", label, t[i], m[i] / 1024}'
}

echo "rerate: $rerate; $(nproc) cores; median of $runs runs"
echo "case file of $cases cases: CSV $(du -k "${big%.yaml}.csv" | cut -f1) KiB, workbook $(du -k "${big%.yaml}.xlsx" | cut -f1) KiB"
label="rate, $cases cases from CSV" measure "$rerate" rate "$big" --format json
label="rate, $cases cases from a workbook" measure "$rerate" rate "${big%.yaml}-xlsx.yaml" --format json
label="rate $n inspections, --format json" measure "$rerate" rate "$scratch/counts/yaml" --format json --output "$scratch/out.json"
label="rate $n inspections, --format xlsx" measure "$rerate" rate "$scratch/counts/yaml" --format xlsx --output "$scratch/out.xlsx"
label="rate $n inspections, --format csv" measure "$rerate" rate "$scratch/counts/yaml" --format csv --output "$scratch/out.csv"
echo "workbook of $n inspections: $(du -k "$scratch/out.xlsx" | cut -f1) KiB"
