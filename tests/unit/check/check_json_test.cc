// check --format json: the keys scripts rely on, their order and types.
#include <catch2/catch.hpp>

#include "check/check_test_support.h"

namespace rerate {
namespace {

using testing::Inspection2021;
using testing::kJudgedGood;
using testing::MustCheck;
using testing::PublishedAllGood;
using testing::Rules2021;

TEST_CASE("one result: counts, values, reproduced, explained, findings, notes", "[check][json]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "", PublishedAllGood(17, "Good", "", "  key_questions:\n    \"2.2.1\": 71\n")));
  const std::string json = RenderCheck(r, Format::kJson);
  CHECK_THAT(json, Catch::StartsWith("{\n  \"inspection\": \"Test PDU\",\n  \"file\": "));
  CHECK_THAT(json, Catch::Contains("\"methodology\": \"hmip-pdu-2021\",\n  \"rules_file\": "));
  CHECK_THAT(json, Catch::Contains("\"cases\": null,\n  \"ok\": false,\n  \"counts\": {\n    \"published\": 13,\n"
                                   "    \"reproduced\": 11,\n    \"explained\": 0,\n    \"unverifiable\": 0,\n"
                                   "    \"findings\": 2\n  },"));
  // A value: numbers stay numbers, names stay strings, none is null.
  CHECK_THAT(json, Catch::Contains("{\n      \"subject\": \"score\",\n      \"standard\": null,\n      \"name\": null,\n"
                                   "      \"published\": 17,\n      \"computed\": 18,\n      \"status\": \"finding\","));
  CHECK_THAT(json, Catch::Contains("\"reproduced\": [\n    \"max\",\n    \"overall\",\n    \"1.1\","));
  CHECK_THAT(json, Catch::Contains("\"findings\": [\n    {\n      \"kind\": \"arithmetic\",\n      \"subject\": \"score\",\n"
                                   "      \"standard\": null,\n      \"key_question\": null,\n      \"published\": 17,\n"
                                   "      \"computed\": 18,\n      \"rule\": \"rating-points\","));
  CHECK_THAT(json, Catch::Contains("      \"kind\": \"percentage\",\n      \"subject\": \"2.2.1\",\n      \"standard\": \"2.2\",\n"
                                   "      \"key_question\": \"2.2.1\",\n      \"published\": 71,\n      \"computed\": 70,"));
  CHECK_THAT(json, Catch::Contains("\"explained\": [],"));
  CHECK_THAT(json, Catch::EndsWith("\"notes\": []\n}\n"));
}

TEST_CASE("explained items carry kind, standard, rule, reason and detail", "[check][json]") {
  const CheckResult r = MustCheck(
      Rules2021(), Inspection2021(kJudgedGood, "  \"2.1.1\": {yes: 4, relevant: 9}\n",
                                  PublishedAllGood(15, "Good", "    \"1.1\": Requires improvement\n    \"2.1\": Inadequate\n")));
  const std::string json = RenderCheck(r, Format::kJson);
  CHECK_THAT(json, Catch::Contains("\"explained\": [\n    {\n      \"kind\": \"limit\",\n      \"standard\": \"1.1\",\n"
                                   "      \"rule\": \"court-work-caps-leadership\",\n      \"reason\": null,\n"
                                   "      \"detail\": \"2.1 Court work is Inadequate"));
  CHECK_THAT(json, Catch::Contains("\"ok\": true,"));
}

TEST_CASE("several results: results then summary", "[check][json]") {
  const CheckResult clean = MustCheck(Rules2021(), Inspection2021(kJudgedGood, "", PublishedAllGood()));
  const std::string json = RenderCheckMany({clean}, Format::kJson);
  CHECK_THAT(json, Catch::StartsWith("{\n  \"results\": [\n    {\n      \"inspection\": \"Test PDU\","));
  CHECK_THAT(json, Catch::Contains("\"summary\": [\n    {\n      \"inspection\": \"Test PDU\",\n      \"file\": "));
  CHECK_THAT(json, Catch::Contains("\"ok\": true,\n      \"reproduced\": 12,\n      \"explained\": 0,\n"
                                   "      \"unverifiable\": 0,\n      \"findings\": 0\n    }\n  ],\n  \"failed\": []\n}\n"));
}

TEST_CASE("several files: one that failed is an entry of failed, with its place", "[check][json]") {
  CheckManyWriter writer(Format::kJson);
  writer.AddFailed(FailedFile{"pdu.yaml", Error{{"pdu.csv", 4, 10}, "empty answer"}});
  CHECK(writer.Finish() ==
        "{\n  \"results\": [],\n  \"summary\": [],\n  \"failed\": [\n    {\n      \"input\": \"pdu.yaml\",\n"
        "      \"file\": \"pdu.csv\",\n      \"line\": 4,\n      \"column\": 10,\n      \"message\": \"empty answer\"\n"
        "    }\n  ]\n}\n");
  CheckManyWriter text(Format::kText);
  text.AddFailed(FailedFile{"pdu.yaml", Error{{"pdu.yaml", 0, 0}, "no such file"}});
  CHECK(text.Finish().empty());  // text leaves it to the error on stderr
}

}  // namespace
}  // namespace rerate
