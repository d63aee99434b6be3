// Properties: a CSV and the counts it adds up to rate identically, and a
// percentages-only copy never contradicts the counts it came from.
#include <catch2/catch.hpp>

#include "random_inspection.h"
#include "test_support.h"

namespace rerate::property {
namespace {

TEST_CASE("a CSV and the counts it adds up to rate identically", "[property]") {
  for (const auto& methodology : {testing::Rules2021(), testing::Rules2023()}) {
    for (std::uint32_t seed = 1; seed <= 1000; ++seed) {
      std::mt19937 random(seed);
      const RandomInspection inspection = MakeRandomInspection(methodology, random);
      INFO(methodology->name << " seed " << seed << "\n" << inspection.CountsYaml());
      const Evaluation cases = testing::EvaluateText(methodology, inspection.Yaml(), inspection.Csv());
      const Evaluation counts = testing::EvaluateText(methodology, inspection.CountsYaml());
      CHECK(Outcome(counts) == Outcome(cases));
      CHECK(counts.events.size() == cases.events.size());
      CHECK(counts.warnings.size() == cases.warnings.size());
    }
  }
}

// A key question known by its printed percentage alone has the band of that
// percentage, or, on a band's edge, a warning that the exact band is
// unknown: either the band the counts give, or, on an edge, the counts' band
// is the printed one or the one below (a percentage rounded up onto the edge).
TEST_CASE("a percentages-only copy never contradicts the counts it came from", "[property]") {
  for (const auto& methodology : {testing::Rules2021(), testing::Rules2023()}) {
    for (std::uint32_t seed = 1; seed <= 1000; ++seed) {
      std::mt19937 random(seed);
      const RandomInspection inspection = MakeRandomInspection(methodology, random);
      const Evaluation counts = testing::EvaluateText(methodology, inspection.CountsYaml());
      for (bool with_relevant : {false, true}) {
        const std::string yaml = inspection.PercentagesYaml(with_relevant);
        INFO(methodology->name << " seed " << seed << "\n" << yaml);
        const Evaluation printed = testing::EvaluateText(methodology, yaml);
        bool uncertain = false;
        for (size_t s = 0; s < counts.standards.size(); ++s) {
          const StandardResult& exact = counts.standards[s];
          const StandardResult& from_percent = printed.standards[s];
          bool standard_uncertain = false;
          for (size_t k = 0; k < exact.key_questions.size(); ++k) {
            const KqResult& e = exact.key_questions[k];
            const KqResult& p = from_percent.key_questions[k];
            INFO(methodology->key_questions[static_cast<size_t>(e.key_question)].id);
            CHECK(p.percent == e.percent);
            if (!p.band || !e.band) {
              CHECK(p.band.has_value() == e.band.has_value());
            } else if (p.edge_unknown) {
              standard_uncertain = true;
              CHECK((*e.band == *p.band || e.band->level + 1 == p.band->level));
            } else {
              CHECK(*p.band == *e.band);
            }
          }
          uncertain = uncertain || standard_uncertain;
          if (!standard_uncertain) CHECK((from_percent.rating == exact.rating));
        }
        if (!uncertain) {
          CHECK(printed.score == counts.score);
          CHECK((printed.overall == counts.overall));
        }
      }
    }
  }
}

}  // namespace
}  // namespace rerate::property
