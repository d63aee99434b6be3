#!/usr/bin/env python3
"""rerate init (issue 12): what it writes is read back by rerate rate once the
test fills in the values it leaves empty (the CSV as text, the workbook with
openpyxl); unfilled, the files are refused at the line; it never writes over
a file.

usage: init_test.py RERATE SCRATCH_DIR   (from the source tree)"""
import csv
import json
import os
import re
import shutil
import sys

import openpyxl

import excel_support as support
from excel_support import check, run





def fill_inspection(path):
    """The PDU's name, and Good for every judgement standard."""
    with open(path) as f:
        text = f.read()
    text = text.replace("inspection:        #", "inspection: Initshire PDU  #", 1)
    text = re.sub(r'^(  "[0-9.]+":)( +#)', r"\1 Good\2", text, flags=re.M)
    with open(path, "w") as f:
        f.write(text)


def rated(folder, cases):
    code, out, err = run("rate", os.path.join(folder, "inspection.yaml"), "--format", "json")
    check(code == 0, f"{folder}: filled in, rates (exit {code}: {err.strip()})")
    if code != 0:
        return
    result = json.loads(out)
    check(result["inspection"] == "Initshire PDU" and result["cases"]["count"] == cases, f"{folder}: {result['cases']}")
    kqs = [k for s in result["standards"] for k in s["key_questions"]]
    check(kqs and all(k["yes"] == cases and k["relevant"] == cases for k in kqs), f"{folder}: every answer yes")
    check(result["overall"] == "Outstanding", f"{folder}: all Good and all yes rate Outstanding: {result['overall']}")


def csv_init(scratch):
    folder = os.path.join(scratch, "csv")
    code, out, err = run("init", "hmip-pdu-2021", "--cases", "4", "--dir", folder)
    check(code == 0 and "wrote" in out, f"init --cases 4: exit {code}: {err}")
    with open(os.path.join(folder, "cases.csv"), newline="") as f:
        rows = list(csv.reader(f))
    check(rows[1][0] == "case" and rows[1][1] == "2.1.1", f"cases.csv: the header below the wording: {rows[1][:3]}")
    check(rows[0][1].startswith("Is the pre-sentence information"), f"cases.csv: 2.1.1's wording above it: {rows[0][1]}")
    check([r[0] for r in rows[2:]] == ["C1", "C2", "C3", "C4"], f"cases.csv: case ids {[r[0] for r in rows[2:]]}")
    # Unfilled: refused where the first value is missing.
    code, _, err = run("rate", os.path.join(folder, "inspection.yaml"))
    check(code == 2 and "inspection.yaml:3:1: error: expected a value for inspection" in err, f"unfilled: {err}")
    fill_inspection(os.path.join(folder, "inspection.yaml"))
    code, _, err = run("rate", os.path.join(folder, "inspection.yaml"))
    check(code == 2 and "cases.csv:3:4: error: empty answer to 2.1.1 for case C1: write n/a" in err, f"no answers: {err}")
    for row in rows[2:]:
        row[1:] = ["yes"] * (len(row) - 1)
    with open(os.path.join(folder, "cases.csv"), "w", newline="") as f:
        csv.writer(f).writerows(rows)
    rated(folder, 4)
    # Never over a file: the second run refuses, and leaves both as they were.
    before = open(os.path.join(folder, "cases.csv")).read()
    code, _, err = run("init", "hmip-pdu-2021", "--dir", folder)
    check(code == 2 and "inspection.yaml: error: already exists: rerate init never writes over a file" in err, f"rerun: {err}")
    check(open(os.path.join(folder, "cases.csv")).read() == before, "rerun: cases.csv untouched")


def xlsx_init(scratch):
    folder = os.path.join(scratch, "xlsx")
    # The methodology as a rules file: the inspection names it by its path from its folder.
    code, _, err = run("init", "rules/hmip-pdu-2021.yaml", "--cases", "3", "--xlsx", "--dir", folder)
    check(code == 0, f"init --xlsx: exit {code}: {err}")
    path = os.path.join(folder, "cases.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["Cases"]
    check(sheet.cell(2, 1).value == "case" and sheet.cell(2, 2).value == "2.1.1", "cases.xlsx: header in row 2")
    for row in range(3, 6):
        for column in range(2, sheet.max_column + 1):
            sheet.cell(row, column).value = "yes"
    book.save(path)
    fill_inspection(os.path.join(folder, "inspection.yaml"))
    rated(folder, 3)


def main():
    support.RERATE, scratch = sys.argv[1], sys.argv[2]
    shutil.rmtree(scratch, ignore_errors=True)
    for folder in ("csv", "xlsx"):
        os.makedirs(os.path.join(scratch, folder))
    csv_init(scratch)
    xlsx_init(scratch)
    code, _, err = run("init", "hmip-pdu-2012", "--dir", scratch)
    check(code == 2 and 'no methodology "hmip-pdu-2012"' in err and "did you mean hmip-pdu-2021?" in err, f"unknown: {err}")
    support.finish()


main()
