#!/usr/bin/env python3
"""One-off fixture generator: reconstructed per-case data for four HMIP PDU inspections.

This script is NOT needed to build or test rerate. It was used once to write the
four CSV fixtures in cases/ and is kept so that anyone can see exactly how they
were made and regenerate them byte for byte.

The HMIP reports publish only aggregates: for each key question (KQ) a whole
percentage of "yes" answers, plus a few counts in the prose. The case-level
answers are not published. This script picks, for each KQ, a yes-count k and a
relevant-case count n whose percentage round-half-up(100*k/n) equals the printed
figure, honours the few sub-group figures the reports give about a KQ itself
(practitioner grade, sentence type), and spreads the answers over synthetic
cases with a fixed pseudo-random permutation seeded per inspection and per KQ.
Any yes/no pattern with these counts reproduces the printed percentages; the
pattern itself is invented and is NOT real case data. Which case answered yes
to which KQ carries no information (answers to different KQs are independent).

Where each number comes from is documented in cases/RECONSTRUCTION.md.

Before writing anything it VERIFIES:
  * every KQ's k/n rounds (half up) to the printed percentage, and 100*k/n is not
    exactly x.5 (so the printed figure does not depend on the rounding rule);
  * the band of the exact fraction equals the band of the printed percentage;
  * the lowest-KQ band of each case standard equals the published rating, or the
    difference is a published professional discretion listed below;
  * the generated rows have exactly k yes, n-k no and cases-n n/a per KQ;
  * every breakdown constraint (exact sub-group counts, and "higher than"
    comparisons) holds in the generated rows;
  * attribute counts match, case ids are unique, no cell is empty, every value
    is one of yes / no / n/a.
It exits non-zero, writing nothing, on any violation.

Usage:
  python3 tools/reconstruct_cases.py           # verify, then write cases/*.csv
  python3 tools/reconstruct_cases.py --check   # verify, and compare with the files on disk

Standard library only; deterministic (its own SHA-256 based generator, so the
output does not depend on the Python version's `random` module).
"""

import hashlib
import os
import sys
from fractions import Fraction

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENERATOR = "tools/reconstruct_cases.py"

# ---------------------------------------------------------------------------
# Targets (all data; see cases/RECONSTRUCTION.md for the quotes behind them)
# ---------------------------------------------------------------------------
#
# Per inspection:
#   cases       number of inspected cases (the default n of every KQ)
#   attributes  list of (name, [(value, count), ...], layout); layout "blocks"
#               assigns values in order (first count cases get the first value),
#               "shuffled" assigns them by a seeded permutation
#   kqs         list of (id, printed %, k, n, why n differs from cases or None)
#   breakdowns  constraints about a KQ itself, checked in the generated rows:
#               ("exact", kq, attr, value, k, n)   -> k yes among the n relevant
#                                                     cases with attr == value
#               ("higher", kq, attr, hi, lo)       -> yes-rate(hi) > yes-rate(lo)
#   prompts     optional: prompt (sub-question) counts the report states, as
#               (id, k, n, quote); reported by rerate as k/n, never rated
#   standards   case standards: (id, name, [kq ids], published rating)
#   discretion  {standard id: published reason} where the published rating
#               departs from the lowest-KQ band
#
# KQ tuples' n: where n < cases, the (cases - n) other cases answer "n/a".

