// Evidence: an inspection checked against its methodology.  Every id is
// resolved to an index, every rating to a place on the scale, every case
// answer counted.  Evaluate works from Evidence alone, and what-if scenarios
// are edits of a copy of it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rerate/inspection.h"
#include "rerate/result.h"
#include "rerate/rules.h"

namespace rerate {

enum class Answer : std::uint8_t { kNo, kYes, kNotApplicable };

// Per-case answers from the case table (CSV or workbook sheet).
struct CaseData {
  std::string file;  // as places name it (a sheet: "book.xlsx [Cases]")
  TableSkips skipped;  // what the table's reader left out, for the output to say
  std::vector<std::string> case_ids;
  std::vector<int> case_lines;
  // answers[kq][case] for every methodology KQ answered in the CSV; an empty
  // vector for a KQ the CSV does not carry.
  std::vector<std::vector<Answer>> answers;
  std::vector<int> answer_columns;  // per methodology KQ: its header's column, 0 when absent
  struct PromptColumn {
    std::string id;
    int key_question = -1;
    std::vector<Answer> answers;
  };
  std::vector<PromptColumn> prompts;
  struct AttributeColumn {
    std::string name;
    std::vector<std::string> values;
  };
  std::vector<AttributeColumn> attributes;
};

enum class KqSource {
  kNone,     // no data: the KQ has no result
  kCases,    // counted from per-case answers
  kCounts,   // given as {yes, relevant}
  kPercent,  // given as the printed percentage only
};

struct KqEvidence {
  KqSource source = KqSource::kNone;
  int yes = 0;
  int relevant = 0;
  // The printed figure when one was given ({percent} or {percent, relevant}),
  // else -1.  With {percent, relevant} and one count that prints as it, the
  // counts are known and source is kCounts.
  int percent = -1;
  SourceLocation where;

  bool HasCounts() const { return source == KqSource::kCases || source == KqSource::kCounts; }
  bool HasResult() const { return HasCounts() ? relevant > 0 : source == KqSource::kPercent; }
};

struct DiscretionRecord {
  int standard = -1;
  Rating rating;
  std::string reason;
  SourceLocation where;
};

struct DepartureRecord {
  int standard = -1;
  int guidance = -1;  // index into Methodology::guidance
  std::string reason;
  SourceLocation where;
};

struct Evidence {
  std::shared_ptr<const Methodology> methodology;
  std::string file;
  std::string inspection;
  std::string fieldwork;
  std::string source;

  std::vector<KqEvidence> key_questions;     // per methodology KQ
  std::vector<std::optional<Rating>> judged;  // per standard: inspectors' rating
  std::vector<SourceLocation> judged_where;   // per standard
  std::vector<bool> not_rated;                // per standard
  std::vector<DiscretionRecord> discretion;
  std::vector<DepartureRecord> departures;
  std::optional<CaseData> cases;

  // Number of cases read from the CSV (0 without case data).
  int CaseCount() const { return cases ? static_cast<int>(cases->case_ids.size()) : 0; }
};

// Checks `inspection` against `methodology`: every id exists (suggesting the
// nearest), every rating is on the scale, every judgement standard is rated
// or Not rated, every case standard has data or a rating, no KQ has data from
// two places.
Result<Evidence> Resolve(const Inspection& inspection,
                         std::shared_ptr<const Methodology> methodology);

// Recounts per-KQ yes/relevant from the case answers (after an edit of them).
void RecountFromCases(Evidence& evidence);

}  // namespace rerate
