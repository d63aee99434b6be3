#include <catch2/catch.hpp>

#include "rerate/bands.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Edit;

const std::string& Base() {
  static const std::string text = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  return text;
}

std::string RulesError(const std::string& yaml) {
  auto rules = testing::RulesFromText(yaml, "invalid-rules.yaml");
  REQUIRE_FALSE(rules.ok());
  return rules.error().ToString();
}

const std::string kGood = "    - {rating: Good, from: 65, below: 80}\n";

TEST_CASE("key-question bands must not overlap", "[rules][validate]") {
  const std::string message = RulesError(Edit(Base(), kGood, "    - {rating: Good, from: 64, below: 80}\n"));
  CHECK(message.find("key-question bands overlap: a band starts at 64%, inside the band 50% to below 65%") !=
        std::string::npos);
}

TEST_CASE("key-question bands must leave no gap", "[rules][validate]") {
  CHECK(RulesError(Edit(Base(), kGood, "    - {rating: Good, from: 65.5, below: 80}\n"))
            .find("no band covers 65% to below 65.5%") != std::string::npos);
  CHECK(RulesError(Edit(Base(), "    - {rating: Inadequate, from: 0, below: 50}\n", "    - {rating: Inadequate, from: 1, below: 50}\n"))
            .find("no band covers 0% to below 1%") != std::string::npos);
  CHECK(RulesError(Edit(Base(), "    - {rating: Outstanding, from: 80}\n", "    - {rating: Outstanding, from: 80, below: 100}\n"))
            .find("no band covers 100% itself") != std::string::npos);
}

TEST_CASE("bands may be written in any order", "[rules][validate]") {
  const std::string reordered = Edit(Edit(Base(), "    - {rating: Inadequate, from: 0, below: 50}\n", ""),
                                     "    - {rating: Outstanding, from: 80}\n",
                                     "    - {rating: Outstanding, from: 80}\n    - {rating: Inadequate, from: 0, below: 50}\n");
  CHECK(testing::RulesFromText(reordered).ok());
}

TEST_CASE("bands written highest first band like the same bands lowest first", "[rules][validate]") {
  // Regression: the bands were kept in file order while banding assumed them
  // ascending, so a file listing Outstanding first put 70% in Inadequate.
  const std::string descending = Edit(Base(),
      "    - {rating: Inadequate, from: 0, below: 50}\n"
      "    - {rating: Requires improvement, from: 50, below: 65}\n"
      "    - {rating: Good, from: 65, below: 80}\n"
      "    - {rating: Outstanding, from: 80}\n",
      "    - {rating: Outstanding, from: 80}\n"
      "    - {rating: Good, from: 65, below: 80}\n"
      "    - {rating: Requires improvement, from: 50, below: 65}\n"
      "    - {rating: Inadequate, from: 0, below: 50}\n");
  auto rules = testing::RulesFromText(descending);
  REQUIRE(rules.ok());
  const KqBanding& banding = (*rules)->banding;
  const Methodology& m = **rules;
  CHECK(m.RatingName(BandOfFraction(banding, 14, 20)) == "Good");
  CHECK(m.RatingName(BandOfFraction(banding, 10, 20)) == "Requires improvement");
  CHECK(m.RatingName(BandOfFraction(banding, 9, 20)) == "Inadequate");
  CHECK(m.RatingName(BandOfFraction(banding, 16, 20)) == "Outstanding");
  CHECK(m.RatingName(BandOfPercent(banding, 65)) == "Good");
}

TEST_CASE("a band with no below: runs to 100% and cannot sit under another", "[rules][validate]") {
  CHECK(RulesError(Edit(Base(), kGood, "    - {rating: Good, from: 65}\n"))
            .find("inside the band that starts at 65% and has no below:") != std::string::npos);
}

TEST_CASE("score tables tile 0 to max", "[rules][validate]") {
  CHECK(RulesError(Edit(Base(), "        - {rating: Good, from: 14, to: 22}\n", "        - {rating: Good, from: 13, to: 22}\n"))
            .find("score bands overlap: 13 points in the table for max 27 is in two bands") != std::string::npos);
  CHECK(RulesError(Edit(Base(), "        - {rating: Outstanding, from: 23, to: 27}\n", "        - {rating: Outstanding, from: 23, to: 26}\n"))
            .find("no band covers 27 to 27 points") != std::string::npos);
  CHECK(RulesError(Edit(Base(), "        - {rating: Outstanding, from: 23, to: 27}\n", "        - {rating: Outstanding, from: 23, to: 28}\n"))
            .find("runs to 28 points, past max 27") != std::string::npos);
}

