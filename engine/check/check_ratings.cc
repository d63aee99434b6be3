// Standard ratings: each published rating against the band of its lowest key
// question or the inspectors' recorded rating, with discretion and limits;
// hard limits and soft guidance read on the ratings as the report has them.
#include "check/check_ratings.h"

#include "base/text.h"
#include "check/check_context.h"
#include "check/check_kq.h"
#include "check/check_published.h"
#include "model/names.h"
#include "rate/kq_result.h"

namespace rerate {

namespace {

bool HoldsOnReport(const std::vector<ReportRating>& report, const RatingCondition& condition) {
  const ReportRating& rating = report[condition.standard];
  if (!rating.scored) return false;
  for (Rating candidate : condition.ratings) {
    if (*rating.rating == candidate) return true;
  }
  return false;
}

// Where a report rating comes from, for messages.
std::string Whose(const ReportRating& rating) { return rating.published ? " (published)" : " (from the data)"; }

std::string LowestText(const Methodology& m, const StandardResult& result) {
  std::vector<std::string> ids;
  const KqResult* lowest = nullptr;
  for (const KqResult& kq : result.key_questions) {
    if (!kq.lowest) continue;
    ids.push_back(m.key_questions[kq.key_question].id);
    lowest = &kq;
  }
  if (lowest == nullptr) return "no key-question result";
  return Agree(ids.size(), "lowest key question ", "tied lowest key questions ") + AllOf(ids) + " at " +
         KqValueText(*lowest, m.banding);
}

class StandardChecker {
 public:
  explicit StandardChecker(CheckContext& context) : c_(context), m_(context.m), e_(context.evaluation) {}

  void Run() {
    for (const PublishedRating& published : c_.published.standards) Check(published);
    Explanations();
    DiscretionFindings();
  }

 private:
  void Check(const PublishedRating& published) {
    const int s = published.standard;
    const StandardResult& result = e_.For(s);
    CheckedValue value;
    value.subject = m_.standards[s].id;
    value.standard = value.subject;
    value.name = m_.standards[s].name;
    value.published = CheckValue::Text(RatingText(m_, published.rating));
    value.computed = CheckValue::Text(RatingText(m_, result.status == StandardStatus::kRated ? result.rating : std::nullopt));
    value.where = published.where;
    const bool data_rated = result.status == StandardStatus::kRated;
    if (!published.rating || !data_rated) {
      NotRated(published, data_rated, &value);
    } else if (const Limit* limit = BreachedLimit(s, *published.rating)) {
      Cap(published, *limit);
    } else if (result.from_key_questions) {
      CaseStandard(published, result, &value);
    } else {
      Recorded(published, result, &value);
    }
    c_.out->values.push_back(std::move(value));
  }

  void NotRated(const PublishedRating& published, bool data_rated, CheckedValue* value) {
    const std::string& label = m_.scale.not_rated_label;
    if (!published.rating && !data_rated) {
      value->detail = "listed under not_rated:; it scores nothing and lowers the maximum";
      return;
    }
    const std::string detail = published.rating
                                   ? "the inspection lists " + value->subject + " under not_rated:, but the report rates it"
                                   : "the report prints " + label + ", but the inspection rates it " +
                                         value->computed.text + " (add it to not_rated: if it was not rated)";
    AddFinding(FindingKind::kRecorded, value->subject, published, value->computed, m_.scale.rule.id, detail);
  }

  // A hard limit the report's own ratings break.
  const Limit* BreachedLimit(int s, Rating published) const {
    for (const Limit& limit : m_.limits) {
      if (limit.standard == s && published > limit.at_most && HoldsOnReport(c_.report, limit.when)) return &limit;
    }
    return nullptr;
  }

  void Cap(const PublishedRating& published, const Limit& limit) {
    const std::string detail = ConditionText(m_, limit.when) + Whose(c_.report[limit.when.standard]) + ", so " +
                               StandardLabel(m_, limit.standard) + " may be at most " + m_.RatingName(limit.at_most) +
                               "; the report prints " + m_.RatingName(*published.rating);
    AddFinding(FindingKind::kCap, m_.standards[limit.standard].id, published,
               CheckValue::Text(m_.RatingName(limit.at_most)), limit.rule.id, detail);
  }

  const DiscretionRecord* DiscretionFor(int s) const {
    for (const DiscretionRecord& record : c_.evidence.discretion) {
      if (record.standard == s) return &record;
    }
    return nullptr;
  }

