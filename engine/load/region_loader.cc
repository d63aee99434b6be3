// LoadRegion: a region file read as strictly as an inspection.  The PDU files
// it lists must exist, once each; the region's own data is read by the same
// code as an inspection's (load/inspection_loader.h).
#include <filesystem>
#include <fstream>
#include <map>

#include "load/inspection_loader.h"
#include "load/yaml_reader.h"
#include "rerate/region.h"

namespace rerate {

namespace {

namespace fs = std::filesystem;

// The keys of published: that rate the region itself, as an inspection's.
const std::vector<std::string> kRegionalPublished = {"score", "max", "overall", "standards", "key_questions"};

class RegionParser {
 public:
  explicit RegionParser(std::string file) : file_(std::move(file)) {}

  Region Parse(std::shared_ptr<const YamlDocument> document) {
    document_ = std::move(document);
    MapView top(file_, document_->root(), SourceLocation{file_, 1, 1}, "a region file");
    top.AllowOnly(KeysWithData({"region", "methodology", "fieldwork", "source", "inspections"}));
    Region region;
    region.file = file_;
    Inspection& regional = region.regional;
    ReadIdentity(top, "region", /*methodology_required=*/false, &regional);
    ReadInspections(top, &region);
    if (!region.HasMethodology()) RefuseRegionalData(top);
    ReadInspectionData(top, &regional);
    if (const MapEntry* published = top.Find("published")) ReadPublished(*published, &region);
    if (const MapEntry* expect = top.Find("expect")) regional.expect = ReadBlock(file_, document_, *expect);
    return region;
  }

 private:
  void ReadInspections(const MapView& top, Region* region) {
    const MapEntry& entry = top.Require("inspections");
    region->inspections_where = entry.key.where;
    const auto items = top.Sequence("inspections");
    if (items.empty()) Fail(entry.value_where, "inspections: needs the region's PDU inspection files");
    std::map<std::string, SourceLocation> seen;  // by the file itself, however the path is written
    for (const auto& [node, where] : items) {
      const std::string written = ScalarText(file_, node, where, "a PDU inspection file");
      const fs::path path = (fs::path(file_).parent_path() / written).lexically_normal();
      std::error_code error;
      if (fs::is_directory(path, error)) Fail(where, path.string() + " is a folder: list the PDU inspection files");
      if (!fs::is_regular_file(path, error)) {
        Fail(where, "no such file " + path.string() + " (a path is relative to this file)");
      }
      auto [first, inserted] = seen.emplace(fs::weakly_canonical(path, error).string(), where);
      if (!inserted) {
        Fail(where, "the PDU inspection " + written + " is listed twice (first at line " +
                        std::to_string(first->second.line) + ")");
      }
      region->inspections.push_back(Located<std::string>{path.string(), where});
    }
  }

  // Ratings, counts and the rest rate the region under a regional
  // methodology: without one they would be read and then silently ignored.
  void RefuseRegionalData(const MapView& top) {
    std::vector<std::string> keys = InspectionDataKeys();
    keys.push_back("expect");
    for (const std::string& key : keys) {
      if (const MapEntry* entry = top.Find(key.c_str())) {
        Fail(entry->key.where, key + ": rates the region, which needs methodology: (a regional rules file, "
                                     "such as hmip-region-2023)");
      }
    }
  }

  void ReadPublished(const MapEntry& entry, Region* region) {
    Inspection& regional = region->regional;
    regional.published = ReadBlock(file_, document_, entry);
    MapView published(file_, entry.value, entry.value_where, "\"published:\"");
    std::vector<std::string> keys = kRegionalPublished;
    keys.insert(keys.end(), {"pooled", "pdus"});
    published.AllowOnly(keys);
    if (published.entries().empty()) {
      Fail(published.where(), "published: gives nothing to check: write what the regional report prints under "
                              "pooled:, pdus:, or the region's score:, max:, overall:, standards: or key_questions:");
    }
    if (!region->HasMethodology()) {
      for (const std::string& key : kRegionalPublished) {
        if (const MapEntry* own = published.Find(key.c_str())) {
          Fail(own->key.where, "published: " + key + ": is a regional rating, which needs methodology: (a regional "
                                                     "rules file)");
        }
      }
    }
    if (published.Has("pooled")) ReadPooled(published.Map("pooled"), region);
    if (published.Has("pdus")) {
      const MapView pdus = published.Map("pdus");
      for (const MapEntry& pdu : pdus.entries()) {
        region->published_pdus.push_back(PublishedPdu{pdu.key, ReadBlock(file_, document_, pdu)});
      }
    }
  }

  void ReadPooled(const MapView& pooled, Region* region) {
    for (const MapEntry& entry : pooled.entries()) {
      const int percent = ScalarInt(file_, entry.value, entry.value_where,
                                    "the printed pooled percentage for " + entry.key.value);
      if (percent < 0 || percent > 100) {
        Fail(entry.value_where, "a printed percentage is a whole number from 0 to 100, found " +
                                    std::to_string(percent));
      }
      region->published_pooled.push_back(PublishedPooled{entry.key, Located<int>{percent, entry.value_where}});
    }
  }

  std::string file_;
  std::shared_ptr<const YamlDocument> document_;  // published: and expect: blocks point into it
};

}  // namespace

bool IsRegionFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    // A top-level key starts its line; inspections and rules files have no region: key.
    if (line.rfind("region:", 0) == 0 || line.rfind("\"region\":", 0) == 0 || line.rfind("'region':", 0) == 0) {
      return true;
    }
  }
  return false;
}

Result<Region> LoadRegion(const std::string& path) {
  return CatchLoadErrors<Region>(
      path, [&]() { return RegionParser(path).Parse(std::make_shared<const YamlDocument>(ParseYamlFile(path))); });
}

}  // namespace rerate
