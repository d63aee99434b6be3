// Targets: the least casework improvement that reaches a rating, how fragile
// each case standard's rating is, and the single answers that would change one.
//
// The optimiser.  Under the lowest-key-question rule a case standard is at
// least rating r exactly when each of its key questions is, so the fewest
// answers that bring standard s to at least r is
//     cost(s, r) = sum over its key questions of max(0, MinYesForBand(r, n) - k)
// (only `no` -> `yes`; the relevant count n never changes).  Every
// combination of such ratings over the case standards is then applied to a
// copy of the evidence and run through the real Evaluate, so limits, guidance,
// discretion and the score tables are honoured exactly and never re-implemented
// here; the cheapest combination that reaches the target wins.  Any set of
// answer changes gives its standards some ratings, and the combination of
// those ratings costs no more and evaluates the same, so the minimum over
// combinations is the true minimum.  (This needs key-question bands that rise
// with the percentage; FindTarget refuses a rules file whose bands do not.)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rerate/evaluate.h"
#include "rerate/evidence.h"
#include "rerate/format.h"
#include "rerate/result.h"
#include "rerate/whatif.h"

namespace rerate {

// What to reach: an overall rating, standards' ratings, or both (all must
// hold); "at least" each rating.
struct TargetSpec {
  std::optional<Rating> overall;
  std::vector<std::pair<int, Rating>> standards;  // standard index, the least rating wanted

