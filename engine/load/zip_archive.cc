#include "load/zip_archive.h"

#include <zip.h>

#include <memory>
#include <vector>

namespace rerate {

namespace {

std::string LimitText() { return std::to_string(ZipArchive::kUnpackLimit >> 20) + " MiB"; }

}  // namespace

Result<std::unique_ptr<ZipArchive>> ZipArchive::Open(std::string_view bytes, const std::string& file) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return Error{{file, 0, 0}, "cannot read the workbook's archive"};
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    const std::string why = zip_error_strerror(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    return Error{{file, 0, 0}, "not a readable workbook (a damaged zip archive: " + why +
                                   "); open it in Excel and save it again as Excel Workbook (.xlsx)"};
  }
  zip_error_fini(&error);
  return std::unique_ptr<ZipArchive>(new ZipArchive(archive, file));
}

ZipArchive::~ZipArchive() { zip_discard(archive_); }

long long ZipArchive::Locate(const std::string& name) const {
  zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) index = zip_name_locate(archive_, name.c_str(), ZIP_FL_NOCASE);
  return index;
}

bool ZipArchive::Has(const std::string& name) const { return Locate(name) >= 0; }

Status ZipArchive::Unpack(const std::string& name, const std::function<bool(std::string_view)>& sink) {
  const zip_int64_t index = Locate(name);
  if (index < 0) return Error{{file_, 0, 0}, "the workbook has no part " + name};
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    return Error{{file_, 0, 0}, "cannot read " + name + " in the workbook's archive"};
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    return Error{{file_, 0, 0}, name + " is encrypted: remove the password in Excel and save the workbook again"};
  }
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size > kUnpackLimit - unpacked_) {
    return Error{{file_, 0, 0}, name + " would unpack to more than " + LimitText() +
                                    ", the most rerate unpacks from one workbook"};
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> part(zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0),
                                                        zip_fclose);
  if (!part) {
    return Error{{file_, 0, 0}, "cannot unpack " + name + " (" + zip_strerror(archive_) +
                                    "); open the workbook in Excel and save it again as Excel Workbook (.xlsx)"};
  }
  std::vector<char> buffer(std::size_t{1} << 16);
  while (true) {
    const zip_int64_t got = zip_fread(part.get(), buffer.data(), buffer.size());
    if (got < 0) {
      return Error{{file_, 0, 0}, "cannot unpack " + name + " (" + zip_file_strerror(part.get()) +
                                      "): the workbook is damaged"};
    }
    if (got == 0) return OkStatus();
    // The sizes a zip declares may lie: the limit holds on what is unpacked.
    unpacked_ += static_cast<std::size_t>(got);
    if (unpacked_ > kUnpackLimit) {
      return Error{{file_, 0, 0}, name + " unpacks to more than " + LimitText() +
                                      ", the most rerate unpacks from one workbook"};
    }
    if (!sink(std::string_view(buffer.data(), static_cast<std::size_t>(got)))) return Error{{file_, 0, 0}, ""};
  }
}

Result<std::string> ZipArchive::ReadAll(const std::string& name) {
  std::string text;
  Status status = Unpack(name, [&](std::string_view piece) {
    text.append(piece);
    return true;
  });
  if (!status) return status.error();
  return text;
}

}  // namespace rerate
