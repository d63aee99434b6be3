#include "fuzz_support.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "rerate/check.h"
#include "rerate/render.h"
#include "rerate/serve.h"
#include "rerate/stability.h"
#include "rerate/target.h"
#include "rerate/whatif.h"

namespace rerate::fuzz {

namespace fs = std::filesystem;

const std::string& Scratch() {
  static const std::string dir = [] {
    const fs::path base = fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    std::string pattern = (base / "rerate-fuzz-XXXXXX").string();
    Require(::mkdtemp(pattern.data()) != nullptr, "cannot make a scratch folder");
    // Gone when the harness exits normally; a crash leaves it for a look.
    static const std::string made = pattern;
    std::atexit([] {
      std::error_code ignored;
      fs::remove_all(made, ignored);
    });
    return pattern;
  }();
  return dir;
}

std::string WriteScratch(const std::string& name, std::string_view text) {
  const std::string path = Scratch() + "/" + name;
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  Require(static_cast<bool>(out), "cannot write a scratch file");
  return path;
}

void CopyToScratch(const std::string& relative) {
  fs::copy_file(SourcePath(relative), fs::path(Scratch()) / fs::path(relative).filename(),
                fs::copy_options::overwrite_existing);
}

std::string SourcePath(const std::string& relative) { return std::string(RERATE_SOURCE_DIR) + "/" + relative; }

void Require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "rerate fuzz: invariant broken: %s\n", what);
  std::abort();
}

void RequireError(const Error& error) {
  if (error.message.empty() || error.where.file.empty()) {
    std::fprintf(stderr, "rerate fuzz: an error without a message or a file: %s\n", error.ToString().c_str());
    std::abort();
  }
}

void RequireJson(const std::string& text) {
  if (nlohmann::json::accept(text)) return;
  std::fprintf(stderr, "rerate fuzz: JSON output that does not parse:\n%s\n", text.c_str());
  std::abort();
}

