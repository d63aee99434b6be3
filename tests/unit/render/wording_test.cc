#include "render/wording.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("a question's wording comes from the rules file, key question or prompt", "[render][wording]") {
  const Methodology& m = *testing::Rules2021();
  CHECK(QuestionText(m, "2.5.3") == "Does reviewing focus sufficiently on keeping other people safe?");
  CHECK(QuestionText(m, "2.3.3.a") == "Was contingency planning sufficient?");
  CHECK(QuestionText(m, "9.9.9").empty());
}

TEST_CASE("wording is wrapped within the text width, after its indent", "[render][wording]") {
  // 6 + 30 + 1 + 63 = 100 columns: the line is full.
  const std::string text = IndentedText(std::string(30, 'a') + " " + std::string(63, 'b') + " c", "      ");
  CHECK(text == "      " + std::string(30, 'a') + " " + std::string(63, 'b') + "\n      c\n");
  CHECK(IndentedText("", "  ").empty());
}

TEST_CASE("the rules legend gives each described rule once, in order", "[render][wording]") {
  const Methodology& m = *testing::Rules2021();
  const std::string text =
      RulesLegend(m, {"lowest-kq", "reported_only", "court-work-caps-leadership", "lowest-kq"}, false);
  CHECK(text ==
        "  lowest-kq                    A case standard takes the band of its lowest key question.\n"
        "  court-work-caps-leadership   Inadequate court work rules out Good or Outstanding for leadership.\n");
  CHECK(RulesLegend(m, {"lowest-kq"}, true) == "- `lowest-kq`: A case standard takes the band of its lowest key question.\n");
  CHECK(RulesLegend(m, {"reported_only"}, false).empty());
}

TEST_CASE("a rule id too long for its column puts the description under it", "[render][wording]") {
  std::string rules = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  rules = testing::Edit(rules, "  id: lowest-kq\n", "  id: the-lowest-key-question-decides-the-standard\n");
  Result<std::shared_ptr<const Methodology>> m = testing::RulesFromText(rules);
  REQUIRE(m.ok());
  CHECK(RulesLegend(**m, {"the-lowest-key-question-decides-the-standard"}, false) ==
        "  the-lowest-key-question-decides-the-standard\n"
        "                               A case standard takes the band of its lowest key question.\n");
}

}  // namespace
}  // namespace rerate
