#include <catch2/catch.hpp>

#include "model/pools.h"
#include "test_support.h"

namespace rerate {
namespace {

std::shared_ptr<const Methodology> Regional(const std::vector<std::pair<std::string, std::string>>& edits = {}) {
  std::string text = testing::ReadSource("rules/hmip-region-2023.yaml");
  for (const auto& [from, to] : edits) text = testing::Edit(text, from, to);
  auto rules = testing::RulesFromText(text, "pools-region.yaml");
  INFO((rules ? std::string() : rules.error().ToString()));
  REQUIRE(rules.ok());
  return *rules;
}

TEST_CASE("the shipped regional rules pool from both PDU methodologies, every key question known", "[pools]") {
  const auto regional = Regional();
  CHECK(PooledMethodologies(*regional) == std::vector<std::string>{"hmip-pdu-2021", "hmip-pdu-2023"});
  CHECK(PoolProblems(*regional, *testing::Rules2021()).empty());
  CHECK(PoolProblems(*regional, *testing::Rules2023()).empty());
}

TEST_CASE("a pool naming a key question the PDU methodology lacks, with the nearest", "[pools]") {
  const auto regional = Regional({{"hmip-pdu-2021: [\"2.3.2\"]", "hmip-pdu-2021: [\"2.3.22\"]"}});
  const std::vector<PoolProblem> problems = PoolProblems(*regional, *testing::Rules2021());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].rule == "desistance-planning");
  CHECK(std::string(problems[0].check) == "pool-unknown-key-question");
  CHECK(problems[0].error.message == "pool desistance-planning reads key question 2.3.22, which hmip-pdu-2021 lacks; "
                                     "did you mean 2.3.2?");
  CHECK(problems[0].error.where.file.find("pools-region.yaml") != std::string::npos);
  CHECK(problems[0].error.where.column == 25);
  // Read against hmip-pdu-2023, the same pool names 2.2.2: no problem there.
  CHECK(PoolProblems(*regional, *testing::Rules2023()).empty());
}

TEST_CASE("a pool keeping cases by an attribute or value the PDU methodology does not declare", "[pools]") {
  const auto attribute = Regional({{"cases: {sentence: licence}\n      from:\n        hmip-pdu-2021: [\"2.4.1\"]",
                                    "cases: {sentense: licence}\n      from:\n        hmip-pdu-2021: [\"2.4.1\"]"}});
  std::vector<PoolProblem> problems = PoolProblems(*attribute, *testing::Rules2021());
  REQUIRE(problems.size() == 1);
  CHECK(std::string(problems[0].check) == "pool-unknown-attribute");
  CHECK(problems[0].error.message == "pool resettlement-engagement keeps cases by sentense, an attribute hmip-pdu-2021 "
                                     "does not declare; did you mean sentence? (it declares sentence and grade)");
  const auto value = Regional({{"cases: {sentence: licence}\n      from:\n        hmip-pdu-2021: [\"2.4.1\"]",
                                "cases: {sentence: licenced}\n      from:\n        hmip-pdu-2021: [\"2.4.1\"]"}});
  problems = PoolProblems(*value, *testing::Rules2021());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].error.message == "pool resettlement-engagement keeps cases whose sentence is licenced, a value "
                                     "hmip-pdu-2021 does not allow; did you mean licence? (it allows community or licence)");
}

}  // namespace
}  // namespace rerate