namespace {

constexpr Format kFormats[] = {Format::kText, Format::kMarkdown, Format::kJson};

void RequireRendered(const std::string& text, Format format) {
  Require(!text.empty(), "empty output");
  if (format == Format::kJson) RequireJson(text);
}

// rate: plain, --explain, --brief, --by each attribute; every format.
void Rate(const Evidence& evidence, const Evaluation& evaluation, const TraceLog& trace) {
  for (Format format : kFormats) {
    RequireRendered(RenderRate(RateOutput{&evaluation, &trace.steps(), nullptr}, format), format);
    RequireRendered(RenderRate(RateOutput{&evaluation, nullptr, nullptr, /*brief=*/true}, format), format);
  }
  Require(!RenderRateHtml({RateOutput{&evaluation, nullptr, nullptr}}).empty(), "empty html");
  std::vector<std::string> attributes;
  for (const Attribute& attribute : evidence.methodology->breakdowns.attributes) attributes.push_back(attribute.name);
  if (evidence.cases) {
    for (const auto& column : evidence.cases->attributes) attributes.push_back(column.name);
  }
  attributes.push_back("no-such-attribute");
  for (const std::string& attribute : attributes) {
    Result<Breakdown> breakdown = BreakDown(evidence, attribute);
    if (!breakdown) {
      RequireError(breakdown.error());
      continue;
    }
    for (Format format : kFormats) {
      RequireRendered(RenderRate(RateOutput{&evaluation, nullptr, &*breakdown}, format), format);
    }
  }
}

// Changes a what-if or target request may carry, from the methodology's own
// ids: one more and one fewer yes on each key question, a judgement set,
// a standard Not rated, a discretion; and a few that must be refused.
std::vector<std::vector<ChangeSpec>> ChangeSets(const Evidence& evidence) {
  const Methodology& methodology = *evidence.methodology;
  std::vector<std::vector<ChangeSpec>> sets;
  const std::string top = methodology.RatingName(methodology.Highest());
  for (const Standard& standard : methodology.standards) {
    if (standard.basis == StandardBasis::kJudgement) {
      sets.push_back({{ChangeKind::kSet, standard.id + "=" + top, {}}});
    } else if (!standard.key_questions.empty()) {
      const std::string& kq = methodology.key_questions[static_cast<size_t>(standard.key_questions.front())].id;
      sets.push_back({{ChangeKind::kKq, kq + "=+1", {}}, {ChangeKind::kKq, kq + "=-1", {}}});
      sets.push_back({{ChangeKind::kDiscretion, standard.id + "=" + top + ": fuzzed", {}}});
      sets.push_back({{ChangeKind::kDropDiscretion, standard.id, {}}});
      if (evidence.cases && !evidence.cases->case_ids.empty()) {
        sets.push_back({{ChangeKind::kCase, evidence.cases->case_ids.front() + ":" + kq + "=yes", {}}});
      }
    }
    if (standard.may_be_not_rated) sets.push_back({{ChangeKind::kNotRated, standard.id, {}}});
  }
  sets.push_back({{ChangeKind::kKq, "9.9.9=+1", {}}});
  return sets;
}

void WhatIfAll(const Evidence& evidence) {
  for (const std::vector<ChangeSpec>& changes : ChangeSets(evidence)) {
    Result<WhatIf> whatif = RunWhatIf(evidence, changes);
    if (!whatif) {
      Require(!whatif.error().message.empty(), "a refused change without a message");
      continue;
    }
    for (Format format : kFormats) {
      RequireRendered(RenderWhatIf(*whatif, format), format);
      RequireRendered(RenderWhatIf(*whatif, format, /*brief=*/true), format);
    }
  }
}

void TargetAll(const Evidence& evidence) {
  const Methodology& methodology = *evidence.methodology;
  std::vector<TargetRequest> requests;
  for (const ScaleLevel& level : methodology.scale.levels) requests.push_back(TargetRequest{{}, level.name, {}, false, false});
  requests.push_back(TargetRequest{{}, "", {}, /*margin=*/true, /*pivotal=*/evidence.cases.has_value()});
  for (const Standard& standard : methodology.standards) {
    if (standard.basis == StandardBasis::kCases && !standard.reported_only) {
      requests.push_back(TargetRequest{{}, "", {standard.id + "=" + methodology.RatingName(methodology.Highest())}, false, false});
      break;
    }
  }
  std::vector<std::vector<ChangeSpec>> changes = ChangeSets(evidence);
  if (!changes.empty()) requests.push_back(TargetRequest{changes.front(), methodology.RatingName(methodology.Highest()), {}, true, false});
  for (const TargetRequest& request : requests) {
    Result<TargetRun> run = RunTarget(evidence, request);
    if (!run) continue;  // refused: the message is for the command line
    if (!run->now.violations.empty()) continue;
    for (Format format : kFormats) RequireRendered(RenderTarget(run->Output(), format), format);
  }
}

void StabilityAll(const Evidence& evidence) {
  StabilityOptions options;
  options.resamples = 16;
  options.jobs = 1;
  Result<StabilityResult> result = RunStability(evidence, options);
  if (!result) return;
  for (Format format : kFormats) RequireRendered(RenderStability(*result, format), format);
}

}  // namespace

void DriveEvidence(const Evidence& evidence) {
  TraceLog trace;
  const Evaluation evaluation = Evaluate(evidence, &trace);
  Rate(evidence, evaluation, trace);
  // The commands refuse evidence that breaks a rule (a discretion too far).
  if (!evaluation.violations.empty()) return;
  WhatIfAll(evidence);
  TargetAll(evidence);
  StabilityAll(evidence);
}

void DriveInspectionFile(const std::string& path, RulesLibrary& library, const std::string& rules) {
  Result<Evidence> evidence = LoadEvidence(path, library, rules);
  if (!evidence) return RequireError(evidence.error());
  DriveEvidence(*evidence);
  Result<CheckResult> checked = CheckFile(path, library, rules);
  if (!checked) return RequireError(checked.error());
  for (Format format : kFormats) RequireRendered(RenderCheck(*checked, format), format);
}

}  // namespace rerate::fuzz
