#include "diff/diff_compare.h"

#include <catch2/catch.hpp>

#include "rerate/evaluate.h"
#include "test_support.h"

namespace rerate {
namespace {

using Edits = std::vector<std::pair<std::string, std::string>>;

// hmip-pdu-2021 with `edits` applied, each to its one occurrence, under the
// name "variant" unless `name` says otherwise.
std::shared_ptr<const Methodology> Variant(const Edits& edits, const std::string& name = "variant") {
  std::string text = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  text = testing::Edit(text, "\nmethodology: hmip-pdu-2021\n", "\nmethodology: " + name + "\n");
  for (const auto& [from, to] : edits) text = testing::Edit(text, from, to);
  auto rules = testing::RulesFromText(text, "variant.yaml");
  INFO((rules ? "" : rules.error().ToString()));
  REQUIRE(rules.ok());
  return *rules;
}

// One inspection under the shipped rules and under `variant`.
std::vector<Change> Compare(const std::shared_ptr<const Methodology>& variant, const std::string& key_questions,
                            const std::string& ratings = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n") {
  const std::string text = testing::Inspection2021(ratings, key_questions);
  return CompareEvaluations(testing::EvaluateText(testing::Rules2021(), text), testing::EvaluateText(variant, text));
}

const Change* Find(const std::vector<Change>& changes, DiffLevel level, const std::string& id) {
  for (const Change& change : changes) {
    if (change.level == level && change.id == id) return &change;
  }
  return nullptr;
}

TEST_CASE("a band edge that moves is blamed on the band rule, up to the overall rating", "[diff]") {
  // Every key question is 14/20 = 70%: Good, but Requires improvement when Good starts at 71%.
  const auto changes = Compare(Variant({{"below: 65}", "below: 71}"}, {"from: 65, below: 80}", "from: 71, below: 80}"}}), "");
  const Change* kq = Find(changes, DiffLevel::kKeyQuestion, "2.2.1");
  REQUIRE(kq != nullptr);
  CHECK(*kq->before == "Good");
  CHECK(*kq->after == "Requires improvement");
  CHECK(kq->rule == "kq-bands");
  CHECK(kq->detail == "14/20 = 70.0% (prints as 70%): Good (65% to below 80%) under hmip-pdu-2021; "
                      "Requires improvement (50% to below 71%) under variant");
  const Change* standard = Find(changes, DiffLevel::kStandard, "2.2");
  REQUIRE(standard != nullptr);
  CHECK(standard->subject == "standard 2.2 Assessment");
  CHECK(standard->rule == "kq-bands");
  CHECK(standard->detail.find("key question 2.2.1 at 14/20 = 70.0% (prints as 70%): Good -> Requires improvement") !=
        std::string::npos);
  const Change* score = Find(changes, DiffLevel::kScore, "score");
  REQUIRE(score != nullptr);
  CHECK(*score->before == "18/27");
  CHECK(*score->after == "13/27");
  CHECK(score->rule == "kq-bands");
  const Change* overall = Find(changes, DiffLevel::kOverall, "overall");
  REQUIRE(overall != nullptr);
  CHECK(*overall->before == "Good");
  CHECK(*overall->after == "Requires improvement");
  CHECK(overall->rule == "kq-bands");
  CHECK(overall->detail == "the score moved from 18/27 to 13/27, which the table gives as Requires improvement "
                           "(overall-from-score)");
}

// Regression: an edited copy under the same name gave "Good under
// hmip-pdu-2021; Requires improvement under hmip-pdu-2021" (issue 15).
TEST_CASE("two rules files of the same methodology name are told apart by file", "[diff]") {
  const auto variant = Variant({{"below: 65}", "below: 71}"}, {"from: 65, below: 80}", "from: 71, below: 80}"}}, "hmip-pdu-2021");
  const auto changes = Compare(variant, "");
  const Change* kq = Find(changes, DiffLevel::kKeyQuestion, "2.2.1");
  REQUIRE(kq != nullptr);
  CHECK(kq->detail == "14/20 = 70.0% (prints as 70%): Good (65% to below 80%) under " + testing::Rules2021()->file +
                          "; Requires improvement (50% to below 71%) under " + variant->file);
  CHECK(SideLabel(*variant, *testing::Rules2021()) == variant->file);
  CHECK(SideLabel(*Variant({}), *testing::Rules2021()) == "variant");
}

TEST_CASE("a band that moves but is not the lowest changes the key question only", "[diff]") {
  // 2.2.1 at 16/20 = 80%: Outstanding, but Good when Outstanding starts at 81%; 2.2.2 at 70% stays lowest.
  const auto changes = Compare(Variant({{"below: 80}", "below: 81}"}, {"from: 80}", "from: 81}"}}),
                               "  \"2.2.1\": {yes: 16, relevant: 20}\n");
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].level == DiffLevel::kKeyQuestion);
  CHECK(changes[0].id == "2.2.1");
}

