// `stability --format json`, and the JSON pieces check --stability adds.
#pragma once

#include <vector>

#include "base/json.h"
#include "rerate/stability.h"

namespace rerate {

// The decimals a probability or an interval's end is written with.
constexpr int kJsonPlaces = 6;

// {RATING: p, ...} for every rating on the scale, as fractions from 0 to 1.
Json ProbabilitiesJson(const Methodology& methodology, const RatingShares& shares);

Json StabilityJson(const StabilityResult& result);
// {"results": [...], "summary": [{inspection, file, method, overall, share, least_stable}]}
Json StabilityManyJson(const std::vector<StabilityResult>& results, const std::vector<FailedFile>& failed = {});

}  // namespace rerate
