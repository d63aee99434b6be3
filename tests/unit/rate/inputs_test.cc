#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>

#include "rerate/inputs.h"
#include "test_support.h"

namespace rerate {
namespace {

TEST_CASE("a folder gives its inspection files in name order", "[workspace]") {
  testing::WriteScratch("folder/b.yaml", "x: 1\n");
  testing::WriteScratch("folder/a.yaml", "x: 1\n");
  testing::WriteScratch("folder/notes.txt", "not an inspection\n");
  const std::string folder = testing::WriteScratch("folder/a.yaml", "x: 1\n");
  const std::string dir = folder.substr(0, folder.rfind('/'));
  Result<std::vector<std::string>> files = ExpandInputs({dir});
  REQUIRE(files.ok());
  REQUIRE(files->size() == 2);
  CHECK((*files)[0].substr((*files)[0].rfind('/') + 1) == "a.yaml");
  CHECK((*files)[1].substr((*files)[1].rfind('/') + 1) == "b.yaml");
  CHECK_FALSE(ExpandInputs({dir + "/missing.yaml"}).ok());
}

TEST_CASE("a methodology name is found in a rules folder above the inspection", "[workspace]") {
  const std::string rules = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  testing::WriteScratch("project/rules/hmip-pdu-2021.yaml", rules);
  const std::string inspection_file =
      testing::WriteScratch("project/cases/deep/i.yaml", "inspection: I\nmethodology: hmip-pdu-2021\n");
  Result<Inspection> inspection = LoadInspection(inspection_file);
  REQUIRE(inspection.ok());
  RulesLibrary library;
  Result<std::shared_ptr<const Methodology>> found = library.ForInspection(*inspection, "");
  REQUIRE(found.ok());
  CHECK((*found)->file.find("project/rules/hmip-pdu-2021.yaml") != std::string::npos);
  // Loaded once, shared afterwards.
  Result<std::shared_ptr<const Methodology>> again = library.ForInspection(*inspection, "");
  REQUIRE(again.ok());
  CHECK(found->get() == again->get());
}

TEST_CASE("a rules file must declare the methodology it is found for", "[workspace]") {
  std::string rules = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  rules = testing::Edit(rules, "methodology: hmip-pdu-2021", "methodology: hmip-pdu-2099");
  const std::string dir = testing::WriteScratch("misnamed/rules/hmip-pdu-2021.yaml", rules);
  const std::string file = testing::WriteScratch("misnamed/i.yaml", "inspection: I\nmethodology: hmip-pdu-2021\n");
  Result<Inspection> inspection = LoadInspection(file);
  REQUIRE(inspection.ok());
  RulesLibrary library;
  Result<std::shared_ptr<const Methodology>> found = library.ForInspection(*inspection, "");
  REQUIRE_FALSE(found.ok());
  CHECK(found.error().message.find("declares methodology: hmip-pdu-2099, not hmip-pdu-2021") != std::string::npos);
}

TEST_CASE("an unknown methodology suggests the nearest one", "[workspace]") {
  const std::string file = testing::WriteScratch("unknown/i.yaml", "inspection: I\nmethodology: hmip-pdu-2022\n");
  Result<Inspection> inspection = LoadInspection(file);
  REQUIRE(inspection.ok());
  RulesLibrary library({testing::SourcePath("rules")});
  Result<std::shared_ptr<const Methodology>> found = library.ForInspection(*inspection, "");
  REQUIRE_FALSE(found.ok());
  CHECK(found.error().where.line == 2);
  CHECK(found.error().message.find("did you mean hmip-pdu-202") != std::string::npos);
}

TEST_CASE("--rules overrides the methodology an inspection names", "[workspace]") {
  const std::string file = testing::WriteScratch("override/i.yaml", "inspection: I\nmethodology: nothing-like-it\n");
  Result<Inspection> inspection = LoadInspection(file);
  REQUIRE(inspection.ok());
  RulesLibrary library;
  Result<std::shared_ptr<const Methodology>> found =
      library.ForInspection(*inspection, testing::SourcePath("rules/hmip-pdu-2023.yaml"));
  REQUIRE(found.ok());
  CHECK((*found)->name == "hmip-pdu-2023");
}

TEST_CASE("the seed inspections load through the library as the program does", "[workspace]") {
  RulesLibrary library;
  Result<Evidence> evidence = LoadEvidence(testing::SourcePath("cases/east-berkshire-2023.yaml"), library, "");
  REQUIRE(evidence.ok());
  const Evaluation e = Evaluate(*evidence);
  CHECK(e.score == 3);
  CHECK(e.max == 24);
  CHECK(e.methodology->RatingName(*e.overall) == "Inadequate");
}

// Regression: a relative path was walked up as written, so "i.yaml" run
// from its own folder never looked in ../rules (found in review).
TEST_CASE("the rules folder above is found however the inspection's path is written", "[workspace]") {
  const std::string rules = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  testing::WriteScratch("walk/rules/hmip-pdu-2021.yaml", rules);
  const std::string file = testing::WriteScratch("walk/sub/i.yaml", "inspection: I\nmethodology: hmip-pdu-2021\n");
  const std::filesystem::path before = std::filesystem::current_path();
  std::filesystem::current_path(std::filesystem::path(file).parent_path());
  Result<Inspection> inspection = LoadInspection("i.yaml");
  RulesLibrary library;
  Result<std::shared_ptr<const Methodology>> found =
      inspection ? library.ForInspection(*inspection, "") : Result<std::shared_ptr<const Methodology>>(inspection.error());
  std::filesystem::current_path(before);
  REQUIRE(found.ok());
  CHECK((*found)->file == "../rules/hmip-pdu-2021.yaml");
}

// Regression: a rules folder that does not exist was skipped, and the rules
// found next were used without a word (found in review).
TEST_CASE("a rules folder that does not exist is an error", "[workspace]") {
  const std::string file = testing::WriteScratch("nodir/i.yaml", "inspection: I\nmethodology: hmip-pdu-2021\n");
  Result<Inspection> inspection = LoadInspection(file);
  REQUIRE(inspection.ok());
  RulesLibrary library({"/nonexistent/rules"});
  Result<std::shared_ptr<const Methodology>> found = library.ForInspection(*inspection, "");
  REQUIRE_FALSE(found.ok());
  CHECK(found.error().ToString() == "/nonexistent/rules: no such rules folder");
}

// Sets RERATE_RULES_PATH for one test and restores what was there.
class RulesPathFor {
 public:
  explicit RulesPathFor(const std::string& value) {
    const char* before = std::getenv("RERATE_RULES_PATH");
    had_ = before != nullptr;
    if (had_) before_ = before;
    setenv("RERATE_RULES_PATH", value.c_str(), 1);
  }
  ~RulesPathFor() { had_ ? setenv("RERATE_RULES_PATH", before_.c_str(), 1) : unsetenv("RERATE_RULES_PATH"); }

