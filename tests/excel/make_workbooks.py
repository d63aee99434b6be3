#!/usr/bin/env python3
"""Writes test workbooks with openpyxl (an independent writer of .xlsx), and
the malformed ones by hand with zipfile, each with an inspection file naming
it: the Blackburn with Darwen seed's case answers in the forms analysts keep
them.  Used by excel_test.py at test time (nothing generated is committed).

usage: python3 make_workbooks.py SEED_CSV OUTDIR"""
import csv
import datetime
import os
import re
import sys
import zipfile

import openpyxl

INSPECTION = """inspection: Blackburn with Darwen PDU
methodology: hmip-pdu-2021
ratings: {{"1.1": Good, "1.2": Good, "1.3": Requires improvement, "1.4": Requires improvement}}
not_rated: []
cases: {file}
{extra}"""


def seed_rows(seed):
    with open(seed, newline="") as f:
        return list(csv.reader(line for line in f if not line.startswith("#")))


def inspection(out, stem, file, extra=""):
    with open(os.path.join(out, stem + ".yaml"), "w") as f:
        f.write(INSPECTION.format(file=file, extra=extra))


def book(out, stem, fill, extra="", sheets=("Cases",)):
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = sheets[0]
    for name in sheets[1:]:
        wb.create_sheet(name)
    fill(wb)
    wb.save(os.path.join(out, stem + ".xlsx"))
    inspection(out, stem, stem + ".xlsx", extra)


def put_rows(ws, rows, top=1, left=1):
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value != "":
                ws.cell(row=top + r, column=left + c, value=value)


def good_books(out, rows):
    # The seed as it is: shared strings.
    book(out, "plain", lambda wb: put_rows(wb["Cases"], rows))
    # Case ids as numbers (7, not 7.0), a date and a boolean attribute, court
    # work answered TRUE/FALSE (booleans); a second sheet after it.
    def typed(wb):
        ws = wb["Cases"]
        header = rows[0] + ["Allocated", "Reviewed", "Weight"]
        put_rows(ws, [header])
        for i, row in enumerate(rows[1:]):
            values = [i + 1] + row[1:]
            if row[1] in ("yes", "no"):
                values[1] = row[1] == "yes"
            values += [datetime.date(2023, 3, 1) + datetime.timedelta(days=i), i % 2 == 0, 0.5 + i]
            put_rows(ws, [values], top=2 + i)
        wb["Notes"]["A1"] = "not the cases"
    book(out, "typed", typed, sheets=("Cases", "Notes"))
    # A title, a blank row, the table from column B at row 3; empty
    # formatted rows and columns around it; the cases on the second sheet.
    def titled(wb):
        ws = wb["Cases"]
        ws["B1"] = "Blackburn with Darwen PDU: case data"
        put_rows(ws, rows, top=3, left=2)
        for r in range(3 + len(rows), 3 + len(rows) + 3):
            ws.cell(row=r, column=2).fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")
        ws.cell(row=3, column=2 + len(rows[0]) + 2).fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")
        wb["Summary"]["A1"] = "a summary sheet first"
    book(out, "titled", titled, extra="sheet: Cases\n", sheets=("Summary", "Cases"))


def write_zip(path, parts, compress=zipfile.ZIP_DEFLATED):
    with zipfile.ZipFile(path, "w", compress) as z:
        for name, data in parts.items():
            z.writestr(name, data)


CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
             '</Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                 '</Relationships>')


def column_letters(n):
    letters = ""
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return letters


def inline_sheet(rows, prefix=""):
    """A sheet of inline strings (<is><t>), with a namespace prefix on every element when given."""
    p = prefix + ":" if prefix else ""
    ns = f'xmlns:{prefix}' if prefix else "xmlns"
    out = [f'<?xml version="1.0" encoding="UTF-8"?><{p}worksheet {ns}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><{p}sheetData>']
    for r, row in enumerate(rows, start=1):
        out.append(f'<{p}row r="{r}">')
        for c, value in enumerate(row, start=1):
            if value != "":
                out.append(f'<{p}c r="{column_letters(c)}{r}" t="inlineStr"><{p}is><{p}t>{value}</{p}t></{p}is></{p}c>')
        out.append(f'</{p}row>')
    out.append(f'</{p}sheetData></{p}worksheet>')
    return "".join(out)


def raw_book(out, stem, sheet_xml, extra=""):
    write_zip(os.path.join(out, stem + ".xlsx"), {
        "[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS, "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS, "xl/worksheets/sheet1.xml": sheet_xml})
    inspection(out, stem, stem + ".xlsx", extra)


