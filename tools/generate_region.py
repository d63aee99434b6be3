#!/usr/bin/env python3
"""One-off fixture generator: a SYNTHETIC region of four PDUs for `rerate region`.

This script is NOT needed to build or test rerate. It wrote the files in
cases/regions/westmarch-2024/ and is kept so that anyone can see exactly how
they were made and regenerate them byte for byte.

Nothing here is real: the region, its four PDUs, their cases and every answer
are invented to exercise `rerate region` (see cases/regions/README.md). The
PDUs are rated under hmip-pdu-2021 and the region under hmip-region-2023.

For each PDU the data below give, per key question (KQ), a yes count k and a
relevant count n; the answers are spread over synthetic cases by a seeded
permutation (SHA-256 in counter mode, as tools/reconstruct_cases.py does), so
that the output does not depend on the Python version. Where a distribution
choice below ("higher") fails for a draw, the next attempt number is tried.

The script then computes, with its OWN implementation of the rules (not
rerate's), every PDU's ratings, score and overall rating, every figure pooled
over the four PDUs, and the regional ratings, and writes them into the files'
published: and expect: blocks, so that `rerate check` and `rerate test` compare
rerate with an independent computation. Before writing it VERIFIES that the rows
hold exactly k yes, n-k no and cases-n n/a per KQ, that every "higher" choice
holds in each PDU and pooled over the region, and that every cell is filled.

Usage:
  python3 tools/generate_region.py           # verify, then write the files
  python3 tools/generate_region.py --check   # verify, and compare with the files on disk

Standard library only.
"""

import os
import sys
from fractions import Fraction

# The same deterministic generator as the seed reconstruction (SHA-256 in
# counter mode), so that both fixtures are made the same way.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reconstruct_cases import Rng, assign_attributes, write_or_compare  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join("cases", "regions", "westmarch-2024")
GENERATOR = "tools/generate_region.py"
MAX_ATTEMPTS = 10000

# ---------------------------------------------------------------------------
# The methodologies, as this script reads rules/hmip-pdu-2021.yaml and
# rules/hmip-region-2023.yaml (an independent implementation for the checks)
# ---------------------------------------------------------------------------

RATINGS = ["Inadequate", "Requires improvement", "Good", "Outstanding"]  # points 0..3
BANDS = [(80, 3), (65, 2), (50, 1), (0, 0)]  # from (per cent) -> rating level
PDU_STANDARDS = [  # hmip-pdu-2021: id, name, KQs ([] for judgement standards)
    ("1.1", "Leadership", []), ("1.2", "Staff", []), ("1.3", "Services", []),
    ("1.4", "Information and facilities", []),
    ("2.1", "Court work", ["2.1.1"]),
    ("2.2", "Assessment", ["2.2.1", "2.2.2", "2.2.3"]),
    ("2.3", "Planning", ["2.3.1", "2.3.2", "2.3.3"]),
    ("2.4", "Implementation and delivery", ["2.4.1", "2.4.2", "2.4.3"]),
    ("2.5", "Reviewing", ["2.5.1", "2.5.2", "2.5.3"]),
]
PDU_OUTCOMES = ["2.6.1"]  # reported, never rated
PDU_TABLES = {27: [(0, 4, 0), (5, 13, 1), (14, 22, 2), (23, 27, 3)],
              24: [(0, 4, 0), (5, 12, 1), (13, 20, 2), (21, 24, 3)]}
