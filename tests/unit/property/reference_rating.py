#!/usr/bin/env python3
"""A second, independent implementation of the documented rating method
(../shared/METHODOLOGY.md, rules/README.md "Order of evaluation"), held
against rerate on random inspections of both shipped PDU methodologies.

It reads the rules files itself (PyYAML, not rerate's parser), draws random
inspections (case answers in a CSV, or counts, near band edges often; Not
rated standards; discretion within the distance allowed), writes them to a
folder, rates them with `rerate rate FOLDER --format json` and compares every
key question's counts and band, every standard's computed and final rating,
the score, its maximum and the overall rating with its own.

    python3 reference_rating.py RERATE RULES_DIR [--count N] [--seed S]

Exit 0 when every inspection agrees, 1 with the first differences otherwise.
Python 3 standard library and PyYAML only.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
from fractions import Fraction

import yaml


class ExactLoader(yaml.SafeLoader):
    """YAML with decimals read as exact fractions (62.5, never a float)."""


ExactLoader.add_constructor(
    "tag:yaml.org,2002:float", lambda loader, node: Fraction(loader.construct_scalar(node)))


def load_rules(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=ExactLoader)


class Method:
    """The parts of a rules file the rating needs, by id."""

    def __init__(self, rules):
        self.name = rules["methodology"]
        self.levels = [level["name"] for level in rules["scale"]["ratings"]]
        self.points = [level["points"] for level in rules["scale"]["ratings"]]
        banding = rules["key_question_bands"]
        self.decide_on = banding["decide_on"]
        self.rounding = banding["printed_rounding"]
        self.bands = [(self.level(b["rating"]), Fraction(b["from"]),
                       Fraction(b["below"]) if "below" in b else None) for b in banding["bands"]]
        self.max_bands = rules["discretion"]["max_bands"]
        self.standards = []  # (id, basis, may_be_not_rated, reported_only, [kq ids])
        for domain in rules["domains"]:
            for s in domain["standards"]:
                kqs = [str(k["id"]) for k in s.get("key_questions", [])]
                self.standards.append((str(s["id"]), s["basis"], s.get("may_be_not_rated", False),
                                       s.get("reported_only", False), kqs))
        self.limits = [(str(l["when"]["standard"]), self.condition(l["when"]), str(l["standard"]),
                        self.level(l["at_most"])) for l in rules.get("limits", [])]
        self.tables = {t["max"]: [(self.level(b["rating"]), b["from"], b["to"]) for b in t["bands"]]
                       for t in rules["overall"]["tables"]}

    def level(self, name):
        return self.levels.index(name)

    def condition(self, when):
        names = when["rating_in"] if "rating_in" in when else [when["rating"]]
        return {self.level(n) for n in names}

    def printed(self, yes, relevant):
        """k/n as the whole percentage a report prints."""
        exact = Fraction(100 * yes, relevant)
        whole, rest = divmod(exact, 1)
        if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and (self.rounding == "half up" or whole % 2 == 1)):
            whole += 1
        return int(whole)

    def band(self, yes, relevant):
        value = Fraction(100 * yes, relevant) if self.decide_on == "exact fraction" else self.printed(yes, relevant)
        for level, low, below in self.bands:
            if value >= low and (below is None or value < below):
                return level
        raise ValueError("no band for %s" % value)


def rate(method, inspection):
    """The documented order: key questions, lowest key question, judgements,
    discretion, limits in file order, points, the score table."""
    ratings, computed, kq_results = {}, {}, {}
    for sid, basis, _, reported_only, kqs in method.standards:
        if sid in inspection["not_rated"]:
            continue
        if basis == "judgement":
            computed[sid] = ratings[sid] = method.level(inspection["judged"][sid])
            continue
        bands = []
        for kq in kqs:
            yes, relevant = inspection["counts"][kq]
            kq_results[kq] = (yes, relevant, None if reported_only else method.band(yes, relevant))
            bands.append(method.band(yes, relevant))
        if reported_only:
            continue
        computed[sid] = ratings[sid] = min(bands)
    for sid, level in inspection["discretion"].items():
        ratings[sid] = level
    for when_standard, when_levels, standard, at_most in method.limits:
        if when_standard in ratings and ratings[when_standard] in when_levels and standard in ratings:
            ratings[standard] = min(ratings[standard], at_most)
    score = sum(method.points[ratings[sid]] for sid in ratings)
    maximum = len(ratings) * max(method.points)
    overall = next(level for level, low, high in method.tables[maximum] if low <= score <= high)
    return {"ratings": ratings, "computed": computed, "kqs": kq_results, "score": score, "max": maximum,
            "overall": overall}


def draw_counts(rng, relevant):
    """Yes answers out of `relevant`: anything, or on and around a band edge."""
    if rng.random() < 0.4:
        edge = rng.choice([50, 65, 80])
        exact = Fraction(edge * relevant, 100)
        return max(0, min(relevant, int(exact) + rng.choice([-1, 0, 0, 1])))
    return rng.randint(0, relevant)


def draw_inspection(method, rng, stem):
    inspection = {"judged": {}, "not_rated": set(), "counts": {}, "discretion": {}, "stem": stem}
    for sid, basis, may_be_not_rated, _, _ in method.standards:
        if basis == "judgement":
            inspection["judged"][sid] = rng.choice(method.levels)
        elif may_be_not_rated and rng.random() < 0.3:
            inspection["not_rated"].add(sid)
    inspection["with_cases"] = rng.random() < 0.6
    cases = rng.randint(1, 45)
    inspection["answers"] = {}
    for sid, basis, _, _, kqs in method.standards:
        if basis != "cases" or sid in inspection["not_rated"]:
            continue
        for kq in kqs:
            relevant = rng.randint(1, cases)
            yes = draw_counts(rng, relevant)
            inspection["counts"][kq] = (yes, relevant)
            column = ["yes"] * yes + ["no"] * (relevant - yes) + ["n/a"] * (cases - relevant)
            rng.shuffle(column)
            inspection["answers"][kq] = column
    inspection["cases"] = cases
    # Discretion on a rated case standard, within the distance allowed.
    plain = rate(method, inspection)
    movable = [sid for sid, basis, _, reported_only, _ in method.standards
               if basis == "cases" and not reported_only and sid in plain["ratings"]]
    if movable and rng.random() < 0.25:
        sid = rng.choice(movable)
        level = plain["computed"][sid]
        choices = [l for l in range(len(method.levels)) if l != level and abs(l - level) <= method.max_bands]
        inspection["discretion"][sid] = rng.choice(choices)
    return inspection


def quoted(text):
    return json.dumps(text)


def write_inspection(method, inspection, folder):
    stem = inspection["stem"]
    lines = ["inspection: Reference %s" % stem, "methodology: %s" % method.name, "ratings:"]
    lines += ["  %s: %s" % (quoted(sid), rating) for sid, rating in inspection["judged"].items()]
    lines.append("not_rated: [%s]" % ", ".join(quoted(s) for s in sorted(inspection["not_rated"])))
    if inspection["with_cases"]:
        kqs = list(inspection["answers"])
        rows = ["case," + ",".join(kqs)]
        for c in range(inspection["cases"]):
            rows.append("C%d," % (c + 1) + ",".join(inspection["answers"][kq][c] for kq in kqs))
        with open(os.path.join(folder, stem + ".csv"), "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
        lines.append("cases: %s.csv" % stem)
    else:
        lines.append("key_questions:")
        lines += ["  %s: {yes: %d, relevant: %d}" % (quoted(kq), yes, relevant)
                  for kq, (yes, relevant) in inspection["counts"].items()]
    if inspection["discretion"]:
        lines.append("discretion:")
        for sid, level in inspection["discretion"].items():
            lines += ["  - standard: %s" % quoted(sid), "    rating: %s" % method.levels[level],
                      "    reason: drawn by the reference test"]
    with open(os.path.join(folder, stem + ".yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def differences(method, expected, result):
    """What rerate's JSON says that the reference does not."""
    found = []
    name = lambda level: None if level is None else method.levels[level]
    if result["score"] != {"points": expected["score"], "max": expected["max"]}:
        found.append("score %s, expected %d/%d" % (result["score"], expected["score"], expected["max"]))
    if result["overall"] != name(expected["overall"]):
        found.append("overall %s, expected %s" % (result["overall"], name(expected["overall"])))
    for standard in result["standards"]:
        sid = standard["id"]
        if standard["rating"] != name(expected["ratings"].get(sid)):
            found.append("%s rating %s, expected %s" % (sid, standard["rating"], name(expected["ratings"].get(sid))))
        if standard["computed_rating"] != name(expected["computed"].get(sid)):
            found.append("%s computed %s, expected %s" % (sid, standard["computed_rating"],
                                                          name(expected["computed"].get(sid))))
        for kq in standard["key_questions"]:
            if kq["id"] not in expected["kqs"]:
                continue
            yes, relevant, band = expected["kqs"][kq["id"]]
            if (kq["yes"], kq["relevant"], kq["band"]) != (yes, relevant, name(band)):
                found.append("%s %s/%s %s, expected %d/%d %s" % (kq["id"], kq["yes"], kq["relevant"], kq["band"],
                                                                 yes, relevant, name(band)))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("rerate")
    parser.add_argument("rules_dir")
    parser.add_argument("--count", type=int, default=1000, help="inspections per methodology")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failures = 0
    for name in ("hmip-pdu-2021", "hmip-pdu-2023"):
        method = Method(load_rules(os.path.join(args.rules_dir, name + ".yaml")))
        with tempfile.TemporaryDirectory() as folder:
            inspections = {}
            for i in range(args.count):
                inspection = draw_inspection(method, rng, "r%05d" % i)
                write_inspection(method, inspection, folder)
                inspections[os.path.join(folder, inspection["stem"] + ".yaml")] = inspection
            run = subprocess.run([args.rerate, "rate", folder, "--format", "json", "--rules-dir", args.rules_dir],
                                 capture_output=True, text=True, check=False)
            if run.returncode != 0:
                print("rerate rate exited %d:\n%s" % (run.returncode, run.stderr[:2000]))
                return 1
            results = json.loads(run.stdout)["results"]
            if len(results) != args.count:
                print("%s: %d results for %d inspections" % (name, len(results), args.count))
                return 1
            for result in results:
                found = differences(method, rate(method, inspections[result["file"]]), result)
                if found:
                    failures += 1
                    if failures <= 5:
                        with open(result["file"], encoding="utf-8") as f:
                            print("DIFFERENT %s:\n  %s\n%s" % (result["file"], "\n  ".join(found), f.read()))
        print("%s: %d random inspections compared" % (name, args.count))
    print("%d disagreements" % failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
