#include <catch2/catch.hpp>

#include "rerate/inputs.h"
#include "rerate/whatif.h"
#include "target/target_support.h"
#include "test_support.h"

namespace rerate {
namespace {

ChangeSpec Change(ChangeKind kind, const std::string& value) { return ChangeSpec{kind, value, {}}; }

Scenario Apply(const Evidence& evidence, std::vector<ChangeSpec> changes) {
  Result<Scenario> scenario = ApplyChanges(evidence, changes);
  INFO((scenario ? std::string() : scenario.error().ToString()));
  REQUIRE(scenario.ok());
  return std::move(scenario).value();
}

std::string ErrorOf(const Evidence& evidence, std::vector<ChangeSpec> changes) {
  Result<Scenario> scenario = ApplyChanges(evidence, changes);
  REQUIRE_FALSE(scenario.ok());
  return scenario.error().ToString();
}

const KqEvidence& Kq(const Evidence& evidence, const std::string& id) {
  return evidence.key_questions[evidence.methodology->FindKeyQuestion(id)];
}

Answer AnswerOf(const Evidence& evidence, const std::string& case_id, const std::string& kq) {
  const CaseData& data = *evidence.cases;
  for (size_t c = 0; c < data.case_ids.size(); ++c) {
    if (data.case_ids[c] == case_id) return data.answers[evidence.methodology->FindKeyQuestion(kq)][c];
  }
  FAIL("no case " << case_id);
  return Answer::kNotApplicable;
}

TEST_CASE("--kq +N on case answers turns the first N no answers in file order, and recounts", "[scenario]") {
  const Evidence base = testing::LoadSeed("blackburn-with-darwen-2023");
  const Scenario scenario = Apply(base, {Change(ChangeKind::kKq, "2.2.3=+3")});
  CHECK(Kq(scenario.evidence, "2.2.3").yes == 14);
  CHECK(Kq(scenario.evidence, "2.2.3").relevant == 21);
  REQUIRE(scenario.changes.size() == 1);
  CHECK(scenario.changes[0].cases == std::vector<std::string>{"BWD01", "BWD02", "BWD05"});
  CHECK(AnswerOf(scenario.evidence, "BWD01", "2.2.3") == Answer::kYes);
  CHECK(scenario.changes[0].summary.find("11/21 (52%) -> 14/21 (67%)") != std::string::npos);
  // The input is a copy: untouched.
  CHECK(Kq(base, "2.2.3").yes == 11);
  CHECK(AnswerOf(base, "BWD01", "2.2.3") == Answer::kNo);
}

TEST_CASE("--kq -N turns the first N yes answers into no; K/N moves to K", "[scenario]") {
  const Evidence base = testing::LoadSeed("blackburn-with-darwen-2023");
  Scenario down = Apply(base, {Change(ChangeKind::kKq, "2.2.3=-2")});
  CHECK(Kq(down.evidence, "2.2.3").yes == 9);
  CHECK(down.changes[0].cases == std::vector<std::string>{"BWD03", "BWD04"});
  Scenario set = Apply(base, {Change(ChangeKind::kKq, "2.2.3=15/21")});
  CHECK(Kq(set.evidence, "2.2.3").yes == 15);
  CHECK(set.changes[0].cases.size() == 4);
}

TEST_CASE("impossible --kq changes are refused, naming the argument", "[scenario]") {
  const Evidence base = testing::LoadSeed("blackburn-with-darwen-2023");
  CHECK(ErrorOf(base, {Change(ChangeKind::kKq, "2.2.3=+30")}) ==
        "--kq 2.2.3=+30: only 10 answers to 2.2.3 are no (it is 11/21)");
  CHECK(ErrorOf(base, {Change(ChangeKind::kKq, "2.2.3=-12")}) ==
        "--kq 2.2.3=-12: only 11 answers to 2.2.3 are yes (it is 11/21)");
  CHECK(ErrorOf(base, {Change(ChangeKind::kKq, "2.2.3=22/21")}) ==
        "--kq 2.2.3=22/21: more yes answers (22) than relevant cases (21)");
  CHECK(ErrorOf(base, {Change(ChangeKind::kKq, "2.2.3=14/20")}).find("has 21 relevant cases") != std::string::npos);
  CHECK(ErrorOf(base, {Change(ChangeKind::kKq, "2.2.4=+1")}) ==
        "--kq 2.2.4=+1: no key question \"2.2.4\" in hmip-pdu-2021; did you mean 2.2.1?");
  CHECK(ErrorOf(base, {Change(ChangeKind::kKq, "2.2.3=three")}) == "--kq 2.2.3=three: expected +N, -N, K/N or P% after 2.2.3=");
  CHECK(ErrorOf(base, {Change(ChangeKind::kKq, "2.2.3=+x")}).find("(a whole number), found \"x\"") != std::string::npos);
  CHECK(ErrorOf(base, {Change(ChangeKind::kKq, "2.2.3")}).find("expected KEY_QUESTION=+N") != std::string::npos);
  // Changes apply in order: the second sees the first.
  CHECK(ErrorOf(base, {Change(ChangeKind::kKq, "2.2.3=+10"), Change(ChangeKind::kKq, "2.2.3=+1")}) ==
        "--kq 2.2.3=+1: only 0 answers to 2.2.3 are no (it is 21/21)");
}

const std::string kJudged = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";

TEST_CASE("--kq on aggregated counts edits the counts; on a printed percentage only K/N", "[scenario]") {
  Result<Evidence> evidence = testing::EvidenceFromText(
      testing::Rules2021(), testing::Inspection2021(kJudged, "  \"2.2.3\": {percent: 44}\n"));
  REQUIRE(evidence.ok());
  Scenario counts = Apply(*evidence, {Change(ChangeKind::kKq, "2.2.1=+2"), Change(ChangeKind::kKq, "2.2.2=-3")});
  CHECK(Kq(counts.evidence, "2.2.1").yes == 16);
  CHECK(Kq(counts.evidence, "2.2.2").yes == 11);
  CHECK(counts.changes[0].cases.empty());
  CHECK(ErrorOf(*evidence, {Change(ChangeKind::kKq, "2.2.3=+1")}) ==
        "--kq 2.2.3=+1: 2.2.3 is known only as a printed percentage (44%): its counts are unknown, so +1 cannot "
        "be counted; set the counts outright with 2.2.3=K/N");
  Scenario set = Apply(*evidence, {Change(ChangeKind::kKq, "2.2.3=9/20")});
  CHECK(Kq(set.evidence, "2.2.3").source == KqSource::kCounts);
  CHECK(Kq(set.evidence, "2.2.3").yes == 9);
  CHECK(Kq(set.evidence, "2.2.3").relevant == 20);
  CHECK(ErrorOf(*evidence, {Change(ChangeKind::kCase, "C1:2.2.3=yes")}).find("no case-level data") != std::string::npos);
}

TEST_CASE("--case changes one answer; n/a changes the relevant count", "[scenario]") {
  const Evidence base = testing::LoadSeed("blackburn-with-darwen-2023");
  Scenario yes = Apply(base, {Change(ChangeKind::kCase, "BWD01:2.2.3=YES")});
  CHECK(Kq(yes.evidence, "2.2.3").yes == 12);
  CHECK(yes.changes[0].cases == std::vector<std::string>{"BWD01"});
  Scenario na = Apply(base, {Change(ChangeKind::kCase, "BWD03:2.2.3=n/a")});
  CHECK(Kq(na.evidence, "2.2.3").yes == 10);
  CHECK(Kq(na.evidence, "2.2.3").relevant == 20);
  Scenario same = Apply(base, {Change(ChangeKind::kCase, "BWD03:2.2.3=yes")});
  CHECK(same.changes[0].summary.find("already yes: no change") != std::string::npos);
  CHECK(ErrorOf(base, {Change(ChangeKind::kCase, "BWD99:2.2.3=yes")}).find("no case \"BWD99\"") != std::string::npos);
  CHECK(ErrorOf(base, {Change(ChangeKind::kCase, "BWD99:2.2.3=yes")}).find("did you mean BWD09?") != std::string::npos);
  CHECK(ErrorOf(base, {Change(ChangeKind::kCase, "BWD01:2.2.3=maybe")}) ==
        "--case BWD01:2.2.3=maybe: expected yes, no or n/a for 2.2.3, found \"maybe\"");
  // Court work has 9 relevant cases; making all of them n/a leaves none.
  std::vector<ChangeSpec> all_na;
  for (const char* id : {"BWD03", "BWD07", "BWD09", "BWD10", "BWD13", "BWD16", "BWD17", "BWD18", "BWD19"}) {
    all_na.push_back(Change(ChangeKind::kCase, std::string(id) + ":2.1.1=n/a"));
  }
  CHECK(ErrorOf(base, all_na).find("every answer to 2.1.1 would be n/a") != std::string::npos);
}

TEST_CASE("--set changes a judgement, and refuses a case standard rated from its key questions", "[scenario]") {
  const Evidence base = testing::LoadSeed("blackburn-with-darwen-2023");
  const int leadership = base.methodology->FindStandard("1.1");
  Scenario set = Apply(base, {Change(ChangeKind::kSet, "1.1=outstanding")});
  CHECK(base.methodology->RatingName(*set.evidence.judged[leadership]) == "Outstanding");
  CHECK(set.changes[0].summary == "1.1 Leadership: inspectors' judgement Good -> Outstanding");
  CHECK(ErrorOf(base, {Change(ChangeKind::kSet, "2.2=Good")}).find("is rated from its key questions") != std::string::npos);
  CHECK(ErrorOf(base, {Change(ChangeKind::kSet, "1.1=Goood")}) ==
        "--set 1.1=Goood: \"Goood\" is not a rating on the hmip-pdu-2021 scale; did you mean Good? (expected "
        "Inadequate, Requires improvement, Good or Outstanding)");
  CHECK(ErrorOf(base, {Change(ChangeKind::kSet, "2.6=Good")}) == "--set 2.6=Good: 2.6 Outcomes is reported, never rated");
}

TEST_CASE("--not-rated drops the standard and a discretion recorded on it", "[scenario]") {
  const Evidence base = testing::LoadSeed("blackburn-with-darwen-2023");
  Scenario court = Apply(base, {Change(ChangeKind::kNotRated, "2.1")});
  CHECK(court.evidence.not_rated[base.methodology->FindStandard("2.1")]);
  CHECK(ErrorOf(base, {Change(ChangeKind::kNotRated, "2.2")}) ==
        "--not-rated 2.2: 2.2 Assessment may not be Not rated under hmip-pdu-2021 (only 2.1 Court work may be)");
  // A rating given to a Not rated standard with no data rates it again.
  const Evidence berkshire = testing::LoadSeed("east-berkshire-2023");
  const int court_work = berkshire.methodology->FindStandard("2.1");
  Scenario rated = Apply(berkshire, {Change(ChangeKind::kSet, "2.1=Good")});
  CHECK_FALSE(rated.evidence.not_rated[court_work]);
  CHECK(berkshire.methodology->RatingName(*rated.evidence.judged[court_work]) == "Good");
  CHECK(rated.changes[0].summary == "2.1 Court work: rating given under ratings: Not rated -> Good");
}

TEST_CASE("discretion is added, replaced and dropped; its rules are checked", "[scenario][discretion]") {
  const Evidence base = testing::LoadSeed("north-and-north-east-lincolnshire-2023");
  REQUIRE(base.discretion.size() == 1);
  Scenario dropped = Apply(base, {Change(ChangeKind::kDropDiscretion, "2.5")});
  CHECK(dropped.evidence.discretion.empty());
  Scenario replaced = Apply(base, {Change(ChangeKind::kDiscretion, "2.5=Inadequate: on reflection")});
  REQUIRE(replaced.evidence.discretion.size() == 1);
  CHECK(replaced.evidence.discretion[0].reason == "on reflection");
  CHECK(replaced.changes[0].summary.find("replacing the recorded discretion (Requires improvement)") != std::string::npos);
  Scenario added = Apply(base, {Change(ChangeKind::kDiscretion, "2.2 = requires improvement : strong prompts")});
  CHECK(added.evidence.discretion.size() == 2);
  CHECK(added.evidence.discretion[1].reason == "strong prompts");
  CHECK(ErrorOf(base, {Change(ChangeKind::kDiscretion, "2.2=Good")}).find("a discretion needs a reason") != std::string::npos);
  CHECK(ErrorOf(base, {Change(ChangeKind::kDiscretion, "1.2=Good: x")}).find("is rated by inspectors' judgement") !=
        std::string::npos);
  CHECK(ErrorOf(base, {Change(ChangeKind::kDiscretion, "2.2=Grand: x")}).find("\"Grand\" is not a rating") !=
        std::string::npos);
  CHECK(ErrorOf(base, {Change(ChangeKind::kDropDiscretion, "2.2")}) ==
        "--drop-discretion 2.2: no discretion is recorded on 2.2 Assessment");
  // Not rated takes the discretion with it.
  const Evidence court = testing::LoadSeed("blackburn-with-darwen-2023");
  Scenario gone = Apply(court, {Change(ChangeKind::kDiscretion, "2.1=Requires improvement: x"),
                                Change(ChangeKind::kNotRated, "2.1")});
  CHECK(gone.evidence.discretion.empty());
  CHECK(gone.changes[1].summary.find("is dropped") != std::string::npos);
}

TEST_CASE("an error in a --changes file names its file:line:col", "[scenario]") {
  const Evidence base = testing::LoadSeed("blackburn-with-darwen-2023");
  const ChangeSpec from_file{ChangeKind::kKq, "2.2.3=+30", SourceLocation{"scenario.yaml", 4, 9}};
  CHECK(ErrorOf(base, {from_file}) == "scenario.yaml:4:9: kq 2.2.3=+30: only 10 answers to 2.2.3 are no (it is 11/21)");
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

TEST_CASE("damaged changes apply or fail with a message, never crash", "[scenario][robustness]") {
  const Evidence base = testing::LoadSeed("north-and-north-east-lincolnshire-2023");
  const std::vector<ChangeSpec> valid = {
      Change(ChangeKind::kKq, "2.2.3=+3"),           Change(ChangeKind::kKq, "2.5.3=-2"),
      Change(ChangeKind::kKq, "2.1.1=7/14"),         Change(ChangeKind::kCase, "NNEL03:2.2.1=no"),
      Change(ChangeKind::kSet, "1.1=Good"),          Change(ChangeKind::kNotRated, "2.1"),
      Change(ChangeKind::kDiscretion, "2.2=Good: x"), Change(ChangeKind::kDropDiscretion, "2.5")};
  static const std::string kNoise = "=:/+-0123456789.,; abcNY\t";
  testing::Random random(404);
  int applied = 0;
  for (int i = 0; i < 600; ++i) {
    std::vector<ChangeSpec> changes;
    for (int k = 0; k <= i % 3; ++k) {
      ChangeSpec change = valid[random.Below(static_cast<int>(valid.size()))];
      std::string& value = change.value;
      const int edits = random.Below(3);
      for (int e = 0; e < edits && !value.empty(); ++e) {
        const size_t at = static_cast<size_t>(random.Below(static_cast<int>(value.size())));
        switch (random.Below(3)) {
          case 0: value.erase(at, 1); break;
          case 1: value.insert(at, 1, kNoise[random.Below(static_cast<int>(kNoise.size()))]); break;
          default: value[at] = kNoise[random.Below(static_cast<int>(kNoise.size()))]; break;
        }
      }
      changes.push_back(change);
    }
    Result<WhatIf> whatif = RunWhatIf(base, changes);
    if (!whatif) {
      CHECK_FALSE(whatif.error().message.empty());
      continue;
    }
    ++applied;
    for (Format format : {Format::kText, Format::kMarkdown, Format::kJson}) CHECK_FALSE(RenderWhatIf(*whatif, format).empty());
  }
  CHECK(applied > 20);
}

}  // namespace
}  // namespace rerate
