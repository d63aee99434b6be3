// The case bootstrap.  First exactness: for random resamples of the seed
// inspections, the packed rows, thresholds and keys give the same ratings
// as recounting the resampled answers and running Evaluate directly.  Then
// the sampling: on inspections of 3 to 5 cases, every one of the n^n
// ordered resamples is enumerated, giving the exact bootstrap distribution,
// and the bootstrap's shares must lie within Monte Carlo error of it.
#include "stability/stability_cases.h"

#include <catch2/catch.hpp>
#include <algorithm>
#include <cmath>
#include <map>

#include "rerate/stability.h"
#include "stability/stability_outcome.h"
#include "stability/stability_support.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Distribution;

void AddOutcome(const Outcome& outcome, const Methodology& m, Distribution* d) {
  const size_t no_data = m.scale.levels.size();
  for (size_t i = 0; i < outcome.ratings.size(); ++i) {
    if (outcome.no_data[i]) {
      d->standards[i][no_data] += 1;
    } else if (outcome.ratings[i]) {
      d->standards[i][outcome.ratings[i]->level] += 1;
    }
    if (outcome.dropped[i]) d->dropped[i] += 1;
  }
  d->overall[outcome.overall ? outcome.overall->level : no_data] += 1;
}

std::vector<int> Listed(const Methodology& m) {
  std::vector<int> listed;
  for (size_t s = 0; s < m.standards.size(); ++s) {
    if (!m.standards[s].reported_only) listed.push_back(static_cast<int>(s));
  }
  return listed;
}

// Every resample drawn, rated both ways, must agree exactly.
void CheckAgainstDirect(const Evidence& evidence, int resamples, std::uint64_t seed) {
  const Methodology& m = *evidence.methodology;
  Result<StabilityModel> model = StabilityModel::Build(evidence, Evaluate(evidence));
  REQUIRE(model.ok());
  const CaseBootstrap bootstrap(evidence, *model);
  OutcomeEvaluator evaluator(evidence, *model, Listed(m));
  Pcg32 random(seed, 0);
  const auto cases = static_cast<std::uint32_t>(evidence.CaseCount());
  for (int r = 0; r < resamples; ++r) {
    std::vector<std::uint32_t> drawn;
    for (std::uint32_t i = 0; i < cases; ++i) drawn.push_back(random.Below(cases));
    const std::vector<int> tallies = bootstrap.Tallies(drawn, random);
    Result<Outcome> outcome = evaluator.Evaluate(model->KeyOf(tallies.data()), tallies);
    REQUIRE(outcome.ok());
    Distribution fast = testing::EmptyDistribution(evidence);
    AddOutcome(*outcome, m, &fast);
    Distribution direct = testing::EmptyDistribution(evidence);
    testing::AddResample(testing::Resampled(evidence, drawn), 1, &direct);
    INFO(evidence.inspection << ", resample " << r);
    testing::CheckClose(fast, direct, [](double) { return 0.0; });
  }
}

TEST_CASE("Each bootstrap resample rates as Evaluate rates its recounted answers", "[stability][cases]") {
  for (const char* stem : {"blackburn-with-darwen-2023", "north-and-north-east-lincolnshire-2023",
                                  "east-berkshire-2023", "bradford-and-calderdale-2024"}) {
    CheckAgainstDirect(testing::LoadSeed(stem), 150, 11);
  }
}

// Tiny inspections with case answers: court work often has no relevant
// case, and a recorded discretion that resampling can leave too far away.
struct Fixture {
  const char* name;
  const char* csv;
  const char* extra;
};

const Fixture kFixtures[] = {
    {"3 cases, court work in one", "A,yes,yes,no,yes,no\nB,n/a,no,yes,yes,yes\nC,n/a,yes,yes,no,yes\n", ""},
    {"4 cases, discretion on 2.2",
     "A,no,yes,no,yes,yes\nB,yes,no,yes,yes,no\nC,n/a,yes,yes,no,yes\nD,no,no,n/a,yes,yes\n",
     "discretion:\n  - {standard: \"2.2\", rating: Inadequate, reason: weak assessments}\n"},
    {"5 cases", "A,yes,yes,yes,yes,no\nB,no,yes,no,yes,yes\nC,n/a,no,yes,n/a,yes\nD,yes,yes,yes,no,no\nE,no,n/a,yes,yes,yes\n",
     ""},
};

