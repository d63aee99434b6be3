// RateRegion: every PDU rated from its own data, their results summed, and
// under a regional methodology the region rated by Evaluate from the pooled
// counts and its own data, as an inspection is.
#include <algorithm>

#include "base/load_error.h"
#include "base/text.h"
#include "model/pools.h"
#include "region/region_pool.h"
#include "region/region_sum.h"
#include "rerate/region.h"

namespace rerate {

int RegionResult::Cases() const {
  int cases = 0;
  for (const RegionPdu& pdu : pdus) cases += pdu.evaluation.cases;
  return cases;
}

namespace {

class RegionRater {
 public:
  RegionRater(const Region& region, RulesLibrary& rules, const RegionOptions& options)
      : region_(region), rules_(rules), options_(options) {}

  RegionResult Run() {
    out_.file = region_.file;
    out_.name = region_.regional.name.value;
    out_.fieldwork = region_.regional.fieldwork.value;
    out_.source = region_.regional.source;
    out_.explained = options_.explain;
    for (const Located<std::string>& listed : region_.inspections) RatePdu(listed);
    SumPduResults(&out_);
    if (!options_.by.empty()) out_.breakdown = ValueOrFail(SumBreakdown(out_, options_.by));
    if (region_.HasMethodology() || !options_.rules_override.empty()) RateRegionItself();
    return std::move(out_);
  }

 private:
  void RatePdu(const Located<std::string>& listed) {
    RegionPdu pdu;
    pdu.file = listed.value;
    pdu.listed = listed.where;
    pdu.evidence = ValueOrFail(LoadEvidence(listed.value, rules_, ""));
    TraceLog log;
    pdu.evaluation = Evaluate(pdu.evidence, options_.explain ? &log : nullptr);
    pdu.trace = log.steps();
    for (const Violation& violation : pdu.evaluation.violations) {
      Fail(violation.where, pdu.evaluation.inspection + " cannot be rated: " + violation.message);
    }
    const std::shared_ptr<const Methodology>& methodology = pdu.evidence.methodology;
    if (out_.pdus.empty()) {
      out_.pdu_methodology = methodology;
    } else if (methodology->name != out_.pdu_methodology->name || methodology->file != out_.pdu_methodology->file) {
      const RegionPdu& first = out_.pdus.front();
      Fail(listed.where, "the PDUs must share one PDU methodology: " + pdu.file + " is rated under " +
                             methodology->name + " (" + methodology->file + "), but " + first.file + " under " +
                             out_.pdu_methodology->name + " (" + out_.pdu_methodology->file + ")");
    }
    for (const RegionPdu& other : out_.pdus) {
      if (other.evaluation.inspection != pdu.evaluation.inspection) continue;
      Fail(listed.where, "the PDU " + pdu.evaluation.inspection + " is listed twice: in " + other.file + " (line " +
                             std::to_string(other.listed.line) + ") and in " + pdu.file);
    }
    out_.pdus.push_back(std::move(pdu));
  }

  SourceLocation MethodologyWhere() const {
    if (!options_.rules_override.empty()) return SourceLocation{options_.rules_override, 0, 0};
    return region_.regional.methodology.where;
  }

  void RateRegionItself() {
    out_.methodology = ValueOrFail(rules_.ForInspection(region_.regional, options_.rules_override));
    const Methodology& m = *out_.methodology;
    const Methodology& pdu_m = *out_.pdu_methodology;
    if (!m.IsRegional()) {
      Fail(MethodologyWhere(), m.name + " (" + m.file + ") has no pooling: section, so it rates PDUs, not regions: "
                               "name a regional rules file, such as hmip-region-2023");
    }
    const std::vector<std::string> pooled = PooledMethodologies(m);
    if (std::find(pooled.begin(), pooled.end(), pdu_m.name) == pooled.end()) {
      Fail(MethodologyWhere(), m.name + " pools data from PDUs rated under " + AllOf(pooled) + ", not " + pdu_m.name +
                                   " (the methodology of this region's PDUs)");
    }
    const std::vector<PoolProblem> problems = PoolProblems(m, pdu_m);
    if (!problems.empty()) throw LoadError{problems.front().error};
    Inspection regional = region_.regional;
    TraceLog log;
    Tracer* tracer = options_.explain ? &log : nullptr;
    RunPools(region_, tracer, &out_, &regional);
    out_.evidence = ValueOrFail(Resolve(regional, out_.methodology));
    out_.evaluation = Evaluate(*out_.evidence, tracer);
    out_.trace = log.steps();
  }

  const Region& region_;
  RulesLibrary& rules_;
  const RegionOptions& options_;
  RegionResult out_;
};

}  // namespace

Result<RegionResult> RateRegion(const Region& region, RulesLibrary& rules, const RegionOptions& options) {
  try {
    return RegionRater(region, rules, options).Run();
  } catch (const LoadError& e) {
    return e.error;
  }
}

Result<RegionResult> RateRegionFile(const std::string& path, RulesLibrary& rules, const RegionOptions& options) {
  Result<Region> region = LoadRegion(path);
  if (!region) return region.error();
  return RateRegion(*region, rules, options);
}

}  // namespace rerate