REGION_STANDARDS = [  # hmip-region-2023: id, [(regional KQ, PDU KQ or None, licence cases only)]
    ("1.1", []), ("1.2", []),
    ("2.1", [("2.1.1", "2.2.2", False), ("2.1.2", "2.3.2", False), ("2.1.3", "2.4.2", False),
             ("2.1.4", "2.5.2", False)]),
    ("2.2", [("2.2.1", "2.2.3", False), ("2.2.2", "2.3.3", False), ("2.2.3", "2.4.3", False),
             ("2.2.4", "2.5.3", False)]),
    ("2.3", [("2.3.1", "2.4.1", True), ("2.3.2", "2.4.2", True), ("2.3.3", "2.4.3", True)]),
    ("2.4", [("2.4.1", "2.1.1", False)]),
    ("2.5", [("2.5.1", None, False), ("2.5.2", None, False)]),  # inspected at regional level
    ("2.6", [("2.6.1", None, False), ("2.6.2", None, False)]),
]
REGION_TABLES = {24: [(0, 4, 0), (5, 12, 1), (13, 20, 2), (21, 24, 3)]}

# ---------------------------------------------------------------------------
# The synthetic data
# ---------------------------------------------------------------------------
#
# Per PDU: cases; attributes (name, [(value, count)], layout "blocks" or
# "shuffled"); kqs as {id: (k, n)} (n < cases: the other cases answer n/a);
# prompts {id: (k, n)}; judgements for 1.1-1.4; not_rated; discretion
# {standard: (rating, reason)}; departures {standard: reason}.
# "higher" choices, for every PDU: for each KQ listed, the yes-rate of the
# first value above the second's, in each PDU and pooled over the region
# ("female cases were assessed more positively than male cases"; "the work of
# PSOs ... was of a lesser quality than that of POs"; regional reports quoted
# in issue 14).

HIGHER = ([(q, "gender", "female", "male") for q in ("2.2.1", "2.2.2", "2.2.3")] +
          [(q, "grade", "PO", "PSO") for q in ("2.2.2", "2.2.3", "2.3.2", "2.3.3", "2.4.2", "2.4.3",
                                               "2.5.2", "2.5.3")])

