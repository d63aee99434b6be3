// The optimiser against an exhaustive search: on small inspections every
// vector of per-key-question improvements (every no -> yes count up to all
// of them) is evaluated, so the minimum FindTarget reports is proved, not
// assumed.  Then the seed inspections.
#include <catch2/catch.hpp>
#include <functional>
#include <set>

#include "rerate/inputs.h"
#include "rerate/target.h"
#include "target/target_support.h"
#include "test_support.h"

namespace rerate {
namespace {

using testing::Random;

bool Reaches(const Evaluation& e, const TargetSpec& spec) {
  if (!e.violations.empty()) return false;
  if (spec.overall && (!e.overall || *e.overall < *spec.overall)) return false;
  for (const auto& [s, rating] : spec.standards) {
    const StandardResult& result = e.standards[s];
    if (result.status != StandardStatus::kRated || !result.rating || *result.rating < rating) return false;
  }
  return true;
}

struct Exhaustive {
  bool reachable = false;
  int cost = 0;
};

// Every vector of improvements of every key question with counts of a rated
// case standard, each from 0 to its `no` answers.
Exhaustive SearchEverything(const Evidence& evidence, const TargetSpec& spec) {
  const Evaluation now = Evaluate(evidence);
  std::vector<int> questions;
  std::vector<int> room;
  for (const StandardResult& result : now.standards) {
    if (result.status != StandardStatus::kRated || !result.from_key_questions) continue;
    for (const KqResult& kq : result.key_questions) {
      if (kq.source != KqSource::kCounts && kq.source != KqSource::kCases) continue;
      questions.push_back(kq.key_question);
      room.push_back(kq.relevant - kq.yes);
    }
  }
  Evidence work = evidence;
  std::vector<int> more(questions.size(), 0);
  Exhaustive best;
  while (true) {
    int cost = 0;
    for (size_t i = 0; i < questions.size(); ++i) {
      work.key_questions[questions[i]].yes = evidence.key_questions[questions[i]].yes + more[i];
      cost += more[i];
    }
    if ((!best.reachable || cost < best.cost) && Reaches(Evaluate(work), spec)) best = Exhaustive{true, cost};
    size_t i = 0;
    for (; i < more.size(); ++i) {
      if (++more[i] <= room[i]) break;
      more[i] = 0;
    }
    if (i == more.size()) break;
  }
  return best;
}

// Whether any vector of improvements of `budget` answers or fewer reaches
// the target: every one of them is tried (for the seeds, whose full search
// space is too large, this proves a plan's size is the least).
bool AnyWithin(const Evidence& evidence, const TargetSpec& spec, int budget) {
  const Evaluation now = Evaluate(evidence);
  std::vector<int> questions;
  for (const StandardResult& result : now.standards) {
    if (result.status != StandardStatus::kRated || !result.from_key_questions) continue;
    for (const KqResult& kq : result.key_questions) questions.push_back(kq.key_question);
  }
  Evidence work = evidence;
  std::function<bool(size_t, int)> walk = [&](size_t i, int left) {
    if (i == questions.size()) return Reaches(Evaluate(work), spec);
    KqEvidence& kq = work.key_questions[questions[i]];
    const int base = evidence.key_questions[questions[i]].yes;
    for (int more = 0; more <= left && base + more <= kq.relevant; ++more) {
      kq.yes = base + more;
      if (walk(i + 1, left - more)) return true;
    }
    kq.yes = base;
    return false;
  };
  return walk(0, budget);
}

std::vector<TargetSpec> Targets(const Methodology& m, const Evaluation& now) {
  const auto rating = [&](const char* name) { return *m.FindRating(name); };
  std::vector<TargetSpec> targets;
  for (const char* name : {"Requires improvement", "Good", "Outstanding"}) {
    TargetSpec spec;
    spec.overall = rating(name);
    targets.push_back(spec);
  }
  TargetSpec leadership;
  leadership.standards.emplace_back(m.FindStandard("1.1"), rating("Good"));
  targets.push_back(leadership);
  TargetSpec both;
  both.overall = rating("Good");
  both.standards.emplace_back(m.FindStandard("2.2"), rating("Outstanding"));
  targets.push_back(both);
  (void)now;
  return targets;
}

void CheckAgainstExhaustive(const Evidence& evidence, int* compared, int* nontrivial) {
  const Methodology& m = *evidence.methodology;
  const Evaluation now = Evaluate(evidence);
  for (const TargetSpec& spec : Targets(m, now)) {
    Result<TargetResult> found = FindTarget(evidence, spec);
    REQUIRE(found.ok());
    const Exhaustive truth = SearchEverything(evidence, spec);
    INFO(evidence.file);
    CHECK(found->reachable == truth.reachable);
    if (found->reachable && truth.reachable) {
      CHECK(found->plan->changes == truth.cost);
      CHECK(Reaches(found->plan->after, spec));
      *nontrivial += truth.cost > 0 ? 1 : 0;
    }
    ++*compared;
  }
}

TEST_CASE("the least casework equals an exhaustive search on small inspections", "[target][exhaustive]") {
  for (const bool printed : {false, true}) {
    Random random(printed ? 7 : 3);
    int compared = 0;
    int nontrivial = 0;
    for (int i = 0; i < 40; ++i) {
      const std::string yaml = testing::RandomTinyInspection(random, 6);
      Result<Evidence> evidence = testing::EvidenceFromText(testing::TinyRules(printed), yaml);
      INFO(yaml);
      REQUIRE(evidence.ok());
      CheckAgainstExhaustive(*evidence, &compared, &nontrivial);
    }
    CHECK(compared == 200);
    CHECK(nontrivial > 40);  // enough plans that change something, not only targets already met
  }
}

TEST_CASE("the least casework equals an exhaustive search under the 2021 rules", "[target][exhaustive]") {
  // Tiny counts on every key question of the shipped methodology, so its real
  // cap, guidance and score tables decide; inspections with too many
  // improvement vectors to try are skipped.
  Random random(2021);
  int compared = 0;
  int nontrivial = 0;
  int tried = 0;
  static const char* kRatings[] = {"Inadequate", "Requires improvement", "Good", "Outstanding"};
  while (tried < 12) {
    std::string ratings;
    for (const char* id : {"1.1", "1.2", "1.3", "1.4"}) ratings += std::string("  \"") + id + "\": " + kRatings[random.Below(4)] + "\n";
    std::string lines;
    long vectors = 1;
    for (const char* id : {"2.1.1", "2.2.1", "2.2.2", "2.2.3", "2.3.1", "2.3.2", "2.3.3", "2.4.1", "2.4.2", "2.4.3",
                           "2.5.1", "2.5.2", "2.5.3"}) {
      const int relevant = 1 + random.Below(4);
      const int yes = random.Below(3) == 0 ? random.Below(relevant + 1) : relevant;
      vectors *= relevant - yes + 1;
      lines += std::string("  \"") + id + "\": {yes: " + std::to_string(yes) + ", relevant: " + std::to_string(relevant) + "}\n";
    }
    if (vectors > 3000 || vectors < 8) continue;
    ++tried;
    Result<Evidence> evidence = testing::EvidenceFromText(testing::Rules2021(), testing::Inspection2021(ratings, lines));
    REQUIRE(evidence.ok());
    CheckAgainstExhaustive(*evidence, &compared, &nontrivial);
  }
  CHECK(compared == 60);
  CHECK(nontrivial > 5);
}

TEST_CASE("judgement options are exactly the fewest-band judgement ratings that make a target reachable",
          "[target][exhaustive]") {
  Random random(11);
  int unreachable = 0;
  for (int i = 0; i < 60 && unreachable < 12; ++i) {
    const std::string yaml = testing::RandomTinyInspection(random, 5);
    Result<Evidence> evidence = testing::EvidenceFromText(testing::TinyRules(), yaml);
    REQUIRE(evidence.ok());
    const Methodology& m = *evidence->methodology;
    TargetSpec spec;
    spec.overall = *m.FindRating("Outstanding");
    Result<TargetResult> found = FindTarget(*evidence, spec);
    REQUIRE(found.ok());
    if (found->reachable) continue;
    ++unreachable;
    // Every raise of the two judgements, each searched exhaustively.
    std::set<std::vector<int>> expected;
    std::map<std::vector<int>, int> casework;
    int fewest = -1;
    const int j1 = evidence->judged[0]->level;
    const int j2 = evidence->judged[1]->level;
    for (int r1 = j1; r1 <= 3; ++r1) {
      for (int r2 = j2; r2 <= 3; ++r2) {
        Evidence raised = *evidence;
        raised.judged[0] = Rating{r1};
        raised.judged[1] = Rating{r2};
        const Exhaustive truth = SearchEverything(raised, spec);
        if (!truth.reachable) continue;
        const int bands = (r1 - j1) + (r2 - j2);
        if (fewest < 0 || bands < fewest) {
          fewest = bands;
          expected.clear();
        }
        if (bands == fewest) {
          expected.insert({r1, r2});
          casework[{r1, r2}] = truth.cost;
        }
      }
    }
    std::set<std::vector<int>> reported;
    for (const JudgementOption& option : found->judgement_options) {
      std::vector<int> levels = {j1, j2};
      for (const auto& [s, rating] : option.ratings) levels[s] = rating.level;
      reported.insert(levels);
      CHECK(option.bands == fewest);
      CHECK(option.casework == casework[levels]);
    }
    INFO(yaml);
    CHECK(reported == expected);
  }
  CHECK(unreachable >= 5);
}

TargetSpec Overall(const Evidence& evidence, const char* rating) {
  TargetSpec spec;
  spec.overall = *evidence.methodology->FindRating(rating);
  return spec;
}

TEST_CASE("Blackburn with Darwen reaches Good with 4 answers: court work to 8/9", "[target][seed]") {
  const Evidence evidence = testing::LoadSeed("blackburn-with-darwen-2023");
  Result<TargetResult> found = FindTarget(evidence, Overall(evidence, "Good"));
  REQUIRE(found.ok());
  REQUIRE(found->reachable);
  const Plan& plan = *found->plan;
  CHECK(plan.changes == 4);
  REQUIRE(plan.steps.size() == 1);
  CHECK(evidence.methodology->key_questions[plan.steps[0].key_question].id == "2.1.1");
  CHECK(plan.steps[0].to_yes == 4);
  CHECK(plan.steps[0].cases == std::vector<std::string>{"BWD03", "BWD07", "BWD09", "BWD10"});
  CHECK(plan.after.score == 14);
  CHECK(testing::RatingOf(plan.after, "1.1") == "Good");  // the court-work cap no longer applies
  // The other plan of 4: court work to Good (6/9) and reviewing to Good (2.5.3 at 14/21).
  REQUIRE(found->alternatives_total == 1);
  REQUIRE(found->alternatives[0].steps.size() == 2);
  CHECK(found->alternatives[0].changes == 4);
  CHECK(found->alternatives[0].after.score == 14);
  // Every way of changing 3 answers or fewer falls short; 4 is the least.
  CHECK_FALSE(AnyWithin(evidence, Overall(evidence, "Good"), 3));
  CHECK(AnyWithin(evidence, Overall(evidence, "Good"), 4));
}

TEST_CASE("Blackburn with Darwen cannot reach Outstanding by casework with its domain-one ratings",
          "[target][seed]") {
  const Evidence evidence = testing::LoadSeed("blackburn-with-darwen-2023");
  Result<TargetResult> found = FindTarget(evidence, Overall(evidence, "Outstanding"));
  REQUIRE(found.ok());
  CHECK_FALSE(found->reachable);
  REQUIRE(found->ceiling);
  CHECK(found->ceiling->score == 21);
  REQUIRE(found->why.size() == 1);
  CHECK(found->why[0].find("the score is 21 of 27") != std::string::npos);
  CHECK(found->why[0].find("Outstanding needs 23") != std::string::npos);
  // Two bands of judgement are the fewest: e.g. services to Outstanding, with every case standard Outstanding.
  REQUIRE_FALSE(found->judgement_options.empty());
  const Methodology& m = *evidence.methodology;
  bool services = false;
  for (const JudgementOption& option : found->judgement_options) {
    CHECK(option.bands == 2);
    CHECK(option.casework == 33);
    services = services || (option.ratings.size() == 1 && option.ratings[0].first == m.FindStandard("1.3") &&
                            m.RatingName(option.ratings[0].second) == "Outstanding");
  }
  CHECK(services);
  CHECK(found->judgement_options.size() == 8);
}

TEST_CASE("a target already met needs no change", "[target][seed]") {
  const Evidence evidence = testing::LoadSeed("blackburn-with-darwen-2023");
  Result<TargetResult> found = FindTarget(evidence, Overall(evidence, "Requires improvement"));
  REQUIRE(found.ok());
  CHECK(found->reached_now);
  CHECK(found->reachable);
  CHECK(found->plan->changes == 0);
  CHECK(found->plan->steps.empty());
}

TEST_CASE("a judgement standard's target is reached by lifting the cap on it", "[target][seed]") {
  const Evidence evidence = testing::LoadSeed("blackburn-with-darwen-2023");
  Result<TargetSpec> spec = ParseTarget(Evaluate(evidence), "", {"1.1=Good"});
  REQUIRE(spec.ok());
  Result<TargetResult> found = FindTarget(evidence, *spec);
  REQUIRE(found.ok());
  REQUIRE(found->reachable);
  CHECK(found->plan->changes == 1);  // 2.1.1 from 4/9 to 5/9: court work Requires improvement
}

TEST_CASE("plans keep a recorded discretion and never break it", "[target][seed][discretion]") {
  const Evidence evidence = testing::LoadSeed("north-and-north-east-lincolnshire-2023");
  Result<TargetResult> found = FindTarget(evidence, Overall(evidence, "Good"));
  REQUIRE(found.ok());
  REQUIRE(found->discretion_kept.size() == 1);
  CHECK(evidence.methodology->standards[found->discretion_kept[0]].id == "2.5");
  REQUIRE(found->reachable);
  CHECK(found->plan->after.violations.empty());
  CHECK_FALSE(AnyWithin(evidence, Overall(evidence, "Good"), 4));  // a bounded check: the space is too large
}

TEST_CASE("a key question known only as a percentage is held where it is", "[target][percent]") {
  const std::string ratings = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";
  Result<Evidence> evidence = testing::EvidenceFromText(
      testing::Rules2021(), testing::Inspection2021(ratings, "  \"2.2.3\": {percent: 44}\n"));
  REQUIRE(evidence.ok());
  Result<TargetSpec> spec = ParseTarget(Evaluate(*evidence), "", {"2.2=Requires improvement"});
  REQUIRE(spec.ok());
  Result<TargetResult> found = FindTarget(*evidence, *spec);
  REQUIRE(found.ok());
  REQUIRE(found->fixed.size() == 1);
  CHECK(found->fixed[0].percent == 44);
  CHECK_FALSE(found->reachable);
  REQUIRE_FALSE(found->why.empty());
  CHECK(found->why[0].find("2.2.3 is known only as a printed percentage (44%, Inadequate)") != std::string::npos);
  // Other standards are still planned: overall Outstanding needs every other case standard raised.
  Result<TargetResult> overall = FindTarget(*evidence, Overall(*evidence, "Good"));
  REQUIRE(overall.ok());
  CHECK(overall->reachable);
}

// Regression: with every key question known only as a printed figure, the
// search held them all and reported Blackburn with Darwen "not reachable by
// casework alone", though its case data reach Good with 4 answers.
TEST_CASE("held printed figures that decide the answer say counts are needed", "[target][percent]") {
  const Evidence printed = testing::LoadSeed("blackburn-with-darwen-2023-percentages");
  Result<TargetResult> good = FindTarget(printed, Overall(printed, "Good"));
  REQUIRE(good.ok());
  CHECK_FALSE(good->reachable);
  CHECK(good->needs_counts);
  REQUIRE(good->needs_counts_for.size() == 1);  // court work alone, as with the case data
  CHECK(printed.methodology->key_questions[good->needs_counts_for[0].key_question].id == "2.1.1");
  // Outstanding is out of reach however the printed figures moved: no counts would help.
  Result<TargetResult> outstanding = FindTarget(printed, Overall(printed, "Outstanding"));
  REQUIRE(outstanding.ok());
  CHECK_FALSE(outstanding->reachable);
  CHECK_FALSE(outstanding->needs_counts);
  CHECK(outstanding->needs_counts_for.empty());
  // With counts, nothing is held and the question does not arise.
  const Evidence counted = testing::LoadSeed("blackburn-with-darwen-2023");
  Result<TargetResult> outstanding_counted = FindTarget(counted, Overall(counted, "Outstanding"));
  REQUIRE(outstanding_counted.ok());
  CHECK_FALSE(outstanding_counted->needs_counts);
}

// Regression: with many judgement standards the judgement search made every
// raise vector first (4^14 for 14 standards): a hang and 7.8 GB (found in
// review).  They are now made one total at a time, within the budget.
TEST_CASE("the judgement search with many judgement standards finds the fewest bands", "[target][judgement]") {
  const std::string base = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  std::string standards;
  std::string ratings;
  for (int i = 1; i <= 8; ++i) {
    standards += "      - {id: \"1." + std::to_string(i) + "\", name: Judged " + std::to_string(i) + ", basis: judgement}\n";
    ratings += std::string(i > 1 ? ", " : "") + "\"1." + std::to_string(i) + "\": Inadequate";
  }
  const std::string rules =
      base.substr(0, base.find("domains:")) +
      "domains:\n  - id: \"1\"\n    name: Judged\n    standards:\n" + standards +
      "  - id: \"2\"\n    name: Cases\n    standards:\n      - id: \"2.1\"\n        name: Case\n        basis: cases\n"
      "        key_questions:\n          - {id: \"2.1.1\", text: \"A question?\"}\n"
      "overall:\n  id: overall-from-score\n  provenance: {basis: default, source: test}\n  tables:\n    - max: 27\n"
      "      bands:\n        - {rating: Inadequate, from: 0, to: 4}\n        - {rating: Requires improvement, from: 5, to: 13}\n"
      "        - {rating: Good, from: 14, to: 22}\n        - {rating: Outstanding, from: 23, to: 27}\n";
  auto methodology = testing::RulesFromText(rules, "eight-judged.yaml");
  INFO((methodology ? std::string() : methodology.error().ToString()));
  REQUIRE(methodology.ok());
  Result<Evidence> evidence = testing::EvidenceFromText(
      *methodology, "inspection: Big\nmethodology: hmip-pdu-2021\nratings: {" + ratings +
                        "}\nkey_questions:\n  \"2.1.1\": {yes: 5, relevant: 20}\n");
  REQUIRE(evidence.ok());
  Result<TargetResult> found = FindTarget(*evidence, Overall(*evidence, "Outstanding"));
  REQUIRE(found.ok());
  CHECK_FALSE(found->reachable);
  CHECK(found->judgement_search_complete);
  REQUIRE_FALSE(found->judgement_options.empty());
  // 23 of 27 needed; the case standard at Outstanding gives 3; every band of judgement 1 point.
  CHECK(found->judgement_options.front().bands == 20);
  CHECK(found->judgement_options.front().ratings.size() == 7);  // fewest standards first: six Outstanding, one Good
}

TEST_CASE("bands whose ratings do not rise with the percentage are refused", "[target]") {
  std::string rules = testing::ReadSource("rules/hmip-pdu-2021.yaml");
  rules = testing::Edit(rules, "    - {rating: Inadequate, from: 0, below: 50}\n    - {rating: Requires improvement, from: 50, below: 65}",
                        "    - {rating: Requires improvement, from: 0, below: 50}\n    - {rating: Inadequate, from: 50, below: 65}");
  auto methodology = testing::RulesFromText(rules, "falling-bands.yaml");
  REQUIRE(methodology.ok());
  const std::string ratings = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";
  Result<Evidence> evidence = testing::EvidenceFromText(*methodology, testing::Inspection2021(ratings, ""));
  REQUIRE(evidence.ok());
  Result<TargetResult> found = FindTarget(*evidence, Overall(*evidence, "Good"));
  REQUIRE_FALSE(found.ok());
  CHECK(found.error().message.find("bands whose ratings rise with the percentage") != std::string::npos);
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

TEST_CASE("damaged inspections give a target or a located error, never a crash", "[target][robustness]") {
  const std::string yaml = testing::ReadSource("cases/north-and-north-east-lincolnshire-2023.yaml");
  const std::string csv = testing::ReadSource("cases/north-and-north-east-lincolnshire-2023.csv");
  testing::Random random(77);
  static const std::string kNoise = "0123456789:,- yn\n";
  int searched = 0;
  for (int i = 0; i < 60; ++i) {
    std::string damaged = csv;
    for (int e = 0; e < 8; ++e) {
      const size_t at = static_cast<size_t>(random.Below(static_cast<int>(damaged.size())));
      if (i % 3 == 0) {
        damaged[at] = kNoise[random.Below(static_cast<int>(kNoise.size()))];  // any damage
        continue;
      }
      // Answers changed, n/a included: valid files with other counts.
      const size_t cell = damaged.find(",yes", at) != std::string::npos ? damaged.find(",yes", at) : damaged.find(",no", at);
      if (cell == std::string::npos) continue;
      const size_t end = damaged.find_first_of(",\n", cell + 1);
      damaged.replace(cell + 1, end - cell - 1, e % 3 == 0 ? "n/a" : e % 3 == 1 ? "no" : "yes");
    }
    testing::WriteScratch("robust-target/north-and-north-east-lincolnshire-2023.csv", damaged);
    const std::string path = testing::WriteScratch("robust-target/north-and-north-east-lincolnshire-2023.yaml", yaml);
    RulesLibrary library({testing::SourcePath("rules")});
    Result<Evidence> evidence = LoadEvidence(path, library, "");
    if (!evidence) {
      CHECK_FALSE(evidence.error().message.empty());
      continue;
    }
    Result<TargetResult> found = FindTarget(*evidence, Overall(*evidence, "Good"));
    if (!found) {
      CHECK_FALSE(found.error().message.empty());
      continue;
    }
    ++searched;
    if (found->reachable) CHECK(Reaches(found->plan->after, found->spec));
  }
  CHECK(searched > 20);
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

TEST_CASE("counts in the billions: plans and margins add up without overflow", "[target][margin]") {
  const std::string ratings = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";
  Result<Evidence> evidence = testing::EvidenceFromText(
      testing::Rules2021(), testing::Inspection2021(ratings, "  \"2.2.1\": {yes: 5, relevant: 2000000000}\n"
                                                             "  \"2.2.2\": {yes: 5, relevant: 2000000000}\n"
                                                             "  \"2.2.3\": {yes: 7, relevant: 2000000000}\n"));
  REQUIRE(evidence.ok());
  const Evaluation now = Evaluate(*evidence);
  Result<TargetResult> found = FindTarget(*evidence, *ParseTarget(now, "", {"2.2=Good"}));
  REQUIRE(found.ok());
  REQUIRE(found->reachable);
  CHECK(found->plan->changes == 3'899'999'983LL);  // 65% of 2,000,000,000 is 1,300,000,000 on each
  for (const StandardMargin& margin : Margins(now)) {
    if (now.methodology->standards[margin.standard].id != "2.2") continue;
    CHECK(*margin.to_rise == 2'999'999'983LL);  // to Requires improvement: 1,000,000,000 each
  }
}

}  // namespace
}  // namespace rerate
