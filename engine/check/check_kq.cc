// Key questions: printed percentages against k/n, rounding-sensitive
// results, and what printed figures alone can and cannot decide.
#include "check/check_kq.h"

#include <algorithm>

#include "base/text.h"
#include "check/check_context.h"
#include "check/check_published.h"
#include "rerate/bands.h"

namespace rerate {

std::optional<BandRange> KqBandRange(const Methodology& m, const KqResult& kq) {
  if (!kq.HasResult() || !kq.band) return std::nullopt;
  if (kq.source != KqSource::kPercent || m.banding.decide_on == BandBasis::kPrintedPercentage) {
    return BandRange{*kq.band, *kq.band};
  }
  if (kq.relevant == 0) return PrintedBandRange(m.banding, kq.percent);
  // {percent, relevant} with several counts printing the same: bands grow
  // with yes, so the ends of the run of counts give the range.
  if (YesCountsPrinting(kq.percent, kq.relevant, m.banding.rounding).Empty()) return std::nullopt;
  return PrintedBandRange(m.banding, kq.percent, kq.relevant);
}

std::optional<BandRange> StandardBandRange(const Methodology& m, const StandardResult& result) {
  std::optional<BandRange> range;
  for (const KqResult& kq : result.key_questions) {
    std::optional<BandRange> own = KqBandRange(m, kq);
    if (!own) continue;
    if (!range) range = own;
    range->low = std::min(range->low, own->low);
    range->high = std::min(range->high, own->high);
  }
  return range;
}

namespace {

const char* RoundingName(Rounding rounding) {
  return rounding == Rounding::kHalfUp ? "half up" : "half even";
}

std::string CountsText(const KqResult& kq, const KqBanding& banding) {
  return OutOf(kq.yes, kq.relevant) + " = " +
         ExactPercentText(kq.yes, kq.relevant, banding) + "%";
}

class KeyQuestionChecker {
 public:
  explicit KeyQuestionChecker(CheckContext& context) : c_(context), m_(context.m) {}

  void Run() {
    int printed_only = 0;
    for (size_t q = 0; q < m_.key_questions.size(); ++q) {
      const KqResult& kq = c_.evaluation.ForKq(static_cast<int>(q));
      printed_only += kq.source == KqSource::kPercent ? 1 : 0;
      if (kq.rounding_sensitive) RoundingSensitive(kq);
      if (const PublishedPercent* published = c_.published.ForKeyQuestion(static_cast<int>(q))) {
        Compare(kq, *published);
      }
      EdgeNote(kq);
    }
    if (printed_only > 0) {
      c_.out->notes.insert(
          c_.out->notes.begin(),
          CheckNote{"", Plural(printed_only, "key question has", "key questions have") +
                            " printed figures only: they are the data, so their percentages are compared with the "
                            "figures given, not recomputed; bands, ratings, score and overall follow from them "
                            "except where a printed figure lies on a band edge"});
    }
  }

 private:
  const std::string& Id(const KqResult& kq) const { return m_.key_questions[kq.key_question].id; }
  std::string StandardId(const KqResult& kq) const {
    return m_.standards[m_.key_questions[kq.key_question].standard].id;
  }

  void RoundingSensitive(const KqResult& kq) {
    const PublishedPercent* published = c_.published.ForKeyQuestion(kq.key_question);
    Finding finding;
    finding.kind = FindingKind::kRoundingSensitive;
    finding.subject = Id(kq);
    finding.standard = StandardId(kq);
    finding.key_question = Id(kq);
    finding.published = CheckValue::Text(m_.RatingName(*kq.printed_band));
    finding.computed = CheckValue::Text(m_.RatingName(*kq.exact_band));
    finding.rule = m_.banding.rule.id;
    finding.detail = CountsText(kq, m_.banding) + " prints as " + std::to_string(kq.percent) + "%: the exact fraction is " +
                     m_.RatingName(*kq.exact_band) + ", the printed " + std::to_string(kq.percent) + "% is " +
                     m_.RatingName(*kq.printed_band) + "; " + m_.banding.rule.id + " decides on the " +
                     (m_.banding.decide_on == BandBasis::kExactFraction ? "exact fraction" : "printed percentage") +
                     ", and the report alone cannot tell which rule was used";
    finding.where = published != nullptr ? published->where : c_.evidence.key_questions[kq.key_question].where;
    c_.out->findings.push_back(std::move(finding));
  }

