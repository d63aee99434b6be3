#include "serve/serve_request.h"

#include <catch2/catch.hpp>

namespace rerate {
namespace {

TEST_CASE("a what-if body is the scenario file's items as JSON, in order", "[serve][request]") {
  Result<std::vector<ChangeSpec>> changes = WhatIfBody(
      R"({"changes": [{"kq": "2.1.1=+4"}, {"set": "1.1=Good"}, {"not-rated": "2.1"}, {"drop-discretion": "2.5"}]})");
  REQUIRE(changes.ok());
  REQUIRE(changes->size() == 4);
  CHECK((*changes)[0].kind == ChangeKind::kKq);
  CHECK((*changes)[0].value == "2.1.1=+4");
  CHECK((*changes)[0].where.file.empty());  // as on the command line
  CHECK((*changes)[2].kind == ChangeKind::kNotRated);
  CHECK((*changes)[3].kind == ChangeKind::kDropDiscretion);
  CHECK(WhatIfBody("").ok());
  CHECK(WhatIfBody(" {} ")->empty());
}

TEST_CASE("a malformed body is refused, saying where and what was expected", "[serve][request]") {
  CHECK(WhatIfBody("{\"changes\": [}").error().message.rfind("request body: malformed JSON: parse error at line 1", 0) == 0);
  CHECK(WhatIfBody("\"changes\"").error().message == "request body: expected a JSON object, such as {\"changes\": []}");
  CHECK(WhatIfBody(R"({"changes": {"kq": "2.1.1=+1"}})").error().message ==
        "request body: \"changes\" must be a list of changes such as [{\"kq\": \"2.1.1=+4\"}]");
  CHECK(WhatIfBody(R"({"changes": [{"kq": "2.1.1=+1", "set": "1.1=Good"}]})").error().message ==
        "request body: changes[0]: expected an object with one key (one option and its value, such as {\"kq\": \"2.1.1=+4\"})");
  CHECK(WhatIfBody(R"({"changes": [{"kq": "2.1.1=+1"}, "kq"]})").error().message.find("changes[1]") != std::string::npos);
  CHECK(WhatIfBody(R"({"changes": [], "overall": "Good"})").error().message ==
        "request body: unknown key \"overall\" (expected changes)");
}

// Regression (issue 13, found by tests/fuzz/serve_fuzzer.cc): a number too
// large for a double (1e400) made nlohmann::json throw out_of_range, which
// nothing caught: the request ended the program instead of getting a 400.
TEST_CASE("a number too large for JSON's doubles is a malformed body, not an exception (1e400 escaped)", "[serve][request][regression]") {
  for (const char* body : {"{\"changes\": [1e400]}", "{\"overall\": -1e999}", "[1e400"}) {
    INFO(body);
    Result<std::vector<ChangeSpec>> changes = WhatIfBody(body);
    REQUIRE_FALSE(changes.ok());
    CHECK(changes.error().message.rfind("request body: malformed JSON: ", 0) == 0);
    CHECK_FALSE(TargetBody(body).ok());
    CHECK_FALSE(ScenarioFileBody(body).ok());
  }
  CHECK(WhatIfBody("{\"changes\": [1e400]}").error().message == "request body: malformed JSON: number overflow parsing '1e400'");
}

TEST_CASE("a target body is target's options", "[serve][request]") {
  Result<TargetRequest> request = TargetBody(
      R"({"overall": "Good", "standards": ["2.2=Good", "1.1=Good"], "margin": true, "pivotal": false, "changes": [{"kq": "2.1.1=+1"}]})");
  REQUIRE(request.ok());
  CHECK(request->overall == "Good");
  CHECK(request->standards == std::vector<std::string>{"2.2=Good", "1.1=Good"});
  CHECK(request->margin);
  CHECK_FALSE(request->pivotal);
  CHECK(request->changes.size() == 1);
  CHECK(TargetBody(R"({"overall": 3})").error().message == "request body: \"overall\" must be text");
  CHECK(TargetBody(R"({"margin": "yes"})").error().message == "request body: \"margin\" must be true or false");
  CHECK(TargetBody(R"({"standards": "2.2=Good"})").error().message ==
        "request body: \"standards\" must be a list of text such as [\"2.2=Good\"]");
  CHECK(TargetBody(R"({"overal": "Good"})").error().message.find("did you mean overall?") != std::string::npos);
  CHECK_FALSE(TargetBody(R"({"changes": []})").ok());  // nothing asked
}

TEST_CASE("a scenario body has a title and at least one change", "[serve][request]") {
  Result<ScenarioBody> body = ScenarioFileBody(R"({"scenario": "Court work", "changes": [{"kq": "2.1.1=+1"}]})");
  REQUIRE(body.ok());
  CHECK(body->title == "Court work");
  CHECK(body->changes.size() == 1);
  CHECK_FALSE(ScenarioFileBody(R"({"changes": []})").ok());
  CHECK_FALSE(ScenarioFileBody(R"({"scenario": ["x"], "changes": [{"kq": "2.1.1=+1"}]})").ok());
}

}  // namespace
}  // namespace rerate
