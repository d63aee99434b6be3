#include "load/yaml_reader.h"

#include <catch2/catch.hpp>

#include "test_support.h"

namespace rerate {
namespace {

Error ParseError(const std::string& text) {
  try {
    ParseYaml(text, "t.yaml");
  } catch (const LoadError& e) {
    return e.error;
  }
  FAIL("expected a LoadError");
  return Error{};
}

TEST_CASE("duplicate keys are found at any depth, at the second one", "[yaml]") {
  const Error top = ParseError("a: 1\nb: 2\na: 3\n");
  CHECK(top.ToString() == "t.yaml:3:1: duplicate key \"a\" (first written at line 1)");
  const Error nested = ParseError("list:\n  - x: 1\n    y: 2\n    x: 3\n");
  CHECK(nested.ToString() == "t.yaml:4:5: duplicate key \"x\" (first written at line 2)");
  const Error flow = ParseError("m: {a: 1, a: 2}\n");
  CHECK(flow.where.line == 1);
  CHECK(flow.message.find("duplicate key \"a\"") != std::string::npos);
}

TEST_CASE("a second document and aliases are refused", "[yaml]") {
  CHECK(ParseError("a: 1\n---\nb: 2\n").message.find("found a second one") != std::string::npos);
  CHECK(ParseError("a: &x 1\nb: *x\n").ToString() == "t.yaml:2:4: aliases (*name) are not supported: write the value out in full");
}

// Regression (issue 13): two quoted scalars on two lines were "a second one
// (a line with ---)", a line the file does not have.
TEST_CASE("a second value after a quoted scalar is shown as written, not called a line with ---", "[yaml][regression]") {
  CHECK(ParseError("\"a\"\n\"b\"\n").ToString() ==
        "t.yaml:2:1: expected one YAML value (a mapping of key: value lines), found a second one after the first "
        "(from line 1) ended: \"b\"");
  CHECK(ParseError("[1]\n[2, 3]\n").ToString() ==
        "t.yaml:2:1: expected one YAML value (a mapping of key: value lines), found a second one after the first "
        "(from line 1) ended: \"[2, 3]\"");
  CHECK(ParseError("'x'\n\n'y' # why\n").message.find("ended: 'y' # why") != std::string::npos);
  CHECK(ParseError("a: 1\n---\nb: 2\n").message.find("(a line with ---)") != std::string::npos);
}

TEST_CASE("a map view checks keys and types", "[yaml]") {
  const YamlDocument document = ParseYaml("name: x\ncount: 3\nlist: [1]\n", "t.yaml");
  const YamlNode node = document.root();
  MapView view("t.yaml", node, SourceLocation{"t.yaml", 1, 1}, "a thing");
  CHECK(view.String("name") == "x");
  CHECK(view.Int("count") == 3);
  CHECK_FALSE(view.Has("other"));
  CHECK(view.OptString("other").empty());
  CHECK(view.Bool("flag", true));
  try {
    view.AllowOnly({"name", "count"});
    FAIL("unknown key accepted");
  } catch (const LoadError& e) {
    CHECK(e.error.ToString() == "t.yaml:3:1: unknown key \"list\" in a thing (expected one of name or count)");
  }
  CHECK_THROWS_AS(view.String("list"), LoadError);
  CHECK_THROWS_AS(view.Int("name"), LoadError);
  CHECK_THROWS_AS(view.Require("missing"), LoadError);
}

TEST_CASE("a null value is located at its key", "[yaml]") {
  const YamlDocument document = ParseYaml("a:\nb: 1\n", "t.yaml");
  const YamlNode node = document.root();
  MapView view("t.yaml", node, SourceLocation{"t.yaml", 1, 1}, "a thing");
  try {
    view.String("a");
    FAIL("null accepted as a string");
  } catch (const LoadError& e) {
    CHECK(e.error.ToString() == "t.yaml:1:1: expected a value for a, found nothing");
  }
}

TEST_CASE("yaml-cpp's own errors become located errors", "[yaml]") {
  Result<int> result = CatchLoadErrors<int>("t.yaml", [] {
    ParseYaml("a: [1, 2\nb: 3\n", "t.yaml");
    return 0;
  });
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().ToString().rfind("t.yaml:", 0) == 0);
  CHECK(result.error().message.find("invalid YAML") == 0);
}

TEST_CASE("very deep nesting is refused, not a crash", "[yaml]") {
  Result<int> result = CatchLoadErrors<int>("t.yaml", [] {
    ParseYaml("a: " + std::string(100000, '['), "t.yaml");
    return 0;
  });
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().message.find("levels deep") != std::string::npos);
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

// yaml-cpp 0.7 loops for ever on a stray ',' at the start of a block line
// (jbeder/yaml-cpp#1040); found by robustness_test.
TEST_CASE("a stray comma is an error, not a hang", "[yaml]") {
  const Error error = [] {
    try {
      ParseYaml("# comment\n, text\nkey: value\n", "t.yaml");
    } catch (const LoadError& e) {
      return e.error;
    }
    return Error{};
  }();
  CHECK(error.ToString() == "t.yaml:2:1: invalid YAML: unexpected ','");
}

// Regression: a folder read as YAML was "found nothing", and a UTF-16 file
// "needs methodology:" (found in review).
TEST_CASE("a folder or a UTF-16 file is named for what it is", "[yaml]") {
  auto error_of = [](const std::string& path) {
    try {
      ParseYamlFile(path);
    } catch (const LoadError& e) {
      return e.error.ToString();
    }
    return std::string();
  };
  const std::string file = testing::WriteScratch("folder-test/x.yaml", "a: 1\n");
  const std::string folder = file.substr(0, file.rfind('/'));
  CHECK(error_of(folder) == folder + ": a folder, not a YAML file");
  const std::string utf16 = testing::WriteScratch("utf16.yaml", std::string("\xFF\xFE" "a\0:\0 \0" "1\0\n\0", 12));
  CHECK(error_of(utf16) == utf16 + ":1:4: not UTF-8 text (a NUL byte): save the file as UTF-8");
}

}  // namespace
}  // namespace rerate
