#include <catch2/catch.hpp>

#include "rate/case_data.h"
#include "rerate/inputs.h"
#include "test_support.h"

namespace rerate {
namespace {

Evidence Bradford() {
  RulesLibrary library;
  Result<Evidence> evidence =
      LoadEvidence(testing::SourcePath("cases/bradford-and-calderdale-2024.yaml"), library, "");
  REQUIRE(evidence.ok());
  return std::move(evidence).value();
}

TEST_CASE("results by grade reproduce the report's PO and PSO figures", "[breakdown]") {
  const Evidence evidence = Bradford();
  Result<Breakdown> breakdown = BreakDown(evidence, "grade");
  REQUIRE(breakdown.ok());
  const Methodology& m = *evidence.methodology;
  auto count = [&](const std::string& kq, const std::string& grade) {
    for (const Breakdown::Row& row : breakdown->rows) {
      if (m.key_questions[row.key_question].id != kq) continue;
      for (size_t g = 0; g < breakdown->groups.size(); ++g) {
        if (breakdown->groups[g] == grade) return std::make_pair(row.yes[g], row.relevant[g]);
      }
    }
    FAIL("no such row or group");
    return std::make_pair(0, 0);
  };
  // "25 out of 30 cases managed by POs, compared to 11 out of 39 cases managed by PSOs"
  CHECK(count("2.3.1", "PO") == std::make_pair(25, 30));
  CHECK(count("2.3.1", "PSO") == std::make_pair(11, 39));
  CHECK(count("2.4.1", "PO") == std::make_pair(22, 30));
  CHECK(count("2.4.1", "PSO") == std::make_pair(12, 39));
  CHECK(count("2.3.3", "PSO").first == 2);
  int cases = 0;
  for (int n : breakdown->group_cases) cases += n;
  CHECK(cases == 79);
}

TEST_CASE("a breakdown needs case data and a known attribute", "[breakdown]") {
  const Evidence evidence = Bradford();
  Result<Breakdown> typo = BreakDown(evidence, "grad");
  REQUIRE_FALSE(typo.ok());
  CHECK(typo.error().message.find("did you mean grade?") != std::string::npos);
  Result<Evidence> counts_only = testing::EvidenceFromText(
      testing::Rules2023(),
      "inspection: T\nmethodology: hmip-pdu-2023\nratings:\n  \"1.1\": Good\n  \"1.2\": Good\n  \"1.3\": Good\n"
      "  \"2.1\": Good\n  \"2.2\": Good\n  \"2.3\": Good\n  \"2.4\": Good\n");
  REQUIRE(counts_only.ok());
  Result<Breakdown> none = BreakDown(*counts_only, "grade");
  REQUIRE_FALSE(none.ok());
  CHECK(none.error().message.find("needs case-level answers") != std::string::npos);
}

Evidence WithCases(const std::string& csv) {
  Result<CaseTable> table = ReadCsv(testing::WriteScratch("breakdown.csv", csv));
  REQUIRE(table.ok());
  Evidence evidence;
  evidence.methodology = testing::Rules2021();
  evidence.cases = BuildCaseData(*table, *evidence.methodology);
  return evidence;
}

// Regression: the columns came in the order the CSV first used each value
// (PSO, PO, other, PQiP for Bradford), not the rules file's (issue 15).
TEST_CASE("breakdown columns follow the values the rules file declares, then any others", "[breakdown]") {
  const Evidence evidence =
      WithCases("case,grade,team,2.1.1\nA,PSO,South,yes\nB,other,North,no\nC,PO,South,yes\nD,PSO,East,no\n");
  Result<Breakdown> grade = BreakDown(evidence, "grade");  // declared: PO, PSO, PQiP, other
  REQUIRE(grade.ok());
  CHECK(grade->groups == std::vector<std::string>{"PO", "PSO", "other"});
  CHECK(grade->group_cases == std::vector<int>{1, 2, 1});
  REQUIRE(grade->rows.size() == 1);
  CHECK(grade->rows[0].yes == std::vector<int>{1, 1, 0});
  CHECK(grade->rows[0].relevant == std::vector<int>{1, 2, 1});
  Result<Breakdown> team = BreakDown(evidence, "team");  // not declared
  REQUIRE(team.ok());
  CHECK(team->groups == std::vector<std::string>{"South", "North", "East"});
  CHECK(team->group_cases == std::vector<int>{2, 1, 1});
}

// Regression (issue 13): BreakDown scanned the groups seen so far for each
// case, so 50,000 cases with a distinct value each took 13.7 s against 0.26 s
// without --by.  The result is asserted here; the time is measured by
// tests/bench/rate_by_bench.sh, never in a timed test.
TEST_CASE("rate --by over 50,000 distinct values gives one group each, in order (BreakDown was quadratic)", "[breakdown][regression]") {
  constexpr int kCases = 50000;
  std::string csv = "case,officer,2.1.1,2.2.1\n";
  for (int i = 0; i < kCases; ++i) {
    csv += "C" + std::to_string(i) + ",officer-" + std::to_string(kCases - i) + (i % 3 == 0 ? ",yes," : ",no,") +
           (i % 2 == 0 ? "n/a\n" : "yes\n");
  }
  const Evidence evidence = WithCases(csv);
  Result<Breakdown> breakdown = BreakDown(evidence, "officer");
  REQUIRE(breakdown.ok());
  REQUIRE(breakdown->groups.size() == static_cast<size_t>(kCases));
  CHECK(breakdown->groups.front() == "officer-50000");  // first appearance order
  CHECK(breakdown->groups.back() == "officer-1");
  CHECK(breakdown->group_cases == std::vector<int>(kCases, 1));
  REQUIRE(breakdown->rows.size() == 2);
  int yes = 0;
  for (size_t g = 0; g < breakdown->groups.size(); ++g) {
    CHECK(breakdown->rows[0].relevant[g] == 1);
    CHECK(breakdown->rows[0].yes[g] == (g % 3 == 0 ? 1 : 0));
    CHECK(breakdown->rows[1].relevant[g] == static_cast<int>(g % 2));
    yes += breakdown->rows[1].yes[g];
  }
  CHECK(yes == kCases / 2);
}

}  // namespace
}  // namespace rerate