PDUS = [
    {
        "slug": "fernmoor-2024", "name": "Fernmoor PDU", "prefix": "FMR", "fieldwork": "2024-01",
        "cases": 24,
        "attributes": [("sentence", [("community", 16), ("licence", 8)], "blocks"),
                       ("grade", [("PO", 10), ("PSO", 9), ("PQiP", 4), ("other", 1)], "shuffled"),
                       ("gender", [("male", 19), ("female", 5)], "shuffled")],
        "kqs": {"2.1.1": (4, 8), "2.2.1": (20, 24), "2.2.2": (17, 24), "2.2.3": (13, 24),
                "2.3.1": (19, 24), "2.3.2": (16, 24), "2.3.3": (14, 24),
                "2.4.1": (22, 24), "2.4.2": (14, 24), "2.4.3": (12, 24),
                "2.5.1": (18, 24), "2.5.2": (16, 24), "2.5.3": (13, 24), "2.6.1": (11, 24)},
        "prompts": {"2.2.3.a": (9, 20), "2.3.3.a": (14, 22)},
        "judgements": {"1.1": "Good", "1.2": "Good", "1.3": "Requires improvement", "1.4": "Good"},
        "not_rated": [], "discretion": {}, "departures": {},
    },
    {
        "slug": "greystone-2024", "name": "Greystone PDU", "prefix": "GRY", "fieldwork": "2024-02",
        "cases": 31,
        "attributes": [("sentence", [("community", 20), ("licence", 11)], "blocks"),
                       ("grade", [("PO", 11), ("PSO", 14), ("PQiP", 5), ("other", 1)], "shuffled"),
                       ("gender", [("male", 26), ("female", 5)], "shuffled")],
        "kqs": {"2.1.1": (4, 12), "2.2.1": (21, 31), "2.2.2": (17, 31), "2.2.3": (12, 31),
                "2.3.1": (22, 31), "2.3.2": (18, 31), "2.3.3": (13, 31),
                "2.4.1": (24, 31), "2.4.2": (16, 31), "2.4.3": (11, 31),
                "2.5.1": (19, 31), "2.5.2": (15, 31), "2.5.3": (10, 31), "2.6.1": (12, 31)},
        "prompts": {},
        "judgements": {"1.1": "Good", "1.2": "Requires improvement", "1.3": "Requires improvement",
                       "1.4": "Requires improvement"},
        "not_rated": [], "discretion": {},
        "departures": {"1.3": "Services commissioned regionally were in place but under-used in the "
                              "cases inspected (synthetic)"},
    },
    {
        "slug": "hollowbrook-2024", "name": "Hollowbrook PDU", "prefix": "HLB", "fieldwork": "2024-03",
        "cases": 40,
        # No pre-sentence work in the sample: court work Not rated, no 2.1.1 column.
        "attributes": [("sentence", [("community", 27), ("licence", 13)], "blocks"),
                       ("grade", [("PO", 17), ("PSO", 16), ("PQiP", 6), ("other", 1)], "shuffled"),
                       ("gender", [("male", 33), ("female", 7)], "shuffled")],
        "kqs": {"2.2.1": (34, 40), "2.2.2": (30, 40), "2.2.3": (26, 40),
                "2.3.1": (36, 40), "2.3.2": (32, 40), "2.3.3": (28, 40),
                "2.4.1": (34, 40), "2.4.2": (28, 40), "2.4.3": (26, 40),
                "2.5.1": (32, 40), "2.5.2": (30, 40), "2.5.3": (26, 40), "2.6.1": (24, 40)},
        "prompts": {"2.3.3.a": (30, 36)},
        "judgements": {"1.1": "Good", "1.2": "Good", "1.3": "Good", "1.4": "Outstanding"},
        "not_rated": ["2.1"], "discretion": {}, "departures": {},
    },
    {
        "slug": "kestrel-bay-2024", "name": "Kestrel Bay PDU", "prefix": "KBY", "fieldwork": "2024-04",
        "cases": 35,
        "attributes": [("sentence", [("community", 23), ("licence", 12)], "blocks"),
                       ("grade", [("PO", 14), ("PSO", 15), ("PQiP", 5), ("other", 1)], "shuffled"),
                       ("gender", [("male", 29), ("female", 6)], "shuffled")],
        "kqs": {"2.1.1": (10, 15), "2.2.1": (26, 35), "2.2.2": (22, 35), "2.2.3": (16, 35),
                "2.3.1": (28, 35), "2.3.2": (23, 35), "2.3.3": (18, 35),
                "2.4.1": (25, 35), "2.4.2": (20, 35), "2.4.3": (15, 35),
                "2.5.1": (24, 35), "2.5.2": (21, 35), "2.5.3": (14, 35), "2.6.1": (17, 35)},
        "prompts": {"2.2.3.a": (15, 30)},
        "judgements": {"1.1": "Requires improvement", "1.2": "Good", "1.3": "Requires improvement",
                       "1.4": "Requires improvement"},
        "not_rated": [],
        "discretion": {"2.5": ("Requires improvement", "Positive scores in the other two key questions "
                                                       "(synthetic)")},
        "departures": {"1.3": "A new accommodation service not yet reflected in the cases inspected "
                              "(synthetic)"},
    },
]

REGION = {
    "slug": "westmarch-2024", "name": "Westmarch region", "fieldwork": "2024-06",
    "judgements": {"1.1": "Good", "1.2": "Requires improvement"},
    # Inspected at regional level: unpaid work cases answer 2.5.x, victim
    # contact cases 2.6.x, each n/a to the other's questions.
    "cases_file": "westmarch-region-cases.csv",
    "groups": [("UPW", "unpaid work", 30, {"2.5.1": 22, "2.5.2": 17}),
               ("VIC", "victim contact", 20, {"2.6.1": 16, "2.6.2": 14})],
}

# ---------------------------------------------------------------------------
# Generation
# ---------------------------------------------------------------------------

def case_ids(prefix, count):
    return ["%s%02d" % (prefix, i + 1) for i in range(count)]


def rate_of(column, attrs, attr, value):
    answers = [a for cid, a in column.items() if a != "n/a" and attrs[cid][attr] == value]
    return Fraction(answers.count("yes"), len(answers)) if answers else None


