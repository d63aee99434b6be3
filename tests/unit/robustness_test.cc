// No input may crash rerate: thousands of damaged copies of the shipped files
// go through every loader, the evaluator and every renderer.  Each must end
// in a result or a located error.
#include <catch2/catch.hpp>
#include <cstdint>

#include "rerate/inputs.h"
#include "rerate/region.h"
#include "rerate/render.h"
#include "rerate/stability.h"
#include "test_support.h"

namespace rerate {
namespace {

class Mutator {
 public:
  explicit Mutator(std::uint32_t seed) : state_(seed) {}

  std::string Mutate(std::string text) {
    if (text.empty()) return text;
    const size_t at = Next() % text.size();
    static const std::string kNoise = "{}[]:,\"'\n -#*&!|>%0123456789\t\\";
    switch (Next() % 6) {
      case 0: text.erase(at, 1); break;
      case 1: text.insert(at, 1, kNoise[Next() % kNoise.size()]); break;
      case 2: text.resize(at); break;
      case 3: {  // duplicate a line
        const size_t start = text.rfind('\n', at) == std::string::npos ? 0 : text.rfind('\n', at) + 1;
        const size_t end = text.find('\n', at);
        const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start + 1);
        text.insert(start, line);
        break;
      }
      case 4: if (std::isdigit(static_cast<unsigned char>(text[at]))) text[at] = static_cast<char>('0' + Next() % 10); break;
      default: text[at] = kNoise[Next() % kNoise.size()]; break;
    }
    return text;
  }

 private:
  std::uint32_t Next() {
    state_ = state_ * 1664525u + 1013904223u;
    return state_ >> 8;
  }
  std::uint32_t state_;
};

void RenderAll(const Evaluation& evaluation) {
  TraceLog log;
  RateOutput report{&evaluation, &log.steps(), nullptr};
  for (Format format : {Format::kText, Format::kMarkdown, Format::kJson}) {
    CHECK_FALSE(RenderRate(report, format).empty());
  }
}

// stability on the same evidence: a result that renders, or an error that
// says why (few resamples: this is about never crashing).
void StabilityAll(const Evidence& evidence) {
  StabilityOptions options;
  options.resamples = 20;
  Result<StabilityResult> result = RunStability(evidence, options);
  if (!result) {
    CHECK_FALSE(result.error().message.empty());
    return;
  }
  for (Format format : {Format::kText, Format::kMarkdown, Format::kJson}) {
    CHECK_FALSE(RenderStability(*result, format).empty());
  }
}

TEST_CASE("damaged rules files load or fail with a located error", "[robustness]") {
  const std::string original = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  Mutator mutator(2021);
  int loaded = 0;
  for (int i = 0; i < 400; ++i) {
    std::string text = original;
    for (int k = 0; k <= i % 3; ++k) text = mutator.Mutate(text);
    auto rules = testing::RulesFromText(text, "damaged-rules.yaml");
    if (rules) {
      ++loaded;
      continue;
    }
    CHECK(rules.error().where.file.find("damaged-rules.yaml") != std::string::npos);
    CHECK_FALSE(rules.error().message.empty());
  }
  CHECK(loaded > 0);  // some mutations land in comments or text and change nothing that matters
}

TEST_CASE("damaged inspections and case files rate or fail with a located error", "[robustness]") {
  for (const std::string stem : {"blackburn-with-darwen-2023", "east-berkshire-2023", "bradford-and-calderdale-2024"}) {
    const std::string yaml = testing::ReadSource("cases/" + stem + ".yaml");
    const std::string csv = testing::ReadSource("cases/" + stem + ".csv");
    Mutator mutator(static_cast<std::uint32_t>(stem.size()));
    for (int i = 0; i < 300; ++i) {
      const bool damage_csv = i % 2 == 0;
      testing::WriteScratch("robust/" + stem + ".csv", damage_csv ? mutator.Mutate(csv) : csv);
      const std::string path =
          testing::WriteScratch("robust/" + stem + ".yaml", damage_csv ? yaml : mutator.Mutate(yaml));
      RulesLibrary library({testing::SourcePath("rules")});
      Result<Evidence> evidence = LoadEvidence(path, library, "");
      if (!evidence) {
        CHECK_FALSE(evidence.error().message.empty());
        continue;
      }
      RenderAll(Evaluate(*evidence));
      // stability on a third of them: variety enough, and less time under the sanitizers
      if (i % 3 == 0) StabilityAll(*evidence);
    }
  }
}

TEST_CASE("damaged region files and regional rules rate or fail with a located error", "[robustness][region]") {
  const std::string dir = "cases/regions/westmarch-2024/";
  for (const char* file : {"fernmoor-2024", "greystone-2024", "hollowbrook-2024", "kestrel-bay-2024"}) {
    testing::WriteScratch("robust-region/" + std::string(file) + ".yaml", testing::ReadSource(dir + file + ".yaml"));
    testing::WriteScratch("robust-region/" + std::string(file) + ".csv", testing::ReadSource(dir + file + ".csv"));
  }
  testing::WriteScratch("robust-region/westmarch-region-cases.csv", testing::ReadSource(dir + "westmarch-region-cases.csv"));
  const std::string region = testing::ReadSource(dir + "westmarch-2024.yaml");
  const std::string rules = testing::ReadSource("rules/hmip-region-2023.yaml");
  Mutator mutator(2023);
  int rated = 0;
  for (int i = 0; i < 200; ++i) {
    const bool damage_rules = i % 2 == 1;
    const std::string rules_path =
        testing::WriteScratch("robust-region/rules.yaml", damage_rules ? mutator.Mutate(rules) : rules);
    const std::string path = testing::WriteScratch("robust-region/region.yaml", damage_rules ? region : mutator.Mutate(region));
    RulesLibrary library({testing::SourcePath("rules")});
    Result<RegionResult> result = RateRegionFile(path, library, RegionOptions{rules_path, i % 3 == 0, i % 4 == 0 ? "grade" : ""});
    if (!result) {
      CHECK_FALSE(result.error().message.empty());
      continue;
    }
    ++rated;
    for (Format format : {Format::kText, Format::kMarkdown, Format::kJson}) CHECK_FALSE(RenderRegion(*result, format).empty());
    Result<std::vector<CheckResult>> checked = CheckRegionFile(path, library, rules_path);
    if (!checked) CHECK_FALSE(checked.error().message.empty());
  }
  CHECK(rated > 0);
}

}  // namespace
}  // namespace rerate
