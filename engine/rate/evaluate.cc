// Evaluate: key questions to bands, bands to case standards, then discretion,
// hard limits, guidance, points and the overall rating, in that order.
#include "base/text.h"
#include "model/names.h"
#include "rate/case_data.h"
#include "rate/evaluate_rules.h"
#include "rate/kq_result.h"
#include "rate/tracing.h"
#include "rerate/bands.h"
#include "rerate/evaluate.h"

namespace rerate {

const KqResult& Evaluation::ForKq(int key_question) const {
  const int standard = methodology->key_questions[key_question].standard;
  for (const KqResult& result : standards[standard].key_questions) {
    if (result.key_question == key_question) return result;
  }
  return standards[standard].key_questions.front();  // unreachable: every KQ is listed
}

namespace {

// Empties `out` for a new evaluation, keeping the memory of its vectors.
void Reuse(Evaluation* out, size_t standards) {
  out->standards.resize(standards);
  for (StandardResult& result : out->standards) {
    std::vector<KqResult> key_questions = std::move(result.key_questions);
    std::vector<std::string_view> applied = std::move(result.applied);
    key_questions.clear();
    applied.clear();
    result = StandardResult{};
    result.key_questions = std::move(key_questions);
    result.applied = std::move(applied);
  }
  out->prompts.clear();
  out->events.clear();
  out->limit_held.clear();
  out->warnings.clear();
  out->violations.clear();
  out->score = 0;
  out->max = 0;
  out->overall.reset();
}

class Evaluator {
 public:
  Evaluator(const Evidence& evidence, Tracer* tracer, Evaluation* out)
      : ev_(evidence), m_(*evidence.methodology), tracer_(tracer), out_(*out) {}

  void Run() {
    Reuse(&out_, m_.standards.size());
    out_.methodology = ev_.methodology;
    out_.file = ev_.file;
    out_.inspection = ev_.inspection;
    out_.fieldwork = ev_.fieldwork;
    out_.source = ev_.source;
    out_.cases_file = ev_.cases ? ev_.cases->file : "";
    out_.cases = ev_.CaseCount();
    if (ev_.cases) out_.cases_skipped = ev_.cases->skipped;
    for (size_t s = 0; s < m_.standards.size(); ++s) RateStandard(static_cast<int>(s), &out_.standards[s]);
    CountPrompts();
    ApplyDiscretion(ev_, tracer_, &out_);
    ApplyLimits(tracer_, &out_);
    CheckGuidance(ev_, tracer_, &out_);
    ScoreAndOverall(tracer_, &out_);
  }

 private:
  void RateStandard(int s, StandardResult* rated) {
    const Standard& standard = m_.standards[s];
    StandardResult& result = *rated;
    result.standard = s;
    result.status = standard.reported_only ? StandardStatus::kReportedOnly
                    : ev_.not_rated[s]     ? StandardStatus::kNotRated
                                           : StandardStatus::kRated;
    result.key_questions.reserve(standard.key_questions.size());
    for (int q : standard.key_questions) {
      result.key_questions.push_back(ComputeKqResult(m_, ev_.key_questions[q], q));
      if (result.status == StandardStatus::kReportedOnly) ClearBands(&result.key_questions.back());
      if (result.status == StandardStatus::kRated) WarnOnEdge(result.key_questions.back());
      TraceKq(result.key_questions.back());
    }
    if (result.status == StandardStatus::kReportedOnly) {
      // Named after the rules file's key: reported-only standards have no rule id.
      Trace(tracer_, "reported_only", standard.id, [&] {
        return standard.name + " is reported with its key questions and never rated or scored";
      });
      return;
    }
    if (result.status == StandardStatus::kNotRated) {
      WarnOnNotRatedData(result);
      Trace(tracer_, m_.scale.rule.id, standard.id, [&] {
        return standard.name + " is " + m_.scale.not_rated_label + ": it scores nothing and "
               "lowers the maximum";
      });
      return;
    }
    int with_result = 0;
    for (const KqResult& kq : result.key_questions) with_result += kq.HasResult() ? 1 : 0;
    if (with_result > 0) {
      if (with_result < static_cast<int>(result.key_questions.size())) {
        Violate(s, "some key questions of " + StandardLabel(m_, s) + " have no result; the lowest "
                   "of the others is used");
      }
      RateFromLowest(&result);
    } else if (ev_.judged[s]) {
      RateFromJudgement(&result);
    } else {
      Violate(s, "no data and no rating for " + StandardLabel(m_, s));
    }
    result.rating = result.computed;
  }

  void Violate(int s, std::string message) {
    out_.violations.push_back(Violation{m_.case_rating.rule.id, s, std::move(message), {ev_.file, 0, 0}});
  }

  void RateFromLowest(StandardResult* result) {
    const Standard& standard = m_.standards[result->standard];
    const KqResult* lowest = nullptr;
    for (const KqResult& kq : result->key_questions) {
      if (kq.HasResult() && (lowest == nullptr || KqValueLess(kq, *lowest))) lowest = &kq;
    }
    for (KqResult& kq : result->key_questions) kq.lowest = kq.HasResult() && KqValueEqual(kq, *lowest);
    result->computed = lowest->band;
    result->from_key_questions = true;
    result->applied.push_back(m_.banding.rule.id);
    result->applied.push_back(m_.case_rating.rule.id);
    Trace(tracer_, m_.case_rating.rule.id, standard.id, [&] {
      std::vector<std::string> ids;
      for (const KqResult& kq : result->key_questions) {
        if (kq.lowest) ids.push_back(m_.key_questions[kq.key_question].id);
      }
      return "lowest key question " + OneOf(ids) + (ids.size() > 1 ? " (tied)" : "") + " at " +
             KqValueText(*lowest, m_.banding) + ", so " + standard.name + " is " + m_.RatingName(*lowest->band);
    });
  }

