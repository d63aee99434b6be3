// The score, its maximum and the overall rating, as arithmetic on the
// ratings the report prints: points per rating, 3 a standard at most, and
// the score table for that maximum.
#include "check/check_score.h"

#include "base/text.h"
#include "check/check_context.h"
#include "model/names.h"

namespace rerate {

namespace {

class TotalsChecker {
 public:
  explicit TotalsChecker(CheckContext& context) : c_(context), m_(context.m), e_(context.evaluation) {
    Sum();
  }

  void Run() {
    if (c_.published.score) Score(*c_.published.score);
    if (c_.published.max) Max(*c_.published.max);
    if (c_.published.overall) Overall(*c_.published.overall);
  }

 private:
  // Points over the report's ratings; standards it prints no rating for
  // take the data's.
  void Sum() {
    const int top = m_.Points(m_.Highest());
    for (size_t s = 0; s < c_.report.size(); ++s) {
      const ReportRating& rating = c_.report[s];
      if (m_.standards[s].reported_only) continue;
      if (!rating.published) from_data_.push_back(m_.standards[s].id);
      if (!rating.scored) {
        not_rated_.push_back(m_.standards[s].id);
        continue;
      }
      const int points = m_.Points(*rating.rating);
      sum_ += points;
      max_ += top;
      ++rated_;
      terms_ += (terms_.empty() ? "" : " + ") + m_.standards[s].id + " " + std::to_string(points);
    }
  }

  std::string FromData() const {
    if (from_data_.empty()) return "";
    return "; " + AllOf(from_data_) + Agree(from_data_.size(), " has", " have") +
           " no published rating, so the data's rating is used";
  }

  std::string RatedText() const {
    const int top = m_.Points(m_.Highest());
    std::string text = std::to_string(rated_) + " standards rated, " + std::to_string(top) + " points each at most";
    if (!not_rated_.empty()) text += " (" + AllOf(not_rated_) + " " + m_.scale.not_rated_label + ")";
    return text;
  }

  CheckedValue Value(const std::string& subject, CheckValue published, CheckValue computed, SourceLocation where) {
    CheckedValue value;
    value.subject = subject;
    value.published = std::move(published);
    value.computed = std::move(computed);
    value.where = std::move(where);
    return value;
  }

  void AddFinding(FindingKind kind, const CheckedValue& value, const std::string& rule, std::string detail) {
    Finding finding;
    finding.kind = kind;
    finding.subject = value.subject;
    finding.published = value.published;
    finding.computed = value.computed;
    finding.rule = rule;
    finding.detail = std::move(detail);
    finding.where = value.where;
    c_.out->findings.push_back(std::move(finding));
  }

  // What the data alone give, when it differs from the report's ratings.
  std::string DataSay(bool differs, const std::string& what) const {
    return differs ? "; the data give " + what + " (see the findings on the standards)" : "";
  }

  void Score(const Located<int>& published) {
    CheckedValue value = Value("score", CheckValue::Number(published.value), CheckValue::Number(sum_), published.where);
    const std::string sum = terms_ + " = " + std::to_string(sum_) + " over the published ratings" + FromData();
    if (published.value == sum_) {
      value.detail = sum + DataSay(e_.score != sum_, std::to_string(e_.score));
    } else {
      AddFinding(FindingKind::kArithmetic, value, m_.scale.rule.id,
                 "the report prints " + std::to_string(published.value) + ", but the points of its ratings add up to " +
                     sum);
    }
    c_.out->values.push_back(std::move(value));
  }

  void Max(const Located<int>& published) {
    CheckedValue value = Value("max", CheckValue::Number(published.value), CheckValue::Number(max_), published.where);
    if (published.value == max_) {
      value.detail = RatedText() + DataSay(e_.max != max_, std::to_string(e_.max));
    } else {
      AddFinding(FindingKind::kArithmetic, value, m_.scale.rule.id,
                 "the report prints " + std::to_string(published.value) + ", but " + RatedText() + " make " +
                     std::to_string(max_));
    }
    c_.out->values.push_back(std::move(value));
  }

  void Overall(const Located<Rating>& published) {
    const int score = c_.published.score ? c_.published.score->value : sum_;
    int max = c_.published.max ? c_.published.max->value : max_;
    std::string basis = std::to_string(score) + " of " + std::to_string(max);
    const ScoreTable* table = m_.TableFor(max);
    if (table == nullptr && max != max_) {
      basis += " (no score table for " + std::to_string(max) + "; the table for the " + std::to_string(max_) +
               " points of the standards rated is used)";
      max = max_;
      table = m_.TableFor(max);
    }
    std::optional<Rating> band;
    std::string band_text;
    for (const ScoreBand& candidate : table != nullptr ? table->bands : std::vector<ScoreBand>{}) {
      if (score < candidate.from || score > candidate.to) continue;
      band = candidate.rating;
      band_text = " is in " + std::to_string(candidate.from) + " to " + std::to_string(candidate.to) + ": " +
                  m_.RatingName(candidate.rating);
    }
    CheckedValue value = Value("overall", CheckValue::Text(m_.RatingName(published.value)),
                               band ? CheckValue::Text(m_.RatingName(*band)) : CheckValue::None(), published.where);
    if (band && *band == published.value) {
      value.detail = basis + band_text + " (" + m_.overall.rule.id + ")" +
                     DataSay(e_.overall != band, RatingText(m_, e_.overall) + " from " + std::to_string(e_.score) +
                                                     " of " + std::to_string(e_.max));
    } else {
      const std::string why = !band ? (table == nullptr ? basis + ": " + m_.overall.rule.id + " has no score table for it"
                                                        : basis + " is beyond the score table")
                                    : basis + band_text + " (" + m_.overall.rule.id + ")";
      AddFinding(FindingKind::kOverall, value, m_.overall.rule.id,
                 "the report prints " + m_.RatingName(published.value) + ", but " + why);
    }
    c_.out->values.push_back(std::move(value));
  }

  CheckContext& c_;
  const Methodology& m_;
  const Evaluation& e_;
  int sum_ = 0;
  int max_ = 0;
  int rated_ = 0;
  std::string terms_;
  std::vector<std::string> from_data_;
  std::vector<std::string> not_rated_;
};

}  // namespace

void CheckTotals(CheckContext& context) { TotalsChecker(context).Run(); }

}  // namespace rerate
