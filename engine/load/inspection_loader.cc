// LoadInspection: the inspection YAML and the CSV it names, read strictly.
// Ids and ratings are kept as written; Resolve checks them against the
// methodology.
#include "load/inspection_loader.h"

#include <charconv>
#include <filesystem>

#include "base/text.h"

#include "load/case_table.h"
#include "load/yaml_reader.h"
#include "rerate/inspection.h"

namespace rerate {

namespace {

namespace fs = std::filesystem;

// The data keys of an inspection, read the same way from a region file.
class DataParser {
 public:
  DataParser(std::string file, const CaseFileOptions& options) : file_(std::move(file)), options_(options) {}

  void Read(const MapView& top, Inspection* inspection) {
    inspection->ratings_where = top.where();
    if (top.Has("ratings")) {
      inspection->ratings_where = top.Require("ratings").key.where;
      ParseRatings(top.Map("ratings"), inspection);
    }
    for (const auto& [node, where] : top.OptSequence("not_rated")) {
      inspection->not_rated.push_back({ScalarText(file_, node, where, "a standard id"), where});
    }
    if (top.Has("cases")) {
      inspection->cases = ReadCases(top.LocString("cases"), CaseOptions(top));
    } else {
      for (const char* key : {"sheet", "csv_separator"}) {
        if (const MapEntry* entry = top.Find(key)) Fail(entry->key.where, std::string(key) + ": goes with cases: (the case file it reads)");
      }
    }
    if (top.Has("key_questions")) ParseAggregates(top.Map("key_questions"), inspection);
    for (const auto& [node, where] : top.OptSequence("discretion")) {
      inspection->discretion.push_back(ParseDiscretion(node, where));
    }
    for (const auto& [node, where] : top.OptSequence("departures")) {
      inspection->departures.push_back(ParseDeparture(node, where));
    }
  }

 private:
  void ParseRatings(const MapView& ratings, Inspection* inspection) {
    for (const MapEntry& entry : ratings.entries()) {
      Located<std::string> rating{
          ScalarText(file_, entry.value, entry.value_where, "a rating for " + entry.key.value),
          entry.value_where};
      inspection->ratings.push_back(RatingEntry{entry.key, rating});
    }
  }

  // sheet: and csv_separator: as the file gives them; the command line's
  // separator where the file gives none.
  CaseFileOptions CaseOptions(const MapView& top) {
    CaseFileOptions options = options_;
    if (top.Has("sheet")) options.sheet = top.String("sheet");
    if (const MapEntry* entry = top.Find("csv_separator")) {
      const std::string name = top.String("csv_separator");
      options.separator = SeparatorNamed(name);
      if (options.separator == 0) {
        Fail(entry->value_where, "csv_separator: expected comma, semicolon or tab (or \",\", \";\", \"\\t\"), found \"" + name + "\"");
      }
      separator_where_ = entry->key.where;
    }
    return options;
  }

  CaseTable ReadCases(const Located<std::string>& name, const CaseFileOptions& options) {
    const fs::path path = (fs::path(file_).parent_path() / name.value).lexically_normal();
    std::error_code ignored;
    if (fs::is_directory(path, ignored)) Fail(name.where, "cases: " + path.string() + " is a folder, not a case file");
    if (!fs::is_regular_file(path, ignored)) {
      Fail(name.where, "cases: no such file " + path.string() + " (the path is relative to this file)");
    }
    CaseTable table = ValueOrFail(ReadCaseTable(path.string(), options));
    if (table.cells && separator_where_.line > 0) Fail(separator_where_, "csv_separator: applies to a CSV file, and " + path.string() + " is a workbook");
    return table;
  }

  void ParseAggregates(const MapView& aggregates, Inspection* inspection) {
    for (const MapEntry& entry : aggregates.entries()) {
      if (entry.value.IsScalar()) {
        inspection->key_questions.push_back(PrintedAggregate(entry));
        continue;
      }
      MapView counts(file_, entry.value, entry.value_where, "key question " + entry.key.value);
      counts.AllowOnly({"yes", "relevant", "percent"});
      KqAggregate aggregate;
      aggregate.key_question = entry.key;
      aggregate.where = entry.value_where;
      aggregate.yes = OptCount(counts, "yes");
      aggregate.relevant = OptCount(counts, "relevant");
      aggregate.percent = OptCount(counts, "percent");
      CheckAggregate(aggregate, counts.where());
      inspection->key_questions.push_back(std::move(aggregate));
    }
  }

  // A key question as a report prints it: "67%" (the printed figure) or
  // "17/24" (yes/relevant); the same checks as the mapping forms.
  KqAggregate PrintedAggregate(const MapEntry& entry) {
    const std::string text = Trim(entry.value.Scalar());
    const std::string& id = entry.key.value;
    const auto whole = [&](const std::string& digits, const char* what) {
      int value = -1;
      const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
      if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || value < 0) {
        Fail(entry.value_where, "key question " + id + ": expected " + what + " in \"" + text +
                                    "\" (write 67% for a printed figure, 17/24 for yes/relevant, or {yes: K, relevant: N})");
      }
      return Located<int>{value, entry.value_where};
    };
    KqAggregate aggregate;
    aggregate.key_question = entry.key;
    aggregate.where = entry.value_where;
    if (!text.empty() && text.back() == '%') {
      aggregate.percent = whole(Trim(text.substr(0, text.size() - 1)), "a whole percentage");
    } else if (const size_t slash = text.find('/'); slash != std::string::npos) {
      aggregate.yes = whole(Trim(text.substr(0, slash)), "a number of yes answers");
      aggregate.relevant = whole(Trim(text.substr(slash + 1)), "a number of relevant cases");
    } else {
      whole("", "67% or 17/24");
    }
    CheckAggregate(aggregate, entry.value_where);
    return aggregate;
  }

