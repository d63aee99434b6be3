// JSON pieces shared by every command that reports an evaluation.
#pragma once

#include <optional>
#include <vector>

#include "base/json.h"
#include "rerate/evaluate.h"

namespace rerate {

// A rating's name, or null.
Json RatingJson(const Methodology& methodology, const std::optional<Rating>& rating);
// "file:line:col".
Json LocationJson(const SourceLocation& where);
// {id, text, source, yes, relevant, percent, band, exact_band, printed_band,
//  rounding_sensitive, edge_unknown, lowest}
Json KqJson(const Methodology& methodology, const KqResult& result);
// [{kind, rule, standard, message, where}] and [{rule, standard, message, where}].
Json WarningsJson(const Methodology& methodology, const std::vector<Warning>& warnings);
Json ViolationsJson(const Methodology& methodology, const std::vector<Violation>& violations);

}  // namespace rerate
