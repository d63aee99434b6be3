// LintMethodology: what the loader accepts but no one can mean.  Each check
// looks at the methodology alone, never at an inspection.
#include <algorithm>
#include <filesystem>
#include <utility>

#include "base/text.h"
#include "model/names.h"
#include "model/pools.h"
#include "rerate/bands.h"
#include "rerate/inputs.h"
#include "rerate/lint.h"
#include "rerate/region.h"

namespace rerate {

int LintReport::Errors() const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                        [](const LintFinding& f) { return f.severity == LintSeverity::kError; }));
}

int LintReport::Warnings() const { return static_cast<int>(findings.size()) - Errors(); }

namespace {

class Linter {
 public:
  explicit Linter(const Methodology& m) : m_(m) {}

  std::vector<LintFinding> Run() {
    KqBands();
    for (const Limit& limit : m_.limits) LimitChecks(limit);
    for (const Guidance& guide : m_.guidance) GuidanceChecks(guide);
    for (const ScoreTable& table : m_.overall.tables) ScoreTableChecks(table);
    std::stable_sort(out_.begin(), out_.end(), [](const LintFinding& a, const LintFinding& b) {
      return std::make_pair(a.where.line, a.where.column) < std::make_pair(b.where.line, b.where.column);
    });
    return std::move(out_);
  }

 private:
  void Warn(const char* check, const std::string& rule, const SourceLocation& where, std::string message) {
    out_.push_back(LintFinding{LintSeverity::kWarning, check, rule, where, std::move(message)});
  }

  std::string Label(int standard) const { return StandardLabel(m_, standard); }

  // Whether any whole percentage p has from <= p < below (p <= 100 for the top band).
  static bool HoldsWholePercent(const KqBand& band) {
    const std::int64_t first = (band.from.numerator + band.from.denominator - 1) / band.from.denominator;
    if (!band.below) return first <= 100;
    return first * band.below->denominator < band.below->numerator;
  }

  void KqBands() {
    const KqBanding& banding = m_.banding;
    for (size_t i = 1; i < banding.bands.size(); ++i) {
      const KqBand& band = banding.bands[i];
      const KqBand& previous = banding.bands[i - 1];
      if (band.rating >= previous.rating) continue;
      Warn("kq-bands-not-monotonic", banding.rule.id, band.where,
           "the band " + BandRangeText(band) + " gives " + m_.RatingName(band.rating) + ", lower than " +
               m_.RatingName(previous.rating) + " for " + BandRangeText(previous) +
               ": more yes answers would give a lower rating");
    }
    if (banding.decide_on == BandBasis::kPrintedPercentage) {
      for (const KqBand& band : banding.bands) {
        if (HoldsWholePercent(band)) continue;
        Warn("kq-band-unreachable", banding.rule.id, band.where,
             "the band " + BandRangeText(band) + " holds no whole percentage, and the rules decide on the printed "
             "percentage: no key question can ever be " + m_.RatingName(band.rating) + " through it");
      }
    }
    for (size_t level = 0; level < m_.scale.levels.size(); ++level) {
      const Rating rating{static_cast<int>(level)};
      const bool given = std::any_of(banding.bands.begin(), banding.bands.end(),
                                     [&](const KqBand& band) { return band.rating == rating; });
      if (given) continue;
      Warn("kq-bands-skip-rating", banding.rule.id, banding.rule.where,
           "no key-question band gives " + m_.RatingName(rating) + ": a case standard can be " +
               m_.RatingName(rating) + " only through discretion or a rating given under ratings:");
    }
  }

  bool CoversScale(const std::vector<Rating>& ratings) const {
    for (size_t level = 0; level < m_.scale.levels.size(); ++level) {
      if (std::find(ratings.begin(), ratings.end(), Rating{static_cast<int>(level)}) == ratings.end()) return false;
    }
    return true;
  }

