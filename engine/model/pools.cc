#include "model/pools.h"

#include <algorithm>

#include "base/suggest.h"
#include "base/text.h"
#include "model/names.h"

namespace rerate {

std::vector<std::string> PooledMethodologies(const Methodology& regional) {
  std::vector<std::string> names;
  for (const Pool& pool : regional.pooling.pools) {
    for (const PoolSource& source : pool.from) {
      if (std::find(names.begin(), names.end(), source.methodology) == names.end()) names.push_back(source.methodology);
    }
  }
  return names;
}

namespace {

constexpr const char* kAttribute = "pool-unknown-attribute";

// The case attribute a pool keeps cases by must be one the PDU rules declare,
// so that a misspelt name or value is an error rather than an empty pool.
void CheckCases(const Pool& pool, const Methodology& pdu, std::vector<PoolProblem>* problems) {
  const PoolCases& cases = *pool.cases;
  std::vector<std::string> names;
  const Attribute* declared = nullptr;
  for (const Attribute& attribute : pdu.breakdowns.attributes) {
    names.push_back(attribute.name);
    if (attribute.name == cases.attribute) declared = &attribute;
  }
  const std::string name = "pool " + pool.rule.id;
  if (declared == nullptr) {
    problems->push_back(PoolProblem{pool.rule.id, kAttribute,
                                    Error{cases.where, name + " keeps cases by " + cases.attribute + ", an attribute " +
                                                           pdu.name + " does not declare" +
                                                           DidYouMean(cases.attribute, names) +
                                                           (names.empty() ? " (it declares none)"
                                                                          : " (it declares " + AllOf(names) + ")")}});
    return;
  }
  const std::vector<std::string>& values = declared->values;
  if (values.empty() || std::find(values.begin(), values.end(), cases.value) != values.end()) return;
  problems->push_back(PoolProblem{pool.rule.id, kAttribute,
                                  Error{cases.where, name + " keeps cases whose " + cases.attribute + " is " +
                                                         cases.value + ", a value " + pdu.name + " does not allow" +
                                                         DidYouMean(cases.value, values) + " (it allows " +
                                                         OneOf(values) + ")"}});
}

}  // namespace

std::vector<PoolProblem> PoolProblems(const Methodology& regional, const Methodology& pdu) {
  std::vector<PoolProblem> problems;
  for (const Pool& pool : regional.pooling.pools) {
    const PoolSource* source = pool.For(pdu.name);
    if (source == nullptr) continue;
    for (const PoolKeyQuestion& question : source->key_questions) {
      if (pdu.FindKeyQuestion(question.id) >= 0) continue;
      problems.push_back(PoolProblem{pool.rule.id, "pool-unknown-key-question",
                                     Error{question.where, "pool " + pool.rule.id + " reads key question " + question.id +
                                                               ", which " + pdu.name + " lacks" +
                                                               DidYouMean(question.id, KeyQuestionIds(pdu))}});
    }
    if (pool.cases) CheckCases(pool, pdu, &problems);
  }
  return problems;
}

}  // namespace rerate