def malformed_books(out, rows):
    def edited(stem, edit, extra=""):
        changed = [row[:] for row in rows]
        edit(changed)
        book(out, stem, lambda wb: put_rows(wb["Cases"], changed), extra)

    def empty_answer(r):
        r[6][3] = ""
    edited("empty-answer", empty_answer)           # D7: empty answer to 2.2.2 for case BWD06

    def bad_answer(r):
        r[4][5] = "maybe"
    edited("bad-answer", bad_answer)                # F5
    edited("duplicate-case", lambda r: r[9].__setitem__(0, "BWD02"))  # A10
    edited("unknown-column", lambda r: r[0].__setitem__(4, "2.2.4"))  # E1

    def outside(r):
        r[5] += ["", "stray"]
    edited("outside", outside)                      # S6
    book(out, "unknown-sheet", lambda wb: put_rows(wb["Cases"], rows), extra="sheet: Case\n", sheets=("Cases", "Notes"))
    # A formula openpyxl saves without a value (no Excel has computed it).
    def formula(wb):
        put_rows(wb["Cases"], rows)
        wb["Cases"]["C4"] = '=IF(1,"yes","no")'
    book(out, "formula", formula)
    # Not workbooks rerate reads, each told what to save as.
    write_zip(os.path.join(out, "binary.xlsx"), {"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.bin": b"\0" * 64})
    inspection(out, "binary", "binary.xlsx")
    ole = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504
    with open(os.path.join(out, "old.xls"), "wb") as f:
        f.write(ole + b"W\0o\0r\0k\0b\0o\0o\0k\0" + b"\0" * 512)
    inspection(out, "old", "old.xls")
    with open(os.path.join(out, "encrypted.xlsx"), "wb") as f:
        f.write(ole + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512)
    inspection(out, "encrypted", "encrypted.xlsx")
    write_zip(os.path.join(out, "not-a-book.xlsx"), {"readme.txt": "hello"})
    inspection(out, "not-a-book", "not-a-book.xlsx")
    with open(os.path.join(out, "plain.xlsx"), "rb") as f:
        whole = f.read()
    with open(os.path.join(out, "truncated.xlsx"), "wb") as f:
        f.write(whole[: len(whole) // 2])
    inspection(out, "truncated", "truncated.xlsx")
    # A zip bomb: a sheet of 1.1 GiB of spaces (valid XML), about a MiB packed.
    bomb = os.path.join(out, "bomb.xlsx")
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS, "xl/workbook.xml": WORKBOOK,
                           "xl/_rels/workbook.xml.rels": WORKBOOK_RELS}.items():
            z.writestr(name, data)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            chunk = b" " * (1 << 20)
            for _ in range(1100):
                sheet.write(chunk)
            sheet.write(b"</sheetData></worksheet>")
    inspection(out, "bomb", "bomb.xlsx")
    # Entity expansion (a billion laughs) in a sheet: refused at its DOCTYPE.
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
              '<c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')
    raw_book(out, "laughs", laughs)
    # Rows out of order, as no Excel writes them.
    disordered = inline_sheet(rows).replace('<row r="3">', '<row r="1">', 1)
    raw_book(out, "disordered", disordered)
    # Damaged cells, each refused at the cell Excel names.
    sheet = inline_sheet(rows)
    raw_book(out, "bad-reference", sheet.replace('<c r="C4"', '<c r="4C"', 1))          # C4: not a reference
    raw_book(out, "misplaced", sheet.replace('<c r="C4"', '<c r="C9"', 1))              # C4 names another row
    missing = '<c r="C4" t="s"><v>999</v></c>'
    raw_book(out, "shared-missing", re.sub(r'<c r="C4"[^>]*>.*?</c>', missing, sheet, count=1))  # no string 999
    not_number = '<c r="C4"><v>yes</v></c>'
    raw_book(out, "not-a-number", re.sub(r'<c r="C4"[^>]*>.*?</c>', not_number, sheet, count=1))
    raw_book(out, "empty-sheet", inline_sheet([]))


def main():
    seed, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    rows = seed_rows(seed)
    good_books(out, rows)
    # Inline strings, and every element with a namespace prefix.
    raw_book(out, "inline", inline_sheet(rows))
    raw_book(out, "prefixed", inline_sheet(rows, prefix="x"))
    malformed_books(out, rows)


main()