def holds(column, attrs, choice):
    _, attr, hi, lo = choice
    r_hi, r_lo = rate_of(column, attrs, attr, hi), rate_of(column, attrs, attr, lo)
    return r_hi is not None and r_lo is not None and r_hi > r_lo


def generate_column(slug, ids, attrs, qid, k, n, choices):
    for attempt in range(MAX_ATTEMPTS):
        base = "%s/%s/%d" % (slug, qid, attempt)
        relevant = set(Rng(base + "/relevant").permutation(ids)[:n])
        pool = [cid for cid in ids if cid in relevant]
        yes = set(Rng(base + "/yes").permutation(pool)[:k])
        column = {cid: ("yes" if cid in yes else "no") if cid in relevant else "n/a" for cid in ids}
        if all(holds(column, attrs, c) for c in choices if c[0] == qid):
            return column
    raise SystemExit("FAIL %s %s: no draw satisfies the choices in %d attempts" % (slug, qid, MAX_ATTEMPTS))


def generate_pdu(pdu):
    ids = case_ids(pdu["prefix"], pdu["cases"])
    attrs = assign_attributes(pdu, ids)
    columns = {}
    for qid, (k, n) in list(pdu["kqs"].items()) + list(pdu["prompts"].items()):
        columns[qid] = generate_column(pdu["slug"], ids, attrs, qid, k, n, HIGHER if qid in pdu["kqs"] else [])
    return ids, attrs, columns


def column_ids(pdu):
    return sorted(pdu["kqs"], key=lambda q: [int(p) for p in q.split(".")]) + list(pdu["prompts"])


def render_pdu_csv(pdu, ids, attrs, columns):
    attr_names = [a[0] for a in pdu["attributes"]]
    qids = column_ids(pdu)
    lines = [
        "# SYNTHETIC - NOT REAL CASE DATA.",
        "# An invented PDU of an invented region, generated by %s to exercise rerate region" % GENERATOR,
        "# (cases/regions/README.md says how). Methodology hmip-pdu-2021.",
        "# n/a = key question not relevant to the case (excluded from that question's count).",
        ",".join(["case"] + attr_names + qids),
    ]
    for cid in ids:
        lines.append(",".join([cid] + [attrs[cid][a] for a in attr_names] + [columns[q][cid] for q in qids]))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# The rules, computed independently of rerate
# ---------------------------------------------------------------------------

def band(k, n):
    for lower, level in BANDS:
        if Fraction(100 * k, n) >= lower:
            return level
    raise AssertionError((k, n))


def printed(k, n):
    return (200 * k + n) // (2 * n)  # round half up


def overall(score, maximum, tables):
    for lo, hi, level in tables[maximum]:
        if lo <= score <= hi:
            return level
    raise AssertionError((score, maximum))


def rate_pdu(pdu):
    """The PDU's ratings under hmip-pdu-2021: {standard: level or None}, score, max, overall."""
    ratings = {}
    for sid, _name, kqs in PDU_STANDARDS:
        if sid in pdu["not_rated"]:
            ratings[sid] = None
        elif not kqs:
            ratings[sid] = RATINGS.index(pdu["judgements"][sid])
        else:
            ratings[sid] = min(band(*pdu["kqs"][q]) for q in kqs)
    for sid, (rating, _reason) in pdu["discretion"].items():
        if abs(RATINGS.index(rating) - ratings[sid]) != 1:
            raise SystemExit("FAIL %s: discretion on %s is not one band" % (pdu["slug"], sid))
        ratings[sid] = RATINGS.index(rating)
    if ratings["2.1"] == 0 and ratings["1.1"] > 1:  # court-work-caps-leadership
        ratings["1.1"] = 1
    rated = [level for level in ratings.values() if level is not None]
    score, maximum = sum(rated), 3 * len(rated)
    return ratings, score, maximum, overall(score, maximum, PDU_TABLES)


