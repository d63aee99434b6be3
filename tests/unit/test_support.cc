#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <unistd.h>

#include "model/names.h"
#include "rerate/inputs.h"
#include "test_support.h"

namespace rerate::testing {

namespace fs = std::filesystem;

namespace {

const fs::path& ScratchDir() {
  static const fs::path dir = [] {
    fs::path path = fs::temp_directory_path() / ("rerate-unit-" + std::to_string(::getpid()));
    fs::create_directories(path);
    return path;
  }();
  return dir;
}

}  // namespace

std::string WriteScratch(const std::string& name, const std::string& text) {
  const fs::path path = ScratchDir() / name;
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
  return path.string();
}

std::string SourcePath(const std::string& relative) { return std::string(RERATE_SOURCE_DIR) + "/" + relative; }

std::string ReadSource(const std::string& relative) {
  std::ifstream in(SourcePath(relative), std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string Edit(const std::string& text, const std::string& from, const std::string& to) {
  const size_t position = text.find(from);
  INFO("looking for: " << from);
  REQUIRE(position != std::string::npos);
  return text.substr(0, position) + to + text.substr(position + from.size());
}

std::vector<std::string> SeedInspections(const std::string& suffix) {
  std::vector<std::string> files;
  for (const char* stem : {"blackburn-with-darwen-2023", "bradford-and-calderdale-2024", "east-berkshire-2023",
                           "north-and-north-east-lincolnshire-2023"}) {
    files.push_back(SourcePath("cases/" + std::string(stem) + suffix + ".yaml"));
  }
  return files;
}

Evidence LoadSeed(const std::string& stem) {
  RulesLibrary library({SourcePath("rules")});
  Result<Evidence> evidence = LoadEvidence(SourcePath("cases/" + stem + ".yaml"), library, "");
  INFO((evidence ? std::string() : evidence.error().ToString()));
  REQUIRE(evidence.ok());
  return std::move(evidence).value();
}

Result<std::shared_ptr<const Methodology>> RulesFromText(const std::string& yaml, const std::string& name) {
  return LoadRules(WriteScratch(name, yaml));
}

namespace {

std::shared_ptr<const Methodology> Shipped(const std::string& name) {
  Result<std::shared_ptr<const Methodology>> rules = LoadRules(SourcePath("rules/" + name + ".yaml"));
  INFO((rules ? std::string() : rules.error().ToString()));
  REQUIRE(rules.ok());
  return *rules;
}

}  // namespace

std::shared_ptr<const Methodology> Rules2021() {
  static const std::shared_ptr<const Methodology> rules = Shipped("hmip-pdu-2021");
  return rules;
}

std::shared_ptr<const Methodology> Rules2023() {
  static const std::shared_ptr<const Methodology> rules = Shipped("hmip-pdu-2023");
  return rules;
}

Result<Evidence> EvidenceFromText(std::shared_ptr<const Methodology> methodology, const std::string& yaml,
                                  const std::string& csv) {
  static int counter = 0;
  const std::string stem = "inspection" + std::to_string(++counter);
  std::string text = yaml;
  if (!csv.empty()) {
    WriteScratch(stem + ".csv", csv);
    text += "\ncases: " + stem + ".csv\n";
  }
  Result<Inspection> inspection = LoadInspection(WriteScratch(stem + ".yaml", text));
  if (!inspection) return inspection.error();
  return Resolve(*inspection, std::move(methodology));
}

Evaluation EvaluateText(std::shared_ptr<const Methodology> methodology, const std::string& yaml,
                        const std::string& csv) {
  Result<Evidence> evidence = EvidenceFromText(std::move(methodology), yaml, csv);
  INFO((evidence ? std::string() : evidence.error().ToString()));
  REQUIRE(evidence.ok());
  return Evaluate(*evidence);
}

std::string RatingOf(const Evaluation& evaluation, const std::string& standard) {
  const int index = evaluation.methodology->FindStandard(standard);
  REQUIRE(index >= 0);
  return RatingText(*evaluation.methodology, evaluation.standards[index].rating);
}

std::string Inspection2021(const std::string& ratings, const std::string& key_question_lines,
                           const std::string& tail) {
  // Every case KQ at 14/20 = 70% (Good) unless a line in key_question_lines
  // gives it; later keys would be duplicates, so defaults are skipped.
  std::string kqs;
  for (const char* id : {"2.1.1", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3", "2.4.1",
                                "2.4.2", "2.4.3", "2.5.1", "2.5.2", "2.5.3"}) {
    if (key_question_lines.find(std::string("\"") + id + "\"") != std::string::npos) continue;
    kqs += std::string("  \"") + id + "\": {yes: 14, relevant: 20}\n";
  }
  return "inspection: Test PDU\nmethodology: hmip-pdu-2021\nratings:\n" + ratings +
         "key_questions:\n" + kqs + key_question_lines + tail;
}

}  // namespace rerate::testing
