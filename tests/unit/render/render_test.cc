#include <catch2/catch.hpp>

#include "rerate/render.h"
#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("one inspection renders alone; several end with a summary row each", "[render]") {
  const Evaluation blackburn = Evaluate(testing::LoadSeed("blackburn-with-darwen-2023"));
  const Evaluation berkshire = Evaluate(testing::LoadSeed("east-berkshire-2023"));
  const std::vector<RateOutput> both = {{&blackburn, nullptr, nullptr}, {&berkshire, nullptr, nullptr}};

  const std::string one = RenderRate(both.front(), Format::kJson);
  CHECK(one.rfind("{\n  \"inspection\": \"Blackburn with Darwen PDU\",", 0) == 0);
  CHECK(one.find("\"summary\"") == std::string::npos);

  const std::string many = RenderRateMany(both, Format::kJson);
  CHECK(many.rfind("{\n  \"results\": [\n", 0) == 0);
  const size_t summary = many.find("\"summary\": [");
  REQUIRE(summary != std::string::npos);
  CHECK(many.find("\"score\": {\n        \"points\": 10,\n        \"max\": 27\n      },\n      \"overall\": \"Requires improvement\"",
                  summary) != std::string::npos);

  const std::string text = RenderRateMany(both, Format::kText);
  CHECK(text.find(RenderRate(both.front(), Format::kText)) == 0);
  CHECK(text.find("Blackburn with Darwen PDU", text.rfind("\n\n")) != std::string::npos);
}

// Issue 15: a reader sees what each key question asks and what each rule
// does, from the rules file; --brief gives the ids alone, as before.
TEST_CASE("text says what each key question asks and what each rule does, unless brief", "[render]") {
  const Evaluation blackburn = Evaluate(testing::LoadSeed("blackburn-with-darwen-2023"));
  TraceLog trace;
  Evaluate(testing::LoadSeed("blackburn-with-darwen-2023"), &trace);
  RateOutput output{&blackburn, &trace.steps(), nullptr};
  const std::string text = RenderRate(output, Format::kText);
  CHECK(text.find("    2.5.3      12/21   57%  Requires improvement  lowest\n"
                  "      Does reviewing focus sufficiently on keeping other people safe?\n") != std::string::npos);
  CHECK(text.find("      2.3.3.a  12/20   60%  prompt, never rated\n        Was contingency planning sufficient?\n") !=
        std::string::npos);
  CHECK(text.find("  court-work-caps-leadership: Inadequate court work rules out Good or Outstanding for leadership.\n"
                  "    1.1 Leadership Good -> Requires improvement. 2.1 Court work is Inadequate") != std::string::npos);
  CHECK(text.find("Rules applied, in order\n  judgement-inputs             Inspectors rate") != std::string::npos);
  const std::string markdown = RenderRate(output, Format::kMarkdown);
  CHECK(markdown.find("| 2.5.3 | Does reviewing focus sufficiently on keeping other people safe? | 12 | 21 | 57% |") !=
        std::string::npos);
  CHECK(markdown.find("- **court-work-caps-leadership**: Inadequate court work rules out Good or Outstanding for "
                      "leadership.\n  - 1.1 Leadership Good -> Requires improvement.") != std::string::npos);

  output.brief = true;
  const std::string brief = RenderRate(output, Format::kText);
  CHECK(brief.find("    2.5.3      12/21   57%  Requires improvement  lowest\n  2.6 Outcomes") != std::string::npos);
  CHECK(brief.find("Does reviewing") == std::string::npos);
  CHECK(brief.find("Rules applied") == std::string::npos);
  CHECK(brief.find("  court-work-caps-leadership: 1.1 Leadership Good -> Requires improvement.") != std::string::npos);
  CHECK(RenderRate(output, Format::kMarkdown).find("| 2.5.3 | 12 | 21 | 57% |") != std::string::npos);
}

}  // namespace
}  // namespace rerate