  bool NeverRated(int standard) const { return m_.standards[standard].reported_only; }
  bool AlwaysRated(int standard) const {
    return !m_.standards[standard].reported_only && !m_.standards[standard].may_be_not_rated;
  }

  void LimitChecks(const Limit& limit) {
    const RuleInfo& rule = limit.rule;
    const std::string name = "limit " + rule.id;
    if (NeverRated(limit.when.standard)) {
      Warn("limit-never-fires", rule.id, rule.where,
           name + " can never fire: its condition reads " + Label(limit.when.standard) + ", which is reported, never rated");
    } else if (NeverRated(limit.standard)) {
      Warn("limit-never-fires", rule.id, rule.where,
           name + " can never fire: it limits " + Label(limit.standard) + ", which is reported, never rated");
    } else if (limit.at_most == m_.Highest()) {
      Warn("limit-never-fires", rule.id, rule.where,
           name + " can never fire: at_most is " + m_.RatingName(limit.at_most) + ", the top rating, so it lowers nothing");
    } else if (CoversScale(limit.when.ratings) && AlwaysRated(limit.when.standard)) {
      Warn("standard-always-capped", rule.id, rule.where,
           Label(limit.standard) + " can never be rated above " + m_.RatingName(limit.at_most) + ": " + name +
               " applies whatever " + m_.standards[limit.when.standard].id + " is rated (its condition lists every "
               "rating, and " + m_.standards[limit.when.standard].id + " is always rated)");
    }
  }

  void GuidanceChecks(const Guidance& guide) {
    const RuleInfo& rule = guide.rule;
    const std::string name = "guidance " + rule.id;
    if (NeverRated(guide.when.standard)) {
      Warn("guidance-never-fires", rule.id, rule.where,
           name + " can never be departed from: it applies when " + Label(guide.when.standard) +
               " has a rating, and it is reported, never rated");
    } else if (NeverRated(guide.expect.standard)) {
      Warn("guidance-never-fires", rule.id, rule.where,
           name + " can never be departed from: it expects a rating of " + Label(guide.expect.standard) +
               ", which is reported, never rated");
    } else if (CoversScale(guide.expect.ratings)) {
      Warn("guidance-never-fires", rule.id, rule.where,
           name + " can never be departed from: every rating of " + Label(guide.expect.standard) +
               " satisfies what it expects");
    }
  }

  void ScoreTableChecks(const ScoreTable& table) {
    const std::string of_max = "the score table for max " + std::to_string(table.max);
    const std::vector<int> reachable = m_.ReachableMaxima();
    if (std::find(reachable.begin(), reachable.end(), table.max) == reachable.end()) {
      std::vector<std::string> maxima;
      for (int max : reachable) maxima.push_back(std::to_string(max));
      Warn("score-table-unreachable", m_.overall.rule.id, table.where,
           of_max + " is never used: no inspection can have that maximum (" +
               Agree(maxima.size(), "the only reachable maximum is ", "the reachable maxima are ") + OneOf(maxima) +
               ")");
    }
    std::vector<ScoreBand> bands = table.bands;
    std::sort(bands.begin(), bands.end(), [](const ScoreBand& a, const ScoreBand& b) { return a.from < b.from; });
    for (size_t i = 1; i < bands.size(); ++i) {
      if (bands[i].rating >= bands[i - 1].rating) continue;
      Warn("score-table-not-monotonic", m_.overall.rule.id, bands[i].where,
           "in " + of_max + ", " + std::to_string(bands[i].from) + " to " + std::to_string(bands[i].to) + " points give " +
               m_.RatingName(bands[i].rating) + ", lower than " + m_.RatingName(bands[i - 1].rating) + " for " +
               std::to_string(bands[i - 1].from) + " to " + std::to_string(bands[i - 1].to) +
               ": a higher score would give a lower overall rating");
    }
  }