TEST_CASE("a cap that now fires is blamed on the cap", "[diff]") {
  // Court work 12/20 = 60% is Requires improvement; the variant's cap reads it.
  const auto changes = Compare(Variant({{"when: {standard: \"2.1\", rating: Inadequate}",
                                         "when: {standard: \"2.1\", rating_in: [Inadequate, Requires improvement]}"}}),
                               "  \"2.1.1\": {yes: 12, relevant: 20}\n");
  const Change* leadership = Find(changes, DiffLevel::kStandard, "1.1");
  REQUIRE(leadership != nullptr);
  CHECK(*leadership->before == "Good");
  CHECK(*leadership->after == "Requires improvement");
  CHECK(leadership->rule == "court-work-caps-leadership");
  CHECK(leadership->detail ==
        "2.1 Court work is one of Inadequate or Requires improvement, so 1.1 Leadership may be at most Requires "
        "improvement: lowered from Good (under variant only)");
  CHECK(Find(changes, DiffLevel::kKeyQuestion, "2.1.1") == nullptr);
}

TEST_CASE("a cap that lowers further is blamed on the cap, with both results", "[diff]") {
  const auto changes = Compare(Variant({{"at_most: Requires improvement", "at_most: Inadequate"}}),
                               "  \"2.1.1\": {yes: 4, relevant: 9}\n");
  const Change* leadership = Find(changes, DiffLevel::kStandard, "1.1");
  REQUIRE(leadership != nullptr);
  CHECK(*leadership->before == "Requires improvement");
  CHECK(*leadership->after == "Inadequate");
  CHECK(leadership->rule == "court-work-caps-leadership");
  CHECK(leadership->detail.rfind("under hmip-pdu-2021: 2.1 Court work is Inadequate, so 1.1 Leadership may be at most "
                                 "Requires improvement: lowered from Good; under variant: ", 0) == 0);
}

TEST_CASE("a score table that moves is blamed on the overall rule", "[diff]") {
  const auto changes = Compare(Variant({{"from: 14, to: 22}\n        - {rating: Outstanding, from: 23,",
                                         "from: 14, to: 17}\n        - {rating: Outstanding, from: 18,"}}),
                               "");  // 18/27
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].level == DiffLevel::kOverall);
  CHECK(changes[0].rule == "overall-from-score");
  CHECK(changes[0].detail ==
        "the table for max 27 gives 18 points Outstanding under variant, Good under hmip-pdu-2021");
}

TEST_CASE("points that change are blamed on the scale", "[diff]") {
  // Outstanding worth 4 points: no standard is Outstanding, so no standard's
  // points change, but the maximum does (with tables for the new maxima).
  const auto changes = Compare(
      Variant({{"{name: Outstanding, points: 3}", "{name: Outstanding, points: 4}"},
               {"    - max: 27\n", "    - max: 36\n"},
               {"{rating: Inadequate, from: 0, to: 4}\n        - {rating: Requires improvement, from: 5, to: 13}\n"
                "        - {rating: Good, from: 14, to: 22}\n        - {rating: Outstanding, from: 23, to: 27}",
                "{rating: Inadequate, from: 0, to: 6}\n        - {rating: Requires improvement, from: 7, to: 18}\n"
                "        - {rating: Good, from: 19, to: 30}\n        - {rating: Outstanding, from: 31, to: 36}"},
               {"    - max: 24                  # court work Not rated\n", "    - max: 32\n"},
               {"{rating: Inadequate, from: 0, to: 4}\n        - {rating: Requires improvement, from: 5, to: 12}\n"
                "        - {rating: Good, from: 13, to: 20}\n        - {rating: Outstanding, from: 21, to: 24}",
                "{rating: Inadequate, from: 0, to: 5}\n        - {rating: Requires improvement, from: 6, to: 16}\n"
                "        - {rating: Good, from: 17, to: 26}\n        - {rating: Outstanding, from: 27, to: 32}"}}),
      "");
  const Change* score = Find(changes, DiffLevel::kScore, "score");
  REQUIRE(score != nullptr);
  CHECK(*score->before == "18/27");
  CHECK(*score->after == "18/36");
  CHECK(score->rule == "rating-points");
  CHECK(score->detail == "maximum 27 -> 36 (rating-points: Outstanding is worth 4 points, not 3)");
}

TEST_CASE("a standard defined differently has no rule to blame", "[diff]") {
  const auto changes = Compare(
      Variant({{"may_be_not_rated: true   # East Berkshire: no pre-sentence reports, scored out of 24", "reported_only: true"}}),
      "");
  const Change* court = Find(changes, DiffLevel::kStandard, "2.1");
  REQUIRE(court != nullptr);
  CHECK(*court->after == "reported only");
  CHECK(court->rule.empty());
  CHECK(court->detail == "Good under hmip-pdu-2021, reported only under variant");
  CHECK(*Find(changes, DiffLevel::kKeyQuestion, "2.1.1")->after == "not banded");
  CHECK(*Find(changes, DiffLevel::kScore, "score")->after == "16/24");
}

}  // namespace
}  // namespace rerate