def pooled(rows_by_pdu, qid, licence_only=False):
    yes = relevant = 0
    for pdu, (ids, attrs, columns) in rows_by_pdu:
        if qid not in columns:
            continue
        for cid in ids:
            if licence_only and attrs[cid]["sentence"] != "licence":
                continue
            answer = columns[qid][cid]
            relevant += answer != "n/a"
            yes += answer == "yes"
    return yes, relevant


def region_counts():
    counts = {}
    for _code, _work, _count, targets in REGION["groups"]:
        for qid, k in targets.items():
            counts[qid] = (k, _count)
    return counts


def rate_region(rows_by_pdu):
    """The regional ratings under hmip-region-2023 from the generated rows."""
    own = region_counts()
    kq_counts, ratings = {}, {}
    for sid, kqs in REGION_STANDARDS:
        if not kqs:
            ratings[sid] = RATINGS.index(REGION["judgements"][sid])
            continue
        for rid, source, licence_only in kqs:
            kq_counts[rid] = pooled(rows_by_pdu, source, licence_only) if source else own[rid]
        ratings[sid] = min(band(*kq_counts[rid]) for rid, _s, _l in kqs)
    score = sum(ratings.values())
    maximum = 3 * len(ratings)
    return ratings, kq_counts, score, maximum, overall(score, maximum, REGION_TABLES)


# ---------------------------------------------------------------------------
# YAML text
# ---------------------------------------------------------------------------

def q(text):
    return '"%s"' % text


def ratings_block(indent, ratings, names=None):
    lines = []
    for sid, level in ratings.items():
        name = "Not rated" if level is None else RATINGS[level]
        lines.append("%s%s: %s" % (indent, q(sid), name))
    return lines


def render_pdu_yaml(pdu, ratings, score, maximum, level):
    p = pdu
    lines = [
        "# SYNTHETIC - NOT REAL DATA: an invented PDU of the invented Westmarch region,",
        "# generated by %s (cases/regions/README.md).  Its published: and expect:" % GENERATOR,
        "# blocks hold the ratings that script computes with its own implementation of",
        "# the rules, so rerate check and rerate test compare rerate with it.",
        "inspection: %s" % p["name"],
        "methodology: hmip-pdu-2021",
        "fieldwork: %s" % p["fieldwork"],
        "source: Synthetic data for the rerate region fixture (%s)" % GENERATOR,
        "ratings:",
    ] + ["  %s: %s" % (q(s), r) for s, r in p["judgements"].items()]
    lines.append("not_rated: [%s]" % ", ".join(q(s) for s in p["not_rated"]))
    lines.append("cases: %s.csv" % p["slug"])
    if p["discretion"]:
        lines.append("discretion:")
        for sid, (rating, reason) in p["discretion"].items():
            lines += ["  - standard: %s" % q(sid), "    rating: %s" % rating, "    reason: %s" % reason]
    if p["departures"]:
        lines.append("departures:")
        for sid, reason in p["departures"].items():
            lines += ["  - standard: %s" % q(sid), "    reason: %s" % reason]
    scored = {s: r for s, r in ratings.items()}
    lines += ["published:", "  score: %d" % score, "  max: %d" % maximum, "  overall: %s" % RATINGS[level],
              "  standards:"] + ratings_block("    ", scored)
    lines.append("  key_questions:")
    for qid in sorted(p["kqs"], key=lambda s: [int(x) for x in s.split(".")]):
        lines.append("    %s: %d" % (q(qid), printed(*p["kqs"][qid])))
    lines += ["expect:", "  labels: [region-fixture]", "  score: %d/%d" % (score, maximum),
              "  overall: %s" % RATINGS[level], "  standards:"] + ratings_block("    ", scored)
    lines.append("  findings: []")
    return "\n".join(lines) + "\n"


