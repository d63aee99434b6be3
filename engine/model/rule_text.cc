// Rules in words.  The numbers and names come from the rules file; the
// sentence for each kind of rule says what the engine does with them.
#include "model/rule_text.h"

#include "base/text.h"
#include "model/names.h"
#include "rerate/bands.h"

namespace rerate {

namespace {

// The rule's own description: the rules file's words, or when it gives none,
// the engine's words for what the rule does with this file's numbers.
std::pair<std::string, std::string> Described(const RuleInfo& rule, std::string generated) {
  return {rule.id, rule.description.empty() ? std::move(generated) : rule.description};
}

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
  return "When " + ConditionText(m, limit.when) + ", " + StandardLabel(m, limit.standard) + " is rated at most " +
         m.RatingName(limit.at_most) + ".";
}

std::string GuidanceText(const Methodology& m, const Guidance& guide) {
  return "When " + ConditionText(m, guide.when) + ", usually " + ConditionText(m, guide.expect) +
         "; departing from it needs a recorded reason.";
}

}  // namespace

std::vector<std::pair<std::string, std::string>> RuleDescriptions(const Methodology& m) {
  std::vector<std::pair<std::string, std::string>> rules = {
      Described(m.scale.rule, ScaleText(m)),
      Described(m.banding.rule, BandingText(m)),
      Described(m.case_rating.rule, "A case standard is rated the band of its lowest key question."),
      Described(m.judgement.rule, JudgementText(m)),
      Described(m.discretion.rule, DiscretionText(m)),
      Described(m.overall.rule, OverallText(m)),
      Described(m.breakdowns.rule, BreakdownText(m)),
  };
  for (const Limit& limit : m.limits) rules.push_back(Described(limit.rule, LimitText(m, limit)));
  for (const Guidance& guide : m.guidance) rules.push_back(Described(guide.rule, GuidanceText(m, guide)));
  return rules;
}

std::string RuleDescription(const Methodology& methodology, const std::string& rule_id) {
  for (const auto& [id, description] : RuleDescriptions(methodology)) {
    if (id == rule_id) return description;
  }
  return "";
}

}  // namespace rerate
