// Checking a rules file without an inspection: everything the loader
// rejects (errors), and what it accepts but cannot be meant (warnings): a
// rule that can never act, bands that give a lower rating to a higher
// value, a score table no inspection can use.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rerate/result.h"
#include "rerate/rules.h"

namespace rerate {

enum class LintSeverity { kError, kWarning };

struct LintFinding {
  LintSeverity severity = LintSeverity::kWarning;
  std::string check;  // "score-table-not-monotonic", ...; "load" for a loader error
  std::string rule;   // the rule id concerned, "" when none
  SourceLocation where;
  std::string message;
};

struct LintReport {
  std::string file;
  std::shared_ptr<const Methodology> methodology;  // null when the loader rejects the file
  std::vector<LintFinding> findings;

  int Errors() const;
  int Warnings() const;
};

// The warnings for a loaded methodology (README.md, "rerate lint", lists
// every check and why).
std::vector<LintFinding> LintMethodology(const Methodology& methodology);

// Loads the rules file (a loader error is the one error finding) and lints it.
LintReport LintRules(const std::string& path);

// The name of every check LintMethodology makes, in the order README.md
// lists them.
const std::vector<std::string>& LintChecks();

enum class LintFormat { kText, kJson, kJunit };

// "text", "json" or "junit".
Result<LintFormat> ParseLintFormat(const std::string& name);

// Text: "file:line:col: error|warning: message [check]" per finding, then a
// line per file.  JSON: {files: [{file, methodology, errors, warnings,
// findings: [{severity, check, rule, where, message}]}]}.  JUnit: a testsuite
// per file, a testcase per check (and "load", the loader's), failing with
// the check's warnings, or an error when the loader refuses the file.
std::string RenderLint(const std::vector<LintReport>& reports, LintFormat format);

}  // namespace rerate
