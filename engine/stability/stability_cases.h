// The case bootstrap.  Each case's answers are packed once as a row of small
// integers (yes and relevant per resampled key question), so a resample is
// as many row additions as there are cases, then one key (stability_model.h);
// resamples are tallied by key and never evaluated one by one.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "rerate/evidence.h"
#include "rerate/result.h"
#include "stability/pcg32.h"
#include "stability/stability_model.h"

namespace rerate {

// One distinct key: how many resamples gave it, and the tallies of the first
// that did (yes and relevant per slot), which the evaluation runs on.
struct KeyCount {
  std::uint64_t key = 0;
  std::int64_t count = 0;
  std::vector<int> tallies;
};

class CaseBootstrap {
 public:
  // Resample r is drawn by the generator Pcg32(seed, r / kChunk), after the
  // resamples before it in its chunk: its cases depend on the seed and r
  // alone, however the work is split.
  static constexpr std::int64_t kChunk = 4096;

  // The evidence and the model must outlive the bootstrap.
  CaseBootstrap(const Evidence& evidence, const StabilityModel& model);
  ~CaseBootstrap();
  CaseBootstrap(const CaseBootstrap&) = delete;
  CaseBootstrap& operator=(const CaseBootstrap&) = delete;

  // Every distinct key of `resamples` resamples and how many gave it, drawn
  // by `threads` threads (the same tallies for any number of them).  Fails,
  // naming `file`, past kMaxCombinations distinct keys.
  Result<std::vector<KeyCount>> Run(std::int64_t resamples, std::uint64_t seed, int threads = 1,
                                    const std::string& file = "") const;

  // The tallies of the resample made of these cases (indices into the case
  // data, repeats allowed), counts-only key questions drawn from `random`.
  std::vector<int> Tallies(const std::vector<std::uint32_t>& cases, Pcg32& random) const;

  // The packed rows, for the narrowest integer type that holds the tallies.
  class Engine;

 private:
  std::unique_ptr<Engine> engine_;
};

}  // namespace rerate
