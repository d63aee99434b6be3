#include "base/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "rerate/inputs.h"
#include "test_support.h"

namespace rerate {
namespace {

namespace fs = std::filesystem;

// A FIFO in the scratch folder, made anew.
std::string Fifo(const std::string& name) {
  const std::string path = testing::WriteScratch(name, "");
  fs::remove(path);
  REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
  return path;
}

TEST_CASE("a file is read whole; a folder and a missing file are refused with the reason", "[file]") {
  const std::string path = testing::WriteScratch("file/plain.txt", "a: 1\n");
  CHECK(ReadFile(path).value() == "a: 1\n");
  CHECK(ReadFile(fs::path(path).parent_path().string()).error().message == "a folder, not a file");
  const Error missing = ReadFile(path + ".gone").error();
  CHECK(missing.ToString() == path + ".gone: cannot open file: No such file or directory");
}

TEST_CASE("a file over the limit is refused, a regular one before it is read", "[file]") {
  const std::string path = testing::WriteScratch("file/big.txt", std::string(5000, 'x'));
  CHECK(ReadFile(path, 4999).error().message.find("larger than") == 0);
  CHECK(ReadFile(path, 5000).value().size() == 5000);
}

// Regression (issue 13): /dev/zero as a case file was read up to the 1 GiB
// limit, a gigabyte of memory and seconds before the refusal.
TEST_CASE("a device is refused before it is read (/dev/zero was read up to 1 GiB)", "[file][regression]") {
  CHECK(ReadFile("/dev/zero").error().message == "a device, not a file (rerate reads files and pipes)");
  CHECK(ReadFile("/dev/null").error().message == "a device, not a file (rerate reads files and pipes)");
}

// Regression (issue 13): open() of a FIFO that no program writes to waited
// for a writer for ever.
TEST_CASE("a FIFO nobody writes to is refused at once (open() waited for a writer for ever)", "[file][regression]") {
  const std::string path = Fifo("file/idle.fifo");
  const auto start = std::chrono::steady_clock::now();
  CHECK(ReadFile(path).error().message == "a pipe with nothing written to it (no program was writing to it)");
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}

TEST_CASE("a FIFO with a writer is read to its end, within the limit", "[file]") {
  const std::string path = Fifo("file/written.fifo");
  const int fd = ::open(path.c_str(), O_RDWR);  // a writer, there before the reader opens
  REQUIRE(fd >= 0);
  std::thread writer([fd] {
    const std::string text = "case,2.1.1\nC1,yes\n";
    CHECK(::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ::close(fd);
  });
  CHECK(ReadFile(path).value() == "case,2.1.1\nC1,yes\n");
  writer.join();
  const std::string endless = Fifo("file/endless.fifo");
  const int writer_fd = ::open(endless.c_str(), O_RDWR);
  REQUIRE(writer_fd >= 0);
  std::thread flood([writer_fd] {
    const std::string block(4096, 'y');
    for (int i = 0; i < 4; ++i) {
      if (::write(writer_fd, block.data(), block.size()) < 0) break;
    }
    ::close(writer_fd);
  });
  CHECK(ReadFile(endless, 10000).error().message.find("larger than") == 0);
  flood.join();
}

// A file listed in a folder and removed before it is read: an error naming
// it and why, for that file alone.
TEST_CASE("an inspection that vanishes between listing the folder and reading it is an error naming it", "[file]") {
  const std::string bwd = testing::ReadSource("cases/blackburn-with-darwen-2023.yaml");
  const std::string first = testing::WriteScratch("vanish/a.yaml", bwd);
  const std::string second = testing::WriteScratch("vanish/b.yaml", bwd);
  testing::WriteScratch("vanish/blackburn-with-darwen-2023.csv", testing::ReadSource("cases/blackburn-with-darwen-2023.csv"));
  Result<std::vector<std::string>> files = ExpandInputs({fs::path(first).parent_path().string()});
  REQUIRE(files.ok());
  REQUIRE(files->size() == 2);
  fs::remove(second);
  RulesLibrary library({testing::SourcePath("rules")});
  CHECK(LoadEvidence((*files)[0], library, "").ok());
  Result<Evidence> gone = LoadEvidence((*files)[1], library, "");
  REQUIRE_FALSE(gone.ok());
  CHECK(gone.error().ToString() == second + ": cannot open file: No such file or directory");
  // Its case file gone too: the inspection names it, at the cases: line.
  fs::remove(fs::path(first).parent_path() / "blackburn-with-darwen-2023.csv");
  Result<Evidence> no_cases = LoadEvidence(first, library, "");
  REQUIRE_FALSE(no_cases.ok());
  CHECK(no_cases.error().message.find("blackburn-with-darwen-2023.csv") != std::string::npos);
}

// A rules file is read once in a run: one changed or removed after the
// first inspection that names it is rated with the version already read, so
// two inspections of one run never see two versions of a methodology.
TEST_CASE("a rules file changed or removed during a run: every inspection of the run has the version first read", "[file]") {
  const std::string rules = testing::WriteScratch("changing/rules/hmip-pdu-2021.yaml", testing::ReadSource("rules/hmip-pdu-2021.yaml"));
  const std::string bwd = testing::ReadSource("cases/blackburn-with-darwen-2023.yaml");
  const std::string first = testing::WriteScratch("changing/a.yaml", bwd);
  const std::string second = testing::WriteScratch("changing/b.yaml", bwd);
  testing::WriteScratch("changing/blackburn-with-darwen-2023.csv", testing::ReadSource("cases/blackburn-with-darwen-2023.csv"));
  RulesLibrary library;
  Result<Evidence> a = LoadEvidence(first, library, "");
  REQUIRE(a.ok());
  testing::WriteScratch("changing/rules/hmip-pdu-2021.yaml", "methodology: broken\n");
  Result<Evidence> b = LoadEvidence(second, library, "");
  REQUIRE(b.ok());
  CHECK(b->methodology == a->methodology);
  fs::remove(rules);
  Result<Evidence> c = LoadEvidence(second, library, "");
  REQUIRE(c.ok());
  CHECK(c->methodology == a->methodology);
  // A new run reads the file as it now is, and says what is wrong with it.
  testing::WriteScratch("changing/rules/hmip-pdu-2021.yaml", "methodology: broken\n");
  RulesLibrary next;
  Result<Evidence> refused = LoadEvidence(second, next, "");
  REQUIRE_FALSE(refused.ok());
  CHECK(fs::equivalent(refused.error().where.file, rules));
}

}  // namespace
}  // namespace rerate
