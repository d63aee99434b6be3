// Stability: how sure each rating is, given that an inspection rates a PDU
// from a sample of its cases.
//
// With case-level answers, the case bootstrap: each resample draws as many
// cases as were inspected, with replacement, each case bringing all its
// answers, recounts every key question and rates through the methodology.
// With counts only ({yes, relevant}), each key question's yes count is
// binomial(n, k/n), independently, and the distribution of every rating is
// computed exactly, not sampled.  In both, a key question known only as a
// printed percentage has no n and is held where it is, judgement standards
// stay as the inspectors recorded them, and every rating goes through the
// real Evaluate (limits, guidance, discretion, score tables), once per
// combination of case-standard ratings.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rerate/check.h"
#include "rerate/evaluate.h"
#include "rerate/evidence.h"
#include "rerate/format.h"
#include "rerate/inputs.h"
#include "rerate/result.h"
#include "rerate/rules.h"

namespace rerate {

// The confidence level of the key-question intervals, as written ("0.95").
struct Confidence {
  std::string text = "0.95";
  double level = 0.95;
};

struct StabilityOptions {
  std::int64_t resamples = 10000;
  std::uint64_t seed = 1;
  Confidence confidence;
  // The bootstrap's threads (--jobs); 0: every core.  The output is the
  // same for any number.
  int jobs = 0;
};

// Reads --resamples (a whole number from 1 to 100,000,000), --seed (a whole
// number from 0 to 2^63 - 1) and --confidence (a decimal strictly between 0
// and 1, at most six places); "" leaves the default.  Errors say what was
// expected.
Result<StabilityOptions> ParseStabilityOptions(const std::string& resamples, const std::string& seed,
                                               const std::string& confidence);

enum class StabilityMethod {
  kCases,   // the case bootstrap
  kCounts,  // exact, from binomial yes counts
};

// "cases" or "counts".
const char* StabilityMethodName(StabilityMethod method);

// How often each rating came out, as fractions from 0 to 1.
struct RatingShares {
  std::vector<double> probability;  // per level of the scale, lowest first
  double no_data = 0;               // no rating: a key question with no relevant case
  double discretion_dropped = 0;    // a recorded discretion that no longer fits the rules' distance
  // The case bootstrap's tallies (empty and 0 for counts).
  std::vector<std::int64_t> count;
  std::int64_t no_data_count = 0;
  std::int64_t discretion_dropped_count = 0;

  // The share of `rating`, or of no data for nullopt.
  double Of(const std::optional<Rating>& rating) const;
};

struct StandardStability {
  int standard = -1;
  StandardStatus status = StandardStatus::kRated;  // never kReportedOnly: those are not listed
  std::optional<Rating> computed;   // the rating rate gives (after discretion and limits)
  std::optional<Rating> published;  // as printed (published:), when printed
  bool printed = false;             // published: prints a rating for it (none: Not rated)
  bool resampled = false;           // rated from key questions with counts, which resampling moves
  std::optional<Rating> discretion;  // the recorded discretion, when there is one
  RatingShares shares;
};

struct KqStability {
  int key_question = -1;
  KqSource source = KqSource::kNone;
  int yes = 0;
  int relevant = 0;
  int percent = 0;                  // the printed whole percentage
  bool counts_known = false;        // yes and relevant are known: the interval exists
  double low = 0;                   // Clopper-Pearson, fractions from 0 to 1
  double high = 0;
  std::optional<Rating> band;       // as rated (none: never banded)
  std::vector<Rating> bands;        // the bands the interval reaches (the band alone without counts)
  bool held = false;                // a printed figure only: held where it is in every resample
  bool drawn_binomially = false;    // counts in an inspection with case answers: drawn binomial(n, k/n)
};

struct StabilityResult {
  std::shared_ptr<const Methodology> methodology;
  std::string inspection;
  std::string file;
  std::string cases_file;
  int cases = 0;
  StabilityMethod method = StabilityMethod::kCounts;
  std::int64_t resamples = 0;  // 0 for counts (exact)
  std::uint64_t seed = 0;
  Confidence confidence;
  bool has_published = false;

  std::optional<Rating> overall_computed;
  std::optional<Rating> overall_published;
  RatingShares overall;
  std::vector<StandardStability> standards;  // methodology order, reported-only standards left out
  std::vector<KqStability> key_questions;    // every key question with a result, methodology order
  std::int64_t combinations = 0;             // distinct combinations of case-standard ratings evaluated
};

// Rates the evidence's sampling uncertainty.  The evidence's own evaluation
// must rate (no violations), and its key-question bands must rise with the
// percentage; errors say why not.
Result<StabilityResult> RunStability(const Evidence& evidence, const StabilityOptions& options);

// Loads an inspection with its rules and cases, runs it, and takes the
// published ratings from its published: block when it has one.
Result<StabilityResult> StabilityFile(const std::string& path, RulesLibrary& rules, const std::string& rules_override,
                                      const StabilityOptions& options);

// One result; several results and a summary.  JSON: see README.md
// ("rerate stability").
std::string RenderStability(const StabilityResult& result, Format format);
// Several results, then a summary; JSON ends with the files that failed.
std::string RenderStabilityMany(const std::vector<StabilityResult>& results, Format format,
                                const std::vector<FailedFile>& failed = {});

// `rerate check --stability`: each check result, then how often resampling
// gives each published rating; `stability` holds, per check result, its
// stability or the error that stopped it.  `single`: one file, no summary.
// JSON of several files ends with the files that failed.
std::string RenderCheckStability(const std::vector<CheckResult>& checks,
                                 const std::vector<Result<StabilityResult>>& stability, Format format, bool single,
                                 const std::vector<FailedFile>& failed = {});

}  // namespace rerate
