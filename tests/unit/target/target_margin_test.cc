#include <catch2/catch.hpp>

#include "rerate/inputs.h"
#include "rerate/target.h"
#include "test_support.h"

namespace rerate {
namespace {

const StandardMargin& MarginOf(const std::vector<StandardMargin>& margins, const Methodology& m, const char* id) {
  for (const StandardMargin& margin : margins) {
    if (m.standards[margin.standard].id == id) return margin;
  }
  FAIL("no margin for " << id);
  return margins.front();
}

// The standard's computed rating with one key question's yes count moved.
Rating ComputedWith(const Evidence& evidence, int standard, int key_question, int delta) {
  Evidence work = evidence;
  work.key_questions[key_question].yes += delta;
  return *Evaluate(work).standards[standard].computed;
}

TEST_CASE("margins match moving the counts one answer at a time", "[target][margin]") {
  for (const char* stem : {"blackburn-with-darwen-2023", "north-and-north-east-lincolnshire-2023",
                           "bradford-and-calderdale-2024"}) {
    const Evidence evidence = testing::LoadSeed(stem);
    const Methodology& m = *evidence.methodology;
    const Evaluation now = Evaluate(evidence);
    for (const StandardMargin& margin : Margins(now)) {
      const Rating rating = *margin.computed;
      REQUIRE(margin.counts_known);
      INFO(stem << " " << m.standards[margin.standard].id);
      // Losing can_lose answers on any one key question keeps it; one more on
      // a first_to_drop key question drops it.
      if (margin.can_lose) {
        for (int q : m.standards[margin.standard].key_questions) {
          const int yes = evidence.key_questions[q].yes;
          CHECK(ComputedWith(evidence, margin.standard, q, -std::min(*margin.can_lose, yes)) == rating);
        }
        for (int q : margin.first_to_drop) {
          CHECK(ComputedWith(evidence, margin.standard, q, -(*margin.can_lose + 1)) < rating);
        }
      } else {
        CHECK(rating == m.Lowest());
      }
      // The rise steps raise it one band; one answer fewer on any step does not.
      if (margin.to_rise) {
        Evidence work = evidence;
        int total = 0;
        for (const auto& [q, more] : margin.rise_steps) {
          work.key_questions[q].yes += more;
          total += more;
        }
        CHECK(total == *margin.to_rise);
        CHECK(*Evaluate(work).standards[margin.standard].computed > rating);
        for (const auto& [q, more] : margin.rise_steps) {
          work.key_questions[q].yes -= 1;
          CHECK(*Evaluate(work).standards[margin.standard].computed == rating);
          work.key_questions[q].yes += 1;
        }
      }
    }
  }
}

TEST_CASE("Blackburn with Darwen's fragile ratings", "[target][margin]") {
  const Evidence evidence = testing::LoadSeed("blackburn-with-darwen-2023");
  const Methodology& m = *evidence.methodology;
  const std::vector<StandardMargin> margins = Margins(Evaluate(evidence));
  const StandardMargin& assessment = MarginOf(margins, m, "2.2");
  CHECK(*assessment.can_lose == 0);  // 11/21 = 52.4%; 10/21 = 47.6% is Inadequate
  CHECK(*assessment.to_rise == 3);   // 14/21 = 66.7%
  const StandardMargin& court = MarginOf(margins, m, "2.1");
  CHECK_FALSE(court.can_lose);       // Inadequate: nothing to lose
  CHECK(*court.to_rise == 1);
  CHECK(court.key_questions.at(0).yes == 4);
}

TEST_CASE("a percent-only key question leaves the margins unknown", "[target][margin][percent]") {
  const std::string ratings = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";
  Result<Evidence> evidence = testing::EvidenceFromText(
      testing::Rules2021(), testing::Inspection2021(ratings, "  \"2.2.3\": {percent: 70}\n"));
  REQUIRE(evidence.ok());
  const std::vector<StandardMargin> margins = Margins(Evaluate(*evidence));
  const StandardMargin& assessment = MarginOf(margins, *evidence->methodology, "2.2");
  CHECK_FALSE(assessment.counts_known);
  CHECK_FALSE(assessment.can_lose);
  CHECK_FALSE(assessment.key_questions.at(2).counts_known);
}

TEST_CASE("pivotal answers are the single cases whose answer changes a rating", "[target][pivotal]") {
  const Evidence evidence = testing::LoadSeed("blackburn-with-darwen-2023");
  const Methodology& m = *evidence.methodology;
  Result<std::vector<PivotalAnswer>> pivotal = PivotalAnswers(evidence);
  REQUIRE(pivotal.ok());
  // Checked against turning each case's answer on its own, through whatif's --case.
  const Evaluation now = Evaluate(evidence);
  const CaseData& data = *evidence.cases;
  int checked = 0;
  for (size_t q = 0; q < m.key_questions.size(); ++q) {
    const int standard = m.key_questions[q].standard;
    if (now.standards[standard].status != StandardStatus::kRated) continue;
    for (size_t c = 0; c < data.case_ids.size(); ++c) {
      const Answer answer = data.answers[q][c];
      if (answer == Answer::kNotApplicable) continue;
      const std::string value = data.case_ids[c] + ":" + m.key_questions[q].id + "=" + (answer == Answer::kYes ? "no" : "yes");
      Result<Scenario> flipped = ApplyChanges(evidence, {ChangeSpec{ChangeKind::kCase, value, {}}});
      REQUIRE(flipped.ok());
      const Evaluation after = Evaluate(flipped->evidence);
      bool changes = after.overall != now.overall;
      for (size_t s = 0; s < m.standards.size(); ++s) changes = changes || after.standards[s].rating != now.standards[s].rating;
      bool listed = false;
      for (const PivotalAnswer& item : *pivotal) {
        if (item.key_question != static_cast<int>(q) || item.from != answer) continue;
        listed = std::find(item.cases.begin(), item.cases.end(), data.case_ids[c]) != item.cases.end();
        if (listed) CHECK(item.score_after == after.score);
      }
      INFO(value);
      CHECK(listed == changes);
      ++checked;
    }
  }
  CHECK(checked > 200);
  REQUIRE(pivotal->size() == 3);
  CHECK(m.key_questions[(*pivotal)[0].key_question].id == "2.1.1");
  CHECK((*pivotal)[0].cases.size() == 5);
  CHECK((*pivotal)[0].ratings.size() == 2);  // court work, and leadership through the cap
}

TEST_CASE("pivotal answers need case answers", "[target][pivotal]") {
  const std::string ratings = "  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n  \"1.4\": Good\n";
  Result<Evidence> evidence = testing::EvidenceFromText(testing::Rules2021(), testing::Inspection2021(ratings, ""));
  REQUIRE(evidence.ok());
  Result<std::vector<PivotalAnswer>> pivotal = PivotalAnswers(*evidence);
  REQUIRE_FALSE(pivotal.ok());
  CHECK(pivotal.error().message == "--pivotal needs case-level data (a cases: file); Test PDU gives key-question counts only");
}

}  // namespace
}  // namespace rerate
