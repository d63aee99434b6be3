#include <catch2/catch.hpp>

#include "rerate/whatif.h"
#include "test_support.h"

namespace rerate {
namespace {

std::string LoadError(const std::string& name, const std::string& text) {
  Result<std::vector<ChangeSpec>> changes = LoadChanges(testing::WriteScratch(name, text));
  REQUIRE_FALSE(changes.ok());
  const std::string message = changes.error().ToString();
  return message.substr(message.find(name));
}

TEST_CASE("a scenario file lists changes in order, each with its place", "[scenario][file]") {
  const std::string path = testing::WriteScratch(
      "court.yaml",
      "scenario: Court work improves\nchanges:\n  - kq: 2.1.1=+1\n  - set: 1.3=Good\n"
      "  - discretion: \"2.5=Good: strong reviewing\"\n  - not-rated: \"2.1\"\n  - case: BWD01:2.2.3=yes\n"
      "  - drop-discretion: \"2.5\"\n");
  Result<std::vector<ChangeSpec>> changes = LoadChanges(path);
  INFO((changes ? std::string() : changes.error().ToString()));
  REQUIRE(changes.ok());
  REQUIRE(changes->size() == 6);
  CHECK((*changes)[0].kind == ChangeKind::kKq);
  CHECK((*changes)[0].value == "2.1.1=+1");
  CHECK((*changes)[0].where.line == 3);
  CHECK((*changes)[0].where.column == 9);
  CHECK((*changes)[2].value == "2.5=Good: strong reviewing");
  CHECK((*changes)[3].kind == ChangeKind::kNotRated);
  CHECK((*changes)[3].value == "2.1");
  CHECK((*changes)[5].kind == ChangeKind::kDropDiscretion);
}

TEST_CASE("a malformed scenario file is refused at file:line:col", "[scenario][file]") {
  CHECK(LoadError("typo.yaml", "changes:\n  - kqs: 2.1.1=+1\n") ==
        "typo.yaml:2:5: unknown key \"kqs\" in a change (option: value, e.g. kq: 2.2.3=+3); did you mean kq? "
        "(expected one of set, kq, case, not-rated, discretion or drop-discretion)");
  CHECK(LoadError("two.yaml", "changes:\n  - {kq: 2.1.1=+1, set: 1.1=Good}\n").find(
            "two.yaml:2:5: a change is one option and its value") == 0);
  CHECK(LoadError("empty.yaml", "changes: []\n") == "empty.yaml:1:10: changes: lists no change");
  CHECK(LoadError("none.yaml", "scenario: nothing\n") == "none.yaml:1:1: a scenario file needs \"changes:\"");
  CHECK(LoadError("top.yaml", "change:\n  - kq: 2.1.1=+1\n").find("top.yaml:1:1: unknown key \"change\"") == 0);
  CHECK(LoadError("value.yaml", "changes:\n  - kq: [1, 2]\n") ==
        "value.yaml:2:9: expected a value for kq, found a list");
  CHECK(LoadError("dup.yaml", "changes:\n  - kq: 2.1.1=+1\n    kq: 2.1.1=+2\n").find("dup.yaml:3:5: duplicate key") == 0);
}

TEST_CASE("a change prints as the argument that replays it", "[scenario][file]") {
  CHECK(ChangeArgument(ChangeSpec{ChangeKind::kKq, "2.2.3=+3", {}}) == "--kq 2.2.3=+3");
  CHECK(ChangeArgument(ChangeSpec{ChangeKind::kSet, "1.1=Requires improvement", {}}) ==
        "--set '1.1=Requires improvement'");
  CHECK(ChangeArgument(ChangeSpec{ChangeKind::kDiscretion, "2.5=Good: it's fine", {}}) ==
        "--discretion '2.5=Good: it'\\''s fine'");
  for (ChangeKind kind : ChangeKinds()) CHECK(ChangeKindNamed(ChangeOptionName(kind)) == kind);
  CHECK_FALSE(ChangeKindNamed("changes"));
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

TEST_CASE("a scenario file written from changes reads back as them", "[scenario][file]") {
  std::vector<ChangeSpec> changes;
  for (const auto& [kind, value] : std::vector<std::pair<ChangeKind, std::string>>{
           {ChangeKind::kKq, "2.1.1=+4"},
           {ChangeKind::kDiscretion, "2.5=Good: \"strong\" reviewing # not a comment"},
           {ChangeKind::kNotRated, "2.1"},
           {ChangeKind::kCase, "BWD01:2.2.3=n/a"}}) {
    ChangeSpec change;
    change.kind = kind;
    change.value = value;
    changes.push_back(change);
  }
  const std::string text = ScenarioFileText(changes, "Court: work\nand reviewing");
  Result<std::vector<ChangeSpec>> loaded = LoadChanges(testing::WriteScratch("written.yaml", text));
  INFO(text);
  REQUIRE(loaded.ok());
  REQUIRE(loaded->size() == changes.size());
  for (size_t i = 0; i < changes.size(); ++i) {
    CHECK((*loaded)[i].kind == changes[i].kind);
    CHECK((*loaded)[i].value == changes[i].value);
  }
  CHECK(text.find("scenario: \"Court: work\\nand reviewing\"\n") != std::string::npos);
}

}  // namespace
}  // namespace rerate
