// A case workbook (.xlsx), as the commands read it through an inspection
// that names it.  A zip's checksums and compression would stop most mutated
// bytes at the archive, so the input is the parts that hold the data, and
// the harness packs them (libzip, stored) with a fixed workbook around them:
// the worksheet XML, then optionally the shared strings and the styles,
// each after a line "#part".  Loaded against hmip-pdu-2021 or -2023 as the
// CSV harness chooses, then one command chosen from the input's bytes.
#include <zip.h>

#include <vector>

#include "fuzz_support.h"

namespace {

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/></Types>)";
constexpr const char* kRootRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)";
constexpr const char* kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
    R"(<sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>)";
constexpr const char* kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>)";

// The input's parts, split at "\n#part\n".
std::vector<std::string> Parts(const std::string& input) {
  std::vector<std::string> parts;
  size_t from = 0;
  for (size_t at; parts.size() < 2 && (at = input.find("\n#part\n", from)) != std::string::npos; from = at + 7) {
    parts.push_back(input.substr(from, at - from));
  }
  parts.push_back(input.substr(from));
  return parts;
}

// The workbook's bytes: a zip, stored (no compression), made in memory.
std::string Workbook(const std::vector<std::string>& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  rerate::fuzz::Require(archive != nullptr, "libzip could not start an archive in memory");
  zip_source_keep(buffer);
  const auto add = [&](const char* name, const std::string& text) {
    zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name, source, ZIP_FL_OVERWRITE);
    rerate::fuzz::Require(index >= 0, "libzip could not add a part");
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0);
  };
  const std::string content_types = kContentTypes, root_rels = kRootRels, workbook = kWorkbook, rels = kWorkbookRels;
  add("[Content_Types].xml", content_types);
  add("_rels/.rels", root_rels);
  add("xl/workbook.xml", workbook);
  add("xl/_rels/workbook.xml.rels", rels);
  add("xl/worksheets/sheet1.xml", parts[0]);
  if (parts.size() > 1) add("xl/sharedStrings.xml", parts[1]);
  if (parts.size() > 2) add("xl/styles.xml", parts[2]);
  rerate::fuzz::Require(zip_close(archive) == 0, "libzip could not write the archive");
  zip_stat_t stat;
  zip_source_stat(buffer, &stat);
  std::string bytes(stat.size, '\0');
  zip_source_open(buffer);
  zip_source_read(buffer, bytes.data(), stat.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  return bytes;
}

std::string inspection_2021;
std::string inspection_2023;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  inspection_2021 = rerate::fuzz::InspectionNaming("cases/blackburn-with-darwen-2023.yaml", "blackburn-with-darwen-2023.csv", "fuzz.xlsx", "fuzz-2021.yaml");
  inspection_2023 = rerate::fuzz::InspectionNaming("cases/bradford-and-calderdale-2024.yaml", "bradford-and-calderdale-2024.csv", "fuzz.xlsx", "fuzz-2023.yaml");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rerate::fuzz;
  const std::string input = Text(data, size);
  WriteScratch("fuzz.xlsx", Workbook(Parts(input)));
  const std::string& inspection = input.find("2.5.") != std::string::npos ? inspection_2021 : inspection_2023;
  Pick pick(input);
  DriveInspectionFile(inspection, ShippedRules(), "", pick);
  return 0;
}
