#include "fuzz_support.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
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

std::string InspectionNaming(const std::string& relative, const std::string& csv, const std::string& cases,
                             const std::string& name) {
  std::ifstream in(SourcePath(relative), std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  const size_t at = text.find("cases: " + csv);
  Require(at != std::string::npos, "the seed inspection names no case file");
  text.replace(at, 7 + csv.size(), "cases: " + cases);
  return WriteScratch(name, text);
}

std::string SourcePath(const std::string& relative) { return std::string(RERATE_SOURCE_DIR) + "/" + relative; }

RulesLibrary& ShippedRules() {
  static RulesLibrary library({SourcePath("rules")});
  return library;
}

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

void RequireRendered(const std::string& text, Format format) {
  Require(!text.empty(), "empty output");
  if (format == Format::kJson) RequireJson(text);
}

namespace {

// rate: plain, --explain, --brief, --by each attribute; every format.
void DriveRate(const Evidence& evidence, const Evaluation& evaluation, const TraceLog& trace) {
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

void DriveWhatIf(const Evidence& evidence, Pick& pick) {
  const std::vector<std::vector<ChangeSpec>> sets = ChangeSets(evidence);
  Result<WhatIf> whatif = RunWhatIf(evidence, sets[pick.Next(sets.size())]);
  if (!whatif) return Require(!whatif.error().message.empty(), "a refused change without a message");
  for (Format format : kFormats) {
    RequireRendered(RenderWhatIf(*whatif, format), format);
    RequireRendered(RenderWhatIf(*whatif, format, /*brief=*/true), format);
  }
}

// One of the requests target is given: each rating overall, margins with
// pivotal answers, the top rating of a case standard, changes first.
void DriveTarget(const Evidence& evidence, Pick& pick) {
  const Methodology& methodology = *evidence.methodology;
  const std::string top = methodology.RatingName(methodology.Highest());
  std::vector<TargetRequest> requests;
  for (const ScaleLevel& level : methodology.scale.levels) requests.push_back(TargetRequest{{}, level.name, {}, false, false});
  requests.push_back(TargetRequest{{}, "", {}, /*margin=*/true, /*pivotal=*/evidence.cases.has_value()});
  for (const Standard& standard : methodology.standards) {
    if (standard.basis == StandardBasis::kCases && !standard.reported_only) {
      requests.push_back(TargetRequest{{}, "", {standard.id + "=" + top}, false, false});
    }
  }
  const std::vector<std::vector<ChangeSpec>> sets = ChangeSets(evidence);
  requests.push_back(TargetRequest{sets[pick.Next(sets.size())], top, {}, true, false});
  Result<TargetRun> run = RunTarget(evidence, requests[pick.Next(requests.size())]);
  if (!run) return Require(!run.error().message.empty(), "a refused target without a message");
  if (!run->now.violations.empty()) return;  // refused by the commands, as rate refuses it
  for (Format format : kFormats) RequireRendered(RenderTarget(run->Output(), format), format);
}

void DriveStability(const Evidence& evidence) {
  StabilityOptions options;
  options.resamples = 16;
  options.jobs = 1;
  Result<StabilityResult> result = RunStability(evidence, options);
  if (!result) return Require(!result.error().message.empty(), "a refused stability without a message");
  for (Format format : kFormats) RequireRendered(RenderStability(*result, format), format);
}

}  // namespace

Pick::Pick(std::string_view input) : value_(14695981039346656037ull) {  // FNV-1a
  for (const char c : input) value_ = (value_ ^ static_cast<unsigned char>(c)) * 1099511628211ull;
}

std::size_t Pick::Next(std::size_t n) {
  const std::size_t chosen = static_cast<std::size_t>(value_ % n);
  value_ = value_ / n + value_ * 6364136223846793005ull;  // more choices after this one
  return chosen;
}

void DriveEvidence(const Evidence& evidence, Pick& pick) {
  TraceLog trace;
  const Evaluation evaluation = Evaluate(evidence, &trace);
  const std::size_t command = pick.Next(4);
  if (command == 0) return DriveRate(evidence, evaluation, trace);
  // The other commands refuse evidence that breaks a rule (a discretion too far).
  if (!evaluation.violations.empty()) return;
  if (command == 1) return DriveWhatIf(evidence, pick);
  if (command == 2) return DriveTarget(evidence, pick);
  DriveStability(evidence);
}

void DriveInspectionFile(const std::string& path, RulesLibrary& library, const std::string& rules, Pick& pick) {
  if (pick.Next(5) == 0) {
    Result<CheckResult> checked = CheckFile(path, library, rules);
    if (!checked) return RequireError(checked.error());
    for (Format format : kFormats) RequireRendered(RenderCheck(*checked, format), format);
    return;
  }
  Result<Evidence> evidence = LoadEvidence(path, library, rules);
  if (!evidence) return RequireError(evidence.error());
  DriveEvidence(*evidence, pick);
}

}  // namespace rerate::fuzz
