#!/usr/bin/env python3
"""The workbooks and CSV rerate writes (--format xlsx|csv, issue 12), read
back by an independent reader, openpyxl, and held to rerate's own JSON output
of the same command: sheet names, header rows, every value, the band colours
(each rating's place on the methodology's scale, read from the rules file).

usage: export_test.py RERATE SCRATCH_DIR   (from the source tree)"""
import csv
import io
import json
import os
import sys

import openpyxl
import yaml

import excel_support as support
from excel_support import check, run

# The fills, lowest rating first, for a four-rating scale (presentation only:
# the order of the ratings is the methodology's).
PALETTE = ["FFF4CCCC", "FFFCE5CD", "FFD9EAD3", "FF93C47D"]
DIFF = ["--from", "rules/hmip-pdu-2021.yaml", "--to", "examples/hmip-pdu-2021-ri-from-55.yaml", "cases/"]




def book(scratch, name, *args, expect=0):
    path = os.path.join(scratch, name)
    code, _, err = run(*args, "--format", "xlsx", "--output", path)
    check(code == expect, f"{name}: exit {code}, expected {expect}: {err}")
    return openpyxl.load_workbook(path)


def json_of(*args):
    return json.loads(run(*args, "--format", "json")[1])


def rows(sheet):
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def scale_of(rules_file):
    with open(rules_file) as f:
        return [level["name"] for level in yaml.safe_load(f)["scale"]["ratings"]]


def shown(standard, rules_file):
    """A standard's rating as the sheets show it: its name, the scale's label
    for Not rated, or "reported only"."""
    if standard["status"] == "reported_only":
        return "reported only"
    if standard["status"] == "not_rated":
        with open(rules_file) as f:
            return yaml.safe_load(f)["scale"]["not_rated"]
    return standard["rating"]


def fill(cell):
    return cell.fill.fgColor.rgb if cell.fill.fill_type == "solid" else None


def check_colour(cell, scale, what):
    if cell.value in scale:
        check(fill(cell) == PALETTE[scale.index(cell.value)], f"{what}: {cell.value} filled {fill(cell)}")
    else:
        check(fill(cell) is None, f"{what}: {cell.value!r} is not a rating, but filled {fill(cell)}")


def sheet_names(results):
    """Excel's names for the inspections' sheets: repeats numbered."""
    names = []
    for result in results:
        name, n = result["inspection"][:31], 2
        while name.lower() in (taken.lower() for taken in names):
            name, n = f"{result['inspection'][:31 - len(f' ({n})')]} ({n})", n + 1
        names.append(name)
    return names


def rate_out(scratch):
    expected = json_of("rate", "cases/")["results"]
    wb = book(scratch, "rate.xlsx", "rate", "cases/")
    check(wb.sheetnames == ["Summary"] + sheet_names(expected), f"rate: sheet names {wb.sheetnames}")
    summary = rows(wb["Summary"])
    header = summary[0]
    check(header[:6] == ["Inspection", "File", "Methodology", "Score", "Max", "Overall"], f"rate: summary header {header}")
    check(len(summary) == 1 + len(expected), "rate: one summary row per inspection")
    for r, (result, name) in enumerate(zip(expected, wb.sheetnames[1:]), start=2):
        scale = scale_of(result["rules_file"])
        row = summary[r - 1]
        check(row[:6] == [result["inspection"], result["file"], result["methodology"], result["score"]["points"],
                          result["score"]["max"], result["overall"]], f"rate: summary row {r}: {row[:6]}")
        check_colour(wb["Summary"].cell(r, 6), scale, f"rate: summary overall, row {r}")
        for standard in result["standards"]:
            column = header.index(f"{standard['id']} {standard['name']}") + 1
            rating = shown(standard, result["rules_file"])
            check(row[column - 1] == rating, f"rate: {name} {standard['id']} in the summary: {row[column - 1]} != {rating}")
            check_colour(wb["Summary"].cell(r, column), scale, f"rate: summary {standard['id']}")
        sheet = wb[name]
        got = rows(sheet)
        check(got[0] == ["Standard", "Key question", "Name", "Rating or band", "Points", "k/n", "Yes", "Relevant",
                         "Percent", "Lowest"], f"rate: {name} header {got[0]}")
        want = []
        for standard in result["standards"]:
            rated = standard["status"] == "rated" and standard["rating"] is not None
            want.append([standard["id"], None, standard["name"],
                         shown(standard, result["rules_file"]),
                         standard["points"] if rated else None] + [None] * 5)
            for kq in standard["key_questions"]:
                counts = kq["relevant"] is not None and kq["relevant"] > 0
                want.append([standard["id"], kq["id"], kq["text"], kq["band"], None,
                             f"{kq['yes']}/{kq['relevant']}" if counts else None,
                             kq["yes"] if counts else None, kq["relevant"] if counts else None,
                             kq["percent"], "lowest" if kq["lowest"] else None])
        want.append(["Overall", None, f"Score {result['score']['points']}/{result['score']['max']}", result["overall"],
                     result["score"]["points"]] + [None] * 5)
        check(got[1:] == want, f"rate: {name}: every value\n got  {got[1:]}\n want {want}")
        for r2 in range(2, sheet.max_row + 1):
            check_colour(sheet.cell(r2, 4), scale, f"rate: {name} D{r2}")
    # CSV: the summary sheet, the same values.
    code, out, _ = run("rate", "cases/", "--format", "csv")
    table = list(csv.reader(io.StringIO(out)))
    as_text = [["" if v is None else str(v) for v in row] + [""] * (len(header) - len(row)) for row in summary]
    check(code == 0 and [r + [""] * (len(header) - len(r)) for r in table] == as_text, "rate --format csv is the summary sheet")


