// Where a command's results go: stdout, or with --output FILE a file that is
// written whole or not at all (a temporary file beside it, renamed over it
// at the end).  Every failure to write (a full disk, a closed pipe) is kept
// and reported when the command ends, so rerate never exits 0 having lost
// output.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rerate::cli {

class Output {
 public:
  // The one output of this run of the program.
  static Output& Get();

  // --output FILE: results go to FILE.  Refused (the message is returned)
  // when FILE is one of `inputs` or lies in one of their folders: rerate
  // never writes over what it reads.
  std::optional<std::string> Redirect(const std::string& path, const std::vector<std::string>& inputs);

  // Appends text; after a failure, writes nothing more.
  void Write(std::string_view text);
  bool Failed() const { return !failure_.empty(); }
  // Whether --output FILE was given (a workbook goes only to a file).
  bool Redirected() const { return !path_.empty(); }

  // Flushes and, with --output, puts the file in place (or removes the
  // temporary file after a failure).  The failure, if any.
  std::optional<std::string> Finish();

 private:
  void Fail(const std::string& what);

  int fd_ = 1;                // stdout, or the temporary file
  std::string path_;          // --output, when given
  std::string temporary_;     // the file written until Finish renames it
  std::string failure_;
};

// Output::Get().Write(text).
void Out(std::string_view text);

}  // namespace rerate::cli
