#include "stability/stability_support.h"

#include <catch2/catch.hpp>
#include <cmath>

#include "target/target_support.h"
#include "test_support.h"

namespace rerate::testing {

namespace {

std::vector<int> Listed(const Methodology& m) {
  std::vector<int> listed;
  for (size_t s = 0; s < m.standards.size(); ++s) {
    if (!m.standards[s].reported_only) listed.push_back(static_cast<int>(s));
  }
  return listed;
}

}  // namespace

Distribution EmptyDistribution(const Evidence& evidence) {
  const Methodology& m = *evidence.methodology;
  const size_t states = m.scale.levels.size() + 1;
  Distribution d;
  d.standards.assign(Listed(m).size(), std::vector<double>(states, 0.0));
  d.dropped.assign(Listed(m).size(), 0.0);
  d.overall.assign(states, 0.0);
  return d;
}

void AddResample(const Evidence& resample, double weight, Distribution* d) {
  const Methodology& m = *resample.methodology;
  const size_t no_data = m.scale.levels.size();
  Evidence work = resample;
  std::vector<bool> empty(m.standards.size(), false);
  for (size_t s = 0; s < m.standards.size(); ++s) {
    if (m.standards[s].reported_only || work.not_rated[s] || m.standards[s].key_questions.empty()) continue;
    for (int q : m.standards[s].key_questions) {
      const KqEvidence& kq = work.key_questions[q];
      if (kq.HasCounts() && kq.relevant == 0) empty[s] = true;
    }
    if (!empty[s]) continue;
    for (int q : m.standards[s].key_questions) work.key_questions[q] = KqEvidence{};
  }
  Evaluation e = Evaluate(work);
  std::vector<bool> dropped(m.standards.size(), false);
  for (const Violation& violation : e.violations) {
    if (violation.rule != m.discretion.rule.id) continue;
    dropped[violation.standard] = true;
    std::erase_if(work.discretion, [&](const DiscretionRecord& r) { return r.standard == violation.standard; });
  }
  e = Evaluate(work);
  bool any_empty = false;
  const std::vector<int> listed = Listed(m);
  for (size_t i = 0; i < listed.size(); ++i) {
    const StandardResult& result = e.standards[listed[i]];
    any_empty = any_empty || empty[listed[i]];
    if (empty[listed[i]]) {
      d->standards[i][no_data] += weight;
    } else if (result.HasRating()) {
      d->standards[i][result.rating->level] += weight;
    }
    if (dropped[listed[i]]) d->dropped[i] += weight;
  }
  if (any_empty || !e.overall) {
    d->overall[no_data] += weight;
  } else {
    d->overall[e.overall->level] += weight;
  }
}

Evidence Resampled(const Evidence& evidence, const std::vector<std::uint32_t>& cases) {
  Evidence resample = evidence;
  for (std::vector<Answer>& answers : resample.cases->answers) {
    if (answers.empty()) continue;
    std::vector<Answer> drawn;
    for (std::uint32_t c : cases) drawn.push_back(answers[c]);
    answers = std::move(drawn);
  }
  RecountFromCases(resample);
  return resample;
}

Distribution FromResult(const StabilityResult& result) {
  Distribution d;
  auto states = [](const RatingShares& shares) {
    std::vector<double> values = shares.probability;
    values.push_back(shares.no_data);
    return values;
  };
  for (const StandardStability& standard : result.standards) {
    d.standards.push_back(states(standard.shares));
    d.dropped.push_back(standard.shares.discretion_dropped);
  }
  d.overall = states(result.overall);
  return d;
}

void CheckClose(const Distribution& actual, const Distribution& expected, const std::function<double(double)>& tolerance) {
  REQUIRE(actual.standards.size() == expected.standards.size());
  auto check = [&](const std::string& what, double a, double e) {
    INFO(what << ": actual " << a << ", expected " << e << ", tolerance " << tolerance(e));
    CHECK(std::fabs(a - e) <= tolerance(e));
  };
  for (size_t i = 0; i < expected.standards.size(); ++i) {
    for (size_t state = 0; state < expected.standards[i].size(); ++state) {
      check("standard #" + std::to_string(i) + " state " + std::to_string(state), actual.standards[i][state],
            expected.standards[i][state]);
    }
    check("standard #" + std::to_string(i) + " discretion dropped", actual.dropped[i], expected.dropped[i]);
  }
  for (size_t state = 0; state < expected.overall.size(); ++state) {
    check("overall state " + std::to_string(state), actual.overall[state], expected.overall[state]);
  }
}

Evidence TinyCases(const std::string& csv, const std::string& extra_yaml) {
  const std::string yaml = "inspection: Tiny PDU\nmethodology: tiny\nratings:\n  \"1.1\": Good\n"
                           "  \"1.2\": Requires improvement\n" + extra_yaml;
  Result<Evidence> evidence = EvidenceFromText(TinyRules(), yaml, "case,2.1.1,2.2.1,2.2.2,2.3.1,2.3.2\n" + csv);
  INFO((evidence ? std::string() : evidence.error().ToString()));
  REQUIRE(evidence.ok());
  return *evidence;
}

}  // namespace rerate::testing
