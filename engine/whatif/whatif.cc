// RunWhatIf: the changes applied to a copy of the evidence, both sides
// evaluated, and every difference explained.
#include "rerate/whatif.h"

namespace rerate {

namespace {

std::vector<Warning> NewWarnings(const Evaluation& before, const Evaluation& after) {
  std::vector<Warning> fresh;
  for (const Warning& warning : after.warnings) {
    bool known = false;
    for (const Warning& old : before.warnings) {
      known = known || (old.kind == warning.kind && old.rule == warning.rule && old.standard == warning.standard &&
                        old.message == warning.message);
    }
    if (!known) fresh.push_back(warning);
  }
  return fresh;
}

}  // namespace

Result<WhatIf> RunWhatIf(const Evidence& base, const std::vector<ChangeSpec>& changes) {
  Result<Scenario> scenario = ApplyChanges(base, changes);
  if (!scenario) return scenario.error();
  WhatIf whatif;
  whatif.before = Evaluate(base);
  whatif.after = Evaluate(scenario->evidence);
  whatif.changes = std::move(scenario->changes);
  whatif.explanations = ExplainDifference(whatif.before, whatif.after, whatif.changes);
  whatif.new_warnings = NewWarnings(whatif.before, whatif.after);
  return whatif;
}

}  // namespace rerate
