// Rules in words.  The numbers and names come from the rules file; the
// sentence for each kind of rule says what the engine does with them.
#include "model/rule_text.h"

#include "base/text.h"
#include "model/names.h"
#include "rerate/bands.h"

namespace rerate {

namespace {

std::string ScaleText(const Methodology& m) {
  std::vector<std::string> points;
  for (const ScaleLevel& level : m.scale.levels) points.push_back(level.name + " " + Plural(level.points, "point"));
  return "Each rated standard scores points for its rating (" + AllOf(points) +
         "); the score is their sum over the standards rated.";
}

std::string BandingText(const Methodology& m) {
  std::vector<std::string> bands;
  for (const KqBand& band : m.banding.bands) bands.push_back(m.RatingName(band.rating) + " " + BandRangeText(band));
  const char* basis = m.banding.decide_on == BandBasis::kExactFraction ? "the exact fraction" : "the printed whole percentage";
  return "A key question's share of yes answers gives its band, decided on " + std::string(basis) + ": " +
         AllOf(bands) + ".";
}

std::string JudgementText(const Methodology& m) {
  std::vector<std::string> judged;
  for (size_t s = 0; s < m.standards.size(); ++s) {
    if (m.standards[s].basis == StandardBasis::kJudgement) judged.push_back(StandardLabel(m, static_cast<int>(s)));
  }
  return "Inspectors rate " + (judged.empty() ? std::string("the judgement standards") : AllOf(judged)) +
         " from the evidence; rerate takes their ratings as given.";
}

std::string DiscretionText(const Methodology& m) {
  return "Inspectors may rate a case standard up to " + Plural(m.discretion.max_bands, "band") +
         " away from the band of its lowest key question" +
         (m.discretion.reason_required ? ", recording why." : ".");
}

std::string OverallText(const Methodology& m) {
  std::vector<std::string> tables;
  for (const ScoreTable& table : m.overall.tables) {
    std::vector<std::string> bands;
    for (const ScoreBand& band : table.bands) {
      bands.push_back(std::to_string(band.from) + " to " + std::to_string(band.to) + " " + m.RatingName(band.rating));
    }
    tables.push_back("out of " + std::to_string(table.max) + ": " + AllOf(bands));
  }
  std::string text = "The score gives the overall rating";
  for (const std::string& table : tables) text += "; " + table;
  return text + ".";
}

std::string BreakdownText(const Methodology& m) {
  std::vector<std::string> names;
  for (const Attribute& attribute : m.breakdowns.attributes) names.push_back(attribute.name);
  if (names.empty()) return "Key-question results per case attribute: reported, never rated.";
  return "Key-question results per " + OneOf(names) + ": reported, never rated.";
}

// A limit or guidance without a description in the file: its condition.
std::string LimitText(const Methodology& m, const Limit& limit) {
  if (!limit.description.empty()) return limit.description;
  return "When " + ConditionText(m, limit.when) + ", " + StandardLabel(m, limit.standard) + " is rated at most " +
         m.RatingName(limit.at_most) + ".";
}

std::string GuidanceText(const Methodology& m, const Guidance& guide) {
  if (!guide.description.empty()) return guide.description;
  return "When " + ConditionText(m, guide.when) + ", usually " + ConditionText(m, guide.expect) +
         "; departing from it needs a recorded reason.";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> RuleDescriptions(const Methodology& m) {
  std::vector<std::pair<std::string, std::string>> rules = {
      {m.scale.rule.id, ScaleText(m)},
      {m.banding.rule.id, BandingText(m)},
      {m.case_rating.rule.id, "A case standard is rated the band of its lowest key question."},
      {m.judgement.rule.id, JudgementText(m)},
      {m.discretion.rule.id, DiscretionText(m)},
      {m.overall.rule.id, OverallText(m)},
      {m.breakdowns.rule.id, BreakdownText(m)},
  };
  for (const Limit& limit : m.limits) rules.emplace_back(limit.rule.id, LimitText(m, limit));
  for (const Guidance& guide : m.guidance) rules.emplace_back(guide.rule.id, GuidanceText(m, guide));
  return rules;
}

std::string RuleDescription(const Methodology& methodology, const std::string& rule_id) {
  for (const auto& [id, description] : RuleDescriptions(methodology)) {
    if (id == rule_id) return description;
  }
  return "";
}

}  // namespace rerate
