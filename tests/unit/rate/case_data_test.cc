#include "rate/case_data.h"

#include <catch2/catch.hpp>

#include "load/yaml_reader.h"
#include "test_support.h"

namespace rerate {
namespace {

// Builds case data from CSV text against hmip-pdu-2021; the error text on failure.
std::string Build(const std::string& text, CaseData* data = nullptr) {
  Result<CaseTable> table = ReadCsv(testing::WriteScratch("cases.csv", text));
  REQUIRE(table.ok());
  try {
    CaseData built = BuildCaseData(*table, *testing::Rules2021());
    if (data != nullptr) *data = std::move(built);
  } catch (const LoadError& e) {
    return e.error.ToString();
  }
  return "";
}

TEST_CASE("answers are yes, no or n/a in any case, or y, n, na", "[cases]") {
  CaseData data;
  REQUIRE(Build("case,2.1.1\nA,YES\nB,y\nC,No\nD,n\nE,N/A\nF,na\n", &data) == "");
  const std::vector<Answer>& answers = data.answers[testing::Rules2021()->FindKeyQuestion("2.1.1")];
  CHECK(answers == std::vector<Answer>{Answer::kYes, Answer::kYes, Answer::kNo, Answer::kNo,
                                      Answer::kNotApplicable, Answer::kNotApplicable});
  int yes = 0;
  int relevant = 0;
  CountAnswers(answers, &yes, &relevant);
  CHECK(yes == 2);
  CHECK(relevant == 4);
}

TEST_CASE("an empty answer says to write n/a", "[cases]") {
  CHECK(Build("case,2.1.1\nA,\n").find("cases.csv:2:3: empty answer to 2.1.1 for case A: write n/a") !=
        std::string::npos);
}

TEST_CASE("a case id appears once", "[cases]") {
  CHECK(Build("case,2.1.1\nA,yes\nB,no\nA,no\n").find("cases.csv:4:1: duplicate case id \"A\" (first at line 2)") !=
        std::string::npos);
  CHECK(Build("case,2.1.1\n,yes\n").find("empty case id") != std::string::npos);
}

TEST_CASE("a column named like an id must be a key question", "[cases]") {
  CHECK(Build("case,2.2.4\nA,yes\n").find("cases.csv:1:6: no key question \"2.2.4\" in hmip-pdu-2021; did you mean") !=
        std::string::npos);
  CHECK(Build("2.1.1\nyes\n").find("the CSV needs a \"case\" column") != std::string::npos);
  CHECK(Build("case,2.1.1,2.1.1\nA,yes,no\n").find("column \"2.1.1\" appears twice") != std::string::npos);
}

TEST_CASE("attributes are kept, and checked when the rules list their values", "[cases]") {
  CaseData data;
  REQUIRE(Build("case,sentence,team,2.1.1\nA,licence,North,yes\nB,community,South,no\n", &data) == "");
  REQUIRE(data.attributes.size() == 2);
  CHECK(data.attributes[0].name == "sentence");
  CHECK(data.attributes[1].values == std::vector<std::string>{"North", "South"});
  CHECK(Build("case,sentence,2.1.1\nA,license,yes\n").find("unknown sentence \"license\"; did you mean licence?") !=
        std::string::npos);
  // A free-text attribute may be empty; an answer may not.
  CaseData notes;
  REQUIRE(Build("case,team,2.1.1\nA,,yes\n", &notes) == "");
  CHECK(notes.attributes[0].values == std::vector<std::string>{""});
  CHECK(Build("case,team,2.1.1\nA,North,\n").find("cases.csv:2:9: empty answer to 2.1.1 for case A: write n/a") !=
        std::string::npos);
}

TEST_CASE("headers as people write them name the case and key-question columns", "[cases]") {
  CaseData data;
  REQUIRE(Build("Case ID,KQ 2.1.1,2.2.1 Planning well,q2.2.2\nA,yes,no,TRUE\n", &data) == "");
  CHECK(data.answers[0] == std::vector<Answer>{Answer::kYes});
  CHECK(data.answers[1] == std::vector<Answer>{Answer::kNo});
  CHECK(data.answers[2] == std::vector<Answer>{Answer::kYes});
  CHECK(data.answer_columns[0] == 9);
  CHECK(data.attributes.empty());
  // Never silently an attribute: an id elsewhere in a header, or a header
  // that starts like an id that is none, is refused with the nearest.
  CHECK(Build("case,Notes on 2.1.1\nA,x\n").find("cases.csv:1:6: the header \"Notes on 2.1.1\" names 2.1.1 but not as its column") !=
        std::string::npos);
  CHECK(Build("case,KQ 2.2.4\nA,yes\n").find("no key question \"2.2.4\" (header \"KQ 2.2.4\") in hmip-pdu-2021; did you mean") !=
        std::string::npos);
  CHECK(Build("case,2.1.1,KQ 2.1.1\nA,yes,no\n").find("columns \"2.1.1\" and \"KQ 2.1.1\" both hold 2.1.1's answers") !=
        std::string::npos);
  CHECK(Build("Case number,2.1.1\nA,yes\n").find("needs a \"case\" column with a unique id per case (found \"Case number\" at column 1") !=
        std::string::npos);
  CHECK(Build("id,2.1.1\nA,yes\n").find("(the header row has \"id\" and \"2.1.1\")") != std::string::npos);
}

TEST_CASE("a header alone has no cases", "[cases]") {
  CHECK(Build("case,2.1.1\n").find("the CSV has a header but no cases") != std::string::npos);
}

}  // namespace
}  // namespace rerate

namespace rerate {
namespace {

TEST_CASE("answers are read the same for a what-if change as in a CSV", "[cases]") {
  CHECK(ParseCaseAnswer("YES") == Answer::kYes);
  CHECK(ParseCaseAnswer("n") == Answer::kNo);
  CHECK(ParseCaseAnswer("NA") == Answer::kNotApplicable);
  CHECK(ParseCaseAnswer("n/a") == Answer::kNotApplicable);
  CHECK_FALSE(ParseCaseAnswer("maybe"));
}

}  // namespace
}  // namespace rerate
