#include "load/rules_validate.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "base/load_error.h"
#include "base/text.h"
#include "rerate/bands.h"

namespace rerate {

namespace {

bool SameFraction(Fraction a, Fraction b) {
  return a.numerator * b.denominator == b.numerator * a.denominator;
}

bool LessFraction(Fraction a, Fraction b) {
  return a.numerator * b.denominator < b.numerator * a.denominator;
}

// Fails on the second of two equal names, case-insensitively when asked.
class UniqueNames {
 public:
  UniqueNames(std::string what, bool ignore_case) : what_(std::move(what)), ignore_case_(ignore_case) {}
  void Add(const std::string& name, const SourceLocation& where) {
    const std::string key = ignore_case_ ? Lower(name) : name;
    auto [it, inserted] = seen_.emplace(key, where);
    if (!inserted) {
      Fail(where, what_ + " \"" + name + "\" is used twice (first at line " +
                      std::to_string(it->second.line) + ")");
    }
  }

 private:
  std::string what_;
  bool ignore_case_;
  std::map<std::string, SourceLocation> seen_;
};

void ValidateIds(const Methodology& m) {
  UniqueNames rules("rule id", false);
  for (const RuleInfo* rule : m.Rules()) {
    if (!rule->id.empty()) rules.Add(rule->id, rule->where);
  }
  UniqueNames ratings("rating", true);
  for (const ScaleLevel& level : m.scale.levels) ratings.Add(level.name, level.where);
  if (m.FindRating(m.scale.not_rated_label)) {
    Fail(m.scale.rule.where, "not_rated: \"" + m.scale.not_rated_label +
                                 "\" is also a rating on the scale; it must differ");
  }
  UniqueNames domains("domain id", false);
  for (const Domain& domain : m.domains) domains.Add(domain.id, domain.where);
  // Standards, key questions and prompts share one name space: a CSV column
  // or an inspection entry must never be ambiguous.
  UniqueNames ids("id", false);
  for (const Standard& standard : m.standards) ids.Add(standard.id, standard.where);
  for (const KeyQuestion& question : m.key_questions) {
    ids.Add(question.id, question.where);
    for (const Prompt& prompt : question.prompts) ids.Add(prompt.id, prompt.where);
  }
}

void ValidateBanding(const KqBanding& banding) {
  const std::vector<KqBand>& bands = banding.bands;  // the parser sorts them ascending
  if (bands.front().from.numerator != 0) {
    Fail(bands.front().where, "key-question bands leave a gap: no band covers 0% to below " +
                                  FractionText(bands.front().from) + "%");
  }
  for (size_t i = 0; i < bands.size(); ++i) {
    const KqBand& band = bands[i];
    const bool top = i + 1 == bands.size();
    if (band.below && !LessFraction(band.from, *band.below)) {
      Fail(band.where, "key-question band covers nothing: from " + FractionText(band.from) +
                           "% to below " + FractionText(*band.below) + "%");
    }
    if (top) {
      if (band.below) {
        const bool at_100 = band.below->numerator == 100 * band.below->denominator;
        Fail(band.where, "key-question bands leave a gap: no band covers " +
                             (at_100 ? "100% itself" : FractionText(*band.below) + "% to 100%") +
                             " (the top band takes no below:)");
      }
      break;
    }
    const KqBand& next = bands[i + 1];
    if (!band.below) {
      Fail(next.where, "key-question bands overlap: a band starts at " + FractionText(next.from) +
                           "%, inside the band that starts at " + FractionText(band.from) +
                           "% and has no below: (so runs to 100%)");
    }
    if (LessFraction(next.from, *band.below)) {
      Fail(next.where, "key-question bands overlap: a band starts at " + FractionText(next.from) +
                           "%, inside the band " + BandRangeText(band));
    }
    if (!SameFraction(next.from, *band.below)) {
      Fail(next.where, "key-question bands leave a gap: no band covers " +
                           FractionText(*band.below) + "% to below " + FractionText(next.from) + "%");
    }
  }
}

void ValidateScoreTable(const ScoreTable& table) {
  if (table.max <= 0) Fail(table.where, "a score table's max must be more than 0");
  std::vector<ScoreBand> bands = table.bands;
  if (bands.empty()) Fail(table.where, "a score table needs bands");
  std::stable_sort(bands.begin(), bands.end(),
                   [](const ScoreBand& a, const ScoreBand& b) { return a.from < b.from; });
  const std::string of_max = " in the table for max " + std::to_string(table.max);
  int next_point = 0;
  for (const ScoreBand& band : bands) {
    if (band.to < band.from) {
      Fail(band.where, "score band covers nothing: from " + std::to_string(band.from) + " to " +
                           std::to_string(band.to) + of_max);
    }
    if (band.from > next_point) {
      Fail(band.where, "score bands leave a gap: no band covers " + std::to_string(next_point) +
                           (band.from - 1 > next_point ? " to " + std::to_string(band.from - 1) : "") +
                           " points" + of_max);
    }
    if (band.from < next_point) {
      Fail(band.where, "score bands overlap: " + std::to_string(band.from) + " points" + of_max +
                           " is in two bands");
    }
    next_point = band.to + 1;
  }
  if (next_point - 1 != table.max) {
    const ScoreBand& last = bands.back();
    if (next_point - 1 > table.max) {
      Fail(last.where, "score band runs to " + std::to_string(last.to) + " points, past max " +
                           std::to_string(table.max));
    }
    Fail(last.where, "score bands leave a gap: no band covers " + std::to_string(next_point) +
                         " to " + std::to_string(table.max) + " points" + of_max);
  }
}

void ValidateOverall(const Methodology& m) {
  std::map<int, SourceLocation> seen;
  for (const ScoreTable& table : m.overall.tables) {
    auto [it, inserted] = seen.emplace(table.max, table.where);
    if (!inserted) {
      Fail(table.where, "two score tables for max " + std::to_string(table.max) +
                            " (first at line " + std::to_string(it->second.line) + ")");
    }
    ValidateScoreTable(table);
  }
  std::vector<std::string> optional;
  for (const Standard& standard : m.standards) {
    if (standard.may_be_not_rated) optional.push_back(standard.id + " " + standard.name);
  }
  for (int max : m.ReachableMaxima()) {
    if (m.TableFor(max) != nullptr) continue;
    const std::string& not_rated = m.scale.not_rated_label;
    std::string how = optional.empty()        ? "with every standard rated"
                      : optional.size() == 1 ? "when " + optional.front() + " is " + not_rated
                                             : "when some of " + OneOf(optional) + " are " + not_rated;
    Fail(m.overall.rule.where, "overall has no score table for max: " + std::to_string(max) +
                                   ", a maximum reachable " + how);
  }
}

void ValidateRelations(const Methodology& m) {
  for (const Limit& limit : m.limits) {
    if (limit.when.standard == limit.standard) {
      Fail(limit.rule.where, "limit " + limit.rule.id + " depends on the standard it limits");
    }
  }
  for (const Guidance& guide : m.guidance) {
    if (guide.when.standard == guide.expect.standard) {
      Fail(guide.rule.where, "guidance " + guide.rule.id + " relates a standard to itself");
    }
  }
  UniqueNames attributes("attribute", false);
  for (const Attribute& attribute : m.breakdowns.attributes) {
    attributes.Add(attribute.name, attribute.where);
    if (attribute.name == "case" || std::isdigit(static_cast<unsigned char>(attribute.name[0]))) {
      Fail(attribute.where,
           "attribute \"" + attribute.name +
               "\" would be read as a case id or key-question column; choose another name");
    }
  }
}

// A regional key question takes its data from one pool: two would make its
// yes/relevant depend on which one was read.
void ValidatePooling(const Methodology& m) {
  std::map<int, const Pool*> pooled;
  for (const Pool& pool : m.pooling.pools) {
    auto [it, inserted] = pooled.emplace(pool.key_question, &pool);
    if (!inserted) {
      Fail(pool.rule.where, "key question " + m.key_questions[pool.key_question].id + " is pooled twice: by " +
                                it->second->rule.id + " (line " + std::to_string(it->second->rule.where.line) +
                                ") and by " + pool.rule.id);
    }
  }
}

}  // namespace

void ValidateRules(const Methodology& methodology) {
  ValidateIds(methodology);
  ValidateBanding(methodology.banding);
  ValidateOverall(methodology);
  ValidateRelations(methodology);
  ValidatePooling(methodology);
}

}  // namespace rerate
