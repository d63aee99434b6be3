// --resamples, --seed and --confidence, read strictly: digits only, in range.
#include <cstdint>
#include <limits>

#include "rerate/stability.h"

namespace rerate {

namespace {

constexpr std::int64_t kMostResamples = 100'000'000;
constexpr size_t kMostConfidencePlaces = 6;

bool AllDigits(const std::string& text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string::npos;
}

// A whole number up to `most`, or nullopt.
std::optional<std::uint64_t> WholeNumber(const std::string& text, std::uint64_t most) {
  if (!AllDigits(text)) return std::nullopt;
  std::uint64_t value = 0;
  for (char c : text) {
    const auto digit = static_cast<std::uint64_t>(c - '0');
    if (value > (most - digit) / 10) return std::nullopt;
    value = value * 10 + digit;
  }
  return value;
}

Error OptionError(const std::string& option, const std::string& expected, const std::string& text) {
  return Error{{}, "--" + option + ": expected " + expected + ", found \"" + text + "\""};
}

}  // namespace

Result<StabilityOptions> ParseStabilityOptions(const std::string& resamples, const std::string& seed,
                                               const std::string& confidence) {
  StabilityOptions options;
  if (!resamples.empty()) {
    const std::optional<std::uint64_t> value = WholeNumber(resamples, kMostResamples);
    if (!value || *value == 0) return OptionError("resamples", "a whole number from 1 to 100000000", resamples);
    options.resamples = static_cast<std::int64_t>(*value);
  }
  if (!seed.empty()) {
    // Signed 64-bit at most, so that JSON readers take it as a number.
    const std::optional<std::uint64_t> value = WholeNumber(seed, std::numeric_limits<std::int64_t>::max());
    if (!value) return OptionError("seed", "a whole number from 0 to 9223372036854775807", seed);
    options.seed = *value;
  }
  if (!confidence.empty()) {
    // "0.95" or ".95": a decimal strictly between 0 and 1.
    const size_t point = confidence.find('.');
    const std::string whole = point == std::string::npos ? confidence : confidence.substr(0, point);
    std::string places = point == std::string::npos ? "" : confidence.substr(point + 1);
    const bool well_formed = (whole.empty() || whole == "0") && AllDigits(places) &&
                             places.size() <= kMostConfidencePlaces;
    while (!places.empty() && places.back() == '0') places.pop_back();
    if (!well_formed || places.empty()) {
      return OptionError("confidence", "a decimal between 0 and 1 with at most 6 places, such as 0.95", confidence);
    }
    double scale = 1;
    for (size_t i = 0; i < places.size(); ++i) scale *= 10;
    options.confidence = Confidence{"0." + places, static_cast<double>(*WholeNumber(places, 999'999)) / scale};
  }
  return options;
}

}  // namespace rerate
