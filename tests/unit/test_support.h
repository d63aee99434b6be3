// Helpers shared by the unit tests: scratch files, the shipped rules, and
// inspections written inline.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rerate/evaluate.h"
#include "rerate/evidence.h"
#include "rerate/rules.h"

namespace rerate::testing {

// A fresh file in this test run's scratch folder, holding `text`.
std::string WriteScratch(const std::string& name, const std::string& text);

// A file of the source tree, e.g. "rules/hmip-pdu-2021.yaml".
std::string SourcePath(const std::string& relative);
std::string ReadSource(const std::string& relative);

// `text` with the one occurrence of `from` replaced (fails the test if absent).
std::string Edit(const std::string& text, const std::string& from, const std::string& to);

// The four seed inspections with case-level data in cases/, or with
// `suffix` "-percentages", their percentages-only copies.
std::vector<std::string> SeedInspections(const std::string& suffix = "");

// A file in cases/ by its stem, loaded and resolved as the program does.
Evidence LoadSeed(const std::string& stem);

// Loads rules from text; the Result carries the loader's error, if any.
Result<std::shared_ptr<const Methodology>> RulesFromText(const std::string& yaml,
                                                         const std::string& name = "rules.yaml");
// The shipped rules files.
std::shared_ptr<const Methodology> Rules2021();
std::shared_ptr<const Methodology> Rules2023();

// An inspection written inline (and its CSV, when given), resolved against
// `methodology`.
Result<Evidence> EvidenceFromText(std::shared_ptr<const Methodology> methodology, const std::string& yaml,
                                  const std::string& csv = "");

// Evidence that must resolve, then evaluated.
Evaluation EvaluateText(std::shared_ptr<const Methodology> methodology, const std::string& yaml,
                        const std::string& csv = "");

// The name of a standard's final rating ("Not rated" when none).
std::string RatingOf(const Evaluation& evaluation, const std::string& standard);

// hmip-pdu-2021 judgements and key-question counts with every case standard
// Good (14/20 = 70%) unless overridden by `extra` lines appended to the
// key_questions block.
std::string Inspection2021(const std::string& ratings, const std::string& key_question_lines,
                           const std::string& tail = "");

}  // namespace rerate::testing
