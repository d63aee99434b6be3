#!/usr/bin/env python3
"""Workbooks in and out (issue 12), checked by an independent reader and
writer, openpyxl:

- workbooks written by openpyxl (and some by hand: inline strings, namespace
  prefixes) are rated exactly as the seed CSV they hold;
- every malformed class is refused with its cause at the place Excel names;
- the workbooks rerate writes (--format xlsx) are read back by openpyxl:
  sheet names, header rows, every value, the band colours.

usage: excel_test.py RERATE SCRATCH_DIR   (from the source tree)"""
import json
import os
import shutil
import subprocess
import sys

import excel_support as support
from excel_support import check, run

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "cases/blackburn-with-darwen-2023.yaml"




def ratings(json_text):
    """What a rating is: score, overall, every standard and key question."""
    result = json.loads(json_text)
    standards = [(s["id"], s["rating"], [(k["id"], k["yes"], k["relevant"], k["band"]) for k in s["key_questions"]])
                 for s in result["standards"]]
    return result["score"], result["overall"], standards


def workbooks_in(scratch):
    books = os.path.join(scratch, "books")
    shutil.rmtree(books, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(HERE, "make_workbooks.py"),
                    "cases/blackburn-with-darwen-2023.csv", books], check=True)
    code, seed_json, _ = run("rate", SEED, "--format", "json")
    expected = ratings(seed_json)
    skipped = {"plain": (0, 0, 0), "typed": (0, 0, 0), "titled": (3, 4, 1), "inline": (0, 0, 0), "prefixed": (0, 0, 0)}
    for stem, (rows, columns, above) in skipped.items():
        code, out, err = run("rate", os.path.join(books, stem + ".yaml"), "--format", "json")
        check(code == 0, f"{stem}.xlsx rates (exit {code}: {err.strip()})")
        if code != 0:
            continue
        check(ratings(out) == expected, f"{stem}.xlsx rates as the seed CSV does")
        cases = json.loads(out)["cases"]
        check(cases["count"] == 21, f"{stem}.xlsx: 21 cases")
        check(cases["file"].endswith(f"{stem}.xlsx [Cases]"), f"{stem}.xlsx: the sheet named in cases.file ({cases['file']})")
        check((cases["skipped"]["empty_rows"], cases["skipped"]["empty_columns"], cases["skipped"]["rows_above_header"])
              == (rows, columns, above), f"{stem}.xlsx: skipped {rows} rows, {columns} columns, {above} above ({cases['skipped']})")
    # Numbers as Excel shows them (case 7, not 7.0), dates as ISO 8601, booleans as TRUE/FALSE.
    code, out, _ = run("whatif", os.path.join(books, "typed.yaml"), "--case", "7:2.2.3=yes")
    check(code == 0 and "7" in out, "typed.xlsx: case ids written as Excel shows them (7)")
    code, out, _ = run("rate", os.path.join(books, "typed.yaml"), "--by", "Allocated")
    check(code == 0 and "2023-03-01 (1)" in out, "typed.xlsx: a date attribute written 2023-03-01")
    code, out, _ = run("rate", os.path.join(books, "typed.yaml"), "--by", "Reviewed")
    check(code == 0 and "TRUE (11)" in out and "FALSE (10)" in out, "typed.xlsx: booleans written TRUE and FALSE")
    code, out, _ = run("rate", os.path.join(books, "typed.yaml"), "--by", "Weight")
    check(code == 0 and "0.5 (1)" in out and "20.5 (1)" in out, "typed.xlsx: decimals written 0.5")

    def refused(stem, message):
        code, _, err = run("rate", os.path.join(books, stem + ".yaml"))
        place = os.path.join(books, stem)
        check(code == 2 and (place + message) in err, f"{stem}: expected\n  {place}{message}\ngot (exit {code})\n  {err.strip()}")

    refused("empty-answer", ".xlsx [Cases] D7: error: empty answer to 2.2.2 for case BWD06: write n/a if the question does not apply")
    refused("bad-answer", ".xlsx [Cases] F5: error: expected yes, no or n/a for 2.3.1 (case BWD04), found \"maybe\"")
    refused("duplicate-case", ".xlsx [Cases] A10: error: duplicate case id \"BWD02\" (first at row 3)")
    refused("unknown-column", ".xlsx [Cases] E1: error: no key question \"2.2.4\" in hmip-pdu-2021; did you mean 2.2.1?")
    refused("outside", ".xlsx [Cases] S6: error: \"stray\" lies in a column with no name in the header row")
    refused("unknown-sheet", ".xlsx: error: no sheet \"Case\" in the workbook; did you mean Cases? (its sheets: Cases and Notes)")
    refused("formula", ".xlsx [Cases] C4: error: a formula with no saved value")
    refused("binary", ".xlsx: error: an Excel binary workbook (.xlsb), which rerate does not read: save it from Excel as Excel Workbook (.xlsx)")
    refused("old", ".xls: error: an Excel 97-2003 workbook (.xls), which rerate does not read: save it from Excel as Excel Workbook (.xlsx)")
    refused("encrypted", ".xlsx: error: an encrypted (password-protected) workbook")
    refused("not-a-book", ".xlsx: error: a zip archive but not an Excel workbook")
    refused("truncated", ".xlsx: error: not a readable workbook (a damaged zip archive")
    refused("bomb", ".xlsx: error: xl/worksheets/sheet1.xml would unpack to more than 1024 MiB, the most rerate unpacks from one workbook")
    refused("laughs", ".xlsx [Cases]: error: xl/worksheets/sheet1.xml is not well-formed XML (a DOCTYPE, which a workbook never has")
    refused("disordered", ".xlsx [Cases]: error: row 1 comes after row 2")
    refused("bad-reference", ".xlsx [Cases] C4: error: a cell named \"4C\", not a cell reference")
    refused("misplaced", ".xlsx [Cases] C4: error: cell C9 is out of place in row 4")
    refused("shared-missing", ".xlsx [Cases] C4: error: shared string 999 does not exist: the workbook is damaged")
    refused("not-a-number", ".xlsx [Cases] C4: error: \"yes\" is stored as a number but is not one: the workbook is damaged")
    refused("empty-sheet", ".xlsx [Cases]: error: the sheet is empty: it has no header row")
    # A workbook given where an inspection is wanted.
    code, _, err = run("rate", os.path.join(books, "plain.xlsx"))
    check(code == 2 and "plain.xlsx: error: an Excel workbook, not a YAML file" in err, "a workbook given to rate: " + err.strip())


def main():
    support.RERATE, scratch = sys.argv[1], sys.argv[2]
    os.makedirs(scratch, exist_ok=True)
    workbooks_in(scratch)
    support.finish()


main()