def check_out(scratch):
    expected = json_of("check", "cases/")
    wb = book(scratch, "check.xlsx", "check", "cases/", expect=1 if any(not r["ok"] for r in expected["results"]) else 0)
    check(wb.sheetnames == ["Summary"] + sheet_names(expected["results"]) + ["Findings"], f"check: sheets {wb.sheetnames}")
    summary = rows(wb["Summary"])
    check(summary[0] == ["Inspection", "File", "Methodology", "Reproduced", "Explained", "Unverifiable", "Findings"],
          f"check: summary header {summary[0]}")
    want = [[s["inspection"], s["file"], r["methodology"], s["reproduced"], s["explained"], s["unverifiable"], s["findings"]]
            for s, r in zip(expected["summary"], expected["results"])]
    check(summary[1:] == want, f"check: summary rows {summary[1:]} != {want}")
    findings = []
    for result, name in zip(expected["results"], wb.sheetnames[1:-1]):
        scale = scale_of(result["rules_file"])
        got = rows(wb[name])
        check(got[0] == ["Value", "Standard", "Name", "Published", "Computed", "Status", "Detail"], f"check: {name} header")
        want = [[v["subject"], v["standard"], v["name"], v["published"], v["computed"], v["status"], v["detail"] or None]
                for v in result["values"]]
        check(got[1:] == want, f"check: {name}: every value\n got  {got[1:]}\n want {want}")
        for r in range(2, wb[name].max_row + 1):
            for c in (4, 5):
                check_colour(wb[name].cell(r, c), scale, f"check: {name} {r},{c}")
        findings += [[result["inspection"], f["kind"], f["subject"], f["standard"], f["key_question"], f["published"],
                      f["computed"], f["rule"], f["detail"], f["where"]] for f in result["findings"]]
    got = rows(wb["Findings"])
    check(got[0][:3] == ["Inspection", "Kind", "Value"], f"check: findings header {got[0]}")
    check([[v if v is not None else None for v in row] for row in got[1:]] ==
          [[v if v not in ("", None) else None for v in row] for row in findings], f"check: findings {got[1:]} != {findings}")


def diff_out(scratch):
    expected = json_of("diff", *DIFF)
    wb = book(scratch, "diff.xlsx", "diff", *DIFF, expect=1)
    check(wb.sheetnames == ["Summary", "Changes"], f"diff: sheets {wb.sheetnames}")
    got = rows(wb["Changes"])
    check(got[0] == ["Inspection", "Level", "Id", "Subject", "Before", "After", "Rule", "Detail"], f"diff: header {got[0]}")
    want = [[c["inspection"], c["level"], c["id"], c.get("subject"), c["before"], c["after"], c["rule"], c["detail"]]
            for c in expected["changes"]]
    check([row[:3] + row[4:] for row in got[1:]] == [row[:3] + row[4:] for row in want], f"diff: changes {got[1:]} != {want}")
    scale = scale_of("rules/hmip-pdu-2021.yaml")
    for r in range(2, wb["Changes"].max_row + 1):
        for c in (5, 6):
            check_colour(wb["Changes"].cell(r, c), scale, f"diff: Changes {r},{c}")
    summary = rows(wb["Summary"])
    check(len(summary) == 1 + len(expected["inspections"]), "diff: a summary row per inspection")
    # Scores are numbers, points and maximum apart: "10/27" in a CSV is a date to Excel.
    check(summary[0][3:7] == ["Score under hmip-pdu-2021", "Max under hmip-pdu-2021",
                              "Score under hmip-pdu-2021-ri-from-55", "Max under hmip-pdu-2021-ri-from-55"],
          f"diff: summary header {summary[0]}")
    for row, inspection in zip(summary[1:], expected["inspections"]):
        if inspection["status"] not in ("changed", "unchanged"):
            continue
        want = [int(n) for side in ("before", "after") for n in inspection["score"][side].split("/")]
        check(row[3:7] == want and all(isinstance(n, (int, float)) for n in row[3:7]),
              f"diff: {inspection['inspection']} scores {row[3:7]} != {want}")


def stability_out(scratch):
    expected = json_of("stability", "cases/blackburn-with-darwen-2023.yaml")
    wb = book(scratch, "stability.xlsx", "stability", "cases/blackburn-with-darwen-2023.yaml")
    scale = list(expected["overall"]["probabilities"])
    got = rows(wb[wb.sheetnames[1]])
    check(got[0] == ["Standard", "Name", "Rating", "Published"] + scale + ["No data"], f"stability: header {got[0]}")
    want = [[s["id"], s["name"], s["computed"], s["published"]] + list(s["probabilities"].values()) + [s["no_data"]]
            for s in expected["standards"]]
    o = expected["overall"]
    want.append(["Overall", None, o["computed"], o["published"]] + list(o["probabilities"].values()) + [o["no_data"]])
    check(got[1:] == want, f"stability: every value\n got  {got[1:]}\n want {want}")


def refusals():
    code, out, err = run("rate", "cases/", "--format", "xlsx")
    check(code == 2 and not out and "--format xlsx writes a workbook: give --output FILE.xlsx" in err,
          f"xlsx to stdout refused: exit {code}, {err}")
    code, _, err = run("rate", "cases/", "--format", "xls")
    check(code == 2 and "did you mean xlsx?" in err, f"--format xls: {err}")


def main():
    support.RERATE, scratch = sys.argv[1], sys.argv[2]
    os.makedirs(scratch, exist_ok=True)
    for part in (rate_out, check_out, diff_out, stability_out):
        part(scratch)
    refusals()
    support.finish()


main()