def render_region_csv():
    lines = [
        "# SYNTHETIC - NOT REAL CASE DATA: the invented Westmarch region's own case inspection",
        "# (unpaid work and statutory victim contact cases), generated by %s." % GENERATOR,
        "# n/a = key question not relevant to the case.",
        "case,work,2.5.1,2.5.2,2.6.1,2.6.2",
    ]
    for code, work, count, targets in REGION["groups"]:
        ids = case_ids(code, count)
        columns = {}
        for qid in ("2.5.1", "2.5.2", "2.6.1", "2.6.2"):
            if qid in targets:
                yes = set(Rng("%s/%s/%s" % (REGION["slug"], code, qid)).permutation(ids)[:targets[qid]])
                columns[qid] = {cid: "yes" if cid in yes else "no" for cid in ids}
            else:
                columns[qid] = {cid: "n/a" for cid in ids}
        for cid in ids:
            lines.append(",".join([cid, work] + [columns[qid][cid] for qid in ("2.5.1", "2.5.2", "2.6.1", "2.6.2")]))
    return "\n".join(lines) + "\n"


def render_region_yaml(pdu_results, rows_by_pdu, region):
    ratings, kq_counts, score, maximum, level = region
    lines = [
        "# SYNTHETIC - NOT REAL DATA: an invented region of four invented PDUs, generated by",
        "# %s (cases/regions/README.md says how).  published: holds what the" % GENERATOR,
        "# script computes with its own implementation of the rules: the regional ratings,",
        "# every key question pooled over the PDUs, and each PDU's ratings.",
        "region: %s" % REGION["name"],
        "methodology: hmip-region-2023",
        "fieldwork: %s" % REGION["fieldwork"],
        "source: Synthetic data for the rerate region fixture (%s)" % GENERATOR,
        "inspections:",
    ] + ["  - %s.yaml" % p["slug"] for p in PDUS]
    lines.append("ratings:")
    lines += ["  %s: %s" % (q(s), r) for s, r in REGION["judgements"].items()]
    lines.append("cases: %s" % REGION["cases_file"])
    lines += ["published:", "  score: %d" % score, "  max: %d" % maximum, "  overall: %s" % RATINGS[level],
              "  standards:"] + ratings_block("    ", ratings)
    lines.append("  key_questions:")
    for rid, (k, n) in kq_counts.items():
        lines.append("    %s: %d" % (q(rid), printed(k, n)))
    lines.append("  pooled:                  # every PDU key question over the four PDUs' cases")
    for qid in sorted({x for p in PDUS for x in p["kqs"]}, key=lambda s: [int(x) for x in s.split(".")]):
        k, n = pooled(rows_by_pdu, qid)
        lines.append("    %s: %d" % (q(qid), printed(k, n)))
    lines.append("  pdus:                    # the ratings table of the regional annexe")
    for p, (pratings, pscore, pmax, plevel) in zip(PDUS, pdu_results):
        lines += ["    %s:" % p["name"], "      score: %d" % pscore, "      max: %d" % pmax,
                  "      overall: %s" % RATINGS[plevel], "      standards:"] + ratings_block("        ", pratings)
    lines += ["expect:", "  labels: [region-fixture]", "  score: %d/%d" % (score, maximum),
              "  overall: %s" % RATINGS[level], "  standards:"] + ratings_block("    ", ratings)
    lines.append("  key_questions:")
    for rid, (k, n) in kq_counts.items():
        lines.append("    %s: %s" % (q(rid), RATINGS[band(k, n)]))
    lines.append("  findings: []")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Verification
# ---------------------------------------------------------------------------

def band_of_printed(percent):
    return band(percent, 100)


