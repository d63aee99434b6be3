// What every harness shares: a scratch folder of its own (the loaders read
// files, so each input is written to one, as the program would find it), the
// shipped files, and the commands the program runs on what loads, each
// rendering every format.  A broken invariant (an error without a message or
// a file, JSON output that does not parse) aborts, so libFuzzer keeps the
// input as a finding, like a crash.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "rerate/evidence.h"
#include "rerate/format.h"
#include "rerate/inputs.h"
#include "rerate/result.h"

namespace rerate::fuzz {

// The bytes libFuzzer gives, as text.
inline std::string Text(const std::uint8_t* data, std::size_t size) {
  return std::string(reinterpret_cast<const char*>(data), size);
}

// This process's scratch folder (under /dev/shm when there is one: a write
// per input costs little there), made on first use.
const std::string& Scratch();
// Writes `text` to Scratch()/name; its path.
std::string WriteScratch(const std::string& name, std::string_view text);
// Copies a file of the source tree into Scratch() under its own name.
void CopyToScratch(const std::string& relative);

// A seed inspection of the source tree (`relative`) with its `cases: CSV`
// line naming `cases` instead, written to Scratch()/name; its path.
std::string InspectionNaming(const std::string& relative, const std::string& csv, const std::string& cases,
                             const std::string& name);

// A file of the source tree, e.g. "rules/hmip-pdu-2021.yaml".
std::string SourcePath(const std::string& relative);

// The library of the shipped rules (rules/), one for the whole run: those
// files never change, so parsing them again on every execution (a tenth of a
// loader harness's time) found nothing new.  Not for --rules, whose file a
// harness rewrites between executions under the same name.
RulesLibrary& ShippedRules();

// Aborts, printing `what`, unless `holds`.
void Require(bool holds, const char* what);
// An error must say what and where: a message, and the file it is about.
void RequireError(const Error& error);
// Output in JSON must parse.
void RequireJson(const std::string& text);

// The formats every command writes (html is rate's alone).
inline constexpr Format kFormats[] = {Format::kText, Format::kMarkdown, Format::kJson};

// A command's output: never empty, and in JSON it must parse.
void RequireRendered(const std::string& text, Format format);

// `render(format)` for each of kFormats, each output as RequireRendered wants.
template <typename Render>
void RequireEveryFormat(const Render& render) {
  for (Format format : kFormats) RequireRendered(render(format), format);
}

// Which command an input drives, drawn from a hash of its bytes: each
// execution does one command's work (so a harness runs fast), and since
// every mutation changes the hash the fuzzer reaches every command with
// every shape of input.  The same input always makes the same choices.
class Pick {
 public:
  explicit Pick(std::string_view input);
  // A number below `n`.
  std::size_t Next(std::size_t n);

 private:
  std::uint64_t value_;
};

// What the program does with loaded evidence, one command per execution:
// rate (--explain, --brief, --by each attribute, text, markdown, json,
// html), whatif with one set of changes, target with one request (an
// overall or a standard's rating, --margin, --pivotal, changes first), or
// stability with few resamples; every format of it.
void DriveEvidence(const Evidence& evidence, Pick& pick);

// An inspection file as the commands take it: LoadEvidence (with `rules` as
// --rules when not empty), then DriveEvidence on what loads, or check.
// Errors must be located.
void DriveInspectionFile(const std::string& path, RulesLibrary& library, const std::string& rules, Pick& pick);

}  // namespace rerate::fuzz