INSPECTIONS = [
    {
        "slug": "blackburn-with-darwen-2023",
        "report": "An inspection of probation services in: Blackburn with Darwen PDU",
        "published": "June 2023",
        "fieldwork": "March 2023",
        "methodology": "hmip-pdu-2021",
        "id_prefix": "BWD",
        "cases": 21,
        "attributes": [],
        "kqs": [
            ("2.1.1", 44, 4, 9, "court work applies only to the 9 cases with pre-sentence work "
                                "('five out of nine inspected cases')"),
            ("2.2.1", 86, 18, 21, None),
            ("2.2.2", 71, 15, 21, None),
            ("2.2.3", 52, 11, 21, None),
            ("2.3.1", 86, 18, 21, None),
            ("2.3.2", 76, 16, 21, None),
            ("2.3.3", 67, 14, 21, None),
            ("2.4.1", 86, 18, 21, None),
            ("2.4.2", 57, 12, 21, None),
            ("2.4.3", 62, 13, 21, None),
            ("2.5.1", 81, 17, 21, None),
            ("2.5.2", 67, 14, 21, None),
            ("2.5.3", 57, 12, 21, None),
            ("2.6.1", 43, 9, 21, None),  # "sufficient progress in just nine out of 21 cases"
        ],
        "prompts": [
            ("2.2.3.a", 8, 17, "Child safeguarding information sharing did not take place in nine "
                               "out of 17 relevant cases inspected."),
            ("2.3.3.a", 12, 20, "Contingency planning was insufficient in eight out of 20 relevant cases."),
        ],
        "breakdowns": [],
        "standards": [
            ("2.1", "Court work", ["2.1.1"], "Inadequate"),
            ("2.2", "Assessment", ["2.2.1", "2.2.2", "2.2.3"], "Requires improvement"),
            ("2.3", "Planning", ["2.3.1", "2.3.2", "2.3.3"], "Good"),
            ("2.4", "Implementation and delivery", ["2.4.1", "2.4.2", "2.4.3"], "Requires improvement"),
            ("2.5", "Reviewing", ["2.5.1", "2.5.2", "2.5.3"], "Requires improvement"),
        ],
        "discretion": {},
    },
    {
        "slug": "north-and-north-east-lincolnshire-2023",
        "report": "An inspection of probation services in: North and North East Lincolnshire PDU",
        "published": "March 2023",
        "fieldwork": "January 2023",
        "methodology": "hmip-pdu-2021",
        "id_prefix": "NNEL",
        "cases": 32,
        "attributes": [],
        "kqs": [
            ("2.1.1", 29, 4, 14, "court work applies only to the 14 cases with a report "
                                 "('14 reports were inspected in a cohort of 32 cases')"),
            ("2.2.1", 56, 18, 32, None),
            ("2.2.2", 63, 19, 30, "20/32 = 62.5% exactly (rounding-dependent); 30 is the "
                                  "largest n < 32 giving an unambiguous 63%"),
            ("2.2.3", 34, 11, 32, None),
            ("2.3.1", 69, 22, 32, None),
            ("2.3.2", 81, 26, 32, None),
            ("2.3.3", 50, 16, 32, None),
            ("2.4.1", 63, 19, 30, "20/32 = 62.5% exactly (rounding-dependent); 30 is the "
                                  "largest n < 32 giving an unambiguous 63%"),
            ("2.4.2", 50, 16, 32, None),
            ("2.4.3", 50, 16, 32, None),
            ("2.5.1", 78, 25, 32, None),
            ("2.5.2", 63, 19, 30, "20/32 = 62.5% exactly (rounding-dependent); 30 is the "
                                  "largest n < 32 giving an unambiguous 63%"),
            ("2.5.3", 47, 15, 32, None),
            ("2.6.1", 44, 14, 32, None),  # "sufficient progress in just 14 out of 32 cases"
        ],
        "breakdowns": [],
        "standards": [
            ("2.1", "Court work", ["2.1.1"], "Inadequate"),
            ("2.2", "Assessment", ["2.2.1", "2.2.2", "2.2.3"], "Inadequate"),
            ("2.3", "Planning", ["2.3.1", "2.3.2", "2.3.3"], "Requires improvement"),
            ("2.4", "Implementation and delivery", ["2.4.1", "2.4.2", "2.4.3"], "Requires improvement"),
            ("2.5", "Reviewing", ["2.5.1", "2.5.2", "2.5.3"], "Requires improvement"),
        ],
        "discretion": {
            "2.5": "Although the lowest score to the three key questions was 47 per cent, "
                   "professional discretion was applied due to positive scores in the "
                   "remaining two key questions.",
        },
    },
    {
        "slug": "east-berkshire-2023",
        "report": "An inspection of probation services in: East Berkshire PDU",
        "published": "July 2023",
        "fieldwork": "June 2023",
        "methodology": "hmip-pdu-2021",
        "id_prefix": "EBK",
        "cases": 41,
        "attributes": [],
        # No 2.1.1 column: "This standard was not inspected. There were no
        # pre-sentence reports prepared within the inspected PDU."
        "kqs": [
            ("2.2.1", 41, 17, 41, None),
            ("2.2.2", 46, 19, 41, None),
            ("2.2.3", 15, 6, 41, None),
            ("2.3.1", 44, 18, 41, None),
            ("2.3.2", 54, 22, 41, None),
            ("2.3.3", 27, 11, 41, None),
            ("2.4.1", 41, 17, 41, None),
            ("2.4.2", 29, 12, 41, None),
            ("2.4.3", 20, 8, 41, None),
            ("2.5.1", 54, 22, 41, None),
            ("2.5.2", 41, 17, 41, None),
            ("2.5.3", 29, 12, 41, None),
            ("2.6.1", 22, 9, 41, None),
        ],
        "breakdowns": [],
        "standards": [
            ("2.2", "Assessment", ["2.2.1", "2.2.2", "2.2.3"], "Inadequate"),
            ("2.3", "Planning", ["2.3.1", "2.3.2", "2.3.3"], "Inadequate"),
            ("2.4", "Implementation and delivery", ["2.4.1", "2.4.2", "2.4.3"], "Inadequate"),
            ("2.5", "Reviewing", ["2.5.1", "2.5.2", "2.5.3"], "Inadequate"),
        ],
        "discretion": {},
    },
    {
        "slug": "bradford-and-calderdale-2024",
        "report": "An inspection of probation services in: Bradford & Calderdale PDU",
        "published": "November 2024",
        "fieldwork": "September 2024",
        "methodology": "hmip-pdu-2023",
        "id_prefix": "BDC",
        "cases": 79,
        "attributes": [
            # "We inspected 49 community orders and 30 releases on licence"
            ("sentence", [("community", 49), ("licence", 30)], "blocks"),
            # 30 PO and 39 PSO from the 2.3.1 / 2.4.1 breakdowns; "only seven cases
            # in our sample were from this group" (trainees, i.e. PQiP); 3 left over.
            ("grade", [("PO", 30), ("PSO", 39), ("PQiP", 7), ("other", 3)], "shuffled"),
        ],
        "kqs": [
            ("2.1.1", 46, 36, 79, None),
            ("2.1.2", 56, 44, 79, None),
            ("2.1.3", 19, 15, 79, None),
            ("2.2.1", 35, 28, 79, None),
            ("2.2.2", 48, 38, 79, None),
            ("2.2.3", 27, 21, 79, None),
            ("2.3.1", 53, 42, 79, None),
            ("2.3.2", 37, 29, 79, None),
            ("2.3.3", 23, 18, 79, None),
            ("2.4.1", 51, 40, 79, None),
            ("2.4.2", 41, 32, 79, None),
            ("2.4.3", 28, 22, 79, None),
        ],
        "prompts": [
            ("2.1.3.a", 39, 78, "In 39 out of 78 cases inspected, there was insufficient information "
                                "on child safeguarding."),
        ],
        "breakdowns": [
            # assessment desistance: "particularly strong in relation to licence cases,
            # with this being judged as sufficient in 83 per cent of the cases inspected"
            # -> 25/30 = 83.3%
            ("exact", "2.1.2", "sentence", "licence", 25, 30),
            # planning desistance: "some strengths in the work completed in desistance,
            # again particularly in licence cases"
            ("higher", "2.2.2", "sentence", "licence", "community"),
            # implementation engagement: "sufficient in 25 out of 30 cases managed by POs,
            # compared to 11 out of 39 cases managed by PSOs"
            ("exact", "2.3.1", "grade", "PO", 25, 30),
            ("exact", "2.3.1", "grade", "PSO", 11, 39),
            # implementation keeping safe: "Much of the work undertaken by PSOs was weaker
            # than that of POs. Just two out of 39 cases managed by PSOs were judged as
            # sufficient."
            ("exact", "2.3.3", "grade", "PSO", 2, 39),
            ("higher", "2.3.3", "grade", "PO", "PSO"),
            # reviewing engagement: "22 out of 30 cases managed by POs ... compared with
            # only 12 out of 39 cases for PSOs"; "more strengths ... particularly in
            # relation to licence cases and those managed by POs"
            ("exact", "2.4.1", "grade", "PO", 22, 30),
            ("exact", "2.4.1", "grade", "PSO", 12, 39),
            ("higher", "2.4.1", "sentence", "licence", "community"),
        ] + [
            # Distribution choices from the report's general statements about grades
            # (not tied to one KQ, so they only shape how the answers are spread):
            # "Although much of the work undertaken by PSOs was weaker than that of
            # POs, it was particularly noticeable in relation to implementation and
            # delivery" (PO > PSO where no KQ-specific figure already says so) and
            # "Concerns extended to the work completed by trainee members of staff ...
            # the work completed was too often of poor quality" (PO > PQiP).
            ("higher", q, "grade", "PO", "PSO")
            for q in ("2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3", "2.3.2", "2.4.2", "2.4.3")
        ] + [
            ("higher", q, "grade", "PO", "PQiP")
            for q in ("2.1.1", "2.1.2", "2.1.3", "2.2.1", "2.2.2", "2.2.3",
                      "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3")
        ],
        "standards": [
            ("2.1", "Assessment", ["2.1.1", "2.1.2", "2.1.3"], "Inadequate"),
            ("2.2", "Planning", ["2.2.1", "2.2.2", "2.2.3"], "Inadequate"),
            ("2.3", "Implementation and delivery", ["2.3.1", "2.3.2", "2.3.3"], "Inadequate"),
            ("2.4", "Reviewing", ["2.4.1", "2.4.2", "2.4.3"], "Inadequate"),
        ],
        "discretion": {},
    },
]

