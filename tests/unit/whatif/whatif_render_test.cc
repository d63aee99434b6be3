#include <catch2/catch.hpp>

#include "rerate/inputs.h"
#include "rerate/whatif.h"
#include "test_support.h"

namespace rerate {
namespace {

WhatIf CourtWork(const std::string& change) {
  RulesLibrary library({testing::SourcePath("rules")});
  Result<Evidence> evidence =
      LoadEvidence(testing::SourcePath("cases/blackburn-with-darwen-2023.yaml"), library, "");
  REQUIRE(evidence.ok());
  Result<WhatIf> whatif = RunWhatIf(*evidence, {ChangeSpec{ChangeKind::kKq, change, {}}});
  REQUIRE(whatif.ok());
  return std::move(whatif).value();
}

std::string LineWith(const std::string& text, const std::string& part) {
  size_t at = text.find(part);
  REQUIRE(at != std::string::npos);
  const size_t start = text.rfind('\n', at) + 1;
  return text.substr(start, text.find('\n', at) - start);
}

TEST_CASE("the table marks exactly the rows that changed", "[render][whatif]") {
  const std::string text = RenderWhatIf(CourtWork("2.1.1=+1"), Format::kText);
  CHECK(LineWith(text, "Leadership ")[0] == '*');
  CHECK(LineWith(text, "2.1   Court work")[0] == '*');
  CHECK(LineWith(text, "Staff ")[0] == ' ');
  CHECK(LineWith(text, "Assessment ")[0] == ' ');
  CHECK(LineWith(text, "2.1.1 ")[0] == '*');
  CHECK(LineWith(text, "2.2.3 ")[0] == ' ');
  CHECK(LineWith(text, "Score ")[0] == '*');
  CHECK(LineWith(text, "Overall ")[0] == ' ');
  CHECK(text.find("  1. --kq 2.1.1=+1\n     2.1.1: 4/9 (44%) -> 5/9 (56%); BWD03 no -> yes") != std::string::npos);
  CHECK(text.find("Why\n  2.1 Court work: Inadequate -> Requires improvement\n") != std::string::npos);
}

TEST_CASE("a changed key question says what it asks; the rules named say what they do", "[render][whatif]") {
  const WhatIf whatif = CourtWork("2.1.1=+1");
  const std::string text = RenderWhatIf(whatif, Format::kText);
  CHECK(text.find("* 2.1.1        4/9   44%  Inadequate                  5/9   56%  Requires improvement\n"
                  "    Is the pre-sentence information and advice provided to court sufficiently analytical and\n"
                  "    personalised to the individual, supporting the court's decision-making?\n") != std::string::npos);
  CHECK(text.find("Does assessment") == std::string::npos);  // unchanged rows stay one line each
  CHECK(text.find("Rules named above\n  lowest-kq                    A case standard takes the band of its lowest key "
                  "question.\n  court-work-caps-leadership   Inadequate court work") != std::string::npos);
  const std::string brief = RenderWhatIf(whatif, Format::kText, /*brief=*/true);
  CHECK(brief.find("Is the pre-sentence") == std::string::npos);
  CHECK(brief.find("Rules named above") == std::string::npos);
  CHECK(RenderWhatIf(whatif, Format::kMarkdown).find("| 2.2.3 | Does assessment focus sufficiently on keeping other "
                                                     "people safe? | 11/21 | 52% |") != std::string::npos);
}

TEST_CASE("markdown puts what changed in bold", "[render][whatif]") {
  const std::string text = RenderWhatIf(CourtWork("2.1.1=+1"), Format::kMarkdown);
  CHECK(text.find("| 1.1 Leadership | Requires improvement | 1 | **Good** | **2** |") != std::string::npos);
  CHECK(text.find("| 1.2 Staff | Good | 2 | Good | 2 |") != std::string::npos);
  CHECK(text.find("- **1.1 Leadership: Requires improvement -> Good**") != std::string::npos);
}

TEST_CASE("json gives both sides and a changed flag for every row", "[render][whatif]") {
  const std::string json = RenderWhatIf(CourtWork("2.1.1=+1"), Format::kJson);
  CHECK(json.find("\"option\": \"kq\"") != std::string::npos);
  CHECK(json.find("\"cases\": [\n        \"BWD03\"\n      ]") != std::string::npos);
  CHECK(json.find("\"score\": {\n    \"before\": {\n      \"points\": 10,") != std::string::npos);
  CHECK(json.find("\"overall\": {\n    \"before\": \"Requires improvement\",\n    \"after\": \"Requires "
                  "improvement\",\n    \"changed\": false") != std::string::npos);
  CHECK(json.find("\"rules\": [\n        \"court-work-caps-leadership\"\n      ]") != std::string::npos);
}

TEST_CASE("a broken discretion is listed after the changes", "[render][whatif][discretion]") {
  RulesLibrary library({testing::SourcePath("rules")});
  Result<Evidence> evidence =
      LoadEvidence(testing::SourcePath("cases/north-and-north-east-lincolnshire-2023.yaml"), library, "");
  REQUIRE(evidence.ok());
  Result<WhatIf> whatif = RunWhatIf(*evidence, {ChangeSpec{ChangeKind::kKq, "2.5.1=+1", {}},
                                                ChangeSpec{ChangeKind::kKq, "2.5.2=+5", {}},
                                                ChangeSpec{ChangeKind::kKq, "2.5.3=+11", {}}});
  REQUIRE(whatif.ok());
  const std::string text = RenderWhatIf(*whatif, Format::kText);
  CHECK(text.find("Rules broken after the changes\n  violation: ") != std::string::npos);
  CHECK(text.find("north-and-north-east-lincolnshire-2023.yaml:18:5: discretion moves 2.5 Reviewing 2 bands down") !=
        std::string::npos);
}

}  // namespace
}  // namespace rerate
