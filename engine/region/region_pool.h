// The pools of a regional methodology turned into its key questions' counts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rerate/region.h"

namespace rerate {

// Runs every pool of result->methodology over result->pdus into
// result->pools, and gives `regional` (the region's data as an inspection)
// the counts of each pooled key question that has data.  Fails (LoadError)
// on a pool that cannot be computed for a standard the region does not rate
// otherwise, on a pooled key question the region file gives itself, on a
// pooled standard no PDU has data for, and on counts a count cannot hold.
void RunPools(const Region& region, Tracer* tracer, RegionResult* result, Inspection* regional);

// What a pool gave its key question, with each PDU's part: "pooled counts of
// 2.2.2: Alpha PDU 15/21 + Beta PDU 19/30 = 34/51 = 66.7%", or why it was
// not used.
std::string PoolSummary(const RegionResult& result, const PoolResult& pool);

// The exact mean of the fractions yes/relevant (each relevant > 0), in
// lowest terms as {numerator, denominator}; nullopt when the denominator
// would not fit an int.
std::optional<std::pair<std::int64_t, std::int64_t>> MeanOfFractions(
    const std::vector<std::pair<std::int64_t, std::int64_t>>& fractions);

}  // namespace rerate
