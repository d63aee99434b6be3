#!/usr/bin/env python3
"""Seeds for the workbook fuzz harness: each case file (CSV) as the parts
the harness packs into a workbook (workbook_fuzzer.cc): the worksheet XML,
then "#part" and the shared strings, then "#part" and the styles.  Two forms
of each: text in shared strings with ids as numbers, and every cell an
inline string.  Standard library only.

    workbook_seeds.py OUTDIR FILE.csv...
"""
import csv
import os
import sys
from xml.sax.saxutils import escape

STYLES = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts>'
          '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>')
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def column(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def sheet(rows, shared):
    strings = []
    out = [f'<?xml version="1.0" encoding="UTF-8"?><worksheet {MAIN}><sheetData>']
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, value in enumerate(row):
            ref = f"{column(c)}{r}"
            if value == "":
                continue
            if shared and value.isdigit():
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif shared:
                strings.append(value)
                out.append(f'<c r="{ref}" t="s"><v>{len(strings) - 1}</v></c>')
            else:
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    table = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    sst = f'<?xml version="1.0" encoding="UTF-8"?><sst {MAIN} count="{len(strings)}">{table}</sst>'
    return "".join(out) + "\n#part\n" + sst + "\n#part\n" + STYLES


def main():
    out = sys.argv[1]
    for path in sys.argv[2:]:
        with open(path, newline="", encoding="utf-8-sig") as f:
            rows = [row for row in csv.reader(f) if row and not row[0].startswith("#")]
        stem = os.path.splitext(os.path.basename(path))[0]
        for shared in (True, False):
            name = f"seed-{stem}-{'shared' if shared else 'inline'}.xml"
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write(sheet(rows, shared))


if __name__ == "__main__":
    main()
