#include "load/xlsx_parts.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>

#include <fmt/format.h>

#include "load/xml_sax.h"

namespace rerate {

namespace {

// Feeds a whole part to `handler`; an error names the part.
Status ParsePart(ZipArchive& archive, const std::string& file, const std::string& part, XmlHandler* handler) {
  XmlStream xml(handler);
  bool malformed = false;
  Status unpacked = archive.Unpack(part, [&](std::string_view piece) {
    malformed = !xml.Feed(piece, false);
    return !malformed;
  });
  if (!malformed && unpacked) malformed = !xml.Feed({}, true);
  if (malformed) return Error{{file, 0, 0}, part + " is not well-formed XML (" + xml.ErrorText() + "): the workbook is damaged"};
  return unpacked;
}

// _rels/.rels and xl/_rels/workbook.xml.rels: relationship ids to targets.
struct Relationships : XmlHandler {
  std::map<std::string, std::string> targets;  // Id -> Target
  std::string office_document;                  // the main part's target
  void Start(std::string_view name, const char** attributes) override {
    if (name != "Relationship") return;
    const char* id = XmlAttribute(attributes, "Id");
    const char* target = XmlAttribute(attributes, "Target");
    const char* type = XmlAttribute(attributes, "Type");
    if (id == nullptr || target == nullptr) return;
    targets[id] = target;
    constexpr std::string_view kMain = "/relationships/officeDocument";
    const std::string_view kind = type != nullptr ? type : "";
    if (kind.size() >= kMain.size() && kind.substr(kind.size() - kMain.size()) == kMain) office_document = target;
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

struct WorkbookXml : XmlHandler {
  std::vector<std::pair<std::string, std::string>> sheets;  // name, relationship id
  bool date1904 = false;
  void Start(std::string_view name, const char** attributes) override {
    if (name == "sheet") {
      const char* sheet = XmlAttribute(attributes, "name");
      const char* id = XmlAttribute(attributes, "id");
      if (sheet != nullptr && id != nullptr) sheets.emplace_back(sheet, id);
    } else if (name == "workbookPr") {
      const char* value = XmlAttribute(attributes, "date1904");
      date1904 = value != nullptr && (std::string_view(value) == "1" || std::string_view(value) == "true");
    }
  }
  void End(std::string_view) override {}
  void Text(std::string_view) override {}
};

// Shared strings: each <si>'s text, its runs joined; phonetic runs (<rPh>)
// are readings, not text.
struct SharedStrings : XmlHandler {
  std::vector<std::string> strings;
  bool in_text = false;
  int in_phonetic = 0;
  void Start(std::string_view name, const char**) override {
    if (name == "si") strings.emplace_back();
    if (name == "rPh") ++in_phonetic;
    if (name == "t") in_text = !strings.empty() && in_phonetic == 0;
  }
  void End(std::string_view name) override {
    if (name == "rPh") --in_phonetic;
    if (name == "t") in_text = false;
  }
  void Text(std::string_view text) override {
    if (in_text) strings.back().append(text);
  }
};

struct Styles : XmlHandler {
  std::map<int, std::string> formats;  // custom number formats by id
  std::vector<int> cell_formats;       // per cellXfs entry: its numFmtId
  bool in_cell_xfs = false;
  void Start(std::string_view name, const char** attributes) override {
    if (name == "numFmt") {
      const char* id = XmlAttribute(attributes, "numFmtId");
      const char* code = XmlAttribute(attributes, "formatCode");
      if (id != nullptr && code != nullptr) formats[std::atoi(id)] = code;
    } else if (name == "cellXfs") {
      in_cell_xfs = true;
    } else if (name == "xf" && in_cell_xfs) {
      const char* id = XmlAttribute(attributes, "numFmtId");
      cell_formats.push_back(id != nullptr ? std::atoi(id) : 0);
    }
  }
  void End(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs = false;
  }
  void Text(std::string_view) override {}

  bool IsDate(int id) const {
    // Excel's built-in date and time formats (ECMA-376 18.8.30), with the
    // East Asian ones.
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true;
    const auto custom = formats.find(id);
    return custom != formats.end() && IsDateFormat(custom->second);
  }
};

// A relationship's target as a part name: relative to `folder`, or from the
// archive's root when it starts with '/'.
std::string PartName(const std::string& folder, const std::string& target) {
  if (!target.empty() && target.front() == '/') return target.substr(1);
  return folder + target;
}

std::string Folder(const std::string& part) {
  const size_t slash = part.rfind('/');
  return slash == std::string::npos ? "" : part.substr(0, slash + 1);
}

std::string RelsOf(const std::string& part) { return Folder(part) + "_rels/" + part.substr(Folder(part).size()) + ".rels"; }

Status NotAWorkbook(ZipArchive& archive, const std::string& file) {
  if (archive.Has("xl/workbook.bin")) {
    return Error{{file, 0, 0}, "an Excel binary workbook (.xlsb), which rerate does not read: "
                               "save it from Excel as Excel Workbook (.xlsx)"};
  }
  if (archive.Has("content.xml") && archive.Has("mimetype")) {
    return Error{{file, 0, 0}, "an OpenDocument file (.ods), which rerate does not read: "
                               "save it as Excel Workbook (.xlsx) or CSV UTF-8"};
  }
  return Error{{file, 0, 0}, "a zip archive but not an Excel workbook (no workbook part): "
                             "give an .xlsx saved by Excel, or a CSV file"};
}

}  // namespace

Result<WorkbookParts> ReadWorkbookParts(ZipArchive& archive, const std::string& file) {
  std::string workbook = "xl/workbook.xml";
  if (archive.Has("_rels/.rels")) {
    Relationships root;
    if (Status status = ParsePart(archive, file, "_rels/.rels", &root); !status) return status.error();
    if (!root.office_document.empty()) workbook = PartName("", root.office_document);
  }
  if (!archive.Has(workbook)) return NotAWorkbook(archive, file).error();
  WorkbookXml book;
  if (Status status = ParsePart(archive, file, workbook, &book); !status) return status.error();
  Relationships links;
  if (archive.Has(RelsOf(workbook))) {
    if (Status status = ParsePart(archive, file, RelsOf(workbook), &links); !status) return status.error();
  }
  WorkbookParts parts;
  parts.date1904 = book.date1904;
  for (const auto& [name, id] : book.sheets) {
    const auto target = links.targets.find(id);
    if (target == links.targets.end()) {
      return Error{{file, 0, 0}, "sheet " + name + " has no part in the workbook (relationship " + id +
                                     " is missing): the workbook is damaged"};
    }
    parts.sheets.push_back(WorkbookSheet{name, PartName(Folder(workbook), target->second)});
  }
  if (parts.sheets.empty()) return Error{{file, 0, 0}, "the workbook has no sheet"};
  for (const auto& [id, target] : links.targets) {
    const std::string part = PartName(Folder(workbook), target);
    if (part.size() >= 17 && part.compare(part.size() - 17, 17, "sharedStrings.xml") == 0) {
      SharedStrings strings;
      if (Status status = ParsePart(archive, file, part, &strings); !status) return status.error();
      parts.shared_strings = std::move(strings.strings);
    } else if (part.size() >= 10 && part.compare(part.size() - 10, 10, "styles.xml") == 0) {
      Styles styles;
      if (Status status = ParsePart(archive, file, part, &styles); !status) return status.error();
      for (int format : styles.cell_formats) parts.date_styles.push_back(styles.IsDate(format));
    }
  }
  return parts;
}

std::string GeneralNumberText(double value) {
  if (value == 0) return "0";  // and -0
  if (std::fabs(value) < 1e15 && value == std::floor(value)) {
    char digits[32];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, static_cast<long long>(value));
    return std::string(digits, end);
  }
  // Excel keeps 15 significant digits.
  char text[40];
  std::snprintf(text, sizeof text, "%.15G", value);
  std::string written = text;
  const size_t exponent = written.find('E');
  std::string mantissa = written.substr(0, exponent);
  if (mantissa.find('.') != std::string::npos) {
    while (mantissa.back() == '0') mantissa.pop_back();
    if (mantissa.back() == '.') mantissa.pop_back();
  }
  return exponent == std::string::npos ? mantissa : mantissa + written.substr(exponent);
}

std::string DateText(double serial, bool date1904) {
  if (!(serial >= 0) || serial >= 2958466) return "";  // past 9999-12-31, or NaN
  long long days = static_cast<long long>(std::floor(serial));
  long long seconds = std::llround((serial - static_cast<double>(days)) * 86400.0);
  if (seconds == 86400) {
    ++days;
    seconds = 0;
  }
  std::string time;
  if (seconds != 0) {
    time = fmt::format("{:02}:{:02}", seconds / 3600, seconds / 60 % 60);
    if (seconds % 60 != 0) time += fmt::format(":{:02}", seconds % 60);
  }
  if (days == 0 && !date1904) return time.empty() ? "00:00" : time;
  // Days since 1970-01-01: the 1900 system counts 1900-01-01 as 1 and keeps
  // Lotus's 1900-02-29 (serial 60), which is written as 1900-02-28.
  long long unix_days = date1904 ? days - 24107 : days - (days >= 60 ? 25569 : 25568);
  if (!date1904 && days == 60) unix_days = -25509;  // 1900-02-28
  // Howard Hinnant's civil_from_days.
  const long long z = unix_days + 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const long long doe = z - era * 146097;
  const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long long mp = (5 * doy + 2) / 153;
  const long long day = doy - (153 * mp + 2) / 5 + 1;
  const long long month = mp < 10 ? mp + 3 : mp - 9;
  const long long year = yoe + era * 400 + (month <= 2);
  const std::string date = fmt::format("{:04}-{:02}-{:02}", year, month, day);
  return time.empty() ? date : date + " " + time;
}

bool IsDateFormat(std::string_view code) {
  bool quoted = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (quoted) {
      continue;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // an escaped or padding character
    } else if (c == '[') {
      const size_t close = code.find(']', i);
      if (close == std::string_view::npos) return false;
      const std::string_view inside = code.substr(i + 1, close - i - 1);
      // [h], [mm], [ss]: elapsed time; [Red], [$-409]: colours and locales.
      if (!inside.empty() && std::string_view("hHmMsS").find(inside.front()) != std::string_view::npos) return true;
      i = close;
    } else if (std::string_view("dDmMyYhHsS").find(c) != std::string_view::npos) {
      return true;
    } else if (c == ';') {
      break;  // the first section decides
    }
  }
  return false;
}

}  // namespace rerate
