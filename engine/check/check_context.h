// What every comparison step of check reads, and the result it adds to.
#pragma once

#include <vector>

#include "check/check_published.h"
#include "rerate/check.h"
#include "rerate/evaluate.h"
#include "rerate/evidence.h"

namespace rerate {

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

}  // namespace rerate