TEST_CASE("every maximum reachable through Not rated standards needs a table", "[rules][validate]") {
  const std::string no_24 = Edit(Base(),
                                 "    - max: 24                  # court work Not rated\n"
                                 "      bands:\n"
                                 "        - {rating: Inadequate, from: 0, to: 4}\n"
                                 "        - {rating: Requires improvement, from: 5, to: 12}\n"
                                 "        - {rating: Good, from: 13, to: 20}\n"
                                 "        - {rating: Outstanding, from: 21, to: 24}\n",
                                 "");
  CHECK(RulesError(no_24).find("no score table for max: 24, a maximum reachable when 2.1 Court work is Not rated") !=
        std::string::npos);
  // Not rated allowed for a second standard: 21 becomes reachable too.
  const std::string two_optional = Edit(Base(), "        name: Planning\n        basis: cases\n",
                                        "        name: Planning\n        basis: cases\n        may_be_not_rated: true\n");
  CHECK(RulesError(two_optional).find("no score table for max: 21") != std::string::npos);
}

TEST_CASE("ids are unique across standards, key questions and rules", "[rules][validate]") {
  CHECK(RulesError(Edit(Base(), "      - id: \"1.2\"\n        name: Staff", "      - id: \"1.1\"\n        name: Staff"))
            .find("id \"1.1\" is used twice") != std::string::npos);
  CHECK(RulesError(Edit(Base(), "          - id: \"2.2.2\"", "          - id: \"2.2.1\""))
            .find("id \"2.2.1\" is used twice") != std::string::npos);
  CHECK(RulesError(Edit(Base(), "  id: breakdowns", "  id: kq-bands")).find("rule id \"kq-bands\" is used twice") !=
        std::string::npos);
}

TEST_CASE("a limit may not depend on the standard it limits", "[rules][validate]") {
  CHECK(RulesError(Edit(Base(), "    standard: \"1.1\"\n    at_most", "    standard: \"2.1\"\n    at_most"))
            .find("depends on the standard it limits") != std::string::npos);
}

TEST_CASE("the Not rated label must differ from every rating", "[rules][validate]") {
  CHECK(RulesError(Edit(Base(), "  not_rated: Not rated", "  not_rated: good")).find("is also a rating on the scale") !=
        std::string::npos);
}

TEST_CASE("an attribute name may not look like a key question", "[rules][validate]") {
  CHECK(RulesError(Edit(Base(), "    - name: grade\n", "    - name: 2grade\n")).find("would be read as a case id or key-question column") !=
        std::string::npos);
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

// Regression: an empty list of key-question bands crashed every command that
// loaded the rules (found in review).
TEST_CASE("empty lists the methodology cannot do without are refused", "[rules][validate]") {
  const std::string& base = Base();
  auto refused = [&](const std::string& from, const std::string& to, const std::string& message) {
    auto rules = testing::RulesFromText(testing::Edit(base, from, to), "empty-list.yaml");
    REQUIRE_FALSE(rules.ok());
    CHECK(rules.error().message == message);
    CHECK(rules.error().where.line > 0);
  };
  refused("  bands:\n    - {rating: Inadequate, from: 0, below: 50}\n"
          "    - {rating: Requires improvement, from: 50, below: 65}\n"
          "    - {rating: Good, from: 65, below: 80}\n    - {rating: Outstanding, from: 80}\n",
          "  bands: []\n", "key_question_bands needs bands covering 0% to 100%");
  refused("rating_in: [Requires improvement, Good]", "rating_in: []", "rating_in needs at least one rating");
}

// Regression: with Outstanding worth fewer points than Good the maximum was
// wrong, and a score fell outside every band (found in review).
TEST_CASE("points rise with the rating and stay bounded", "[rules][validate]") {
  auto error_of = [](const std::string& text) {
    auto rules = testing::RulesFromText(text, "points.yaml");
    REQUIRE_FALSE(rules.ok());
    return rules.error().message;
  };
  CHECK(error_of(Edit(Base(), "{name: Outstanding, points: 3}", "{name: Outstanding, points: 1}")) ==
        "points must rise with the rating (lowest first): Outstanding has 1, not more than Good's 2");
  CHECK(error_of(Edit(Base(), "{name: Outstanding, points: 3}", "{name: Outstanding, points: 2147483647}")) ==
        "points must be 0 to 1000");
  CHECK(error_of(Edit(Base(), "{rating: Inadequate, from: 0, to: 4}", "{rating: Inadequate, from: -3, to: 4}")) ==
        "from must be 0 to 1000000");
  CHECK(error_of(Edit(Base(), "    - max: 27\n", "    - max: 2147483647\n")) == "max must be 0 to 1000000");
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

TEST_CASE("a regional key question is pooled at most once", "[rules][validate][region]") {
  const std::string text = testing::Edit(testing::ReadSource("rules/hmip-region-2023.yaml"), "key_question: \"2.1.2\"",
                                         "key_question: \"2.1.1\"");
  auto rules = testing::RulesFromText(text, "pooled-twice.yaml");
  REQUIRE_FALSE(rules.ok());
  CHECK(rules.error().ToString().find("pooled-twice.yaml:235:7: key question 2.1.1 is pooled twice: by "
                                      "desistance-assessment (line 222) and by desistance-planning") != std::string::npos);
}

}  // namespace
}  // namespace rerate
