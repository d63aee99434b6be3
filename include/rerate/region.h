// Regions: the PDU inspections of one region read together (rerate region).
// Every PDU is rated from its own data; key-question results are pooled over
// all their cases; under a regional methodology (a rules file with pooling:)
// the regional standards are rated by the same Evaluate as a PDU's, their
// pooled key questions given the pooled counts.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rerate/check.h"
#include "rerate/evaluate.h"
#include "rerate/evidence.h"
#include "rerate/format.h"
#include "rerate/inputs.h"
#include "rerate/inspection.h"
#include "rerate/result.h"
#include "rerate/rules.h"
#include "rerate/trace.h"

namespace rerate {

// --- the region file ------------------------------------------------------

// What the regional report printed about one PDU (published: pdus:), read as
// an inspection's published: block.
struct PublishedPdu {
  Located<std::string> inspection;  // the PDU's name, as its inspection file gives it
  std::shared_ptr<const YamlBlock> published;
};

// A figure pooled over the PDUs that the regional report printed
// (published: pooled:), a whole percentage.
struct PublishedPooled {
  Located<std::string> key_question;  // a PDU key question
  Located<int> percent;
};

struct Region {
  std::string file;
  SourceLocation inspections_where;  // the inspections: key
  // The PDU inspection files, as paths from the working folder, each at the
  // place of its item in inspections:.
  std::vector<Located<std::string>> inspections;
  // The region's own data as an inspection of the regional methodology:
  // name (region:), methodology (empty without one), fieldwork, source, and
  // ratings, not_rated, cases, key_questions, discretion, departures,
  // published (the whole block) and expect, each as an inspection has them.
  Inspection regional;
  std::vector<PublishedPdu> published_pdus;
  std::vector<PublishedPooled> published_pooled;

  bool HasMethodology() const { return !regional.methodology.value.empty(); }
};

// Whether the file's top level has a region: key (a region file, not an
// inspection).  Reads the text only; a file that cannot be read is not one.
bool IsRegionFile(const std::string& path);

// Reads a region file strictly: unknown keys (with the nearest), a PDU file
// that does not exist or is listed twice, regional data without a regional
// methodology.  Errors name file:line:col.
Result<Region> LoadRegion(const std::string& path);

// --- rating a region --------------------------------------------------------

struct RegionPdu {
  std::string file;
  SourceLocation listed;  // its item under inspections:
  Evidence evidence;
  Evaluation evaluation;
  std::vector<TraceStep> trace;  // with explain: how its own ratings follow
};

// One PDU key question over every PDU's cases.
struct PooledResult {
  int key_question = -1;  // index into the PDU methodology's key questions
  int yes = 0;            // summed over the PDUs
  int relevant = 0;
  int pdus = 0;                   // PDUs with a result for it
  std::vector<int> printed_only;  // PDUs giving it as a printed figure only: no pooled counts
  int lowest = -1;                // the PDUs with the lowest and highest exact result (the
  int highest = -1;               // first listed on a tie); -1 when none has a result

  bool HasCounts() const { return printed_only.empty() && relevant > 0; }
};

// A prompt's answers summed over the PDUs whose case data carries it.
struct PooledPrompt {
  std::string id;
  int key_question = -1;
  int yes = 0;
  int relevant = 0;
  int pdus = 0;
};

// What one PDU gave a pool.
struct PoolContribution {
  int pdu = -1;
  int yes = 0;
  int relevant = 0;
};

// What a pool of the regional methodology gave its key question.
struct PoolResult {
  int pool = -1;      // index into the regional methodology's pooling.pools
  bool used = true;   // false when its standard is rated otherwise and the pool cannot be computed
  std::string why_not_used;
  std::vector<PoolContribution> contributions;  // one per PDU it reads, in file order
  // What the regional key question was given: the summed counts, or with a
  // mean of percentages the exact mean as a fraction; relevant 0 for none.
  std::int64_t yes = 0;
  std::int64_t relevant = 0;
};

// Pooled key-question results per value of a case attribute (--by):
// reported, never rated.
struct RegionBreakdown {
  Breakdown pooled;                // summed over the PDUs whose case data carries the attribute
  std::vector<int> pdus_included;  // those PDUs
  std::vector<int> pdus_without;   // the others: not in the breakdown
};

struct RegionResult {
  std::string file;
  std::string name;
  std::string fieldwork;
  std::string source;
  std::shared_ptr<const Methodology> pdu_methodology;
  std::shared_ptr<const Methodology> methodology;  // regional; null without one
  std::vector<RegionPdu> pdus;                     // in the region file's order
  std::vector<PooledResult> pooled;                // every PDU key question, methodology order
  std::vector<PooledPrompt> prompts;
  std::vector<PoolResult> pools;  // with a regional methodology, one per pool
  std::optional<Evidence> evidence;      // the region's, with a regional methodology
  std::optional<Evaluation> evaluation;  // its regional ratings
  bool explained = false;                // --explain: the traces below were kept
  std::vector<TraceStep> trace;          // pools, then the regional evaluation
  std::optional<RegionBreakdown> breakdown;

  int Cases() const;  // cases read from the PDUs' case data
};

struct RegionOptions {
  std::string rules_override;  // --rules: the regional methodology
  bool explain = false;
  std::string by;  // --by ATTRIBUTE
};

// Rates every PDU, pools their results and, with a regional methodology,
// rates the region.  A PDU that cannot be rated, PDUs of different
// methodologies, a pool naming a key question the PDU methodology lacks, a
// pool that cannot be computed: errors naming file:line:col.  Regional
// violations (discretion beyond its distance) are in the evaluation, as for
// an inspection.
Result<RegionResult> RateRegion(const Region& region, RulesLibrary& rules, const RegionOptions& options);
Result<RegionResult> RateRegionFile(const std::string& path, RulesLibrary& rules, const RegionOptions& options);

// The PDU ratings table, the pooled key questions with their spread, the
// pools, the regional ratings as rate prints them; --by and --explain parts.
// JSON: see README.md ("rerate region").
std::string RenderRegion(const RegionResult& result, Format format);

// Checks the region file's published: block: the regional ratings (as check
// does an inspection's), the pooled figures, and each PDU's printed ratings
// (as an inspection's published: block, against the PDU's own data).  One
// result per part, in that order.
Result<std::vector<CheckResult>> CheckRegionFile(const std::string& path, RulesLibrary& rules,
                                                 const std::string& rules_override);

}  // namespace rerate
