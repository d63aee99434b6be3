#include <algorithm>

#include "base/text.h"
#include "rerate/rules.h"

namespace rerate {

int Methodology::FindStandard(const std::string& id) const {
  for (size_t i = 0; i < standards.size(); ++i) {
    if (standards[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

int Methodology::FindKeyQuestion(const std::string& id) const {
  for (size_t i = 0; i < key_questions.size(); ++i) {
    if (key_questions[i].id == id) return static_cast<int>(i);
  }
  return -1;
}

int Methodology::FindPrompt(const std::string& id, int* key_question) const {
  for (size_t q = 0; q < key_questions.size(); ++q) {
    const auto& prompts = key_questions[q].prompts;
    for (size_t p = 0; p < prompts.size(); ++p) {
      if (prompts[p].id == id) {
        if (key_question != nullptr) *key_question = static_cast<int>(q);
        return static_cast<int>(p);
      }
    }
  }
  return -1;
}

std::optional<Rating> Methodology::FindRating(const std::string& rating_name) const {
  const std::string wanted = Lower(rating_name);
  for (size_t i = 0; i < scale.levels.size(); ++i) {
    if (Lower(scale.levels[i].name) == wanted) return Rating{static_cast<int>(i)};
  }
  return std::nullopt;
}

const std::string& Methodology::RatingName(Rating rating) const {
  return scale.levels.at(static_cast<size_t>(rating.level)).name;
}

int Methodology::Points(Rating rating) const {
  return scale.levels.at(static_cast<size_t>(rating.level)).points;
}

std::vector<int> Methodology::ScoredStandards() const {
  std::vector<int> scored;
  for (size_t i = 0; i < standards.size(); ++i) {
    if (!standards[i].reported_only) scored.push_back(static_cast<int>(i));
  }
  return scored;
}

std::vector<int> Methodology::ReachableMaxima() const {
  // Every scored standard is worth the top rating's points, so the maximum
  // depends only on how many of the may-be-Not-rated standards are dropped.
  const int top = Points(Highest());
  int scored = 0;
  int optional = 0;
  for (int index : ScoredStandards()) {
    ++scored;
    if (standards[index].may_be_not_rated) ++optional;
  }
  std::vector<int> maxima;
  for (int dropped = optional; dropped >= 0; --dropped) {
    maxima.push_back(top * (scored - dropped));
  }
  return maxima;
}

const ScoreTable* Methodology::TableFor(int max) const {
  for (const ScoreTable& table : overall.tables) {
    if (table.max == max) return &table;
  }
  return nullptr;
}

std::vector<const RuleInfo*> Methodology::Rules() const {
  std::vector<const RuleInfo*> rules = {&scale.rule,        &banding.rule,   &case_rating.rule,
                                        &judgement.rule,    &discretion.rule, &overall.rule,
                                        &breakdowns.rule};
  for (const Limit& limit : limits) rules.push_back(&limit.rule);
  for (const Guidance& guide : guidance) rules.push_back(&guide.rule);
  if (IsRegional()) {
    rules.push_back(&pooling.rule);
    for (const Pool& pool : pooling.pools) rules.push_back(&pool.rule);
  }
  return rules;
}

const Pool* Methodology::PoolFor(int key_question) const {
  for (const Pool& pool : pooling.pools) {
    if (pool.key_question == key_question) return &pool;
  }
  return nullptr;
}

const PoolSource* Pool::For(const std::string& methodology) const {
  for (const PoolSource& source : from) {
    if (source.methodology == methodology) return &source;
  }
  return nullptr;
}

const char* PoolMethodName(PoolMethod method) {
  return method == PoolMethod::kPooledCounts ? "pooled counts" : "mean of percentages";
}

}  // namespace rerate
