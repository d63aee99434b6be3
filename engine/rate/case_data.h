// Case data: a case table's cells read against the methodology, and counted.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "rerate/evidence.h"

namespace rerate {

// Classifies the columns and parses every cell; Fails (LoadError) on the
// first bad cell.
CaseData BuildCaseData(const CaseTable& table, const Methodology& methodology);

// A case answer as a CSV (or a what-if change) writes it: yes, no or n/a,
// any case, y, n and na accepted, and TRUE and FALSE (a workbook's
// booleans, as Excel shows them) for yes and no.
std::optional<Answer> ParseCaseAnswer(std::string_view text);

// yes and relevant counts of one column of answers.
void CountAnswers(const std::vector<Answer>& answers, int* yes, int* relevant);

}  // namespace rerate
