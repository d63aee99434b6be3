// RunTarget: one call for every front end (the command line, the workbench)
// that answers a target request.
#include "rerate/target.h"

namespace rerate {

TargetOutput TargetRun::Output() const {
  TargetOutput output;
  output.result = result ? &*result : nullptr;
  output.now = &now;
  output.scenario = &scenario.changes;
  output.margins = margins ? &*margins : nullptr;
  output.pivotal = pivotal ? &*pivotal : nullptr;
  return output;
}

Result<TargetRun> RunTarget(const Evidence& base, const TargetRequest& request) {
  Result<Scenario> scenario = ApplyChanges(base, request.changes);
  if (!scenario) return scenario.error();
  TargetRun run;
  run.scenario = std::move(scenario).value();
  const Evidence& evidence = run.scenario.evidence;
  run.now = Evaluate(evidence);
  if (!run.now.violations.empty()) return run;
  if (!request.overall.empty() || !request.standards.empty()) {
    Result<TargetSpec> spec = ParseTarget(run.now, request.overall, request.standards);
    if (!spec) return spec.error();
    Result<TargetResult> found = FindTarget(evidence, *spec);
    if (!found) return found.error();
    run.result = std::move(found).value();
  }
  if (request.margin) run.margins = Margins(run.now);
  if (request.pivotal) {
    Result<std::vector<PivotalAnswer>> found = PivotalAnswers(evidence);
    if (!found) return found.error();
    run.pivotal = std::move(found).value();
  }
  return run;
}

}  // namespace rerate
