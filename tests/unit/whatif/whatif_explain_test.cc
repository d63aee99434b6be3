#include <catch2/catch.hpp>

#include "rerate/inputs.h"
#include "rerate/whatif.h"
#include "test_support.h"

namespace rerate {
namespace {

WhatIf Run(const Evidence& evidence, const std::vector<std::pair<ChangeKind, std::string>>& changes) {
  std::vector<ChangeSpec> specs;
  for (const auto& [kind, value] : changes) specs.push_back(ChangeSpec{kind, value, {}});
  Result<WhatIf> whatif = RunWhatIf(evidence, specs);
  INFO((whatif ? std::string() : whatif.error().ToString()));
  REQUIRE(whatif.ok());
  return std::move(whatif).value();
}

const ChangeExplanation* For(const WhatIf& whatif, const std::string& subject) {
  for (const ChangeExplanation& x : whatif.explanations) {
    if (x.subject == subject) return &x;
  }
  return nullptr;
}

bool Says(const ChangeExplanation& x, const std::string& text) {
  for (const std::string& line : x.lines) {
    if (line.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("court work improving lifts the cap, and leadership takes the inspectors' judgement",
          "[scenario][explain]") {
  // Blackburn with Darwen: leadership judged Good, capped at Requires
  // improvement by court-work-caps-leadership while court work is Inadequate.
  const WhatIf whatif = Run(testing::LoadSeed("blackburn-with-darwen-2023"), {{ChangeKind::kKq, "2.1.1=+1"}});
  const ChangeExplanation* court = For(whatif, "2.1");
  const ChangeExplanation* leadership = For(whatif, "1.1");
  REQUIRE(court != nullptr);
  REQUIRE(leadership != nullptr);
  CHECK(court->headline == "2.1 Court work: Inadequate -> Requires improvement");
  CHECK(Says(*court, "lowest-kq: the lowest key question is now 2.1.1 at 5/9 = 55.6%"));
  CHECK(leadership->headline == "1.1 Leadership: Requires improvement -> Good");
  CHECK(leadership->lines.at(0) == "court-work-caps-leadership: no longer applies: it needs 2.1 Court work is "
                                   "Inadequate, and 2.1 is now Requires improvement");
  CHECK(leadership->lines.at(1) == "so Leadership is Good, the inspectors' judgement");
  CHECK(leadership->rules == std::vector<std::string>{"court-work-caps-leadership"});
  // Causes first: court work is explained before leadership; the score last.
  CHECK(whatif.explanations.front().subject == "2.1");
  CHECK(whatif.explanations.back().subject == "score");
  CHECK(whatif.explanations.back().headline == "Score 10/27 -> 12/27, overall stays Requires improvement");
  CHECK(Says(whatif.explanations.back(), "Good needs 14, 2 more points"));
}

TEST_CASE("a cap that stops applying without having lowered anything points at --set", "[scenario][explain]") {
  const WhatIf whatif = Run(testing::LoadSeed("blackburn-with-darwen-2023"),
                            {{ChangeKind::kSet, "1.1=Requires improvement"}, {ChangeKind::kKq, "2.1.1=+1"}});
  // The set changes the judgement; compare from the judged-RI state instead.
  const Evaluation& base = whatif.after;
  Result<Scenario> judged = ApplyChanges(testing::LoadSeed("blackburn-with-darwen-2023"),
                                         {ChangeSpec{ChangeKind::kSet, "1.1=Requires improvement", {}}});
  REQUIRE(judged.ok());
  const Evaluation before = Evaluate(judged->evidence);
  const std::vector<ChangeExplanation> explanations = ExplainDifference(before, base, {});
  const ChangeExplanation* leadership = nullptr;
  for (const ChangeExplanation& x : explanations) {
    if (x.subject == "1.1") leadership = &x;
  }
  REQUIRE(leadership != nullptr);
  CHECK(leadership->headline == "1.1 Leadership: stays Requires improvement");
  CHECK(Says(*leadership, "court-work-caps-leadership: no longer applies (2.1 is now Requires improvement), but it "
                          "never lowered Leadership: it stays Requires improvement, the inspectors' judgement; to see "
                          "another judgement, use --set 1.1=Good"));
}

TEST_CASE("a recorded discretion with new numbers: no effect, moving down, broken", "[scenario][explain][discretion]") {
  const Evidence nnel = testing::LoadSeed("north-and-north-east-lincolnshire-2023");
  // 2.5 computed Requires improvement: the discretion (Requires improvement) changes nothing.
  const WhatIf equal = Run(nnel, {{ChangeKind::kKq, "2.5.3=+6"}});
  REQUIRE(For(equal, "2.5") != nullptr);
  CHECK(Says(*For(equal, "2.5"), "professional-discretion: the recorded discretion gives Requires improvement, now "
                                 "the computed rating: it has no effect"));
  CHECK(equal.after.violations.empty());
  // Computed Good: it now moves the rating down.
  const WhatIf down = Run(nnel, {{ChangeKind::kKq, "2.5.2=+1"}, {ChangeKind::kKq, "2.5.3=+10"}});
  CHECK(Says(*For(down, "2.5"), "it now moves it down: drop it with --drop-discretion 2.5"));
  CHECK(testing::RatingOf(down.after, "2.5") == "Requires improvement");
  // Computed Outstanding: two bands away, a violation, shown and kept.
  const WhatIf broken =
      Run(nnel, {{ChangeKind::kKq, "2.5.1=+1"}, {ChangeKind::kKq, "2.5.2=+5"}, {ChangeKind::kKq, "2.5.3=+11"}});
  REQUIRE(broken.after.violations.size() == 1);
  CHECK(Says(*For(broken, "2.5"), "the recorded discretion no longer fits: discretion moves 2.5 Reviewing 2 bands down"));
  // Dropped: the computed rating stands.
  const WhatIf dropped = Run(nnel, {{ChangeKind::kDropDiscretion, "2.5"}});
  CHECK(For(dropped, "2.5")->headline == "2.5 Reviewing: Requires improvement -> Inadequate");
  CHECK(Says(*For(dropped, "2.5"), "is dropped by --drop-discretion 2.5: the computed rating stands"));
}

TEST_CASE("guidance departures appear and disappear with the ratings they read", "[scenario][explain]") {
  // East Berkshire departs from services-follow-delivery (2.4 Inadequate) with a reason.
  const WhatIf services = Run(testing::LoadSeed("east-berkshire-2023"), {{ChangeKind::kSet, "1.3=Good"}});
  CHECK(Says(*For(services, "1.3"), "services-follow-delivery: no longer departed from: it applies when 1.3 Services "
                                    "is Requires improvement, and 1.3 is now Good"));
  REQUIRE(services.new_warnings.size() == 1);
  CHECK(services.new_warnings[0].kind == WarningKind::kDepartureNotNeeded);
  // Blackburn with Darwen follows it; implementation and delivery falling breaks it, with no reason recorded.
  const WhatIf delivery = Run(testing::LoadSeed("blackburn-with-darwen-2023"), {{ChangeKind::kKq, "2.4.2=-2"}});
  CHECK(Says(*For(delivery, "1.3"), "services-follow-delivery: now departed from: 1.3 Services is Requires "
                                    "improvement, so guidance expects 2.4 Implementation and delivery to be Requires "
                                    "improvement or Good; it is Inadequate; no reason recorded (a warning)"));
}

TEST_CASE("Not rated changes the maximum and the score table", "[scenario][explain]") {
  const WhatIf whatif = Run(testing::LoadSeed("blackburn-with-darwen-2023"), {{ChangeKind::kNotRated, "2.1"}});
  CHECK(Says(*For(whatif, "2.1"), "rating-points: now Not rated: it scores nothing, and the maximum is 24 (was 27)"));
  CHECK(whatif.explanations.back().headline == "Score 10/27 -> 11/24, overall stays Requires improvement");
  CHECK(Says(whatif.explanations.back(), "11 of 24 is in 5 to 12: Requires improvement"));
}

TEST_CASE("no change, no explanation but the score", "[scenario][explain]") {
  const WhatIf whatif = Run(testing::LoadSeed("blackburn-with-darwen-2023"), {});
  REQUIRE(whatif.explanations.size() == 1);
  CHECK(whatif.explanations[0].headline == "Score stays 10/27, overall stays Requires improvement");
  CHECK(whatif.new_warnings.empty());
}

}  // namespace
}  // namespace rerate