  void Compare(const KqResult& kq, const PublishedPercent& published) {
    CheckedValue value;
    value.subject = Id(kq);
    value.standard = StandardId(kq);
    value.published = CheckValue::Number(published.percent);
    value.where = published.where;
    if (kq.source == KqSource::kNone || !kq.HasResult()) {
      value.status = ValueStatus::kUnverifiable;
      value.detail = "no data for " + Id(kq) + " in the inspection: nothing to compare it with";
      c_.out->values.push_back(std::move(value));
      return;
    }
    value.computed = CheckValue::Number(kq.percent);
    // {percent, relevant} whose count was recovered from the figure itself
    // reproduces nothing: the figure is the data.
    const bool derived = kq.source == KqSource::kCounts && c_.evidence.key_questions[kq.key_question].percent >= 0;
    const bool counted = kq.source != KqSource::kPercent && !derived;
    if (published.percent == kq.percent) {
      value.status = counted ? ValueStatus::kReproduced : ValueStatus::kUnverifiable;
      value.detail = counted   ? CountsText(kq, m_.banding) + " prints as " + std::to_string(kq.percent) + "%"
                     : derived ? "the counts " + OutOf(kq.yes, kq.relevant) +
                                     " were recovered from this printed figure: nothing independent to recompute it from"
                               : "printed figure only: the data is this figure, with no counts to recompute it from";
      c_.out->values.push_back(std::move(value));
      return;
    }
    Finding finding;
    finding.kind = FindingKind::kPercentage;
    finding.subject = value.subject;
    finding.standard = value.standard;
    finding.key_question = value.subject;
    finding.published = value.published;
    finding.computed = value.computed;
    finding.rule = m_.banding.rule.id;
    finding.detail = counted ? CountsText(kq, m_.banding) + " prints as " + std::to_string(kq.percent) + "% (rounded " +
                                   RoundingName(m_.banding.rounding) + "), not " + std::to_string(published.percent) + "%"
                             : "the data gives the printed figure " + std::to_string(kq.percent) + "%, not " +
                                   std::to_string(published.percent) + "%";
    finding.where = published.where;
    c_.out->findings.push_back(std::move(finding));
    c_.out->values.push_back(std::move(value));
  }

  // A printed figure alone that lies on a band edge: say which bands it may
  // be in, and why the rules cannot place it.
  void EdgeNote(const KqResult& kq) {
    std::optional<BandRange> range = KqBandRange(m_, kq);
    if (!range || range->Certain()) return;
    std::vector<std::string> bands;
    for (int level = range->low.level; level <= range->high.level; ++level) bands.push_back(m_.RatingName(Rating{level}));
    const std::string values =
        kq.relevant > 0 ? "with " + std::to_string(kq.relevant) + " relevant cases, the counts that print as " +
                              std::to_string(kq.percent) + "%"
                        : "the exact values that print as " + std::to_string(kq.percent) + "% (rounded " +
                              RoundingName(m_.banding.rounding) + ")";
    c_.out->notes.push_back(CheckNote{
        Id(kq), "printed " + std::to_string(kq.percent) + "% only: " + values + " lie in " + OneOf(bands) +
                    ", and " + m_.banding.rule.id + " decides on the exact fraction, so its band is not certain; "
                    "the check takes the printed figure's band, " + m_.RatingName(*kq.band) +
                    ", and cannot confirm it without the counts"});
  }

  CheckContext& c_;
  const Methodology& m_;
};

}  // namespace

void CheckKeyQuestions(CheckContext& context) { KeyQuestionChecker(context).Run(); }

}  // namespace rerate
