// Helpers for the region tests: small PDU inspections and region files
// written to the scratch folder, and regions rated as the program does.
#pragma once

#include <string>
#include <vector>

#include "rerate/region.h"

namespace rerate::testing {

// A counts-only PDU inspection in scratch `region/NAME.yaml`: every key
// question of `methodology` (hmip-pdu-2021 or hmip-pdu-2023) at yes/relevant,
// every judgement Requires improvement (services Good), and `extra` appended
// (more keys, or overrides of key questions as "  \"2.2.2\": {...}").
std::string WritePdu(const std::string& name, const std::string& methodology, int yes, int relevant,
                     const std::string& extra_key_questions = "");

// A region file in scratch `region/NAME.yaml`.
std::string WriteRegion(const std::string& name, const std::string& text);

// Whether `text` holds `part` (the text is shown when it does not).
bool Has(const std::string& text, const std::string& part);

// Loads and rates a region file with the shipped rules.
Result<RegionResult> RateRegionAt(const std::string& path, const RegionOptions& options = {});
// The same, which must succeed.
RegionResult MustRate(const std::string& path, const RegionOptions& options = {});

}  // namespace rerate::testing
