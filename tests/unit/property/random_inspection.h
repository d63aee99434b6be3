// Random inspections for the property tests: seeded (std::mt19937, so a
// failure names a seed that reproduces it), of any methodology, written as
// case answers (a CSV), as the counts they add up to, or as the percentages
// a report would print.
#pragma once

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "rerate/evaluate.h"
#include "rerate/rules.h"

namespace rerate::property {

struct RandomInspection {
  std::shared_ptr<const Methodology> methodology;
  std::vector<std::string> judged;  // per standard: a judgement standard's rating, "" for the others
  std::vector<bool> not_rated;      // per standard
  std::vector<std::string> case_ids;
  // Per key question, per case: 'y', 'n' or '-' (n/a); empty for the key
  // questions of a standard Not rated (the CSV has no column for them).
  std::vector<std::string> answers;

  int Yes(int key_question) const;
  int Relevant(int key_question) const;

  // The case file, rows in `order` (indices into case_ids), or file order.
  std::string Csv(const std::vector<int>& order = {}) const;
  // The inspection file without `cases:` (testing::EvidenceFromText adds it).
  std::string Yaml() const;
  // The same inspection with key_questions: {yes, relevant} instead of cases.
  std::string CountsYaml() const;
  // With the whole percentages a report prints ({percent: P}, or with
  // `with_relevant` {percent: P, relevant: N}) instead of cases.
  std::string PercentagesYaml(bool with_relevant) const;
};

// 3 to 40 cases, answers yes, no and n/a in proportions drawn per key
// question (every key question relevant to some case), judgements drawn
// from the scale, standards that may be Not rated Not rated a third of the
// time.  No discretion and no departures.
RandomInspection MakeRandomInspection(std::shared_ptr<const Methodology> methodology, std::mt19937& random);

// What an evaluation decided, as text to compare: each standard's computed
// and final rating, each key question's counts and band, score, maximum and
// overall rating.
std::string Outcome(const Evaluation& evaluation);

// Whether rating `a` is at least `b`; Not rated (none) only equals itself.
bool AtLeast(const std::optional<Rating>& a, const std::optional<Rating>& b);

}  // namespace rerate::property
