#include <catch2/catch.hpp>

#include "rerate/inputs.h"
#include "rerate/target.h"
#include "test_support.h"

namespace rerate {
namespace {

std::string ParseError(const Evaluation& now, const std::string& overall, const std::vector<std::string>& standards) {
  Result<TargetSpec> spec = ParseTarget(now, overall, standards);
  REQUIRE_FALSE(spec.ok());
  return spec.error().message;
}

TEST_CASE("targets are read against the methodology and the inspection", "[target][parse]") {
  const Evaluation now = Evaluate(testing::LoadSeed("east-berkshire-2023"));
  Result<TargetSpec> spec = ParseTarget(now, "good", {"2.2=Requires improvement", "1.1=Good"});
  REQUIRE(spec.ok());
  CHECK(spec->overall->level == 2);
  REQUIRE(spec->standards.size() == 2);
  CHECK(spec->standards[0].first == now.methodology->FindStandard("2.2"));
  CHECK(ParseError(now, "Goood", {}) ==
        "--overall Goood: \"Goood\" is not a rating on the hmip-pdu-2021 scale; did you mean Good? (expected "
        "Inadequate, Requires improvement, Good or Outstanding)");
  CHECK(ParseError(now, "", {"2.7=Good"}) == "--standard 2.7=Good: no standard \"2.7\" in hmip-pdu-2021; did you mean 2.1?");
  CHECK(ParseError(now, "", {"2.2"}) == "--standard 2.2: expected STANDARD=RATING, e.g. 2.2=Good");
  CHECK(ParseError(now, "", {"2.1=Good"}) ==
        "--standard 2.1=Good: 2.1 Court work is Not rated in this inspection: it has no rating to reach");
  CHECK(ParseError(now, "", {"2.6=Good"}) == "--standard 2.6=Good: 2.6 Outcomes is reported, never rated");
  CHECK(ParseError(now, "", {"2.2=Good", "2.2=Outstanding"}) ==
        "--standard 2.2=Outstanding: a target for 2.2 is already given");
}

TEST_CASE("why a standard's target is out of casework's reach", "[target][why]") {
  const Evidence evidence = testing::LoadSeed("blackburn-with-darwen-2023");
  const Evaluation now = Evaluate(evidence);
  // A judgement: casework does not change it; raising it is a judgement option.
  Result<TargetResult> services = FindTarget(evidence, *ParseTarget(now, "", {"1.3=Good"}));
  REQUIRE(services.ok());
  CHECK_FALSE(services->reachable);
  REQUIRE(services->why.size() == 1);
  CHECK(services->why[0] == "1.3 Services is Requires improvement, an inspectors' judgement: casework does not change "
                            "it; Good is wanted");
  REQUIRE(services->judgement_options.size() == 1);
  CHECK(services->judgement_options[0].bands == 1);
  CHECK(services->judgement_options[0].casework == 0);
  // Leadership to Outstanding: its judgement is Good; with the cap lifted by
  // one court-work answer and the judgement raised one band it is reachable.
  Result<TargetResult> leadership = FindTarget(evidence, *ParseTarget(now, "", {"1.1=Outstanding"}));
  REQUIRE(leadership.ok());
  CHECK_FALSE(leadership->reachable);
  REQUIRE(leadership->judgement_options.size() == 1);
  CHECK(leadership->judgement_options[0].casework == 1);
}

TEST_CASE("why an overall target is out of reach: the score at the ceiling", "[target][why]") {
  const Evidence evidence = testing::LoadSeed("east-berkshire-2023");
  const Evaluation now = Evaluate(evidence);
  Result<TargetResult> found = FindTarget(evidence, *ParseTarget(now, "Outstanding", {}));
  REQUIRE(found.ok());
  CHECK_FALSE(found->reachable);
  REQUIRE(found->why.size() == 1);
  CHECK(found->why[0] == "with every case standard at the highest rating casework can give it (2.2 Outstanding, 2.3 "
                         "Outstanding, 2.4 Outstanding and 2.5 Outstanding), the score is 15 of 24, overall Good; "
                         "Outstanding needs 21 (overall-from-score: 21 to 24 of 24)");
}

TEST_CASE("a discretion that plans keep shows in why", "[target][why][discretion]") {
  const Evidence evidence = testing::LoadSeed("north-and-north-east-lincolnshire-2023");
  const Evaluation now = Evaluate(evidence);
  Result<TargetResult> found = FindTarget(evidence, *ParseTarget(now, "", {"2.5=Outstanding"}));
  REQUIRE(found.ok());
  CHECK_FALSE(found->reachable);
  bool broken = false;
  for (const std::string& why : found->why) {
    broken = broken || why.find("at those ratings a recorded rule is broken: discretion moves 2.5 Reviewing 2 bands "
                                "down") != std::string::npos;
  }
  CHECK(broken);
}

}  // namespace
}  // namespace rerate