  std::optional<Located<int>> OptCount(const MapView& map, const char* key) {
    const MapEntry* entry = map.Find(key);
    if (entry == nullptr) return std::nullopt;
    const int value = map.Int(key);
    if (value < 0) Fail(entry->value_where, std::string(key) + " must be 0 or more");
    return Located<int>{value, entry->value_where};
  }

  void CheckAggregate(const KqAggregate& aggregate, const SourceLocation& where) {
    const std::string& id = aggregate.key_question.value;
    if (aggregate.percent) {
      if (aggregate.yes) {
        Fail(aggregate.yes->where, "key question " + id +
                                       ": give {yes, relevant} or {percent}, not both");
      }
      if (aggregate.percent->value > 100) {
        Fail(aggregate.percent->where, "a percentage is at most 100");
      }
    } else if (!aggregate.yes || !aggregate.relevant) {
      Fail(where, "key question " + id +
                               " needs {yes: K, relevant: N}, or {percent: P} when only the "
                               "printed figure is known");
    }
    if (aggregate.relevant && aggregate.relevant->value == 0) {
      Fail(aggregate.relevant->where, "relevant must be at least 1: leave the key question out "
                                      "when no case was relevant to it");
    }
    if (aggregate.yes && aggregate.yes->value > aggregate.relevant->value) {
      Fail(aggregate.yes->where, "key question " + id + " has more yes answers (" +
                                     std::to_string(aggregate.yes->value) + ") than relevant cases (" +
                                     std::to_string(aggregate.relevant->value) + ")");
    }
  }

  DiscretionEntry ParseDiscretion(const YamlNode& node, SourceLocation where) {
    MapView map(file_, node, where, "a discretion");
    map.AllowOnly({"standard", "rating", "reason"});
    return DiscretionEntry{map.LocString("standard"), map.LocString("rating"),
                           map.OptLocString("reason"), where};
  }

  DepartureEntry ParseDeparture(const YamlNode& node, SourceLocation where) {
    MapView map(file_, node, where, "a departure");
    map.AllowOnly({"standard", "rule", "reason"});
    return DepartureEntry{map.LocString("standard"), map.OptLocString("rule"),
                          map.LocString("reason"), where};
  }

  std::string file_;
  CaseFileOptions options_;
  SourceLocation separator_where_;
};

Inspection ParseInspection(const std::string& file, const std::shared_ptr<const YamlDocument>& document,
                           const CaseFileOptions& options) {
  MapView top(file, document->root(), SourceLocation{file, 1, 1}, "an inspection file");
  if (const MapEntry* region = top.Find("region")) {
    Fail(region->key.where, "a region file (it has region:), not an inspection: read it with rerate region");
  }
  top.AllowOnly(KeysWithData({"inspection", "methodology", "fieldwork", "source"}));
  Inspection inspection;
  ReadIdentity(top, "inspection", /*methodology_required=*/true, &inspection);
  ReadInspectionData(top, &inspection, options);
  if (const MapEntry* published = top.Find("published")) inspection.published = ReadBlock(file, document, *published);
  if (const MapEntry* expect = top.Find("expect")) inspection.expect = ReadBlock(file, document, *expect);
  return inspection;
}

}  // namespace

const std::vector<std::string>& InspectionDataKeys() {
  static const std::vector<std::string> keys = {"ratings",    "not_rated",  "cases",     "sheet", "csv_separator",
                                                "key_questions", "discretion", "departures"};
  return keys;
}

std::vector<std::string> KeysWithData(std::vector<std::string> own) {
  own.insert(own.end(), InspectionDataKeys().begin(), InspectionDataKeys().end());
  own.insert(own.end(), {"published", "expect"});
  return own;
}

void ReadIdentity(const MapView& top, const char* name_key, bool methodology_required, Inspection* inspection) {
  inspection->file = top.file();
  inspection->name = top.LocString(name_key);
  inspection->methodology = methodology_required ? top.LocString("methodology") : top.OptLocString("methodology");
  inspection->fieldwork = top.OptLocString("fieldwork");
  inspection->source = top.OptString("source");
}

void ReadInspectionData(const MapView& top, Inspection* inspection, const CaseFileOptions& options) {
  DataParser(top.file(), options).Read(top, inspection);
}

std::shared_ptr<const YamlBlock> ReadBlock(const std::string& file, std::shared_ptr<const YamlDocument> document,
                                           const MapEntry& entry) {
  // Checked to be a mapping here; its contents belong to the command that reads it.
  MapView(file, entry.value, entry.value_where, "\"" + entry.key.value + ":\"");
  return std::make_shared<YamlBlock>(file, std::move(document), entry.value);
}

Result<Inspection> LoadInspection(const std::string& path, const CaseFileOptions& options) {
  return CatchLoadErrors<Inspection>(path, [&]() {
    return ParseInspection(path, std::make_shared<const YamlDocument>(ParseYamlFile(path)), options);
  });
}

}  // namespace rerate
