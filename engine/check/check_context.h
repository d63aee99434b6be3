// Private to check: the published: block as read, and the comparison steps.
#pragma once

#include <optional>
#include <vector>

#include "rerate/bands.h"
#include "rerate/check.h"
#include "rerate/evaluate.h"
#include "rerate/evidence.h"

namespace rerate {

class YamlBlock;

// A published standard rating; no rating means the report prints it Not rated.
struct PublishedRating {
  int standard = -1;
  std::optional<Rating> rating;
  SourceLocation where;
};

struct PublishedPercent {
  int key_question = -1;
  int percent = 0;
  SourceLocation where;
};

// The published: block, checked against the methodology.
struct Published {
  std::optional<Located<int>> score;
  std::optional<Located<int>> max;
  std::optional<Located<Rating>> overall;
  std::vector<PublishedRating> standards;       // in methodology order
  std::vector<PublishedPercent> key_questions;  // in methodology order

  const PublishedRating* ForStandard(int standard) const;
  const PublishedPercent* ForKeyQuestion(int key_question) const;
};

// Reads published: strictly: unknown keys, unknown ids (with the nearest),
// ratings not on the scale and percentages outside 0..100 Fail (LoadError).
Published ReadPublished(const YamlBlock& block, const Methodology& methodology);

// A rating as the report has it: published where it prints one, else the
// data's.  `scored` is false for Not rated and reported-only standards.
struct ReportRating {
  bool scored = false;
  std::optional<Rating> rating;
  bool published = false;
};

// What every comparison step reads and the result it adds to.
struct CheckContext {
  const Methodology& m;
  const Evidence& evidence;
  const Evaluation& evaluation;
  const Published& published;
  std::vector<ReportRating> report;  // per standard
  CheckResult* out;
};

std::vector<ReportRating> ReportRatings(const Published& published, const Evaluation& evaluation);

// A key question's possible bands under the rules' own basis (exact fraction
// or printed percentage); none without a banded result.
std::optional<BandRange> KqBandRange(const Methodology& methodology, const KqResult& result);

// A case standard's possible ratings from its key questions (lowest of each).
std::optional<BandRange> StandardBandRange(const Methodology& methodology, const StandardResult& result);

// The steps, in the order their values are listed.
void CheckTotals(CheckContext& context);        // score, max, overall
void CheckStandards(CheckContext& context);     // ratings, caps, discretion, limits
void CheckGuidanceOnReport(CheckContext& context);
void CheckKeyQuestions(CheckContext& context);  // percentages, rounding, band edges

// "a", "a and b", "a, b and c".
std::string AndList(const std::vector<std::string>& items);

// Marks each value from the findings and explanations about it.
void SettleStatuses(CheckResult* result);

}  // namespace rerate
