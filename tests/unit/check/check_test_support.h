// Helpers for the check tests: an inspection written inline, checked, and
// lookups into the result.
#pragma once

#include <catch2/catch.hpp>
#include <string>

#include "rerate/check.h"
#include "test_support.h"

namespace rerate::testing {

// Every judgement standard Good (hmip-pdu-2021).
inline const std::string kJudgedGood = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";

// What a report prints for Inspection2021(kJudgedGood, ""): every standard
// Good, 18 of 27, overall Good.  `standards` lines replace the defaults.
inline std::string PublishedAllGood(int score = 18, const std::string& overall = "Good",
                                    const std::string& standards = "", const std::string& extra = "",
                                    int max = 27) {
  std::string lines;
  for (const char* id : {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5"}) {
    if (standards.find(std::string("\"") + id + "\"") != std::string::npos) continue;
    lines += std::string("    \"") + id + "\": Good\n";
  }
  return "published:\n  score: " + std::to_string(score) + "\n  max: " + std::to_string(max) +
         "\n  overall: " + overall + "\n  standards:\n" + lines + standards + extra;
}

inline Result<CheckResult> CheckText(std::shared_ptr<const Methodology> methodology, const std::string& yaml) {
  static int counter = 0;
  Result<Inspection> inspection = LoadInspection(WriteScratch("check" + std::to_string(++counter) + ".yaml", yaml));
  if (!inspection) return inspection.error();
  return CheckInspection(*inspection, std::move(methodology));
}

// A check that must run (its data and published: block are valid).
inline CheckResult MustCheck(std::shared_ptr<const Methodology> methodology, const std::string& yaml) {
  Result<CheckResult> result = CheckText(std::move(methodology), yaml);
  INFO((result ? std::string() : result.error().ToString()));
  REQUIRE(result.ok());
  return std::move(result).value();
}

inline const CheckedValue* ValueOf(const CheckResult& result, const std::string& subject) {
  for (const CheckedValue& value : result.values) {
    if (value.subject == subject) return &value;
  }
  return nullptr;
}

inline std::string StatusOf(const CheckResult& result, const std::string& subject) {
  const CheckedValue* value = ValueOf(result, subject);
  return value == nullptr ? "(not published)" : ValueStatusName(value->status);
}

// "kind subject" of each finding, for exact comparisons.
inline std::vector<std::string> FindingList(const CheckResult& result) {
  std::vector<std::string> list;
  for (const Finding& finding : result.findings) list.push_back(std::string(FindingKindName(finding.kind)) + " " + finding.subject);
  return list;
}

}  // namespace rerate::testing
