#include "whatif/whatif_render_parts.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("explanations print as a headline and indented reasons", "[render][scenario]") {
  const std::vector<ChangeExplanation> explanations = {
      ChangeExplanation{"1.1", "1.1 Leadership: Requires improvement -> Good", {"cap: no longer applies", "so Good"}, {"cap"}}};
  CHECK(ExplanationsText(explanations, false) ==
        "  1.1 Leadership: Requires improvement -> Good\n    cap: no longer applies\n    so Good\n");
  CHECK(ExplanationsText(explanations, true) ==
        "- **1.1 Leadership: Requires improvement -> Good**\n  - cap: no longer applies\n  - so Good\n");
  const std::string json = ExplanationsJson(explanations).Dump();
  CHECK(json.find("\"subject\": \"1.1\"") != std::string::npos);
  CHECK(json.find("\"rules\": [\n      \"cap\"\n    ]") != std::string::npos);
}

TEST_CASE("changes in json carry the argument, the place and the cases", "[render][scenario]") {
  AppliedChange change;
  change.spec = ChangeSpec{ChangeKind::kCase, "C1:2.2.3=yes", SourceLocation{"s.yaml", 3, 9}};
  change.summary = "case C1";
  change.cases = {"C1"};
  const std::string json = ChangesJson({change}).Dump();
  CHECK(json.find("\"option\": \"case\"") != std::string::npos);
  CHECK(json.find("\"argument\": \"--case C1:2.2.3=yes\"") != std::string::npos);
  CHECK(json.find("\"where\": \"s.yaml:3:9\"") != std::string::npos);
  CHECK(SideBySideJson(Json(1), Json(2), true).Dump() == "{\n  \"before\": 1,\n  \"after\": 2,\n  \"changed\": true\n}\n");
}

}  // namespace
}  // namespace rerate
