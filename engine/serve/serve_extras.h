// Answers only the workbench gives (no command prints them): the list of
// inspections served, what the page needs of a methodology to draw it, and
// the case answers a scenario leaves.  Each is documented in the README,
// "rerate serve"; none changes what a command prints.
#pragma once

#include <vector>

#include "base/json.h"
#include "rerate/result.h"
#include "rerate/serve.h"
#include "rerate/whatif.h"

namespace rerate {

// {"inspections": [{id, inspection, file, methodology, score: {points, max}, overall}]}
Json InspectionsJson(const Catalog& catalog);

// {methodology, title, file, ratings: [{name, points}], not_rated,
//  bands: {rule, decide_on, edges: [{rating, from, below, text}]},
//  discretion: {rule, max_bands, reason_required},
//  standards: [{id, name, domain, basis, may_be_not_rated, reported_only, key_questions: [{id, text}]}],
//  rules: [{id, description}]}
Json MethodologyJson(const Methodology& methodology);

// {key_questions: [ids the case file answers], cases: [{id, answers: ["yes"|"no"|"n/a"]}]}:
// every case's answers after the changes.  An error when the inspection has
// no case data, or a change is impossible.
Result<Json> CaseAnswersJson(const Evidence& base, const std::vector<ChangeSpec>& changes);

}  // namespace rerate
