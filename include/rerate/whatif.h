// What-if scenarios: changes to an inspection's evidence, checked and applied
// to a copy of it (never to the files), and the difference they make to the
// ratings, explained rule by rule.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rerate/evaluate.h"
#include "rerate/evidence.h"
#include "rerate/format.h"
#include "rerate/result.h"

namespace rerate {

// The kinds of change, each named as the command-line option that gives it.
enum class ChangeKind {
  kSet,             // --set 1.1=Good: an inspectors' rating (or a case standard's given rating)
  kKq,              // --kq 2.2.3=+3, =-2 or =14/21: a key question's yes answers
  kCase,            // --case C07:2.2.3=yes: one case's answer
  kNotRated,        // --not-rated 2.1
  kDiscretion,      // --discretion "2.5=Requires improvement: reason"
  kDropDiscretion,  // --drop-discretion 2.5
};

// One change as written: a command-line argument, or an item of a --changes
// file (`- kq: 2.2.3=+3`) with its place.
struct ChangeSpec {
  ChangeKind kind = ChangeKind::kSet;
  std::string value;     // "2.2.3=+3"
  SourceLocation where;  // in a --changes file; file empty for the command line
};

// Every kind, in the order the options are documented.
const std::vector<ChangeKind>& ChangeKinds();
// "kq", "not-rated": the option name without its dashes.
const char* ChangeOptionName(ChangeKind kind);
std::optional<ChangeKind> ChangeKindNamed(const std::string& name);
// "--kq 2.2.3=+3", the argument that replays the change.
std::string ChangeArgument(const ChangeSpec& change);

// Reads a scenario file:
//   scenario: a title            (optional)
//   changes:                     (one option a line, applied in order)
//     - kq: 2.2.3=+3
// Errors name file:line:col.
Result<std::vector<ChangeSpec>> LoadChanges(const std::string& path);

// The scenario file that LoadChanges reads back as `changes` (with
// `scenario: title` when the title is not empty); every value quoted.
std::string ScenarioFileText(const std::vector<ChangeSpec>& changes, const std::string& title);

// What a change did, once applied.
struct AppliedChange {
  ChangeSpec spec;
  int standard = -1;      // the standard it changed (or whose key question it changed)
  int key_question = -1;  // for --kq and --case
  std::string summary;    // "2.2.3: 11/21 -> 14/21; BWD01, BWD02 and BWD05 no -> yes"
  std::vector<std::string> cases;  // the cases whose answer it changed
};

struct Scenario {
  Evidence evidence;  // the edited copy
  std::vector<AppliedChange> changes;
};

// Checks each change against the evidence as the changes before it left it,
// and applies it to a copy of `base`.  Impossible changes (an unknown id, a
// rating not on the scale, more yes answers than relevant cases, counts for a
// key question known only as a printed percentage) are errors naming the
// argument or the file:line:col of the change.
//
// `--kq ID=+N` on case answers turns the first N `no` answers in file order
// into `yes` (`-N`: the first N `yes` into `no`), and `ID=K/N` moves to K the
// same way (N must be the relevant count); on aggregated counts it edits the
// counts.  A recorded discretion stays with its standard.
Result<Scenario> ApplyChanges(const Evidence& base, const std::vector<ChangeSpec>& changes);

// One standard's (or the score's) difference between two evaluations, with
// the rules that made it.
struct ChangeExplanation {
  std::string subject;             // a standard id, or "score"
  std::string headline;            // "1.1 Leadership: Requires improvement -> Good"
  std::vector<std::string> lines;  // one reason each, starting with a rule id where one decided
  std::vector<std::string> rules;  // the rule ids named in `lines`
};

// Explains every difference between two evaluations of one methodology
// (`after` is `before` with `changes` applied): for each standard whose
// rating, points, key questions or rule events differ, which rule made the
// difference on which numbers; then the score and overall rating.
std::vector<ChangeExplanation> ExplainDifference(const Evaluation& before, const Evaluation& after,
                                           const std::vector<AppliedChange>& changes);

struct WhatIf {
  Evaluation before;
  Evaluation after;
  std::vector<AppliedChange> changes;
  std::vector<ChangeExplanation> explanations;
  std::vector<Warning> new_warnings;  // warnings of `after` that `before` does not have
};

// Applies the changes to a copy of `base` and evaluates both.  `after` may
// carry violations (a recorded discretion that no longer fits the new
// numbers); they are reported, never dropped.
Result<WhatIf> RunWhatIf(const Evidence& base, const std::vector<ChangeSpec>& changes);

// Before and after side by side (changed rows marked, with what each changed
// key question asks), each change, and why (with what each rule named does).
// `brief`: text and Markdown give ids alone.
std::string RenderWhatIf(const WhatIf& whatif, Format format, bool brief = false);

}  // namespace rerate
