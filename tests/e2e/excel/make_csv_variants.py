#!/usr/bin/env python3
"""Writes the CSV variants Excel commonly produces (issue 12), each from the
Blackburn with Darwen seed's case answers, with an inspection file naming it.
Run once from this folder; the files are committed and the end-to-end tests
(tests/e2e/CMakeLists.txt, tests/excel/excel_test.py) give each its expected
outcome.  Python 3, standard library only.

usage: python3 make_csv_variants.py"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "..", "..", "cases", "blackburn-with-darwen-2023.csv")

INSPECTION = """# Blackburn with Darwen's seed data, saved by Excel as {what}.
inspection: Blackburn with Darwen PDU
methodology: hmip-pdu-2021
ratings: {{"1.1": Good, "1.2": Good, "1.3": Requires improvement, "1.4": Requires improvement}}
not_rated: []
cases: {csv}
{extra}"""


def seed_rows():
    with open(SEED, newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.reader(lines))


def write(name, text, what, extra="", encoding="utf-8", inspection=True):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(text.encode(encoding) if isinstance(text, str) else text)
    if inspection:
        stem = name.rsplit(".", 1)[0]
        with open(os.path.join(HERE, stem + ".yaml"), "w") as f:
            f.write(INSPECTION.format(what=what, csv=name, extra=extra))


def as_csv(rows, delimiter=",", line_end="\r\n"):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=line_end)
    writer.writerows(rows)
    return out.getvalue()


def main():
    rows = seed_rows()
    width = len(rows[0])
    # Excel in most European locales: semicolons; "Text (Tab delimited)": tabs.
    write("semi.csv", as_csv(rows, ";"), "CSV in a European locale (semicolons)")
    write("tab.csv", as_csv(rows, "\t"), "Text (Tab delimited)")
    write("semi-given.csv", as_csv(rows, ";"), "CSV with semicolons, the separator given", 'csv_separator: semicolon\n')
    # "CSV UTF-8" re-save of the shipped file: a byte-order mark, then the comment lines.
    with open(SEED, newline="") as f:
        seed_text = f.read()
    write("bom-comment.csv", "\ufeff" + seed_text.replace("\n", "\r\n"), "CSV UTF-8 (a byte-order mark, then comments)")
    # Rows Excel keeps after the data (cells once used): ",,,,".
    write("trail.csv", as_csv(rows + [[""] * width] * 4), "CSV with four empty rows at the end")
    # Columns once used at the right: empty names, empty cells.
    write("blankcols.csv", as_csv([row + ["", "", ""] for row in rows]), "CSV with three empty columns at the right")
    # A free-text column, empty for most cases.
    notes = [rows[0] + ["Notes"]] + [row + ["seen twice" if i % 5 == 0 else ""] for i, row in enumerate(rows[1:])]
    write("notes.csv", as_csv(notes), "CSV with a free-text Notes column, mostly empty")
    # "Unicode Text": UTF-16 (little-endian, with a byte-order mark), tab-separated.
    write("u16.csv", "\ufeff" + as_csv(rows, "\t"), "Unicode Text (UTF-16, tabs)", encoding="utf-16-le")
    write("u16-nobom.csv", as_csv(rows, "\t"), "UTF-16 without a byte-order mark", encoding="utf-16-le")
    # Headers as people write them.
    header = ["Case ID"] + [h + " Court work" if h == "2.1.1" else "KQ " + h if i % 3 == 0 else h
                            for i, h in enumerate(rows[0][1:])]
    write("headers.csv", as_csv([header] + rows[1:]), "CSV with headers Case ID, KQ 2.1.1 and 2.2.1 Court work")
    write("case-number.csv", as_csv([["Case number"] + rows[0][1:]] + rows[1:]), "CSV whose case column is Case number")
    write("id-inside.csv", as_csv([rows[0] + ["Notes on 2.1.1"]] + [row + [""] for row in rows[1:]]),
          "CSV with a column Notes on 2.1.1")
    # A sheet with a title and a blank row above the header.
    title = [["Blackburn with Darwen PDU case data"] + [""] * (width - 1), [""] * width]
    write("title.csv", as_csv(title + rows), "CSV of a sheet with a title row above the header")
    # A header line that holds as many commas as semicolons.
    write("ambiguous.csv", "case;2.1.1,2.2.1\n", "an ambiguous separator")
    # An empty key-question cell stays an error (write n/a).
    empty_kq = [row[:] for row in rows]
    empty_kq[3][2] = ""
    write("empty-kq.csv", as_csv(empty_kq), "CSV with an empty key-question cell")


main()
