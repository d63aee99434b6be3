// Helpers for the stability tests: what the rules give one resample, worked
// out directly on evidence carrying its counts (never through stability's
// keys, thresholds or packed rows), and distributions to compare.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "rerate/evaluate.h"
#include "rerate/evidence.h"
#include "rerate/stability.h"

namespace rerate::testing {

// Per standard not reported only (as stability lists them), then overall:
// the share of each level of the scale, then of no data.  `dropped`: per
// standard, the share where its discretion no longer fitted.
struct Distribution {
  std::vector<std::vector<double>> standards;
  std::vector<double> dropped;
  std::vector<double> overall;
};

// An empty distribution for the evidence's methodology.
Distribution EmptyDistribution(const Evidence& evidence);

// Adds the outcome of one resample, given as evidence with its counts (a
// standard with a key question without relevant cases has no data), with
// weight `weight`, following stability's documented rules: no-data standards
// rate nothing, and a discretion beyond the rules' distance is dropped.
void AddResample(const Evidence& resample, double weight, Distribution* distribution);

// The evidence as a resample made of these cases (indices into its case
// data, repeats allowed) would give it: answers replaced, counts recounted.
Evidence Resampled(const Evidence& evidence, const std::vector<std::uint32_t>& cases);

// A stability result as a Distribution.
Distribution FromResult(const StabilityResult& result);

// Checks every share of `actual` against `expected` within tolerance(p),
// p the expected share; names what differs.
void CheckClose(const Distribution& actual, const Distribution& expected, const std::function<double(double)>& tolerance);

// An inspection of TinyRules with case answers: `csv` rows after the
// header "case,2.1.1,2.2.1,2.2.2,2.3.1,2.3.2".
Evidence TinyCases(const std::string& csv, const std::string& extra_yaml = "");

}  // namespace rerate::testing
