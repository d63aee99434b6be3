#include <catch2/catch.hpp>

#include "rerate/target.h"
#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("a target request runs the changes, the search, margins and pivotal answers", "[target][run]") {
  TargetRequest request;
  request.overall = "Good";
  request.margin = true;
  request.pivotal = true;
  Result<TargetRun> run = RunTarget(testing::LoadSeed("blackburn-with-darwen-2023"), request);
  REQUIRE(run.ok());
  REQUIRE(run->result);
  CHECK(run->result->reachable);
  CHECK(run->result->plan->changes == 4);
  CHECK(run->margins);
  CHECK(run->pivotal);
  const TargetOutput output = run->Output();
  CHECK(output.result == &*run->result);
  CHECK(output.now == &run->now);
  CHECK(output.margins == &*run->margins);
}

TEST_CASE("what-if changes apply before the search", "[target][run]") {
  TargetRequest request;
  request.overall = "Good";
  request.changes = {ChangeSpec{ChangeKind::kKq, "2.1.1=+4", {}}};
  Result<TargetRun> run = RunTarget(testing::LoadSeed("blackburn-with-darwen-2023"), request);
  REQUIRE(run.ok());
  CHECK(run->result->reached_now);
  CHECK(run->scenario.changes.size() == 1);
  CHECK_FALSE(run->margins);
  CHECK(run->Output().margins == nullptr);
}

TEST_CASE("a target the methodology does not know is an error naming it", "[target][run]") {
  TargetRequest request;
  request.overall = "Goood";
  Result<TargetRun> run = RunTarget(testing::LoadSeed("blackburn-with-darwen-2023"), request);
  REQUIRE_FALSE(run.ok());
  CHECK(run.error().message.find("Goood") != std::string::npos);
}

TEST_CASE("a change that breaks a rule stops the run with the violation", "[target][run]") {
  TargetRequest request;
  request.overall = "Good";
  request.changes = {ChangeSpec{ChangeKind::kDiscretion, "2.5=Outstanding: to test", {}}};
  Result<TargetRun> run = RunTarget(testing::LoadSeed("blackburn-with-darwen-2023"), request);
  REQUIRE(run.ok());
  CHECK_FALSE(run->now.violations.empty());
  CHECK_FALSE(run->result);
}

}  // namespace
}  // namespace rerate
