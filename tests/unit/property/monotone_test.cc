// Property: one more yes answer never lowers any rating, the score or the
// overall rating (no discretion recorded), on thousands of random
// inspections of both shipped PDU methodologies.
#include <catch2/catch.hpp>

#include "random_inspection.h"
#include "test_support.h"

namespace rerate::property {
namespace {

Evaluation Rate(const RandomInspection& inspection) {
  return testing::EvaluateText(inspection.methodology, inspection.Yaml(), inspection.Csv());
}

// Every standard rated at least as well, the score and the overall too.
void CheckNoLower(const Evaluation& before, const Evaluation& after) {
  for (size_t s = 0; s < before.standards.size(); ++s) {
    INFO("standard " << before.methodology->standards[s].id);
    CHECK(AtLeast(after.standards[s].rating, before.standards[s].rating));
    CHECK(AtLeast(after.standards[s].computed, before.standards[s].computed));
  }
  CHECK(after.max == before.max);
  CHECK(after.score >= before.score);
  CHECK(AtLeast(after.overall, before.overall));
}

TEST_CASE("one more yes answer never lowers a rating, the score or the overall rating", "[property]") {
  for (const auto& methodology : {testing::Rules2021(), testing::Rules2023()}) {
    for (std::uint32_t seed = 1; seed <= 1000; ++seed) {
      std::mt19937 random(seed);
      RandomInspection inspection = MakeRandomInspection(methodology, random);
      // A no (or n/a) answer of some key question, turned to yes.
      std::vector<std::pair<size_t, size_t>> others;
      for (size_t q = 0; q < inspection.answers.size(); ++q) {
        for (size_t c = 0; c < inspection.answers[q].size(); ++c) {
          if (inspection.answers[q][c] != 'y') others.emplace_back(q, c);
        }
      }
      if (others.empty()) continue;
      const auto [q, c] = others[std::uniform_int_distribution<size_t>(0, others.size() - 1)(random)];
      INFO(methodology->name << " seed " << seed << ": " << methodology->key_questions[q].id << " of case "
                             << inspection.case_ids[c] << " " << inspection.answers[q][c] << " -> y");
      const Evaluation before = Rate(inspection);
      inspection.answers[q][c] = 'y';
      const Evaluation after = Rate(inspection);
      INFO("before:\n" << Outcome(before) << "after:\n" << Outcome(after));
      CheckNoLower(before, after);
    }
  }
}

}  // namespace
}  // namespace rerate::property
