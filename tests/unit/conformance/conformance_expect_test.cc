#include <catch2/catch.hpp>

#include "rerate/conformance.h"
#include "test_support.h"

namespace rerate {
namespace {

const std::string kHead =
    "inspection: T\nmethodology: hmip-pdu-2021\nratings: {\"1.1\": Good, \"1.2\": Good, \"1.3\": Good, \"1.4\": Good}\n";

Result<TestSpec> Read(const std::string& expect_block) {
  Result<Inspection> inspection =
      LoadInspection(testing::WriteScratch("expect-test.yaml", kHead + "expect:\n" + expect_block));
  REQUIRE(inspection.ok());
  return ReadExpect(*inspection, *testing::Rules2021());
}

std::string ErrorOf(const std::string& expect_block) {
  Result<TestSpec> spec = Read(expect_block);
  REQUIRE_FALSE(spec.ok());
  return spec.error().ToString();
}

const Expectation& Find(const TestSpec& spec, const std::string& key, const std::string& id = "") {
  for (const Expectation& expectation : spec.expectations) {
    if (expectation.key == key && expectation.id == id) return expectation;
  }
  FAIL("no expectation " << key << " " << id);
  return spec.expectations.front();
}

TEST_CASE("every kind of expectation is read, with ratings in the scale's spelling", "[conformance][expect]") {
  Result<TestSpec> spec = Read(
      "  labels: [boundary, cap]\n"
      "  overall: requires improvement\n"
      "  score: 10/27\n"
      "  standards: {\"1.1\": GOOD, \"2.1\": not rated}\n"
      "  key_questions: {\"2.2.3\": Inadequate}\n"
      "  applied: {\"1.1\": [judgement-inputs, court-work-caps-leadership], \"1.2\": []}\n"
      "  warnings: [services-follow-delivery]\n");
  INFO((spec ? "" : spec.error().ToString()));
  REQUIRE(spec.ok());
  CHECK(spec->labels == std::vector<std::string>{"boundary", "cap"});
  CHECK(spec->HasLabel("cap"));
  CHECK_FALSE(spec->HasLabel("discretion"));
  CHECK(Find(*spec, "overall").expected == "Requires improvement");
  CHECK(Find(*spec, "score").expected == "10/27");
  CHECK(Find(*spec, "standards", "1.1").expected == "Good");
  CHECK(Find(*spec, "standards", "1.1").subject == "standard 1.1 Leadership");
  CHECK(Find(*spec, "standards", "2.1").expected == "Not rated");
  CHECK(Find(*spec, "key_questions", "2.2.3").expected == "Inadequate");
  CHECK(Find(*spec, "applied", "1.1").expected == "judgement-inputs, court-work-caps-leadership");
  CHECK(Find(*spec, "applied", "1.2").expected == "(none)");
  CHECK(Find(*spec, "warnings").expected == "services-follow-delivery");
  CHECK(spec->Expects("standards", "2.1"));
  CHECK_FALSE(spec->Expects("standards", "2.2"));
  CHECK(Find(*spec, "standards", "1.1").where.line == 8);
}

TEST_CASE("a test expects no violation unless it says which", "[conformance][expect]") {
  Result<TestSpec> plain = Read("  overall: Good\n");
  REQUIRE(plain.ok());
  CHECK(Find(*plain, "violations").expected == "(none)");
  Result<TestSpec> expected = Read("  violations: [professional-discretion]\n");
  REQUIRE(expected.ok());
  CHECK(Find(*expected, "violations").expected == "professional-discretion");
}

TEST_CASE("unknown keys, ids, ratings and rules are errors with a suggestion", "[conformance][expect]") {
  CHECK(ErrorOf("  standard: {\"1.1\": Good}\n")
            .find("expect-test.yaml:5:3: unknown key \"standard\" in \"expect:\"; did you mean standards?") !=
        std::string::npos);
  CHECK(ErrorOf("  standards: {\"1.5\": Good}\n").find("5:15: no standard \"1.5\" in hmip-pdu-2021; did you mean 1.1?") !=
        std::string::npos);
  CHECK(ErrorOf("  standards: {\"1.1\": Goood}\n").find("\"Goood\" is not a rating on the hmip-pdu-2021 scale; did you mean Good?") !=
        std::string::npos);
  CHECK(ErrorOf("  key_questions: {\"2.2.4\": Good}\n").find("no key question \"2.2.4\" in hmip-pdu-2021; did you mean 2.2.1?") !=
        std::string::npos);
  CHECK(ErrorOf("  key_questions: {\"2.2.1\": Not rated}\n").find("is not a rating") != std::string::npos);
  CHECK(ErrorOf("  applied: {\"1.1\": [court-work-caps-leadershp]}\n")
            .find("no rule \"court-work-caps-leadershp\" in hmip-pdu-2021; did you mean court-work-caps-leadership?") !=
        std::string::npos);
  CHECK(ErrorOf("  warnings: [services]\n").find("no rule \"services\"") != std::string::npos);
  CHECK(ErrorOf("  overall: Not rated\n").find("is not a rating") != std::string::npos);
}

TEST_CASE("what is reported and never rated cannot be expected to have a rating", "[conformance][expect]") {
  CHECK(ErrorOf("  standards: {\"2.6\": Good}\n").find("2.6 Outcomes is reported, never rated") != std::string::npos);
  CHECK(ErrorOf("  key_questions: {\"2.6.1\": Good}\n").find("it has no band to expect") != std::string::npos);
}

TEST_CASE("a score is POINTS/MAX", "[conformance][expect]") {
  for (const char* bad : {"10", "10/", "/27", "a/27", "28/27", "10/0", "-1/27", "10/27/3"}) {
    INFO(bad);
    CHECK(ErrorOf(std::string("  score: \"") + bad + "\"\n").find("expected score as POINTS/MAX") != std::string::npos);
  }
  REQUIRE(Read("  score: 0/21\n").ok());
}

TEST_CASE("an expect: block must state something to check", "[conformance][expect]") {
  CHECK(ErrorOf("  labels: [cap]\n").find("expect: states nothing to check") != std::string::npos);
  CHECK(ErrorOf("  labels: [cap, cap]\n  overall: Good\n").find("label \"cap\" is listed twice") != std::string::npos);
  CHECK(ErrorOf("  labels: [\"two words\"]\n  overall: Good\n").find("a label is letters") != std::string::npos);
  CHECK(ErrorOf("  warnings:\n  overall: Good\n").find("expected a list of rule ids ([] for none)") != std::string::npos);
}

TEST_CASE("an inspection without expect: is not a test", "[conformance][expect]") {
  Result<Inspection> inspection = LoadInspection(testing::WriteScratch("no-expect.yaml", kHead));
  REQUIRE(inspection.ok());
  Result<TestSpec> spec = ReadExpect(*inspection, *testing::Rules2021());
  REQUIRE_FALSE(spec.ok());
  CHECK(spec.error().ToString().find("no-expect.yaml:1:1: not a test: no expect: block") != std::string::npos);
}

}  // namespace
}  // namespace rerate
