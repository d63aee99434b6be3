// Errors and results: the one error style of the library's public API.
//
// Every fallible library call returns a Result<T>: either the value or an
// Error that names the file, line and column at fault and says what was
// expected there.  No exception crosses the public API.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace rerate {

// A place in an input file.  Lines and columns count from 1; line 0 means
// "the file as a whole" (for example a file that cannot be opened).  In a
// workbook's sheet the line is the row and the column the column, and the
// file names the workbook and the sheet ("anytown-2024.xlsx [Cases]").
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
  bool cell = false;  // a sheet's cell: written as Excel names it (C7)

  // "file:line:col" ("file C7" for a cell), "file" when the line is unknown.
  std::string ToString() const;
};

struct Error {
  SourceLocation where;
  std::string message;

  // "file:line:col: message", the form every command prints on stderr.
  std::string ToString() const;
};

template <class T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}      // NOLINT: implicit by design

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  const T& value() const& { return std::get<0>(state_); }
  T& value() & { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  const T* operator->() const { return &std::get<0>(state_); }
  T* operator->() { return &std::get<0>(state_); }
  const T& operator*() const& { return std::get<0>(state_); }
  T& operator*() & { return std::get<0>(state_); }

  const Error& error() const { return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

// One of several files a command was given that could not be read, rated or
// compared: the path as given and its error, for the "failed" list of the
// command's JSON (a script sees it there, not only on stderr).
struct FailedFile {
  std::string input;
  Error error;
};

// For calls that produce nothing but may fail.
struct Ok {};
using Status = Result<Ok>;

inline Status OkStatus() { return Ok{}; }

}  // namespace rerate
