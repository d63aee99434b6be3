// rerate stability: the exact counts model or the case bootstrap, every
// distinct combination of case-standard ratings through the real Evaluate,
// and Clopper-Pearson intervals for the key questions.
#include <algorithm>

#include "check/check_published.h"
#include "load/yaml_reader.h"
#include "rerate/jobs.h"
#include "rerate/stability.h"
#include "stability/binomial.h"
#include "stability/clopper_pearson.h"
#include "stability/stability_cases.h"
#include "stability/stability_counts.h"
#include "stability/stability_outcome.h"

namespace rerate {

const char* StabilityMethodName(StabilityMethod method) {
  return method == StabilityMethod::kCases ? "cases" : "counts";
}

double RatingShares::Of(const std::optional<Rating>& rating) const {
  if (!rating) return no_data;
  return probability[static_cast<size_t>(rating->level)];
}

namespace {

// Adds up the outcomes of keys into shares: the bootstrap's counts, or the
// exact model's probabilities (compensated: up to a million small terms).
class SharesBuilder {
 public:
  explicit SharesBuilder(int levels)
      : levels_(static_cast<size_t>(levels)), counts_(static_cast<size_t>(levels), 0) {}

  void Add(const std::optional<Rating>& rating, bool no_data, bool dropped, double weight, std::int64_t count) {
    if (no_data) {
      no_data_.Add(weight);
      no_data_count_ += count;
    } else if (rating) {
      levels_[static_cast<size_t>(rating->level)].Add(weight);
      counts_[static_cast<size_t>(rating->level)] += count;
    }
    if (dropped) {
      dropped_.Add(weight);
      dropped_count_ += count;
    }
  }

  // Probabilities from the counts (the bootstrap), or as added, over their
  // total (exact): the total is 1 but for rounding, and a rating given by
  // every combination then reads exactly 1.
  RatingShares Build(std::int64_t resamples) const {
    RatingShares shares;
    CompensatedSum total = no_data_;
    for (const CompensatedSum& level : levels_) total.Add(level.Value());
    auto share = [&](const CompensatedSum& sum, std::int64_t count) {
      if (resamples > 0) return static_cast<double>(count) / static_cast<double>(resamples);
      return total.Value() > 0 ? sum.Value() / total.Value() : 0.0;
    };
    for (size_t level = 0; level < levels_.size(); ++level) shares.probability.push_back(share(levels_[level], counts_[level]));
    shares.no_data = share(no_data_, no_data_count_);
    shares.discretion_dropped = share(dropped_, dropped_count_);
    if (resamples > 0) {
      shares.count = counts_;
      shares.no_data_count = no_data_count_;
      shares.discretion_dropped_count = dropped_count_;
    }
    return shares;
  }