def exactness_errors(what, k, n):
    """A figure whose printed whole percentage depends on the rounding rule, or
    lies in another band than the exact fraction, would make the fixture test
    rounding rather than pooling."""
    errs = []
    if (200 * k) % n == 0 and ((200 * k) // n) % 2 == 1:
        errs.append("%s: %d/%d is exactly x.5%%" % (what, k, n))
    if band(k, n) != band_of_printed(printed(k, n)):
        errs.append("%s: %d/%d prints as %d%%, in another band than the exact fraction" % (what, k, n, printed(k, n)))
    return errs


def verify(rows_by_pdu, region_kqs):
    errs = []
    for rid, (k, n) in region_kqs.items():
        errs += exactness_errors("region " + rid, k, n)
    for qid in sorted({x for p in PDUS for x in p["kqs"]}):
        errs += exactness_errors("pooled " + qid, *pooled(rows_by_pdu, qid))
    for pdu, (ids, attrs, columns) in rows_by_pdu:
        for qid, (k, n) in pdu["kqs"].items():
            errs += exactness_errors("%s %s" % (pdu["slug"], qid), k, n)
        for qid, (k, n) in list(pdu["kqs"].items()) + list(pdu["prompts"].items()):
            col = [columns[qid][cid] for cid in ids]
            if (col.count("yes"), col.count("no"), col.count("n/a")) != (k, n - k, len(ids) - n):
                errs.append("%s %s: rows do not hold %d/%d" % (pdu["slug"], qid, k, n))
        for choice in HIGHER:
            if choice[0] in columns and not holds(columns[choice[0]], attrs, choice):
                errs.append("%s: %r does not hold" % (pdu["slug"], choice))
        for cid in ids:
            for name, _counts, _layout in pdu["attributes"]:
                if not attrs[cid].get(name):
                    errs.append("%s %s: empty %s" % (pdu["slug"], cid, name))
    for qid, attr, hi, lo in HIGHER:
        def pooled_rate(value):
            yes = relevant = 0
            for _pdu, (ids, attrs, columns) in rows_by_pdu:
                for cid in ids:
                    if qid in columns and columns[qid][cid] != "n/a" and attrs[cid][attr] == value:
                        relevant += 1
                        yes += columns[qid][cid] == "yes"
            return Fraction(yes, relevant)
        if not pooled_rate(hi) > pooled_rate(lo):
            errs.append("pooled over the region: %s %s=%s not above %s" % (qid, attr, hi, lo))
    return errs


def main(argv):
    check_only = "--check" in argv[1:]
    rows_by_pdu = [(pdu, generate_pdu(pdu)) for pdu in PDUS]
    region = rate_region(rows_by_pdu)
    errors = verify(rows_by_pdu, region[1])
    if errors:
        for e in errors:
            print("FAIL " + e, file=sys.stderr)
        print("%d violation(s); nothing written." % len(errors), file=sys.stderr)
        return 1
    pdu_results = [rate_pdu(pdu) for pdu in PDUS]
    files = {}
    for (pdu, rows), result in zip(rows_by_pdu, pdu_results):
        files[pdu["slug"] + ".csv"] = render_pdu_csv(pdu, *rows)
        files[pdu["slug"] + ".yaml"] = render_pdu_yaml(pdu, *result)
    files[REGION["cases_file"]] = render_region_csv()
    files[REGION["slug"] + ".yaml"] = render_region_yaml(pdu_results, rows_by_pdu, region)

    stale = []
    for name, text in sorted(files.items()):
        path = os.path.join(ROOT, OUT, name)
        if write_or_compare(path, text, check_only):
            stale.append(path)
    for pdu, (ratings, score, maximum, level) in zip(PDUS, pdu_results):
        print("%-16s %2d/%d %s" % (pdu["name"], score, maximum, RATINGS[level]))
    ratings, kq_counts, score, maximum, level = region
    for rid, (k, n) in kq_counts.items():
        print("  region %-6s %3d/%-3d %3d%%  %s" % (rid, k, n, printed(k, n), RATINGS[band(k, n)]))
    print("%-16s %2d/%d %s" % (REGION["name"], score, maximum, RATINGS[level]))
    if stale:
        for p in stale:
            print("STALE " + p, file=sys.stderr)
        return 1
    print("verified" + ("; files on disk match" if check_only else "; wrote %d files" % len(files)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
