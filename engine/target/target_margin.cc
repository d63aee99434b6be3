// Margins (how many yes answers each case standard can lose or needs) and
// pivotal answers (single answers that would change a rating).
#include <algorithm>

#include "rerate/bands.h"
#include "rerate/target.h"

namespace rerate {

namespace {

bool HasCounts(const KqResult& kq) { return kq.source == KqSource::kCases || kq.source == KqSource::kCounts; }

KqMargin KeyQuestionMargin(const Methodology& m, const KqResult& kq) {
  KqMargin margin;
  margin.key_question = kq.key_question;
  margin.counts_known = HasCounts(kq);
  margin.yes = kq.yes;
  margin.relevant = kq.relevant;
  margin.percent = kq.percent;
  margin.band = kq.band;
  if (!margin.counts_known || !kq.band) return margin;
  if (*kq.band > m.Lowest()) {
    if (const std::optional<int> least = MinYesForBand(m.banding, *kq.band, kq.relevant)) margin.can_lose = kq.yes - *least;
  }
  if (*kq.band < m.Highest()) {
    const std::optional<int> next = MinYesForBand(m.banding, Rating{kq.band->level + 1}, kq.relevant);
    if (next) margin.to_rise = *next - kq.yes;
  }
  return margin;
}

StandardMargin MarginOf(const Methodology& m, const StandardResult& result) {
  StandardMargin margin;
  margin.standard = result.standard;
  margin.computed = result.computed;
  margin.counts_known = true;
  for (const KqResult& kq : result.key_questions) {
    margin.key_questions.push_back(KeyQuestionMargin(m, kq));
    margin.counts_known = margin.counts_known && HasCounts(kq);
  }
  if (!margin.counts_known || !result.computed) return margin;
  const Rating rating = *result.computed;
  if (rating > m.Lowest()) {
    // It drops when any key question falls below its rating.
    for (const KqResult& kq : result.key_questions) {
      const std::optional<int> least = MinYesForBand(m.banding, rating, kq.relevant);
      if (!least) continue;
      const int spare = kq.yes - *least;
      if (!margin.can_lose || spare < *margin.can_lose) {
        margin.can_lose = spare;
        margin.first_to_drop.clear();
      }
      if (spare == *margin.can_lose) margin.first_to_drop.push_back(kq.key_question);
    }
  }
  if (rating < m.Highest()) {
    // It rises when every key question reaches the next rating.
    std::int64_t total = 0;
    bool possible = true;
    for (const KqResult& kq : result.key_questions) {
      const std::optional<int> least = MinYesForBand(m.banding, Rating{rating.level + 1}, kq.relevant);
      if (!least) {
        possible = false;
        break;
      }
      if (*least > kq.yes) {
        margin.rise_steps.emplace_back(kq.key_question, *least - kq.yes);
        total += *least - kq.yes;
      }
    }
    if (possible) {
      margin.to_rise = total;
    } else {
      margin.rise_steps.clear();
    }
  }
  return margin;
}

}  // namespace

std::vector<StandardMargin> Margins(const Evaluation& now) {
  const Methodology& m = *now.methodology;
  std::vector<StandardMargin> margins;
  for (const StandardResult& result : now.standards) {
    if (result.status != StandardStatus::kRated || !result.from_key_questions) continue;
    margins.push_back(MarginOf(m, result));
  }
  return margins;
}

Result<std::vector<PivotalAnswer>> PivotalAnswers(const Evidence& evidence) {
  if (!evidence.cases) {
    return Error{{evidence.file, 0, 0}, "--pivotal needs case-level data (a cases: file); " + evidence.inspection +
                                            " gives key-question counts only"};
  }
  const Methodology& m = *evidence.methodology;
  const CaseData& data = *evidence.cases;
  const Evaluation now = Evaluate(evidence);
  // Evaluate rates from the counts; one answer of a key question turned is
  // its count moved by one, whichever case it is.
  Evidence work = evidence;
  work.cases.reset();
  std::vector<PivotalAnswer> pivotal;
  for (const StandardResult& result : now.standards) {
    if (result.status != StandardStatus::kRated || !result.from_key_questions) continue;
    for (int q : m.standards[result.standard].key_questions) {
      if (evidence.key_questions[q].source != KqSource::kCases) continue;
      for (const auto& [from, to] : {std::pair{Answer::kYes, Answer::kNo}, std::pair{Answer::kNo, Answer::kYes}}) {
        PivotalAnswer answer{result.standard, q, from, to, {}, {}, 0, 0, std::nullopt};
        for (size_t c = 0; c < data.case_ids.size(); ++c) {
          if (data.answers[q][c] == from) answer.cases.push_back(data.case_ids[c]);
        }
        if (answer.cases.empty()) continue;
        work.key_questions[q].yes += from == Answer::kYes ? -1 : 1;
        const Evaluation e = Evaluate(work);
        work.key_questions[q].yes = evidence.key_questions[q].yes;
        for (size_t s = 0; s < m.standards.size(); ++s) {
          if (now.standards[s].rating == e.standards[s].rating) continue;
          answer.ratings.push_back({static_cast<int>(s), {now.standards[s].rating, e.standards[s].rating}});
        }
        if (answer.ratings.empty() && now.overall == e.overall) continue;
        answer.score_after = e.score;
        answer.max_after = e.max;
        answer.overall_after = e.overall;
        pivotal.push_back(std::move(answer));
      }
    }
  }
  return pivotal;
}

}  // namespace rerate