  bool Empty() const { return !overall && standards.empty(); }
};

// Reads `--overall RATING` (empty: none) and `--standard ID=RATING` against
// the evaluation's methodology; a standard that is Not rated or reported only
// is an error.
Result<TargetSpec> ParseTarget(const Evaluation& now, const std::string& overall,
                               const std::vector<std::string>& standards);

// One key question of a plan.
struct PlanStep {
  int key_question = -1;
  int yes = 0;       // now
  int relevant = 0;
  int to_yes = 0;    // answers to turn from no to yes
  // With case answers: the cases turned, the first `no` answers in file
  // order (as `whatif --kq ID=+N` turns them); any `no` answers would do.
  std::vector<std::string> cases;
};

struct Plan {
  std::int64_t changes = 0;      // answers turned from no to yes, in total
  std::vector<PlanStep> steps;   // key questions with something to change, methodology order
  std::vector<ChangeSpec> as_changes;  // --kq ID=+N each: the plan as whatif changes
  std::vector<Rating> levels;    // per planned case standard: its computed rating after the plan
  Evaluation after;              // the evidence with the plan applied, evaluated
};

// A key question known only as its printed percentage: its counts are
// unknown, so plans hold it where it is.
struct FixedKq {
  int key_question = -1;
  int percent = 0;
  std::optional<Rating> band;
};

// Judgement ratings (inspectors' ratings, and case standards rated under
// ratings:) that would make the target reachable by casework.
struct JudgementOption {
  std::vector<std::pair<int, Rating>> ratings;  // standard index, the rating it would need
  int bands = 0;                                // bands raised, in total
  std::int64_t casework = 0;                    // the fewest answers to change with these ratings
};

struct TargetResult {
  TargetSpec spec;
  Evaluation now;
  std::vector<int> planned;  // the case standards plans may improve, methodology order
  std::vector<FixedKq> fixed;
  std::vector<int> discretion_kept;  // planned standards whose recorded discretion plans keep
  bool reached_now = false;
  bool reachable = false;  // by casework alone
  // Not reachable with the printed-only key questions held, but reachable if
  // they improved: whether casework can reach it depends on their counts.
  bool needs_counts = false;
  std::vector<FixedKq> needs_counts_for;  // the printed-only key questions that would have to improve
  std::optional<Plan> plan;         // the chosen cheapest plan (also when reached now: no steps)
  std::vector<Plan> alternatives;   // other plans of the same size, in preference order (at most 20)
  int alternatives_total = 0;       // how many other plans of the same size there are
  long combinations = 0;            // combinations of case-standard ratings there are
  long evaluations = 0;             // evaluations run
  // When casework alone cannot reach the target:
  std::optional<Evaluation> ceiling;  // every planned standard at its highest reachable rating
  std::vector<std::string> why;
  std::vector<JudgementOption> judgement_options;  // the fewest bands raised; empty: none found
  bool judgement_search_complete = true;
};

// Searches for the fewest `no` -> `yes` answers that reach `spec`.  Ties
// between plans of the same size go to the higher score after the plan, then
// to fewer key questions changed, then to the lower ratings in methodology
// order of the case standards.  The evidence's own evaluation must have no
// violations.
Result<TargetResult> FindTarget(const Evidence& evidence, const TargetSpec& spec);

// How far each key question, and each case standard rated from them, is
// from a band edge.
struct KqMargin {
  int key_question = -1;
  bool counts_known = false;
  int yes = 0;
  int relevant = 0;
  int percent = 0;  // the printed percentage (all that is known without counts)
  std::optional<Rating> band;
  std::optional<int> can_lose;  // yes answers it can lose and keep its band; none at the lowest band
  std::optional<int> to_rise;   // more yes answers to reach the next band; none at the top
};

struct StandardMargin {
  int standard = -1;
  std::optional<Rating> computed;
  bool counts_known = false;         // every key question has counts
  std::optional<int> can_lose;       // yes answers it can lose (on one key question) and keep its rating
  std::vector<int> first_to_drop;    // the key questions that would drop it first
  std::optional<std::int64_t> to_rise;  // the fewest more yes answers that raise it one band
  std::vector<std::pair<int, int>> rise_steps;  // key question, more yes answers needed
  std::vector<KqMargin> key_questions;
};

// Every case standard rated from key questions.
std::vector<StandardMargin> Margins(const Evaluation& now);

// A single answer whose change would change a rating: any one of `cases`
// turned from `from` to `to`.
struct PivotalAnswer {
  int standard = -1;
  int key_question = -1;
  Answer from = Answer::kYes;
  Answer to = Answer::kNo;
  std::vector<std::string> cases;
  std::vector<std::pair<int, std::pair<std::optional<Rating>, std::optional<Rating>>>> ratings;  // standard: before, after
  int score_after = 0;
  int max_after = 0;
  std::optional<Rating> overall_after;
};

// Needs case answers (an error names the inspection otherwise).  Every
// yes <-> no answer of every key question of a rated case standard is tried
// (answers with the same value are interchangeable, so one evaluation serves
// them all) through the real Evaluate.
Result<std::vector<PivotalAnswer>> PivotalAnswers(const Evidence& evidence);

// What `target` is asked: what-if changes to apply first, then a target
// (an overall rating, standards' ratings, both, or none), margins, pivotal
// answers.
struct TargetRequest {
  std::vector<ChangeSpec> changes;
  std::string overall;                 // "Good"; "" for none
  std::vector<std::string> standards;  // "2.2=Good" each
  bool margin = false;
  bool pivotal = false;
};

// What `target` prints.
struct TargetOutput {
  const TargetResult* result = nullptr;                // null with only --margin / --pivotal
  const Evaluation* now = nullptr;
  const std::vector<AppliedChange>* scenario = nullptr;  // what-if changes applied first
  const std::vector<StandardMargin>* margins = nullptr;  // --margin
  const std::vector<PivotalAnswer>* pivotal = nullptr;   // --pivotal
  // Text and Markdown: ids alone, without what each key question asks and
  // what each rule does (--brief).
  bool brief = false;
};

// Everything a target request computes.  When `now` (the evidence with the
// changes applied) breaks a rule of the methodology, `now.violations` says
// which and nothing else is computed: front ends refuse such input.
struct TargetRun {
  Scenario scenario;
  Evaluation now;
  std::optional<TargetResult> result;                  // with a target
  std::optional<std::vector<StandardMargin>> margins;  // with margin
  std::optional<std::vector<PivotalAnswer>> pivotal;   // with pivotal

  // Points into this run: valid while it lives.
  TargetOutput Output() const;
};

// The whole of `rerate target` over loaded evidence: applies the changes,
// evaluates, refuses violations, reads the target against the methodology
// (ParseTarget) and runs FindTarget, Margins and PivotalAnswers as asked.
Result<TargetRun> RunTarget(const Evidence& base, const TargetRequest& request);

std::string RenderTarget(const TargetOutput& report, Format format);

}  // namespace rerate
