#include "target/target_render_parts.h"

#include <catch2/catch.hpp>

#include "rerate/inputs.h"
#include "target/target_render.h"
#include "test_support.h"

namespace rerate {
namespace {

Evidence Blackburn() {
  RulesLibrary library({testing::SourcePath("rules")});
  Result<Evidence> evidence = LoadEvidence(testing::SourcePath("cases/blackburn-with-darwen-2023.yaml"), library, "");
  REQUIRE(evidence.ok());
  return std::move(evidence).value();
}

TEST_CASE("margins print per standard and key question, fragile ones flagged", "[render][margin]") {
  const Evidence evidence = Blackburn();
  const Evaluation now = Evaluate(evidence);
  const std::string text = RenderMargins(*evidence.methodology, Margins(now), false, /*words=*/false);
  CHECK(text.find("  2.2 Assessment                   Requires improvement             0 (2.2.3)    3 (2.2.3 +3)   "
                  "fragile: one fewer yes drops it\n") != std::string::npos);
  CHECK(text.find("    2.2.1                          18/21 86% Outstanding            1            -\n") !=
        std::string::npos);
  CHECK(text.find("  2.4 Implementation and delivery  Requires improvement             1 (2.4.2)    3 (2.4.2 +2 and "
                  "2.4.3 +1)\n") != std::string::npos);
  const std::string markdown = RenderMargins(*evidence.methodology, Margins(now), true, /*words=*/false);
  CHECK(markdown.find("| **2.1 Court work** | Inadequate | - | 1 (2.1.1 +1) | |") != std::string::npos);
}

TEST_CASE("pivotal answers list every case and what would change", "[render][pivotal]") {
  const Evidence evidence = Blackburn();
  const Evaluation now = Evaluate(evidence);
  Result<std::vector<PivotalAnswer>> pivotal = PivotalAnswers(evidence);
  REQUIRE(pivotal.ok());
  const std::string text = RenderPivotal(now, *pivotal, false, /*words=*/false);
  CHECK(text.find("  2.1.1 no -> yes, any one of BWD03, BWD07, BWD09, BWD10, BWD18 (5 cases)\n      1.1 Leadership "
                  "Requires improvement -> Good; 2.1 Court work Inadequate -> Requires improvement; score 12/27, "
                  "overall Requires improvement\n") != std::string::npos);
  CHECK(RenderPivotal(now, {}, false, false).find("none: no single answer changes a rating") != std::string::npos);
  CHECK(CasesText({"a", "b", "c"}, 2) == "a, b and 1 more");
}

TEST_CASE("margins and pivotal answers say what each key question asks", "[render][margin][pivotal]") {
  const Evidence evidence = Blackburn();
  const Evaluation now = Evaluate(evidence);
  const std::string margins = RenderMargins(*evidence.methodology, Margins(now), false, /*words=*/true);
  CHECK(margins.find("    2.2.1                          18/21 86% Outstanding            1            -\n"
                     "      Does assessment focus sufficiently on engaging the person on probation?\n") !=
        std::string::npos);
  const std::string markdown = RenderMargins(*evidence.methodology, Margins(now), true, /*words=*/true);
  CHECK(markdown.find("| 2.2.1 Does assessment focus sufficiently on engaging the person on probation? | 18/21 86% "
                      "Outstanding | 1 | - | |") != std::string::npos);
  Result<std::vector<PivotalAnswer>> pivotal = PivotalAnswers(evidence);
  REQUIRE(pivotal.ok());
  CHECK(RenderPivotal(now, *pivotal, false, /*words=*/true)
            .find("  2.2.3 yes -> no, any one of BWD03, BWD04, BWD06, BWD07, BWD08, BWD10, BWD13, BWD15, BWD17, BWD18, "
                  "BWD21 (11 cases)\n    Does assessment focus sufficiently on keeping other people safe?\n      2.2 ") !=
        std::string::npos);
}

}  // namespace
}  // namespace rerate
