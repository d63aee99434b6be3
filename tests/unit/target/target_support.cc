#include <catch2/catch.hpp>

#include "target/target_support.h"
#include "test_support.h"

namespace rerate::testing {

std::string TinyRulesText(bool printed) {
  const std::string provenance = "provenance: {basis: default, source: a test}";
  return "methodology: tiny\n"
         "scale:\n  id: rating-points\n  " + provenance + "\n  ratings:\n"
         "    - {name: Inadequate, points: 0}\n    - {name: Requires improvement, points: 1}\n"
         "    - {name: Good, points: 2}\n    - {name: Outstanding, points: 3}\n  not_rated: Not rated\n"
         "key_question_bands:\n  id: kq-bands\n  " + provenance + "\n" +
         "  decide_on: " + (printed ? "printed percentage" : "exact fraction") + "\n  printed_rounding: half up\n"
         "  bands:\n    - {rating: Inadequate, from: 0, below: 50}\n"
         "    - {rating: Requires improvement, from: 50, below: 65}\n"
         "    - {rating: Good, from: 65, below: 80}\n    - {rating: Outstanding, from: 80}\n"
         "case_standard_rating: {id: lowest-kq, " + provenance + ", method: lowest key question}\n"
         "judgement_standards: {id: judgement-inputs, " + provenance + "}\n"
         "discretion: {id: professional-discretion, " + provenance + ", max_bands: 1, reason_required: true}\n"
         "domains:\n"
         "  - id: \"1\"\n    name: Judged\n    standards:\n"
         "      - {id: \"1.1\", name: Leadership, basis: judgement}\n"
         "      - {id: \"1.2\", name: Services, basis: judgement}\n"
         "  - id: \"2\"\n    name: Cases\n    standards:\n"
         "      - id: \"2.1\"\n        name: Court work\n        basis: cases\n        may_be_not_rated: true\n"
         "        key_questions: [{id: \"2.1.1\", text: a}]\n"
         "      - id: \"2.2\"\n        name: Assessment\n        basis: cases\n"
         "        key_questions: [{id: \"2.2.1\", text: b}, {id: \"2.2.2\", text: c}]\n"
         "      - id: \"2.3\"\n        name: Delivery\n        basis: cases\n"
         "        key_questions: [{id: \"2.3.1\", text: d}, {id: \"2.3.2\", text: e}]\n"
         "limits:\n  - id: court-caps-leadership\n    " + provenance + "\n    description: a cap\n"
         "    when: {standard: \"2.1\", rating: Inadequate}\n    standard: \"1.1\"\n"
         "    at_most: Requires improvement\n"
         "guidance:\n  - id: services-follow-delivery\n    " + provenance + "\n    description: guidance\n"
         "    when: {standard: \"1.2\", rating: Requires improvement}\n"
         "    expect: {standard: \"2.3\", rating_in: [Requires improvement, Good]}\n"
         "overall:\n  id: overall-from-score\n  " + provenance + "\n  tables:\n"
         "    - max: 15\n      bands:\n        - {rating: Inadequate, from: 0, to: 2}\n"
         "        - {rating: Requires improvement, from: 3, to: 7}\n        - {rating: Good, from: 8, to: 12}\n"
         "        - {rating: Outstanding, from: 13, to: 15}\n"
         "    - max: 12\n      bands:\n        - {rating: Inadequate, from: 0, to: 2}\n"
         "        - {rating: Requires improvement, from: 3, to: 6}\n        - {rating: Good, from: 7, to: 10}\n"
         "        - {rating: Outstanding, from: 11, to: 12}\n";
}

std::shared_ptr<const Methodology> TinyRules(bool printed) {
  static const std::shared_ptr<const Methodology> exact = [] {
    auto rules = RulesFromText(TinyRulesText(false), "tiny-exact.yaml");
    INFO((rules ? std::string() : rules.error().ToString()));
    REQUIRE(rules.ok());
    return *rules;
  }();
  static const std::shared_ptr<const Methodology> printed_rules = [] {
    auto rules = RulesFromText(TinyRulesText(true), "tiny-printed.yaml");
    INFO((rules ? std::string() : rules.error().ToString()));
    REQUIRE(rules.ok());
    return *rules;
  }();
  return printed ? printed_rules : exact;
}

std::string RandomTinyInspection(Random& random, int max_relevant) {
  static const char* kRatings[] = {"Inadequate", "Requires improvement", "Good", "Outstanding"};
  std::string text = "inspection: Tiny PDU\nmethodology: tiny\nratings:\n";
  text += std::string("  \"1.1\": ") + kRatings[random.Below(4)] + "\n";
  text += std::string("  \"1.2\": ") + kRatings[random.Below(4)] + "\n";
  const bool court_not_rated = random.Below(5) == 0;
  if (court_not_rated) text += "not_rated: [\"2.1\"]\n";
  text += "key_questions:\n";
  for (const char* id : {"2.1.1", "2.2.1", "2.2.2", "2.3.1", "2.3.2"}) {
    if (court_not_rated && std::string(id) == "2.1.1") continue;
    const int relevant = 1 + random.Below(max_relevant);
    const int yes = random.Below(relevant + 1);
    text += std::string("  \"") + id + "\": {yes: " + std::to_string(yes) + ", relevant: " + std::to_string(relevant) +
            "}\n";
  }
  return text;
}

}  // namespace rerate::testing