# Rating bands (METHODOLOGY.md rule 2): >=80 Outstanding, >=65 Good,
# >=50 Requires improvement, else Inadequate.
BANDS = [(80, "Outstanding"), (65, "Good"), (50, "Requires improvement"), (0, "Inadequate")]

VALUES = ("yes", "no", "n/a")
MAX_ATTEMPTS = 10000


# ---------------------------------------------------------------------------
# Deterministic pseudo-random numbers (SHA-256 in counter mode)
# ---------------------------------------------------------------------------

class Rng:
    def __init__(self, seed):
        self._seed = seed.encode("utf-8")
        self._counter = 0

    def _next64(self):
        block = hashlib.sha256(self._seed + b"#" + str(self._counter).encode()).digest()
        self._counter += 1
        return int.from_bytes(block[:8], "big")

    def below(self, n):
        limit = (1 << 64) // n * n
        while True:
            x = self._next64()
            if x < limit:
                return x % n

    def permutation(self, items):
        out = list(items)
        for i in range(len(out) - 1, 0, -1):
            j = self.below(i + 1)
            out[i], out[j] = out[j], out[i]
        return out


# ---------------------------------------------------------------------------
# Arithmetic helpers
# ---------------------------------------------------------------------------

def round_half_up_pct(k, n):
    """round-half-up(100*k/n) using integers only."""
    return (200 * k + n) // (2 * n)


