// The exact counts model against an independent brute force: every yes
// count of every key question, each combination weighted by the product of
// textbook binomial terms and rated by Evaluate directly.
#include "stability/stability_counts.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "rerate/stability.h"
#include "stability/stability_support.h"
#include "target/target_support.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Random;

double Term(int n, int k, int y) {
  if (k == 0) return y == 0 ? 1 : 0;
  if (k == n) return y == n ? 1 : 0;
  double coefficient = 1;
  for (int i = 1; i <= y; ++i) coefficient = coefficient * (n - y + i) / i;
  const double p = static_cast<double>(k) / n;
  return coefficient * std::pow(p, y) * std::pow(1 - p, n - y);
}

testing::Distribution BruteForce(const Evidence& evidence) {
  std::vector<int> questions;
  for (size_t q = 0; q < evidence.key_questions.size(); ++q) {
    if (evidence.key_questions[q].source == KqSource::kCounts) questions.push_back(static_cast<int>(q));
  }
  testing::Distribution d = testing::EmptyDistribution(evidence);
  Evidence work = evidence;
  std::vector<int> yes(questions.size(), 0);
  while (true) {
    double weight = 1;
    for (size_t i = 0; i < questions.size(); ++i) {
      const KqEvidence& kq = evidence.key_questions[questions[i]];
      work.key_questions[questions[i]].yes = yes[i];
      weight *= Term(kq.relevant, kq.yes, yes[i]);
    }
    if (weight > 0) testing::AddResample(work, weight, &d);
    size_t i = 0;
    for (; i < yes.size(); ++i) {
      if (++yes[i] <= evidence.key_questions[questions[i]].relevant) break;
      yes[i] = 0;
    }
    if (i == yes.size()) break;
  }
  return d;
}

TEST_CASE("Counts: the exact distribution matches the brute force", "[stability][counts]") {
  Random random(20240611);
  int compared = 0;
  for (int round = 0; round < 60; ++round) {
    std::string text = testing::RandomTinyInspection(random, 4);
    const size_t printed = text.find("\"2.2.2\": {");
    if (random.Below(3) == 0 && printed != std::string::npos) {  // a printed figure only: held
      text.replace(printed, text.find('}', printed) - printed + 1, "\"2.2.2\": {percent: 70}");
    }
    if (random.Below(2) == 0) {
      static const char* kRatings[] = {"Inadequate", "Requires improvement", "Good", "Outstanding"};
      text += std::string("discretion:\n  - {standard: \"2.3\", rating: ") + kRatings[random.Below(4)] + ", reason: a test}\n";
    }
    Result<Evidence> evidence = testing::EvidenceFromText(testing::TinyRules(random.Below(2) == 0), text);
    if (!evidence || !Evaluate(*evidence).violations.empty()) continue;
    StabilityOptions options;
    Result<StabilityResult> result = RunStability(*evidence, options);
    REQUIRE(result.ok());
    CHECK(result->method == StabilityMethod::kCounts);
    CHECK(result->resamples == 0);
    INFO(text);
    testing::CheckClose(testing::FromResult(*result), BruteForce(*evidence), [](double) { return 1e-12; });
    ++compared;
  }
  CHECK(compared >= 30);
}

TEST_CASE("Counts: every standard's levels add up to 1", "[stability][counts]") {
  const Evidence evidence = testing::LoadSeed("north-and-north-east-lincolnshire-2023");
  Evidence counts = evidence;
  counts.cases.reset();
  for (KqEvidence& kq : counts.key_questions) {
    if (kq.source == KqSource::kCases) kq.source = KqSource::kCounts;
  }
  Result<StabilityModel> model = StabilityModel::Build(counts, Evaluate(counts));
  REQUIRE(model.ok());
  for (const std::vector<double>& levels : LevelProbabilities(*model)) {
    double total = 0;
    for (double p : levels) total += p;
    CHECK(total == Approx(1.0).epsilon(1e-12));
  }
  Result<std::vector<WeightedKey>> keys = ExactKeys(*model, counts.file);
  REQUIRE(keys.ok());
  double total = 0;
  for (const WeightedKey& key : *keys) total += key.probability;
  CHECK(total == Approx(1.0).epsilon(1e-12));
  CHECK(keys->size() <= 4 * 4 * 4 * 4 * 4);
}

}  // namespace
}  // namespace rerate
