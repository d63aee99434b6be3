// What an inspection file and a region file share: the data of one rated
// unit (ratings, case answers, counts, discretion, departures) and the
// blocks other commands read (published:, expect:).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "load/yaml_reader.h"
#include "rerate/inspection.h"

namespace rerate {

// The keys ReadInspectionData reads.
const std::vector<std::string>& InspectionDataKeys();

// The keys of a file that holds such data: `own`, then the data keys, then
// published: and expect:, in the order messages list them.
std::vector<std::string> KeysWithData(std::vector<std::string> own);

// Reads what names the rated unit: its name under `name_key` (inspection:,
// region:), methodology: (required or not), fieldwork:, source:.
void ReadIdentity(const MapView& top, const char* name_key, bool methodology_required, Inspection* inspection);

// Reads ratings:, not_rated:, cases: (the CSV or workbook, relative to the
// file, with sheet: and csv_separator:), key_questions:, discretion: and
// departures: from `top` into `inspection`; the caller has checked top's
// keys.  `options`: the command line's (--csv-separator).  Fails (LoadError).
void ReadInspectionData(const MapView& top, Inspection* inspection, const CaseFileOptions& options = {});

// A block another reader reads (published:, expect:), checked here to be a
// mapping; it keeps `document` alive.
std::shared_ptr<const YamlBlock> ReadBlock(const std::string& file, std::shared_ptr<const YamlDocument> document,
                                           const MapEntry& entry);

}  // namespace rerate