// The exact bootstrap distribution: all n^n ordered resamples, equally likely.
Distribution Enumerate(const Evidence& evidence) {
  const auto n = static_cast<std::uint32_t>(evidence.CaseCount());
  Distribution d = testing::EmptyDistribution(evidence);
  std::vector<std::uint32_t> cases(n, 0);
  const double weight = 1.0 / std::pow(static_cast<double>(n), static_cast<double>(n));
  while (true) {
    testing::AddResample(testing::Resampled(evidence, cases), weight, &d);
    size_t i = 0;
    for (; i < cases.size(); ++i) {
      if (++cases[i] < n) break;
      cases[i] = 0;
    }
    if (i == cases.size()) break;
  }
  return d;
}

TEST_CASE("The bootstrap matches the enumeration of every resample within Monte Carlo error", "[stability][cases]") {
  // A share estimated from R resamples has standard error sqrt(p(1-p)/R);
  // 5 standard errors (a chance below 1 in a million per share of a wrong
  // failure) and shares of 0 and 1 exactly: a rating no resample can give
  // must never appear.
  constexpr std::int64_t kResamples = 200000;
  for (const Fixture& fixture : kFixtures) {
    const Evidence evidence = testing::TinyCases(fixture.csv, fixture.extra);
    CheckAgainstDirect(evidence, 300, 5);
    const Distribution exact = Enumerate(evidence);
    StabilityOptions options;
    options.resamples = kResamples;
    options.seed = 2021;
    Result<StabilityResult> result = RunStability(evidence, options);
    REQUIRE(result.ok());
    CHECK(result->method == StabilityMethod::kCases);
    INFO(fixture.name);
    testing::CheckClose(testing::FromResult(*result), exact, [&](double p) {
      return 5 * std::sqrt(p * (1 - p) / static_cast<double>(kResamples)) + 1e-12;
    });
  }
}

TEST_CASE("The fixtures exercise no data and a dropped discretion", "[stability][cases]") {
  const Distribution sparse = Enumerate(testing::TinyCases(kFixtures[0].csv));
  CHECK(sparse.standards[2][4] > 0.25);  // 2.1 Court work: one case in three has it
  CHECK(sparse.overall[4] == Approx(sparse.standards[2][4]));
  const Distribution discretion = Enumerate(testing::TinyCases(kFixtures[1].csv, kFixtures[1].extra));
  CHECK(discretion.dropped[3] > 0.01);
}

TEST_CASE("The bootstrap repeats for a seed, and chunks carry on across streams", "[stability][cases]") {
  const Evidence evidence = testing::LoadSeed("blackburn-with-darwen-2023");
  Result<StabilityModel> model = StabilityModel::Build(evidence, Evaluate(evidence));
  REQUIRE(model.ok());
  const CaseBootstrap bootstrap(evidence, *model);
  const std::int64_t resamples = CaseBootstrap::kChunk + 1000;
  auto run = [&](std::uint64_t seed) {
    std::vector<std::pair<std::uint64_t, std::int64_t>> counts;
    std::int64_t total = 0;
    const Result<std::vector<KeyCount>> keys = bootstrap.Run(resamples, seed);
    REQUIRE(keys.ok());
    for (const KeyCount& key : *keys) {
      counts.emplace_back(key.key, key.count);
      total += key.count;
    }
    CHECK(total == resamples);
    std::sort(counts.begin(), counts.end());
    return counts;
  };
  CHECK(run(1) == run(1));
  CHECK(run(1) != run(2));
  // Threads share the chunks out; the tallies are the same for any number.
  auto threaded = [&](int threads) {
    std::map<std::uint64_t, std::int64_t> counts;
    const Result<std::vector<KeyCount>> keys = bootstrap.Run(3 * CaseBootstrap::kChunk + 17, 4, threads);
    REQUIRE(keys.ok());
    for (const KeyCount& key : *keys) counts[key.key] = key.count;
    return counts;
  };
  CHECK(threaded(1) == threaded(2));
  CHECK(threaded(1) == threaded(3));
  CHECK(threaded(1) == threaded(64));
  // A resample depends on the seed and its number alone: a longer run holds
  // every resample of a shorter one, across the change of stream.
  auto counts_of = [&](std::int64_t count) {
    std::map<std::uint64_t, std::int64_t> counts;
    const Result<std::vector<KeyCount>> keys = bootstrap.Run(count, 9);
    REQUIRE(keys.ok());
    for (const KeyCount& key : *keys) counts[key.key] = key.count;
    return counts;
  };
  CHECK(bootstrap.Run(1, 9)->front().key == bootstrap.Run(100, 9)->front().key);
  const auto shorter = counts_of(CaseBootstrap::kChunk - 10);
  const auto longer = counts_of(CaseBootstrap::kChunk + 5000);
  for (const auto& [key, count] : shorter) CHECK(longer.at(key) >= count);
}

}  // namespace
}  // namespace rerate
