// The published: block: what a report printed, read strictly.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rerate/evaluate.h"
#include "rerate/inspection.h"
#include "rerate/rules.h"

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
// Keys in `other_keys` are left to the caller.
Published ReadPublished(const YamlBlock& block, const Methodology& methodology,
                        const std::vector<std::string>& other_keys = {});

}  // namespace rerate