 private:
  std::vector<CompensatedSum> levels_;
  std::vector<std::int64_t> counts_;
  CompensatedSum no_data_;
  CompensatedSum dropped_;
  std::int64_t no_data_count_ = 0;
  std::int64_t dropped_count_ = 0;
};

std::vector<KqStability> KeyQuestions(const Evidence& evidence, const Evaluation& now, const StabilityModel& model,
                                      const Confidence& confidence) {
  const Methodology& m = *evidence.methodology;
  std::vector<KqStability> result;
  for (size_t q = 0; q < m.key_questions.size(); ++q) {
    const KqResult& kq = now.ForKq(static_cast<int>(q));
    if (!kq.HasResult()) continue;
    KqStability item;
    item.key_question = static_cast<int>(q);
    item.source = kq.source;
    item.yes = kq.yes;
    item.relevant = kq.relevant;
    item.percent = kq.percent;
    item.band = kq.band;
    item.counts_known = evidence.key_questions[q].HasCounts();
    item.held = !item.counts_known;
    if (item.counts_known) {
      const Interval interval = ClopperPearson(kq.yes, kq.relevant, confidence.level);
      item.low = interval.low;
      item.high = interval.high;
      if (kq.band) item.bands = BandsReached(m.banding, interval);
    } else if (kq.band) {
      item.bands.push_back(*kq.band);
    }
    for (const Slot& slot : model.slots()) {
      item.drawn_binomially = item.drawn_binomially ||
                              (slot.key_question == item.key_question && !slot.from_cases && model.HasCaseSlots());
    }
    result.push_back(std::move(item));
  }
  return result;
}

}  // namespace

Result<StabilityResult> RunStability(const Evidence& evidence, const StabilityOptions& options) {
  const Methodology& m = *evidence.methodology;
  const Evaluation now = Evaluate(evidence);
  if (!now.violations.empty()) {
    const Violation& first = now.violations.front();
    return Error{first.where, first.message + " (the inspection breaks its methodology; stability needs one that rates)"};
  }
  Result<StabilityModel> model = StabilityModel::Build(evidence, now);
  if (!model) return model.error();

  StabilityResult result;
  result.methodology = evidence.methodology;
  result.inspection = now.inspection;
  result.file = now.file;
  result.cases_file = now.cases_file;
  result.cases = now.cases;
  result.method = model->HasCaseSlots() ? StabilityMethod::kCases : StabilityMethod::kCounts;
  result.resamples = result.method == StabilityMethod::kCases ? options.resamples : 0;
  result.seed = options.seed;
  result.confidence = options.confidence;
  result.overall_computed = now.overall;

  std::vector<int> listed;
  for (const StandardResult& standard : now.standards) {
    if (standard.status == StandardStatus::kReportedOnly) continue;
    listed.push_back(standard.standard);
  }
  const int levels = static_cast<int>(m.scale.levels.size());
  std::vector<SharesBuilder> shares(listed.size(), SharesBuilder(levels));
  SharesBuilder overall(levels);
  OutcomeEvaluator evaluator(evidence, *model, listed);
  auto add = [&](std::uint64_t key, const std::vector<int>& tallies, double weight, std::int64_t count) -> Status {
    Result<Outcome> outcome = evaluator.Evaluate(key, tallies);
    if (!outcome) return outcome.error();
    for (size_t i = 0; i < listed.size(); ++i) {
      shares[i].Add(outcome->ratings[i], outcome->no_data[i], outcome->dropped[i], weight, count);
    }
    overall.Add(outcome->overall, !outcome->overall, false, weight, count);
    ++result.combinations;
    return OkStatus();
  };
  if (result.method == StabilityMethod::kCases) {
    const CaseBootstrap bootstrap(evidence, *model);
    Result<std::vector<KeyCount>> keys = bootstrap.Run(options.resamples, options.seed,
                                                         options.jobs > 0 ? options.jobs : DefaultJobs(), evidence.file);
    if (!keys) return keys.error();
    for (const KeyCount& key : *keys) {
      if (Status added = add(key.key, key.tallies, 0, key.count); !added) return added.error();
    }
  } else {
    Result<std::vector<WeightedKey>> keys = ExactKeys(*model, evidence.file);
    if (!keys) return keys.error();
    for (const WeightedKey& key : *keys) {
      if (Status added = add(key.key, key.tallies, key.probability, 0); !added) return added.error();
    }
  }

  result.overall = overall.Build(result.resamples);
  for (size_t i = 0; i < listed.size(); ++i) {
    const StandardResult& now_standard = now.standards[listed[i]];
    StandardStability standard;
    standard.standard = listed[i];
    standard.status = now_standard.status;
    standard.computed = now_standard.HasRating() ? now_standard.rating : std::nullopt;
    standard.resampled = std::any_of(model->varying().begin(), model->varying().end(),
                                     [&](const VaryingStandard& v) { return v.standard == listed[i]; });
    for (const DiscretionRecord& record : evidence.discretion) {
      if (record.standard == listed[i]) standard.discretion = record.rating;
    }
    standard.shares = shares[i].Build(result.resamples);
    result.standards.push_back(std::move(standard));
  }
  result.key_questions = KeyQuestions(evidence, now, *model, options.confidence);
  return result;
}

Result<StabilityResult> StabilityFile(const std::string& path, RulesLibrary& rules, const std::string& rules_override,
                                      const StabilityOptions& options) {
  Result<Inspection> inspection = LoadInspection(path, rules.case_files());
  if (!inspection) return inspection.error();
  Result<std::shared_ptr<const Methodology>> methodology = rules.ForInspection(*inspection, rules_override);
  if (!methodology) return methodology.error();
  Result<Evidence> evidence = Resolve(*inspection, *methodology);
  if (!evidence) return evidence.error();
  Result<StabilityResult> result = RunStability(*evidence, options);
  if (!result || !inspection->published) return result;
  Result<Published> published = CatchLoadErrors<Published>(
      inspection->file, [&] { return ReadPublished(*inspection->published, **methodology); });
  if (!published) return published.error();
  result->has_published = true;
  if (published->overall) result->overall_published = published->overall->value;
  for (StandardStability& standard : result->standards) {
    if (const PublishedRating* printed = published->ForStandard(standard.standard)) {
      standard.printed = true;
      standard.published = printed->rating;
    }
  }
  return result;
}

}  // namespace rerate
