#include "serve/serve_extras.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "rerate/bands.h"
#include "serve/serve_support.h"
#include "test_support.h"

namespace rerate {
namespace {

nlohmann::json Parse(const Json& json) { return nlohmann::json::parse(json.Dump()); }

TEST_CASE("the methodology answer holds the band edges the rules file gives", "[serve][extras]") {
  for (const auto& rules : {testing::Rules2021(), testing::Rules2023()}) {
    const nlohmann::json m = Parse(MethodologyJson(*rules));
    CHECK(m.at("methodology") == rules->name);
    const nlohmann::json& edges = m.at("bands").at("edges");
    REQUIRE(edges.size() == rules->banding.bands.size());
    for (size_t i = 0; i < edges.size(); ++i) {
      CHECK(edges[i].at("from") == FractionText(rules->banding.bands[i].from));
      CHECK(edges[i].at("rating") == rules->RatingName(rules->banding.bands[i].rating));
    }
    CHECK(edges.back().at("below").is_null());
    CHECK(m.at("ratings").size() == rules->scale.levels.size());
    CHECK(m.at("standards").size() == rules->standards.size());
    for (const nlohmann::json& rule : m.at("rules")) CHECK_FALSE(rule.at("description").get<std::string>().empty());
  }
  // Another rules file, other edges: nothing is fixed in the answer.
  Result<std::shared_ptr<const Methodology>> moved = LoadRules(testing::SourcePath("examples/hmip-pdu-2021-ri-from-55.yaml"));
  REQUIRE(moved.ok());
  CHECK(Parse(MethodologyJson(**moved)).at("bands").at("edges")[1].at("from") == "55");
}

TEST_CASE("the case answers after a scenario are the engine's", "[serve][extras]") {
  const ServedInspection* bwd = testing::SeedCatalog().Find("blackburn-with-darwen-2023");
  REQUIRE(bwd != nullptr);
  const nlohmann::json before = Parse(*CaseAnswersJson(bwd->evidence, {}));
  const std::vector<std::string> ids = before.at("key_questions").get<std::vector<std::string>>();
  const size_t court = static_cast<size_t>(std::find(ids.begin(), ids.end(), "2.1.1") - ids.begin());
  REQUIRE(court < ids.size());
  CHECK(before.at("cases").size() == 21);
  ChangeSpec change;
  change.kind = ChangeKind::kKq;
  change.value = "2.1.1=+1";
  const nlohmann::json after = Parse(*CaseAnswersJson(bwd->evidence, {change}));
  // whatif turns the first no in file order (BWD03 for court work).
  for (size_t c = 0; c < 21; ++c) {
    const std::string id = before.at("cases")[c].at("id");
    const std::string was = before.at("cases")[c].at("answers")[court];
    const std::string now = after.at("cases")[c].at("answers")[court];
    CHECK(now == (id == "BWD03" ? std::string("yes") : was));
  }
  const ServedInspection* printed = testing::SeedCatalog().Find("blackburn-with-darwen-2023-percentages");
  CHECK_FALSE(CaseAnswersJson(printed->evidence, {}).ok());
  change.value = "2.1.1=+9";
  CHECK_FALSE(CaseAnswersJson(bwd->evidence, {change}).ok());
}

TEST_CASE("the list names each inspection by its id", "[serve][extras]") {
  const nlohmann::json list = Parse(InspectionsJson(testing::SeedCatalog())).at("inspections");
  CHECK(list[0].at("id") == "blackburn-with-darwen-2023-percentages");
  CHECK(list[0].at("score") == nlohmann::json::parse(R"({"points": 10, "max": 27})"));
}

}  // namespace
}  // namespace rerate
