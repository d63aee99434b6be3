// Helpers for the scenario and target tests: a small methodology to search
// exhaustively, and random inspections of it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "rerate/evidence.h"
#include "rerate/rules.h"

namespace rerate::testing {

// Two judgement standards (1.1, 1.2) and three case standards (2.1 with one
// key question and may be Not rated; 2.2 and 2.3 with two), the 2021 bands
// and points, a cap (2.1 Inadequate caps 1.1 at Requires improvement), a
// guidance rule and score tables for 15 and 12.  `printed`: bands decided on
// the printed percentage.
std::string TinyRulesText(bool printed = false);
std::shared_ptr<const Methodology> TinyRules(bool printed = false);

// A small deterministic generator (tests must repeat).
class Random {
 public:
  explicit Random(std::uint32_t seed) : state_(seed) {}
  int Below(int bound) {  // 0 <= value < bound
    state_ = state_ * 1664525u + 1013904223u;
    return static_cast<int>((state_ >> 8) % static_cast<std::uint32_t>(bound));
  }

 private:
  std::uint32_t state_;
};

// A random inspection of TinyRules: judgements, counts with 1 to
// `max_relevant` relevant cases per key question, sometimes 2.1 Not rated.
std::string RandomTinyInspection(Random& random, int max_relevant);

}  // namespace rerate::testing
