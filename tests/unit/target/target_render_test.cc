#include <catch2/catch.hpp>

#include "rerate/inputs.h"
#include "rerate/target.h"
#include "test_support.h"

namespace rerate {
namespace {

struct Rendered {
  Evidence evidence;
  Evaluation now;
  TargetResult result;
  std::vector<AppliedChange> scenario;
};

Rendered Target(const std::string& stem, const std::string& overall) {
  RulesLibrary library({testing::SourcePath("rules")});
  Result<Evidence> evidence = LoadEvidence("cases/" + stem + ".yaml", library, "");
  if (!evidence) evidence = LoadEvidence(testing::SourcePath("cases/" + stem + ".yaml"), library, "");
  REQUIRE(evidence.ok());
  Rendered out{*evidence, Evaluate(*evidence), {}, {}};
  Result<TargetResult> found = FindTarget(out.evidence, *ParseTarget(out.now, overall, {}));
  REQUIRE(found.ok());
  out.result = std::move(found).value();
  return out;
}

std::string Render(const Rendered& r, Format format, bool brief = false) {
  TargetOutput report;
  report.result = &r.result;
  report.now = &r.now;
  report.scenario = &r.scenario;
  report.brief = brief;
  return RenderTarget(report, format);
}

TEST_CASE("a reachable target prints the plan, the cases, why, and the whatif that replays it", "[render][target]") {
  const Rendered r = Target("blackburn-with-darwen-2023", "Good");
  const std::string text = Render(r, Format::kText);
  CHECK(text.find("Reachable by casework: 4 answers turned from no to yes, the fewest that reach it.") != std::string::npos);
  CHECK(text.find("  2.1.1      4/9 (44%, Inadequate)              +4      8/9 (89%, Outstanding)\n"
                  "             Is the pre-sentence information and advice provided to court sufficiently analytical\n"
                  "             and personalised to the individual, supporting the court's decision-making?\n"
                  "             cases: BWD03, BWD07, BWD09, BWD10\n") != std::string::npos);
  CHECK(text.find("Rules named above\n  lowest-kq                    A case standard takes the band of its lowest key "
                  "question.\n") != std::string::npos);
  const std::string brief = Render(r, Format::kText, /*brief=*/true);
  CHECK(brief.find("  2.1.1      4/9 (44%, Inadequate)              +4      8/9 (89%, Outstanding)\n"
                   "             cases: BWD03, BWD07, BWD09, BWD10\n") != std::string::npos);
  CHECK(brief.find("Rules named above") == std::string::npos);
  CHECK(text.find("  1.1 Leadership: Requires improvement -> Good\n    court-work-caps-leadership: no longer applies") !=
        std::string::npos);
  // What 2.5.3 asks, since the plan does not name it; 2.1.1's wording is in the plan.
  CHECK(text.find("1 other plan of the same size\n  2.1 Good and 2.5 Good: score 14/27, overall Good\n"
                  "      2.1.1 +2 and 2.5.3 +2\n"
                  "  2.5.3: Does reviewing focus sufficiently on keeping other people safe?\n\n") != std::string::npos);
  CHECK(text.find("See it with: rerate whatif ") != std::string::npos);
  CHECK(text.find("blackburn-with-darwen-2023.yaml --kq 2.1.1=+4\n") != std::string::npos);
  const std::string markdown = Render(r, Format::kMarkdown);
  CHECK(markdown.find("| 2.1.1 | Is the pre-sentence information and advice provided to court sufficiently analytical "
                      "and personalised to the individual, supporting the court's decision-making? | 4/9 (44%, "
                      "Inadequate) | +4 | 8/9 (89%, Outstanding) | BWD03, BWD07, BWD09, BWD10 |") != std::string::npos);
  CHECK(Render(r, Format::kMarkdown, /*brief=*/true)
            .find("| 2.1.1 | 4/9 (44%, Inadequate) | +4 | 8/9 (89%, Outstanding) | BWD03, BWD07, BWD09, BWD10 |") !=
        std::string::npos);
}

TEST_CASE("an unreachable target says why and names the judgement ratings", "[render][target]") {
  const Rendered r = Target("blackburn-with-darwen-2023", "Outstanding");
  const std::string text = Render(r, Format::kText);
  CHECK(text.find("Not reachable by casework alone.\n  with every case standard at the highest rating casework can "
                  "give it") != std::string::npos);
  CHECK(text.find("Judgement ratings that would make it reachable (inspectors' judgements, not casework)") !=
        std::string::npos);
  CHECK(text.find("    1.3 Services judged Requires improvement -> Outstanding, with 33 answers of casework\n") !=
        std::string::npos);
  CHECK(text.find("--set 1.3=Outstanding --overall Outstanding\n") != std::string::npos);
}

}  // namespace
}  // namespace rerate