  const Methodology& m_;
  std::vector<LintFinding> out_;
};

// Under a PDU methodology a pool reads nothing from, its key question has no
// pooled data; if the standard's other key questions do, it takes the band of
// its lowest key question and so cannot be rated from them alone.
std::vector<LintFinding> PoolGaps(const Methodology& m) {
  std::vector<LintFinding> gaps;
  for (const Pool& pool : m.pooling.pools) {
    const int standard = m.key_questions[pool.key_question].standard;
    for (const std::string& name : PooledMethodologies(m)) {
      if (pool.For(name) != nullptr) continue;
      for (const Pool& other : m.pooling.pools) {
        if (m.key_questions[other.key_question].standard != standard || other.For(name) == nullptr) continue;
        gaps.push_back(LintFinding{
            LintSeverity::kWarning, "pool-methodology-gap", pool.rule.id, pool.rule.where,
            "pool " + pool.rule.id + " reads nothing from " + name + ", while " + other.rule.id + " of the same standard, " +
                StandardLabel(m, standard) + ", does: in a region of " + name + " PDUs that standard takes the band of "
                "its lowest key question, so it is rated from pooled data only if the region file gives " +
                m.key_questions[pool.key_question].id + " itself"});
        break;
      }
    }
  }
  return gaps;
}

// A regional rules file's pools against the PDU methodologies they read,
// found as NAME.yaml beside it first, then as an inspection's methodology is.
std::vector<LintFinding> LintPools(const Methodology& m, const std::string& path) {
  std::vector<LintFinding> findings = PoolGaps(m);
  RulesLibrary library({std::filesystem::path(path).parent_path().empty()
                            ? std::string(".")
                            : std::filesystem::path(path).parent_path().string()});
  for (const std::string& name : PooledMethodologies(m)) {
    Inspection reader;
    reader.file = path;
    reader.methodology = Located<std::string>{name, m.pooling.rule.where};
    Result<std::shared_ptr<const Methodology>> pdu = library.ForInspection(reader, "");
    if (!pdu) {
      findings.push_back(LintFinding{LintSeverity::kError, "pool-methodology", m.pooling.rule.id, pdu.error().where,
                                     "the pools read " + name + ", which cannot be checked: " + pdu.error().message});
      continue;
    }
    for (const PoolProblem& problem : PoolProblems(m, **pdu)) {
      findings.push_back(
          LintFinding{LintSeverity::kError, problem.check, problem.rule, problem.error.where, problem.error.message});
    }
  }
  return findings;
}

}  // namespace

const std::vector<std::string>& LintChecks() {
  static const std::vector<std::string> checks = {
      "kq-bands-not-monotonic", "kq-band-unreachable",       "kq-bands-skip-rating",
      "limit-never-fires",      "standard-always-capped",    "guidance-never-fires",
      "score-table-not-monotonic", "score-table-unreachable",
  };
  return checks;
}

std::vector<LintFinding> LintMethodology(const Methodology& methodology) { return Linter(methodology).Run(); }

LintReport LintRules(const std::string& path) {
  LintReport report;
  report.file = path;
  if (IsRegionFile(path)) {
    report.findings.push_back(LintFinding{LintSeverity::kError, "load", "", SourceLocation{path, 1, 1},
                                          "a region file, not a rules file: rerate region and rerate check read it; "
                                          "lint its methodology's rules file"});
    return report;
  }
  Result<std::shared_ptr<const Methodology>> rules = LoadRules(path);
  if (!rules) {
    report.findings.push_back(LintFinding{LintSeverity::kError, "load", "", rules.error().where, rules.error().message});
    return report;
  }
  report.methodology = *rules;
  report.findings = LintMethodology(**rules);
  if ((*rules)->IsRegional()) {
    std::vector<LintFinding> pools = LintPools(**rules, path);
    report.findings.insert(report.findings.end(), pools.begin(), pools.end());
  }
  return report;
}

}  // namespace rerate
