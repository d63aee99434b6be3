// Request bodies of the workbench's API, read with nlohmann::json into the
// same requests the command line builds: what-if changes (the scenario
// file's items as JSON) and target requests.
#pragma once

#include <string>
#include <vector>

#include "rerate/result.h"
#include "rerate/target.h"
#include "rerate/whatif.h"

namespace rerate {

// {"changes": [{"kq": "2.1.1=+4"}, {"set": "1.1=Good"}, ...]}; an empty body
// is {} (no change).
Result<std::vector<ChangeSpec>> WhatIfBody(const std::string& body);

// {"scenario": "a title", "changes": [...]}: a scenario file to save; at least
// one change, as a scenario file needs.
struct ScenarioBody {
  std::string title;
  std::vector<ChangeSpec> changes;
};
Result<ScenarioBody> ScenarioFileBody(const std::string& body);

// {"overall": "Good", "standards": ["2.2=Good"], "margin": true,
//  "pivotal": true, "changes": [...]}: what `rerate target` is given, and the
// same refusal when it asks for nothing.
Result<TargetRequest> TargetBody(const std::string& body);

}  // namespace rerate
