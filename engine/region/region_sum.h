// PDU results summed over the region: every key question and prompt, and
// breakdowns by a case attribute.  Reported, never rated.
#pragma once

#include <string>

#include "rerate/region.h"

namespace rerate {

// Every PDU key question and prompt over the evaluated result->pdus: summed
// counts, the PDUs with a result, the lowest and highest, the PDUs with a
// printed figure only.  Fails (LoadError) when a sum would not fit a count.
void SumPduResults(RegionResult* result);

// Key-question results per value of `attribute`, summed over the PDUs whose
// case data carries it; an error naming the attributes they do carry when
// none does.
Result<RegionBreakdown> SumBreakdown(const RegionResult& result, const std::string& attribute);

}  // namespace rerate
