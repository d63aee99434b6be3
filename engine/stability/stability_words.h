// The words of stability's output, shared by its text, Markdown and JSON and
// by check --stability: shares as percentages, one sentence per standard,
// what the method is, and notes on what was held or could not be rated.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rerate/stability.h"

namespace rerate {

// "71.3%"; "-" for none at all; "<0.1%" and ">99.9%" near the ends, so a
// rare rating never reads as impossible, nor a likely one as certain.
std::string ShareText(double share);

// "95%", "97.5%": the confidence level as a percentage, from its digits.
std::string ConfidencePercent(const Confidence& confidence);

// "resamples" (the bootstrap) or "samples" (the exact counts model).
const char* SampleNoun(const StabilityResult& result);

// "case bootstrap: 10000 resamples of 21 cases drawn with replacement, ..."
std::string MethodText(const StabilityResult& result);

// "Inadequate in 71.3% of resamples, Requires improvement in 23.0%, Good in
// 5.7%; no data in 0.1%": the ratings that occur, in scale order.
std::string SharesSentence(const StabilityResult& result, const RatingShares& shares);

// "2.1 Court work: Inadequate in 71.3% of resamples, ...", with what was held
// (a judgement, printed figures) and what became of a recorded discretion.
std::string StandardSentence(const StabilityResult& result, const StandardStability& standard);

// "Inadequate to Good": the bands an interval reaches.
std::string BandsText(const Methodology& methodology, const std::vector<Rating>& bands);

// What the reader must know to read the figures: the counts-only model's
// blind spot, key questions held or drawn binomially, no-data resamples.
std::vector<std::string> StabilityNotes(const StabilityResult& result);

// The listed standard the result gives its computed rating least often
// (rated ones only), or null when every one is given in every sample.
const StandardStability* LeastStable(const StabilityResult& result);

}  // namespace rerate
