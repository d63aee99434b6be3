// rerate target: the fewest answers to change to reach a rating, margins and
// pivotal cases.
#include <iostream>

#include "cli.h"
#include "output.h"
#include "rerate/target.h"

namespace rerate::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kAbout =
    "The fewest case answers to turn from no to yes so the inspection reaches a\n"
    "rating (--overall RATING, --standard ID=RATING, or both), found by an exact\n"
    "search: every combination of case-standard ratings is costed and run through\n"
    "the rules (caps, guidance, discretion, score tables), cheapest first.  It\n"
    "prints the plan per key question (more yes answers, the new k/n and\n"
    "percentage), what it changes and why, and a whatif command that replays it.\n"
    "When casework alone cannot reach the target it says why, and which judgement\n"
    "ratings (inspectors' judgements, not casework) would make it reachable; exit 1.\n"
    "Ties between plans of the same size go to the higher score, then fewer key\n"
    "questions, then lower ratings in methodology order.  A key question known only\n"
    "as a printed percentage is held as it is; a recorded discretion is kept.\n"
    "--margin: how many yes answers each case standard can lose before it drops a\n"
    "band, and needs to rise one.  --pivotal: single case answers that would change\n"
    "a rating (needs case answers).  The what-if change options (see rerate whatif\n"
    "--help) apply first.";

constexpr CommandFront kFront = {
    "target", "rerate target INSPECTION.yaml --overall RATING | --standard ID=RATING [options]", kAbout,
    "give one inspection file", /*one_file=*/true};

int Fail(const Error& error) {
  PrintError(error);
  return kExitInputError;
}

}  // namespace

int CmdTarget(const Args& args) {
  InputOptions input;
  TargetRequest target;
  po::options_description options;
  options.add_options()
      ("overall", po::value(&target.overall)->value_name("RATING"), "reach at least this overall rating")
      ("standard", po::value(&target.standards)->value_name("ID=RATING")->composing(),
       "reach at least this rating for a standard (repeatable; all must hold)")
      ("margin", po::bool_switch(&target.margin), "how many yes answers each case standard can lose, and needs to rise")
      ("pivotal", po::bool_switch(&target.pivotal), "single case answers that would change a rating");
  bool brief = false;
  options.add_options()("brief", po::bool_switch(&brief), kBriefHelp);
  AddChangeOptions(&options);
  AddInputOptions(&options, &input);
  po::variables_map vm;
  po::parsed_options parsed(nullptr);
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &input.paths, &vm, &parsed)) return *stop;
  if (target.overall.empty() && target.standards.empty() && !target.margin && !target.pivotal) {
    return UsageError("target", "give a target (--overall RATING or --standard ID=RATING), --margin or --pivotal");
  }
  Result<Format> format = ParseFormat(input.format);
  if (!format) return UsageError("target", "--format: " + format.error().message);
  Result<std::vector<ChangeSpec>> changes = ChangesInOrder(parsed);
  if (!changes) return Fail(changes.error());
  target.changes = std::move(changes).value();
  RulesLibrary library(input.rules_dirs, CaseFileOptionsOf(input.csv_separator));
  Result<Evidence> evidence = LoadEvidence(input.paths[0], library, input.rules);
  if (!evidence) return Fail(evidence.error());
  Result<TargetRun> run = RunTarget(*evidence, target);
  if (!run) return Fail(run.error());
  if (RefuseViolations(run->now)) return kExitInputError;
  TargetOutput output = run->Output();
  output.brief = brief;
  Out(RenderTarget(output, *format));
  return run->result && !run->result->reachable ? kExitFinding : kExitOk;
}

}  // namespace rerate::cli