  void RateFromJudgement(StandardResult* result) {
    const Standard& standard = m_.standards[result->standard];
    result->computed = ev_.judged[result->standard];
    result->applied.push_back(m_.judgement.rule.id);
    Trace(tracer_, m_.judgement.rule.id, standard.id, [&] {
      const bool is_case = standard.basis == StandardBasis::kCases;
      return standard.name + " rated " + m_.RatingName(*result->computed) +
             (is_case ? " as given under ratings: (no key-question data)" : " by inspectors");
    });
  }

  // A printed figure alone on a band edge: the band used is the printed
  // one, which the exact fraction may not share.
  void WarnOnEdge(const KqResult& kq) {
    if (!kq.edge_unknown) return;
    const KqEvidence& evidence = ev_.key_questions[kq.key_question];
    out_.warnings.push_back(Warning{
        WarningKind::kEdgeUnknown, m_.banding.rule.id, m_.key_questions[kq.key_question].standard,
        "key question " + m_.key_questions[kq.key_question].id + ": only the printed " +
            std::to_string(kq.percent) + "% is known, and the exact fraction could fall in the band below " +
            m_.RatingName(*kq.band) + "; it is banded as printed (give {yes, relevant} to decide)",
        evidence.where});
  }

  // Data under a Not rated standard is reported, but no rule sees a rating
  // from it (a limit on this standard, say): say so rather than keep quiet.
  void WarnOnNotRatedData(const StandardResult& result) {
    std::vector<std::string> with_data;
    const KqEvidence* first = nullptr;
    for (const KqResult& kq : result.key_questions) {
      if (!kq.HasResult()) continue;
      with_data.push_back(m_.key_questions[kq.key_question].id);
      if (first == nullptr) first = &ev_.key_questions[kq.key_question];
    }
    if (with_data.empty()) return;
    out_.warnings.push_back(Warning{
        WarningKind::kDataNotRated, m_.scale.rule.id, result.standard,
        StandardLabel(m_, result.standard) + " is " + m_.scale.not_rated_label + ", but " + OneOf(with_data) +
            Agree(with_data.size(), " has", " have") + " data: reported, never rated, and no rule reads a rating from it",
        first->where});
  }

  // A reported-only standard's key questions are never placed in a band.
  static void ClearBands(KqResult* kq) {
    kq->band.reset();
    kq->exact_band.reset();
    kq->printed_band.reset();
    kq->rounding_sensitive = false;
    kq->edge_unknown = false;
  }

  void TraceKq(const KqResult& kq) {
    const std::string& id = m_.key_questions[kq.key_question].id;
    if (kq.HasResult() && !kq.band) {
      Trace(tracer_, "reported_only", id, [&] { return KqValueText(kq, m_.banding) + ": reported, never banded"; });
      return;
    }
    Trace(tracer_, m_.banding.rule.id, id, [&] {
      if (kq.source == KqSource::kNone) return std::string("no data: no result");
      if (!kq.HasResult()) return std::string("no relevant cases: no result");
      std::string text = KqValueText(kq, m_.banding) + ": " + m_.RatingName(*kq.band);
      if (kq.rounding_sensitive) {
        text += "; rounding-sensitive: the exact fraction is " + m_.RatingName(*kq.exact_band) +
                ", the printed " + std::to_string(kq.percent) + "% would be " +
                m_.RatingName(*kq.printed_band) + "; the rules decide on the " +
                (m_.banding.decide_on == BandBasis::kExactFraction ? "exact fraction" : "printed percentage");
      }
      if (kq.edge_unknown) text += "; the exact fraction could fall in the band below";
      return text;
    });
  }

  void CountPrompts() {
    if (!ev_.cases) return;
    for (const CaseData::PromptColumn& column : ev_.cases->prompts) {
      PromptResult prompt{column.id, column.key_question, 0, 0};
      CountAnswers(column.answers, &prompt.yes, &prompt.relevant);
      out_.prompts.push_back(prompt);
    }
  }

  const Evidence& ev_;
  const Methodology& m_;
  Tracer* tracer_;
  Evaluation& out_;
};

}  // namespace

bool Evaluation::Holds(const RatingCondition& condition) const {
  const StandardResult& result = standards[condition.standard];
  if (!result.HasRating()) return false;
  for (Rating rating : condition.ratings) {
    if (*result.rating == rating) return true;
  }
  return false;
}

void EvaluateInto(const Evidence& evidence, Evaluation* out, Tracer* tracer, Detail detail) {
  out->detail = detail;
  Evaluator(evidence, tracer, out).Run();
}

Evaluation Evaluate(const Evidence& evidence, Tracer* tracer) {
  Evaluation out;
  EvaluateInto(evidence, &out, tracer);
  return out;
}

}  // namespace rerate
