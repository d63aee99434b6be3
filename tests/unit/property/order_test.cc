// Property: the order of cases in a CSV, and of files in a folder, never
// changes a result.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <map>
#include <numeric>

#include "random_inspection.h"
#include "rerate/inputs.h"
#include "rerate/render.h"
#include "test_support.h"

namespace rerate::property {
namespace {

namespace fs = std::filesystem;

std::string Json(const Evaluation& evaluation) { return RenderRate(RateOutput{&evaluation, nullptr, nullptr}, Format::kJson); }

TEST_CASE("the order of cases in a CSV never changes a result", "[property]") {
  for (const auto& methodology : {testing::Rules2021(), testing::Rules2023()}) {
    for (std::uint32_t seed = 1; seed <= 500; ++seed) {
      std::mt19937 random(seed);
      const RandomInspection inspection = MakeRandomInspection(methodology, random);
      std::vector<int> order(inspection.case_ids.size());
      std::iota(order.begin(), order.end(), 0);
      std::shuffle(order.begin(), order.end(), random);
      INFO(methodology->name << " seed " << seed);
      const Evaluation file_order = testing::EvaluateText(methodology, inspection.Yaml(), inspection.Csv());
      const Evaluation shuffled = testing::EvaluateText(methodology, inspection.Yaml(), inspection.Csv(order));
      CHECK(Outcome(shuffled) == Outcome(file_order));
      CHECK(shuffled.cases == file_order.cases);
      CHECK(shuffled.events.size() == file_order.events.size());
    }
  }
}

// Rates a folder as `rerate rate FOLDER` does: listed, one library shared,
// each file's JSON.
std::map<std::string, std::string> RateFolder(const std::string& folder) {
  Result<std::vector<std::string>> files = ExpandInputs({folder});
  REQUIRE(files.ok());
  RulesLibrary library({testing::SourcePath("rules")});
  std::map<std::string, std::string> results;
  for (const std::string& file : *files) {
    Result<Evidence> evidence = LoadEvidence(file, library, "");
    REQUIRE(evidence.ok());
    results[fs::path(file).filename().string()] = Json(Evaluate(*evidence));
  }
  return results;
}

TEST_CASE("the order of files in a folder never changes a result", "[property]") {
  for (std::uint32_t seed = 1; seed <= 40; ++seed) {
    std::mt19937 random(seed);
    std::vector<RandomInspection> inspections;
    for (int i = 0; i < 8; ++i) inspections.push_back(MakeRandomInspection(i % 2 ? testing::Rules2021() : testing::Rules2023(), random));
    // The same files written in two orders (so listed in two orders), and
    // each file rated alone.
    std::map<std::string, std::string> alone;
    std::vector<std::map<std::string, std::string>> folders;
    for (int round = 0; round < 2; ++round) {
      const fs::path folder = fs::path(testing::WriteScratch("order/" + std::to_string(round) + "/.keep", "")).parent_path();
      std::vector<int> order(inspections.size());
      std::iota(order.begin(), order.end(), 0);
      if (round == 1) std::shuffle(order.begin(), order.end(), random);
      for (int i : order) {
        const std::string stem = "order/" + std::to_string(round) + "/pdu-" + std::to_string(i);
        testing::WriteScratch(stem + ".csv", inspections[static_cast<size_t>(i)].Csv());
        testing::WriteScratch(stem + ".yaml", inspections[static_cast<size_t>(i)].Yaml() + "cases: pdu-" + std::to_string(i) + ".csv\n");
      }
      folders.push_back(RateFolder(folder.string()));
      if (round == 0) {
        for (const auto& [name, json] : folders.back()) {
          RulesLibrary library({testing::SourcePath("rules")});
          Result<Evidence> evidence = LoadEvidence((folder / name).string(), library, "");
          REQUIRE(evidence.ok());
          alone[name] = Json(Evaluate(*evidence));
        }
      }
    }
    INFO("seed " << seed);
    // The file names are the same in both folders but the paths differ:
    // compare the JSON with the folder's name taken out.
    for (const auto& [name, json] : folders[0]) {
      CHECK(json == alone[name]);
      std::string other = folders[1][name];
      for (size_t at; (at = other.find("order/1/")) != std::string::npos;) other.replace(at, 8, "order/0/");
      CHECK(other == json);
    }
  }
}

}  // namespace
}  // namespace rerate::property