def is_exact_half(k, n):
    """True when 100*k/n ends in exactly .5."""
    return (200 * k) % n == 0 and ((200 * k) // n) % 2 == 1


def band(pct):
    for lower, name in BANDS:
        if pct >= lower:
            return name
    raise AssertionError(pct)


def pct1(k, n):
    """100*k/n to one decimal, half up, as a string."""
    tenths = (2000 * k + n) // (2 * n)
    return "%d.%d" % (tenths // 10, tenths % 10)


# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------

def case_ids(insp):
    width = max(2, len(str(insp["cases"])))
    return ["%s%0*d" % (insp["id_prefix"], width, i + 1) for i in range(insp["cases"])]


def assign_attributes(insp, ids):
    attrs = {cid: {} for cid in ids}
    for name, counts, layout in insp["attributes"]:
        values = [v for v, c in counts for _ in range(c)]
        if len(values) != len(ids):
            raise SystemExit("FAIL %s: attribute %s counts sum to %d, not %d cases"
                             % (insp["slug"], name, len(values), len(ids)))
        if layout == "shuffled":
            values = Rng("%s/attr/%s" % (insp["slug"], name)).permutation(values)
        elif layout != "blocks":
            raise SystemExit("FAIL %s: unknown layout %r" % (insp["slug"], layout))
        for cid, v in zip(ids, values):
            attrs[cid][name] = v
    return attrs


def rate(answers, attrs, attr, value):
    sel = [a for cid, a in answers.items() if a != "n/a" and attrs[cid][attr] == value]
    return Fraction(sel.count("yes"), len(sel)) if sel else None


def higher_holds(answers, attrs, attr, hi, lo):
    r_hi, r_lo = rate(answers, attrs, attr, hi), rate(answers, attrs, attr, lo)
    return r_hi is not None and r_lo is not None and r_hi > r_lo


def generate_kq(insp, ids, attrs, kq):
    kq_id, _printed, k, n, _why = kq
    slug = insp["slug"]
    exact = [b for b in insp["breakdowns"] if b[0] == "exact" and b[1] == kq_id]
    higher = [b for b in insp["breakdowns"] if b[0] == "higher" and b[1] == kq_id]
    exact_attrs = {b[2] for b in exact}
    if len(exact_attrs) > 1:
        raise SystemExit("FAIL %s %s: exact breakdowns on more than one attribute "
                         "are not supported" % (slug, kq_id))

    for attempt in range(MAX_ATTEMPTS):
        base = "%s/%s/%d" % (slug, kq_id, attempt)
        # which cases the KQ applies to (the rest are n/a)
        relevant = set(Rng(base + "/relevant").permutation(ids)[:n])
        yes = set()
        pool = [cid for cid in ids if cid in relevant]
        remaining = k
        for _, _, attr, value, gk, _gn in exact:
            group = [cid for cid in pool if attrs[cid][attr] == value]
            if gk > len(group):
                break
            yes.update(Rng(base + "/%s=%s" % (attr, value)).permutation(group)[:gk])
            remaining -= gk
        else:
            constrained = {(b[2], b[3]) for b in exact}
            rest = [cid for cid in pool
                    if not any(attrs[cid][a] == v for a, v in constrained)]
            if 0 <= remaining <= len(rest):
                yes.update(Rng(base + "/rest").permutation(rest)[:remaining])
                answers = {cid: ("yes" if cid in yes else "no") if cid in relevant else "n/a"
                           for cid in ids}
                if all(higher_holds(answers, attrs, b[2], b[3], b[4]) for b in higher):
                    return answers
    raise SystemExit("FAIL %s %s: no assignment satisfies the breakdowns after %d attempts"
                     % (slug, kq_id, MAX_ATTEMPTS))


def prompt_ids(insp):
    return [p[0] for p in insp.get("prompts", [])]


def generate(insp):
    ids = case_ids(insp)
    attrs = assign_attributes(insp, ids)
    columns = {kq[0]: generate_kq(insp, ids, attrs, kq) for kq in insp["kqs"]}
    # A prompt is generated like a KQ with no printed figure and no
    # breakdowns; its own seed leaves every KQ column as it was.
    for pid, k, n, quote in insp.get("prompts", []):
        columns[pid] = generate_kq(insp, ids, attrs, (pid, None, k, n, quote))
    return ids, attrs, columns


def render(insp, ids, attrs, columns):
    attr_names = [a[0] for a in insp["attributes"]]
    kq_ids = [kq[0] for kq in insp["kqs"]] + prompt_ids(insp)
    lines = [
        "# RECONSTRUCTION - NOT REAL CASE DATA.",
        "# Reconstructed from the published aggregate figures of the HM Inspectorate of Probation",
        "# report \"%s\" (published %s; fieldwork started %s; methodology %s)."
        % (insp["report"], insp["published"], insp["fieldwork"], insp["methodology"]),
        "# Only the per-question counts (and the few sub-group counts the report states) come",
        "# from the report; which case answered what is invented. Any yes/no pattern with these",
        "# counts reproduces the printed percentages.",
        "# Generated by %s; counts and their sources: cases/RECONSTRUCTION.md." % GENERATOR,
        "# n/a = key question not relevant to the case (excluded from that question's count).",
        ",".join(["case"] + attr_names + kq_ids),
    ]
    for cid in ids:
        row = [cid] + [attrs[cid][a] for a in attr_names] + [columns[q][cid] for q in kq_ids]
        lines.append(",".join(row))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Verification
# ---------------------------------------------------------------------------

def verify(insp, text):
    """Re-parse the rendered CSV text and check every target. Returns error strings."""
    errs = []
    slug = insp["slug"]

    def err(msg):
        errs.append("%s: %s" % (slug, msg))

    # 1. the targets themselves
    kqs = {}
    for kq_id, printed, k, n, why in insp["kqs"]:
        if kq_id in kqs:
            err("%s listed twice" % kq_id)
        kqs[kq_id] = (printed, k, n)
        if not (0 <= k <= n <= insp["cases"] and n > 0):
            err("%s: bad counts k=%d n=%d cases=%d" % (kq_id, k, n, insp["cases"]))
            continue
        if round_half_up_pct(k, n) != printed:
            err("%s: %d/%d = %s%% does not round to printed %d%%" % (kq_id, k, n, pct1(k, n), printed))
        if is_exact_half(k, n):
            err("%s: %d/%d is exactly x.5%% (rounding-dependent)" % (kq_id, k, n))
        if band(Fraction(100 * k, n)) != band(printed):
            err("%s: band of exact %d/%d (%s) differs from band of printed %d%% (%s)"
                % (kq_id, k, n, band(Fraction(100 * k, n)), printed, band(printed)))
        if n != insp["cases"] and not why:
            err("%s: n=%d differs from %d cases without a stated reason" % (kq_id, n, insp["cases"]))
    if [q[0] for q in insp["kqs"]] != sorted((q[0] for q in insp["kqs"]),
                                             key=lambda s: [int(p) for p in s.split(".")]):
        err("key questions are not in id order")

    # 2. standards: lowest-KQ band vs published rating
    for sid, name, members, published in insp["standards"]:
        low = min(Fraction(100 * kqs[q][1], kqs[q][2]) for q in members)
        computed = band(low)
        if computed != published and sid not in insp["discretion"]:
            err("standard %s %s: lowest KQ gives %s, published %s, no discretion recorded"
                % (sid, name, computed, published))
        if computed == published and sid in insp["discretion"]:
            err("standard %s: discretion recorded but computed rating equals published" % sid)

    # 3. the rendered rows
    lines = text.split("\n")
    if lines[-1] != "":
        err("file does not end with a newline")
    body = [l for l in lines[:-1] if not l.startswith("#")]
    if not any(l.startswith("#") for l in lines[:3]):
        err("file does not start with comment lines")
    header = body[0].split(",")
    attr_names = [a[0] for a in insp["attributes"]]
    expected_header = ["case"] + attr_names + [q[0] for q in insp["kqs"]] + prompt_ids(insp)
    if header != expected_header:
        err("header %r != %r" % (header, expected_header))
        return errs
    rows = [l.split(",") for l in body[1:]]
    if len(rows) != insp["cases"]:
        err("%d rows, expected %d" % (len(rows), insp["cases"]))
    ids = [r[0] for r in rows]
    if len(set(ids)) != len(ids):
        err("duplicate case ids")
    for r in rows:
        if len(r) != len(header):
            err("row %s has %d cells, expected %d" % (r[0], len(r), len(header)))
            return errs
        if any(c.strip() == "" for c in r):
            err("row %s has an empty cell" % r[0])
        for c in r[1 + len(attr_names):]:
            if c not in VALUES:
                err("row %s has value %r" % (r[0], c))
    table = [dict(zip(header, r)) for r in rows]

    for name, counts, _layout in insp["attributes"]:
        for value, count in counts:
            got = sum(1 for t in table if t[name] == value)
            if got != count:
                err("attribute %s=%s: %d cases, expected %d" % (name, value, got, count))
        allowed = {v for v, _ in counts}
        for t in table:
            if t[name] not in allowed:
                err("case %s: %s=%r not allowed" % (t["case"], name, t[name]))

    for kq_id, (printed, k, n) in kqs.items():
        col = [t[kq_id] for t in table]
        y, no, na = col.count("yes"), col.count("no"), col.count("n/a")
        if (y, no, na) != (k, n - k, insp["cases"] - n):
            err("%s: rows have yes=%d no=%d n/a=%d, expected %d/%d/%d"
                % (kq_id, y, no, na, k, n - k, insp["cases"] - n))
        if y + no and round_half_up_pct(y, y + no) != printed:
            err("%s: rows give %d/%d, not printed %d%%" % (kq_id, y, y + no, printed))

    for pid, k, n, _quote in insp.get("prompts", []):
        if pid.rsplit(".", 1)[0] not in kqs:
            err("prompt %s belongs to no key question of this inspection" % pid)
        col = [t[pid] for t in table]
        if (col.count("yes"), col.count("no"), col.count("n/a")) != (k, n - k, insp["cases"] - n):
            err("prompt %s: rows do not give %d yes of %d relevant" % (pid, k, n))

    def group(kq_id, attr, value):
        return [t[kq_id] for t in table if t[attr] == value and t[kq_id] != "n/a"]

    for b in insp["breakdowns"]:
        if b[1] not in kqs or b[2] not in attr_names:
            err("breakdown %r refers to an unknown KQ or attribute" % (b,))
            continue
        if b[0] == "exact":
            _, kq_id, attr, value, gk, gn = b
            g = group(kq_id, attr, value)
            if (g.count("yes"), len(g)) != (gk, gn):
                err("breakdown %s %s=%s: rows give %d/%d, expected %d/%d"
                    % (kq_id, attr, value, g.count("yes"), len(g), gk, gn))
        elif b[0] == "higher":
            _, kq_id, attr, hi, lo = b
            gh, gl = group(kq_id, attr, hi), group(kq_id, attr, lo)
            if not (gh and gl and Fraction(gh.count("yes"), len(gh)) > Fraction(gl.count("yes"), len(gl))):
                err("breakdown %s: %s=%s rate not higher than %s=%s" % (kq_id, attr, hi, attr, lo))
        else:
            err("unknown breakdown kind %r" % (b[0],))
    return errs


# ---------------------------------------------------------------------------

def write_or_compare(path, text, check_only):
    """Writes `text` to `path`, or with check_only compares them; True when
    the file on disk is missing or differs (check_only only)."""
    if not check_only:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        return False
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read() != text
    except FileNotFoundError:
        return True


def main(argv):
    check_only = "--check" in argv[1:]
    outputs, errors = [], []
    for insp in INSPECTIONS:
        ids, attrs, columns = generate(insp)
        text = render(insp, ids, attrs, columns)
        errors += verify(insp, text)
        outputs.append((insp, text))
    if errors:
        for e in errors:
            print("FAIL " + e, file=sys.stderr)
        print("%d violation(s); nothing written." % len(errors), file=sys.stderr)
        return 1

    stale = []
    for insp, text in outputs:
        path = os.path.join(ROOT, "cases", insp["slug"] + ".csv")
        if write_or_compare(path, text, check_only):
            stale.append(path)

    for insp, text in outputs:
        print("%s (%d cases, %s)" % (insp["slug"], insp["cases"], insp["methodology"]))
        for kq_id, printed, k, n, _ in insp["kqs"]:
            print("  %-6s printed %3d%%  %2d/%-2d = %5s%%" % (kq_id, printed, k, n, pct1(k, n)))
        for pid, k, n, _quote in insp.get("prompts", []):
            print("  prompt %-8s %2d/%-2d" % (pid, k, n))
        for b in insp["breakdowns"]:
            print("  breakdown " + " ".join(str(x) for x in b))
    if stale:
        for p in stale:
            print("STALE " + p, file=sys.stderr)
        return 1
    print("verified: all key questions, breakdowns and cells OK" +
          ("; files on disk match" if check_only else "; wrote %d files" % len(outputs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