  bool Changed(int s) const {
    for (const RuleEvent& event : e_.events) {
      if (event.standard == s && event.kind != EventKind::kDeparture) return true;
    }
    return false;
  }

  void CaseStandard(const PublishedRating& published, const StandardResult& result, CheckedValue* value) {
    const std::string lowest = LowestText(m_, result) + ": " + m_.RatingName(*result.computed);
    const std::optional<BandRange> range = StandardBandRange(m_, result);
    const Rating printed = *published.rating;
    if (printed == *result.rating) {
      if (Changed(result.standard)) return;  // explained by its discretion or limit
      value->detail = lowest;
      if (range && !range->Certain()) Uncertain(*range, result, value);
      return;
    }
    if (range && !range->Certain() && !Changed(result.standard) && printed >= range->low && printed <= range->high) {
      value->detail = lowest;
      Uncertain(*range, result, value);
      return;
    }
    const DiscretionRecord* discretion = DiscretionFor(result.standard);
    std::string detail = "the report prints " + m_.RatingName(printed) + ", but " + lowest;
    if (range && !range->Certain() && !Changed(result.standard)) {
      value->computed = CheckValue::Text(RangeText(*range));
      detail += " (" + value->computed.text + " on the printed figures, which lie on a band edge)";
    }
    if (discretion != nullptr) {
      detail += ", and the discretion recorded gives " + m_.RatingName(discretion->rating);
    } else {
      if (*result.rating != *result.computed) detail += ", which a limit lowers to " + m_.RatingName(*result.rating);
      detail += "; no discretion is recorded";
    }
    AddFinding(FindingKind::kBand, value->subject, published, value->computed, m_.case_rating.rule.id, detail);
  }

  // "Inadequate or Requires improvement"
  std::string RangeText(const BandRange& range) const {
    std::vector<std::string> names;
    for (int level = range.low.level; level <= range.high.level; ++level) names.push_back(m_.RatingName(Rating{level}));
    return OneOf(names);
  }

  void Uncertain(const BandRange& range, const StandardResult& result, CheckedValue* value) {
    std::vector<std::string> edges;
    for (const KqResult& kq : result.key_questions) {
      std::optional<BandRange> own = KqBandRange(m_, kq);
      if (own && !own->Certain() && own->low < range.high) edges.push_back(m_.key_questions[kq.key_question].id);
    }
    value->status = ValueStatus::kUnverifiable;
    value->computed = CheckValue::Text(RangeText(range));
    value->detail += "; but " + AllOf(edges) + Agree(edges.size(), " is", " are") +
                     " printed on a band edge, so the rating could be " + value->computed.text +
                     ": not certain without the counts";
  }

  // Judgement standards, and case standards rated under ratings: for want of
  // key-question data: the recorded rating, after any limit.
  void Recorded(const PublishedRating& published, const StandardResult& result, CheckedValue* value) {
    const bool judgement = m_.standards[result.standard].basis == StandardBasis::kJudgement;
    const std::string recorded = m_.RatingName(*result.computed);
    if (*published.rating == *result.rating) {
      value->detail = (judgement ? "inspectors' rating " : "rating given ") + recorded + " under ratings:";
      if (judgement) return;
      value->status = ValueStatus::kUnverifiable;
      value->detail += " (no key-question data): only the arithmetic from ratings to score and overall is checked";
      c_.out->notes.push_back(CheckNote{
          value->subject, StandardLabel(m_, result.standard) + " has no key-question data: its rating is taken as given "
                          "under ratings:, and only the arithmetic from ratings to score and overall can be checked"});
      return;
    }
    std::string detail = "the report prints " + m_.RatingName(*published.rating) + ", but ratings: records " + recorded;
    if (*result.rating != *result.computed) detail += ", which a limit lowers to " + m_.RatingName(*result.rating);
    AddFinding(FindingKind::kRecorded, value->subject, published, value->computed, m_.judgement.rule.id, detail);
  }

  void AddFinding(FindingKind kind, const std::string& standard, const PublishedRating& published, CheckValue computed,
                  const std::string& rule, std::string detail) {
    Finding finding;
    finding.kind = kind;
    finding.subject = standard;
    finding.standard = standard;
    finding.published = CheckValue::Text(RatingText(m_, published.rating));
    finding.computed = std::move(computed);
    finding.rule = rule;
    finding.detail = std::move(detail);
    finding.where = published.where;
    c_.out->findings.push_back(std::move(finding));
  }

