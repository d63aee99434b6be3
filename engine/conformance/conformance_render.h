// `rerate test` reports for people and scripts, and the pieces the JUnit
// report shares with them.
#pragma once

#include <string>
#include <vector>

#include "rerate/conformance.h"

namespace rerate {

const char* TestStatusName(TestStatus status);

// "12 passed, 1 failed", with tests that could not be run or were not
// selected when there are any.
std::string ClosingLine(const TestRun& run);

// "--rules: 5 tests of hmip-pdu-2021 rated with FILE; the others with the
// methodology they name".
std::string OverrideLine(const TestRun& run);

// Hundredths of a percent as "80%", "87.5%", "97.72%".
std::string PercentText(int hundredths);

// Each failed expectation: where it is written, expected, actual, why.
std::vector<std::string> FailureLines(const TestOutcome& outcome);

// The coverage of one rules file, every behaviour with the test that
// exercises it, then each one no test exercises as file:line:col.
std::string CoverageText(const RulesCoverage& rules);

}  // namespace rerate
