#include "model/names.h"

#include "base/text.h"

namespace rerate {

std::string StandardLabel(const Methodology& methodology, int standard) {
  const Standard& s = methodology.standards[standard];
  return s.id + " " + s.name;
}

std::vector<std::string> StandardIds(const Methodology& methodology) {
  std::vector<std::string> ids;
  for (const Standard& standard : methodology.standards) ids.push_back(standard.id);
  return ids;
}

std::vector<std::string> KeyQuestionIds(const Methodology& methodology) {
  std::vector<std::string> ids;
  for (const KeyQuestion& question : methodology.key_questions) ids.push_back(question.id);
  return ids;
}

std::vector<std::string> AnswerColumnIds(const Methodology& methodology) {
  std::vector<std::string> ids;
  for (const KeyQuestion& question : methodology.key_questions) {
    ids.push_back(question.id);
    for (const Prompt& prompt : question.prompts) ids.push_back(prompt.id);
  }
  return ids;
}

std::vector<std::string> RatingNames(const Methodology& methodology) {
  std::vector<std::string> names;
  for (const ScaleLevel& level : methodology.scale.levels) names.push_back(level.name);
  return names;
}

std::vector<std::string> GuidanceIds(const Methodology& methodology) {
  std::vector<std::string> ids;
  for (const Guidance& guide : methodology.guidance) ids.push_back(guide.rule.id);
  return ids;
}

std::string RatingText(const Methodology& methodology, const std::optional<Rating>& rating) {
  return rating ? methodology.RatingName(*rating) : methodology.scale.not_rated_label;
}

std::string RatingsText(const Methodology& methodology, const std::vector<Rating>& ratings) {
  std::vector<std::string> names;
  for (Rating rating : ratings) names.push_back(methodology.RatingName(rating));
  return OneOf(names);
}

std::string ConditionText(const Methodology& methodology, const RatingCondition& condition) {
  return StandardLabel(methodology, condition.standard) + Agree(condition.ratings.size(), " is ", " is one of ") +
         RatingsText(methodology, condition.ratings);
}

const char* AnswerName(Answer answer) {
  switch (answer) {
    case Answer::kYes: return "yes";
    case Answer::kNo: return "no";
    case Answer::kNotApplicable: return "n/a";
  }
  return "n/a";
}

}  // namespace rerate