  bool Violated(int s) const {
    for (const Violation& violation : e_.violations) {
      if (violation.standard == s && violation.rule == m_.discretion.rule.id) return true;
    }
    return false;
  }

  // Discretion within the rules and limits, where the report agrees with
  // the rating they give (or prints no rating for the standard).
  void Explanations() {
    for (const RuleEvent& event : e_.events) {
      if (event.kind == EventKind::kDeparture || Violated(event.standard)) continue;
      const PublishedRating* published = c_.published.ForStandard(event.standard);
      if (published != nullptr && published->rating != e_.For(event.standard).rating) continue;
      c_.out->explained.push_back(Explanation{event.kind == EventKind::kLimit ? "limit" : "discretion",
                                              m_.standards[event.standard].id, event.rule, event.reason,
                                              event.detail});
    }
    for (const Warning& warning : e_.warnings) {
      if (warning.kind != WarningKind::kDiscretionNoChange) continue;
      c_.out->notes.push_back(CheckNote{m_.standards[warning.standard].id, warning.message});
    }
  }

  void DiscretionFindings() {
    for (const Violation& violation : e_.violations) {
      if (violation.rule != m_.discretion.rule.id) continue;
      const StandardResult& result = e_.For(violation.standard);
      const DiscretionRecord* record = DiscretionFor(violation.standard);
      const PublishedRating* published = c_.published.ForStandard(violation.standard);
      Finding finding;
      finding.kind = FindingKind::kDiscretion;
      finding.subject = m_.standards[violation.standard].id;
      finding.standard = finding.subject;
      finding.published = published != nullptr ? CheckValue::Text(RatingText(m_, published->rating))
                                                : CheckValue::Text(m_.RatingName(record->rating));
      finding.computed = CheckValue::Text(m_.RatingName(*result.computed));
      finding.rule = violation.rule;
      finding.detail = violation.message + "; reason recorded: \"" + record->reason + "\"";
      finding.where = violation.where;
      c_.out->findings.push_back(std::move(finding));
    }
  }

  CheckContext& c_;
  const Methodology& m_;
  const Evaluation& e_;
};

}  // namespace

void CheckStandards(CheckContext& context) { StandardChecker(context).Run(); }

void CheckGuidanceOnReport(CheckContext& c) {
  const Methodology& m = c.m;
  for (size_t g = 0; g < m.guidance.size(); ++g) {
    const Guidance& guide = m.guidance[g];
    const DepartureRecord* record = nullptr;
    for (const DepartureRecord& candidate : c.evidence.departures) {
      if (candidate.guidance == static_cast<int>(g)) record = &candidate;
    }
    const int guided = guide.when.standard;
    const ReportRating& expected = c.report[guide.expect.standard];
    const bool departed = HoldsOnReport(c.report, guide.when) && expected.scored && !HoldsOnReport(c.report, guide.expect);
    if (!departed) {
      if (record != nullptr) {
        c.out->notes.push_back(CheckNote{m.standards[record->standard].id,
                                         "a departure from " + guide.rule.id + " is recorded, but the report's ratings "
                                         "follow that guidance: nothing departs from it"});
      }
      continue;
    }
    const std::string detail = ConditionText(m, guide.when) + Whose(c.report[guided]) + ", so guidance expects " +
                               StandardLabel(m, guide.expect.standard) + " to be " +
                               RatingsText(m, guide.expect.ratings) + "; it is " + m.RatingName(*expected.rating) +
                               Whose(expected);
    const std::string id = m.standards[guided].id;
    if (record != nullptr) {
      c.out->explained.push_back(Explanation{"departure", id, guide.rule.id, record->reason, detail});
      continue;
    }
    const PublishedRating* published = c.published.ForStandard(guided);
    Finding finding;
    finding.kind = FindingKind::kGuidance;
    finding.subject = id;
    finding.standard = id;
    finding.published = CheckValue::Text(m.RatingName(*c.report[guided].rating));
    finding.rule = guide.rule.id;
    finding.detail = detail + "; no reason is recorded (record one under departures:)";
    finding.where = published != nullptr ? published->where : c.evidence.judged_where[guided];
    if (finding.where.file.empty()) finding.where = SourceLocation{c.evidence.file, 0, 0};
    c.out->findings.push_back(std::move(finding));
  }
}

}  // namespace rerate
