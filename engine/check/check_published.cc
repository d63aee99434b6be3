// The published: block: what a report printed, read strictly.  It is only
// ever compared with what the data give, never used to compute.
#include "check/check_published.h"

#include <algorithm>

#include "base/suggest.h"
#include "base/text.h"
#include "load/yaml_reader.h"
#include "model/names.h"

namespace rerate {

const PublishedRating* Published::ForStandard(int standard) const {
  for (const PublishedRating& rating : standards) {
    if (rating.standard == standard) return &rating;
  }
  return nullptr;
}

const PublishedPercent* Published::ForKeyQuestion(int key_question) const {
  for (const PublishedPercent& percent : key_questions) {
    if (percent.key_question == key_question) return &percent;
  }
  return nullptr;
}

namespace {

class PublishedReader {
 public:
  PublishedReader(const YamlBlock& block, const Methodology& methodology, const std::vector<std::string>& other_keys)
      : block_(block), m_(methodology), file_(block.file()), other_keys_(other_keys) {}

  Published Read() {
    MapView top(file_, block_.node(), NodeWhere(file_, block_.node()), "\"published:\"");
    std::vector<std::string> keys = {"score", "max", "overall", "standards", "key_questions"};
    keys.insert(keys.end(), other_keys_.begin(), other_keys_.end());
    top.AllowOnly(keys);
    if (top.entries().empty()) {
      Fail(top.where(), "published: gives nothing to check: write what the report prints under score:, "
                        "max:, overall:, standards: or key_questions:");
    }
    Published published;
    published.score = Count(top, "score");
    published.max = Count(top, "max");
    if (const MapEntry* overall = top.Find("overall")) {
      published.overall = Located<Rating>{OverallRating(*overall), overall->value_where};
    }
    if (top.Has("standards")) ReadStandards(top.Map("standards"), &published);
    if (top.Has("key_questions")) ReadKeyQuestions(top.Map("key_questions"), &published);
    return published;
  }

 private:
  std::optional<Located<int>> Count(const MapView& top, const char* key) {
    const MapEntry* entry = top.Find(key);
    if (entry == nullptr) return std::nullopt;
    const int value = top.Int(key);
    if (value < 0) Fail(entry->value_where, std::string(key) + " must be 0 or more");
    return Located<int>{value, entry->value_where};
  }

  // Expected names for a message: the scale, and Not rated where allowed.
  std::string Expected(bool not_rated_allowed) const {
    std::vector<std::string> names = RatingNames(m_);
    if (not_rated_allowed) names.push_back(m_.scale.not_rated_label);
    return " (expected " + OneOf(names) + ")";
  }

  Rating OverallRating(const MapEntry& entry) {
    const std::string name = ScalarText(file_, entry.value, entry.value_where, "the overall rating");
    std::optional<Rating> rating = m_.FindRating(name);
    if (!rating) {
      Fail(entry.value_where, "\"" + name + "\" is not an overall rating on the " + m_.name + " scale" +
                                  DidYouMean(name, RatingNames(m_)) + Expected(false));
    }
    return *rating;
  }

  void ReadStandards(const MapView& standards, Published* published) {
    for (const MapEntry& entry : standards.entries()) {
      const int s = m_.FindStandard(entry.key.value);
      if (s < 0) {
        Fail(entry.key.where, "no standard \"" + entry.key.value + "\" in " + m_.name +
                                  DidYouMean(entry.key.value, StandardIds(m_)));
      }
      if (m_.standards[s].reported_only) {
        Fail(entry.key.where, StandardLabel(m_, s) + " is reported, never rated: give its key-question "
                                                     "percentages under key_questions:");
      }
      const std::string name = ScalarText(file_, entry.value, entry.value_where, "a rating for " + entry.key.value);
      PublishedRating rating{s, m_.FindRating(name), entry.value_where};
      if (!rating.rating && Lower(name) != Lower(m_.scale.not_rated_label)) {
        std::vector<std::string> names = RatingNames(m_);
        names.push_back(m_.scale.not_rated_label);
        Fail(entry.value_where, "\"" + name + "\" is not a rating on the " + m_.name + " scale" +
                                    DidYouMean(name, names) + Expected(true));
      }
      published->standards.push_back(rating);
    }
    std::sort(published->standards.begin(), published->standards.end(),
              [](const PublishedRating& a, const PublishedRating& b) { return a.standard < b.standard; });
  }

  void ReadKeyQuestions(const MapView& key_questions, Published* published) {
    for (const MapEntry& entry : key_questions.entries()) {
      const int q = m_.FindKeyQuestion(entry.key.value);
      if (q < 0) {
        Fail(entry.key.where, "no key question \"" + entry.key.value + "\" in " + m_.name +
                                  DidYouMean(entry.key.value, KeyQuestionIds(m_)));
      }
      const int percent = ScalarInt(file_, entry.value, entry.value_where,
                                    "the printed percentage for " + entry.key.value);
      if (percent < 0 || percent > 100) {
        Fail(entry.value_where, "a printed percentage is a whole number from 0 to 100, found " +
                                    std::to_string(percent));
      }
      published->key_questions.push_back(PublishedPercent{q, percent, entry.value_where});
    }
    std::sort(published->key_questions.begin(), published->key_questions.end(),
              [](const PublishedPercent& a, const PublishedPercent& b) { return a.key_question < b.key_question; });
  }

  const YamlBlock& block_;
  const Methodology& m_;
  std::string file_;
  const std::vector<std::string>& other_keys_;
};

}  // namespace

Published ReadPublished(const YamlBlock& block, const Methodology& methodology,
                        const std::vector<std::string>& other_keys) {
  return PublishedReader(block, methodology, other_keys).Read();
}

}  // namespace rerate
