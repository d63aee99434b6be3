// Results as tables for a spreadsheet: `rate` and `check` as an Excel
// workbook (--format xlsx) or CSV (--format csv).  A SheetBook is built one
// result at a time, in the order they are printed, then written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "rerate/check.h"
#include "rerate/diff.h"
#include "rerate/evaluate.h"
#include "rerate/result.h"
#include "rerate/stability.h"

namespace rerate {

struct SheetCell {
  std::string text;
  std::optional<double> number;  // written as a number when set
  int band = -1;                 // a rating's level on its scale: the cell is coloured by it
  int bands = 0;                 // the scale's size
  bool bold = false;
};

struct Sheet {
  std::string name;  // as Excel allows: at most 31 characters, none of []:*?/\, unique in its book
  std::vector<std::vector<SheetCell>> rows;
};

class SheetBook {
 public:
  // rate: a summary row (as HMIP's published ratings tables: inspection,
  // score, overall, every standard) and a sheet with the ratings table and
  // the key questions.
  void AddRate(const Evaluation& evaluation);
  // check: a summary row, a sheet with every published value, and its
  // findings on the Findings sheet.
  void AddCheck(const CheckResult& result);
  // diff: a summary row per inspection (status, score and overall under
  // each rules file) and its changes on the Changes sheet.
  void AddDiff(const InspectionDiff& diff, const Methodology& from, const Methodology& to);

  // stability: a summary row per inspection (its overall rating and how often
  // resampling gives it) and a sheet with each rating's share of resamples
  // per standard, as fractions from 0 to 1.
  void AddStability(const StabilityResult& result);

  // A sheet of the caller's (rerate init's case sheet), named as Excel
  // allows (see Sheet::name).
  Sheet& AddSheet(const std::string& name);

  // Every sheet, in order (the Findings or Changes sheet last).
  std::vector<Sheet> Sheets() const;

  // The workbook's bytes (.xlsx); an error when it cannot be written.
  Result<std::string> Xlsx() const;
  // The first sheet (the summary) as CSV, RFC 4180, UTF-8.
  std::string Csv() const;

 private:
  Sheet& Summary(const std::vector<std::string>& header);
  int SummaryColumn(const std::string& title);

  std::vector<Sheet> sheets_;
  // The list sheet written last: check's Findings, diff's Changes.
  Sheet& Listing(const std::string& name, const std::vector<std::string>& header);
  Sheet listing_;
  bool has_listing_ = false;
};

// The fill an Excel cell of `band` (of `bands` ratings) gets: red for the
// lowest, amber, light green, green for the highest (RGB).
unsigned BandColour(int band, int bands);

}  // namespace rerate
