// JSON pieces that every command writes the same way: a rating, a place, a
// key question's result, warnings and violations.  Each is written once, for
// the streaming writer (Write*); the Json forms wrap the same text for the
// commands that build their output as a value.
#pragma once

#include <optional>
#include <vector>

#include "base/json.h"
#include "rerate/evaluate.h"

namespace rerate {

// A rating's name, or null.
Json RatingJson(const Methodology& methodology, const std::optional<Rating>& rating);
void WriteRating(JsonWriter& out, const Methodology& methodology, const std::optional<Rating>& rating);
// "file:line:col".
Json LocationJson(const SourceLocation& where);

// The fields of a key question's result, inside an object the caller opens:
// id, text, source, yes, relevant, percent, band, exact_band, printed_band,
// rounding_sensitive, edge_unknown, lowest.
void WriteKqFields(JsonWriter& out, const Methodology& methodology, const KqResult& result);
// {those fields}
Json KqJson(const Methodology& methodology, const KqResult& result);

// [{kind, rule, standard, message, where}] and [{rule, standard, message, where}].
void WriteWarnings(JsonWriter& out, const Methodology& methodology, const std::vector<Warning>& warnings);
void WriteViolations(JsonWriter& out, const Methodology& methodology, const std::vector<Violation>& violations);
Json WarningsJson(const Methodology& methodology, const std::vector<Warning>& warnings);
Json ViolationsJson(const Methodology& methodology, const std::vector<Violation>& violations);

// {input, file, line, column, message}: a failed file and its error's place
// (file may be the case file the inspection names; line and column null when
// unknown; a sheet's place is its row and column).
Json FailedFileJson(const FailedFile& failed);
// `,\n  "failed": [...]`: the field after "summary" that ends the JSON of a
// command given several files.
std::string FailedFilesField(const std::vector<FailedFile>& failed);

}  // namespace rerate
