// Checking a published report against its data: every value the report
// printed (the inspection file's published: block) is reproduced from the
// data and the methodology, explained by a recorded discretion, departure or
// limit, or reported as a finding of a named kind.  Nothing in published: is
// ever used to compute.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "rerate/inspection.h"
#include "rerate/format.h"
#include "rerate/result.h"
#include "rerate/rules.h"
#include "rerate/inputs.h"

namespace rerate {

enum class FindingKind {
  kArithmetic,         // score not the sum of the ratings' points, or max not the standards rated
  kBand,               // a case standard's rating is not the band of its lowest key question
  kOverall,            // the overall rating is not the band of the score
  kRoundingSensitive,  // exact fraction and printed percentage fall in different bands
  kPercentage,         // a printed key-question percentage is not k/n
  kCap,                // a rating above a hard limit
  kGuidance,           // soft guidance departed from with no recorded reason
  kDiscretion,         // recorded discretion beyond the distance the rules allow
  kRecorded,           // a rating differs from what the inspection records (ratings:, not_rated:)
};

// "arithmetic", "rounding-sensitive", ...: the names in the JSON and the report.
const char* FindingKindName(FindingKind kind);

// What became of one published value.
enum class ValueStatus {
  kReproduced,    // follows from the data and the rules
  kExplained,     // follows with a recorded discretion or departure, or a limit
  kFinding,       // at least one finding is about it
  kUnverifiable,  // the data cannot decide it (a band edge, printed figures only, no data)
};

const char* ValueStatusName(ValueStatus status);

// A value is a rating name, a whole number, or nothing.
struct CheckValue {
  enum class Type { kNone, kText, kNumber } type = Type::kNone;
  std::string text;
  int number = 0;

  static CheckValue None() { return {}; }
  static CheckValue Text(std::string text) { return {Type::kText, std::move(text), 0}; }
  static CheckValue Number(int number) { return {Type::kNumber, "", number}; }
  bool empty() const { return type == Type::kNone; }
  // "Good", "52", "" for none.
  std::string ToString() const;
};

// One published value: its place in the report and what became of it.
struct CheckedValue {
  std::string subject;       // "score", "max", "overall", a standard id or a key-question id
  std::string standard;      // the standard it belongs to ("" for score, max, overall)
  std::string name;          // "Assessment"; "" for key questions and totals
  CheckValue published;
  CheckValue computed;       // what the data and rules give; none when they cannot say
  ValueStatus status = ValueStatus::kReproduced;
  std::string detail;        // the numbers, the rule and reason, or why it cannot be decided
  SourceLocation where;      // of the value in published:
};

struct Finding {
  FindingKind kind = FindingKind::kArithmetic;
  std::string subject;       // the value it is about: "score", "2.2", "2.2.3"
  std::string standard;      // "" for score, max and overall
  std::string key_question;  // "" unless about a key question
  CheckValue published;
  CheckValue computed;
  std::string rule;          // the rule id it rests on
  std::string detail;        // the numbers behind it
  SourceLocation where;
};

// A published rating that differs from the arithmetic for a reason the rules
// allow: recorded discretion, a recorded departure from guidance, a limit.
struct Explanation {
  std::string kind;          // "discretion", "departure", "limit"
  std::string standard;
  std::string rule;
  std::string reason;        // as recorded; "" for a limit
  std::string detail;
};

struct CheckNote {
  std::string subject;       // "" for the inspection as a whole
  std::string message;
};

struct CheckResult {
  std::shared_ptr<const Methodology> methodology;
  std::string inspection;
  std::string file;
  std::string cases_file;
  int cases = 0;
  std::vector<CheckedValue> values;  // score, max, overall, standards, key questions
  std::vector<Finding> findings;
  std::vector<Explanation> explained;
  std::vector<CheckNote> notes;

  bool ok() const { return findings.empty(); }
  int Count(ValueStatus status) const;
};

// Checks an inspection's published: block against its data, evaluated under
// `methodology`.  Errors (no published: block, unknown keys or ids, ratings
// not on the scale, bad data) name file:line:col.
Result<CheckResult> CheckInspection(const Inspection& inspection,
                                    std::shared_ptr<const Methodology> methodology);

// The same for evidence already resolved (a region's, pooled from its PDUs):
// `published` is read strictly but for `other_keys`, which the caller reads
// (a region's pooled: and pdus:).
Result<CheckResult> CheckEvidence(const Evidence& evidence, const YamlBlock& published,
                                  const std::vector<std::string>& other_keys = {});

// Loads an inspection file with its rules and cases, then checks it.
Result<CheckResult> CheckFile(const std::string& path, RulesLibrary& rules,
                              const std::string& rules_override);

// One result: a line per published value, then explained items, findings and
// notes.  JSON: see README.md ("rerate check").
std::string RenderCheck(const CheckResult& result, Format format);

// Several results, then a summary (inspection, reproduced, explained,
// unverifiable, findings).  JSON: {"results": [...], "summary": [...]}.
std::string RenderCheckMany(const std::vector<CheckResult>& results, Format format);

// The same written one result at a time, so that a corpus is checked,
// written and freed in turn: RenderCheckPart (pure: any thread may call it)
// renders one result, a CheckManyWriter joins the parts in order.
struct CheckSummaryRow {
  std::string inspection;
  std::string file;
  bool ok = true;
  int reproduced = 0;
  int explained = 0;
  int unverifiable = 0;
  int findings = 0;
};
CheckSummaryRow SummaryRowOf(const CheckResult& result);

struct CheckPart {
  std::string text;  // the result as RenderCheckMany prints it
  CheckSummaryRow row;
};

CheckPart RenderCheckPart(const CheckResult& result, Format format);

class CheckManyWriter {
 public:
  explicit CheckManyWriter(Format format) : format_(format) {}
  // The text to write for the next result, in order.
  std::string Add(CheckPart part);
  // The summary that ends the output; "" when nothing was added.
  std::string Finish() const;

 private:
  Format format_;
  std::vector<CheckSummaryRow> rows_;
};

}  // namespace rerate
