// A regional methodology's pools read against a PDU methodology: what the
// regional rules file can only be checked for once the PDU rules are known.
#pragma once

#include <string>
#include <vector>

#include "rerate/result.h"
#include "rerate/rules.h"

namespace rerate {

// The PDU methodologies a regional methodology's pools read, in order of
// first mention.
std::vector<std::string> PooledMethodologies(const Methodology& regional);

struct PoolProblem {
  std::string rule;   // the pool's id
  const char* check;  // "pool-unknown-key-question" or "pool-unknown-attribute"
  Error error;        // placed in the regional rules file
};

// Each pool's key questions for `pdu` that `pdu` lacks (with the nearest id),
// and a case attribute it does not declare or a value it does not allow.
std::vector<PoolProblem> PoolProblems(const Methodology& regional, const Methodology& pdu);

}  // namespace rerate
