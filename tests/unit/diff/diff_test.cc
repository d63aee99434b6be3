#include <catch2/catch.hpp>
#include <set>
#include <tuple>

#include "rerate/diff.h"
#include "test_support.h"

namespace rerate {
namespace {

std::shared_ptr<const Methodology> Variant55() {
  auto rules = LoadRules(testing::SourcePath("examples/hmip-pdu-2021-ri-from-55.yaml"));
  REQUIRE(rules.ok());
  return *rules;
}

using Key = std::tuple<std::string, std::string, std::string>;  // inspection, level, id

std::set<Key> Changes(const DiffRun& run) {
  std::set<Key> keys;
  for (const InspectionDiff& diff : run.inspections) {
    for (const Change& change : diff.changes) keys.insert({diff.inspection, DiffLevelName(change.level), change.id});
  }
  return keys;
}

TEST_CASE("the 55% variant changes exactly the seed ratings it should", "[diff]") {
  RulesLibrary library;
  const DiffRun run = DiffInspections(testing::SeedInspections(), testing::Rules2021(), Variant55(), library);
  const std::string bwd = "Blackburn with Darwen PDU";
  const std::string ebk = "East Berkshire PDU";
  const std::string nel = "North and North East Lincolnshire PDU";
  // Every key question printed at 50% to 54% drops to Inadequate; a standard
  // moves only where such a key question is its lowest.
  const std::set<Key> expected = {
      {bwd, "key_question", "2.2.3"}, {bwd, "standard", "2.2"},     {bwd, "score", "score"},
      {ebk, "key_question", "2.3.2"}, {ebk, "key_question", "2.5.1"},
      {nel, "key_question", "2.3.3"}, {nel, "key_question", "2.4.2"}, {nel, "key_question", "2.4.3"},
      {nel, "standard", "2.3"},       {nel, "standard", "2.4"},     {nel, "score", "score"},
  };
  CHECK(Changes(run) == expected);
  REQUIRE(run.inspections.size() == 4);
  const InspectionDiff& blackburn = run.inspections[0];
  CHECK(blackburn.score_before.points == 10);
  CHECK(blackburn.score_before.max == 27);
  CHECK(blackburn.score_after.points == 9);
  CHECK(blackburn.score_after.max == 27);
  CHECK(blackburn.overall_before == "Requires improvement");
  CHECK(blackburn.overall_after == "Requires improvement");
  const InspectionDiff& bradford = run.inspections[1];
  CHECK(bradford.status == DiffStatus::kSkipped);
  CHECK(bradford.reason == "its methodology is hmip-pdu-2023, not hmip-pdu-2021 (--from)");
  CHECK(run.inspections[2].score_after.points == 3);
  CHECK(run.inspections[2].score_after.max == 24);
  const InspectionDiff& north = run.inspections[3];
  CHECK(north.score_after.points == 7);
  CHECK(north.score_after.max == 27);
  REQUIRE(north.warnings_new.size() == 1);
  CHECK(north.warnings_new[0].find("departs from guidance services-follow-delivery with no recorded reason") !=
        std::string::npos);
  CHECK(north.warnings_gone.empty());
  CHECK(run.summary.compared == 3);
  CHECK(run.summary.skipped == 1);
  CHECK(run.summary.changed == 3);
  CHECK(run.summary.key_questions == 3);
  CHECK(run.summary.standards == 2);
  CHECK(run.summary.scores == 2);
  CHECK(run.summary.overall == 0);
}

TEST_CASE("the printed figures alone change exactly as the case data do", "[diff]") {
  RulesLibrary library;
  const DiffRun from_cases = DiffInspections(testing::SeedInspections(), testing::Rules2021(), Variant55(), library);
  const DiffRun from_percentages = DiffInspections(testing::SeedInspections("-percentages"), testing::Rules2021(), Variant55(), library);
  CHECK(Changes(from_percentages) == Changes(from_cases));
  CHECK(from_percentages.summary.compared == 3);
}

TEST_CASE("the same rules twice change nothing", "[diff]") {
  RulesLibrary library;
  const DiffRun run = DiffInspections(testing::SeedInspections(), testing::Rules2021(), testing::Rules2021(), library);
  CHECK(Changes(run).empty());
  CHECK(run.summary.compared == 3);
  CHECK(run.summary.changed == 0);
  CHECK(run.inspections[0].status == DiffStatus::kUnchanged);
}

TEST_CASE("an inspection --to cannot rate is an error naming the place", "[diff]") {
  const std::string base = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  auto renamed = testing::RulesFromText(testing::Edit(base, "- id: \"2.2.3\"", "- id: \"2.2.9\""), "renamed-kq.yaml");
  REQUIRE(renamed.ok());
  RulesLibrary library;
  const DiffRun run = DiffInspections({testing::SourcePath("cases/blackburn-with-darwen-2023.yaml")},
                                      testing::Rules2021(), *renamed, library);
  REQUIRE(run.inspections.size() == 1);
  const InspectionDiff& diff = run.inspections[0];
  CHECK(diff.status == DiffStatus::kError);
  CHECK(diff.error->ToString().find("blackburn-with-darwen-2023.csv:9:") != std::string::npos);
  CHECK(diff.error->message.find("(rating under ") != std::string::npos);
  CHECK(run.summary.errors == 1);
}

TEST_CASE("an inspection --to refuses is reported as refused", "[diff]") {
  // North and North East Lincolnshire records one band of discretion; with none allowed it is a violation.
  const std::string base = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  auto strict = testing::RulesFromText(testing::Edit(base, "max_bands: 1", "max_bands: 0"), "no-discretion.yaml");
  REQUIRE(strict.ok());
  RulesLibrary library;
  const DiffRun run = DiffInspections({testing::SourcePath("cases/north-and-north-east-lincolnshire-2023.yaml")},
                                      testing::Rules2021(), *strict, library);
  const InspectionDiff& diff = run.inspections[0];
  CHECK(diff.status == DiffStatus::kRefused);
  REQUIRE(diff.refused.size() == 1);
  CHECK(diff.refused[0].find("professional-discretion allows at most 0") != std::string::npos);
  CHECK(run.summary.refused == 1);
  CHECK(run.summary.compared == 0);
}

TEST_CASE("a methodology given as a path is compared when it is --from's", "[diff]") {
  std::string text = testing::ReadSource("cases/east-berkshire-2023.yaml");
  text = testing::Edit(text, "methodology: hmip-pdu-2021", "methodology: " + testing::SourcePath("rules/hmip-pdu-2021.yaml"));
  text = testing::Edit(text, "cases: east-berkshire-2023.csv", "cases: " + testing::SourcePath("cases/east-berkshire-2023.csv"));
  const std::string path = testing::WriteScratch("diff/by-path.yaml", text);
  RulesLibrary library;
  const DiffRun run = DiffInspections({path}, testing::Rules2021(), Variant55(), library);
  CHECK(run.inspections[0].status == DiffStatus::kChanged);  // 2.3.2 and 2.5.1 at 54%
}

}  // namespace
}  // namespace rerate