 private:
  bool had_ = false;
  std::string before_;
};

TEST_CASE("RERATE_RULES_PATH is a list of folders separated by colons", "[workspace]") {
  {
    RulesPathFor path("/a:/b/c::relative:");
    CHECK(RulesPathFolders() == std::vector<std::string>{"/a", "/b/c", "relative"});
  }
  RulesPathFor empty("");
  CHECK(RulesPathFolders().empty());
}

TEST_CASE("a methodology is found in a RERATE_RULES_PATH folder", "[workspace]") {
  std::string rules = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  rules = testing::Edit(rules, "methodology: hmip-pdu-2021", "methodology: local-variant");
  const std::string file = testing::WriteScratch("env-rules/mine/local-variant.yaml", rules);
  const std::string folder = std::filesystem::path(file).parent_path().string();
  const std::string inspection_file =
      testing::WriteScratch("env-inspection/i.yaml", "inspection: I\nmethodology: local-variant\n");
  Result<Inspection> inspection = LoadInspection(inspection_file);
  REQUIRE(inspection.ok());
  {
    RulesPathFor path("/nonexistent-first-is-an-error:" + folder);
    RulesLibrary library;
    Result<std::shared_ptr<const Methodology>> found = library.ForInspection(*inspection, "");
    REQUIRE_FALSE(found.ok());
    CHECK(found.error().ToString() == "/nonexistent-first-is-an-error: no such rules folder (in RERATE_RULES_PATH)");
  }
  RulesPathFor path(folder);
  RulesLibrary library;
  Result<std::shared_ptr<const Methodology>> found = library.ForInspection(*inspection, "");
  REQUIRE(found.ok());
  CHECK((*found)->name == "local-variant");
  CHECK((*found)->file == folder + "/local-variant.yaml");
}

// The unit tests run from the build tree, so the rules found "installed" are
// the source tree's; an installed program finds share/rerate/rules beside its
// bin/ folder instead (the install test in tests/install/ checks that, and
// that it never reads the checkout).
TEST_CASE("a program run from its build tree reads the rules it was built from", "[workspace]") {
  CHECK(std::filesystem::equivalent(InstalledRulesDir(), testing::SourcePath("rules")));
}

}  // namespace
}  // namespace rerate

TEST_CASE("ProgramBeside names a file in the running program's folder") {
  const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe");
  CHECK(rerate::ProgramBeside("rerate-serve") == (program.parent_path() / "rerate-serve").string());
}
