// What rate and check put in a SheetBook: a summary row per inspection (laid
// out as HMIP's published ratings tables: inspection, score, overall, every
// standard), a sheet per inspection, and check's findings.  Every name and
// band comes from the methodology; only the layout is decided here.
#include <algorithm>

#include "base/text.h"
#include "model/names.h"
#include "rerate/sheets.h"

namespace rerate {

namespace {

SheetCell Text(std::string text) { return SheetCell{std::move(text), std::nullopt, -1, 0, false}; }
SheetCell Number(double number) { return SheetCell{"", number, -1, 0, false}; }
SheetCell Bold(std::string text) { return SheetCell{std::move(text), std::nullopt, -1, 0, true}; }

// A rating's name in a cell coloured by its place on the methodology's scale.
SheetCell RatingCell(const Methodology& methodology, const std::optional<Rating>& rating) {
  SheetCell cell = Text(RatingText(methodology, rating));
  if (rating) {
    cell.band = rating->level;
    cell.bands = static_cast<int>(methodology.scale.levels.size());
  }
  return cell;
}

// A value check compared: a rating name is coloured as a rating, a number
// written as a number.
SheetCell CheckCell(const Methodology& methodology, const CheckValue& value) {
  if (value.type == CheckValue::Type::kNumber) return Number(value.number);
  if (value.type == CheckValue::Type::kText) {
    if (std::optional<Rating> rating = methodology.FindRating(value.text)) return RatingCell(methodology, rating);
  }
  return Text(value.ToString());
}

std::vector<SheetCell> Header(const std::vector<std::string>& titles) {
  std::vector<SheetCell> row;
  for (const std::string& title : titles) row.push_back(Bold(title));
  return row;
}

}  // namespace

Sheet& SheetBook::Summary(const std::vector<std::string>& header) {
  if (sheets_.empty() || sheets_.front().name != "Summary") {
    sheets_.insert(sheets_.begin(), Sheet{"Summary", {Header(header)}});
  }
  return sheets_.front();
}

int SheetBook::SummaryColumn(const std::string& title) {
  std::vector<SheetCell>& header = sheets_.front().rows.front();
  for (size_t c = 0; c < header.size(); ++c) {
    if (header[c].text == title) return static_cast<int>(c);
  }
  header.push_back(Bold(title));  // a standard of another methodology: its own column
  return static_cast<int>(header.size()) - 1;
}

Sheet& SheetBook::Listing(const std::string& name, const std::vector<std::string>& header) {
  if (!has_listing_) {
    listing_ = Sheet{name, {Header(header)}};
    has_listing_ = true;
  }
  return listing_;
}

void SheetBook::AddRate(const Evaluation& evaluation) {
  const Methodology& methodology = *evaluation.methodology;
  Summary({"Inspection", "File", "Methodology", "Score", "Max", "Overall"});
  std::vector<SheetCell> summary = {Text(evaluation.inspection), Text(evaluation.file), Text(methodology.name),
                                    Number(evaluation.score), Number(evaluation.max),
                                    RatingCell(methodology, evaluation.overall)};
  Sheet& sheet = AddSheet(evaluation.inspection);
  sheet.rows.push_back(Header({"Standard", "Key question", "Name", "Rating or band", "Points", "k/n", "Yes",
                               "Relevant", "Percent", "Lowest"}));
  for (const StandardResult& standard : evaluation.standards) {
    const Standard& info = methodology.standards[standard.standard];
    const bool rated = standard.status == StandardStatus::kRated;
    const SheetCell rating =
        standard.status == StandardStatus::kReportedOnly ? Text("reported only") : RatingCell(methodology, standard.rating);
    const int column = SummaryColumn(StandardLabel(methodology, standard.standard));
    if (summary.size() <= static_cast<size_t>(column)) summary.resize(column + 1);
    summary[column] = rating;
    sheet.rows.push_back({Text(info.id), Text(""), Text(info.name), rating,
                          rated && standard.rating ? Number(standard.points) : Text("")});
    for (const KqResult& kq : standard.key_questions) {
      const KeyQuestion& question = methodology.key_questions[kq.key_question];
      std::vector<SheetCell> row = {Text(info.id), Text(question.id), Text(question.text),
                                    kq.band ? RatingCell(methodology, kq.band) : Text("")};
      row.push_back(Text(""));
      const bool counts = kq.relevant > 0;
      row.push_back(counts ? Text(OutOf(kq.yes, kq.relevant)) : Text(""));
      row.push_back(counts ? Number(kq.yes) : Text(""));
      row.push_back(counts ? Number(kq.relevant) : Text(""));
      row.push_back(kq.HasResult() ? Number(kq.percent) : Text(""));
      row.push_back(Text(kq.lowest ? "lowest" : ""));
      sheet.rows.push_back(std::move(row));
    }
  }
  sheet.rows.push_back({Text("Overall"), Text(""), Text("Score " + OutOf(evaluation.score, evaluation.max)),
                        RatingCell(methodology, evaluation.overall), Number(evaluation.score)});
  Summary({}).rows.push_back(std::move(summary));
}

void SheetBook::AddCheck(const CheckResult& result) {
  const Methodology& methodology = *result.methodology;
  Summary({"Inspection", "File", "Methodology", "Reproduced", "Explained", "Unverifiable", "Findings"});
  Summary({}).rows.push_back({Text(result.inspection), Text(result.file), Text(methodology.name),
                              Number(result.Count(ValueStatus::kReproduced)), Number(result.Count(ValueStatus::kExplained)),
                              Number(result.Count(ValueStatus::kUnverifiable)),
                              Number(static_cast<double>(result.findings.size()))});
  Sheet& sheet = AddSheet(result.inspection);
  sheet.rows.push_back(Header({"Value", "Standard", "Name", "Published", "Computed", "Status", "Detail"}));
  for (const CheckedValue& value : result.values) {
    sheet.rows.push_back({Text(value.subject), Text(value.standard), Text(value.name),
                          CheckCell(methodology, value.published), CheckCell(methodology, value.computed),
                          Text(ValueStatusName(value.status)), Text(value.detail)});
  }
  Sheet& findings = Listing("Findings", {"Inspection", "Kind", "Value", "Standard", "Key question", "Published",
                                         "Computed", "Rule", "Detail", "Place"});
  for (const Finding& finding : result.findings) {
    findings.rows.push_back({Text(result.inspection), Text(FindingKindName(finding.kind)), Text(finding.subject),
                              Text(finding.standard), Text(finding.key_question),
                              CheckCell(methodology, finding.published), CheckCell(methodology, finding.computed),
                              Text(finding.rule), Text(finding.detail), Text(finding.where.ToString())});
  }
}

void SheetBook::AddDiff(const InspectionDiff& diff, const Methodology& from, const Methodology& to) {
  Summary({"Inspection", "File", "Status", "Score under " + from.name, "Max under " + from.name,
           "Score under " + to.name, "Max under " + to.name, "Overall under " + from.name, "Overall under " + to.name,
           "Changes", "Why"});
  static const char* const kStatus[] = {"changed", "unchanged", "skipped", "refused", "error"};
  std::string why = diff.reason;
  if (diff.error) why = diff.error->where.ToString() + ": " + diff.error->message;
  for (const std::string& violation : diff.refused) why += (why.empty() ? "" : "; ") + violation;
  const auto rating = [](const Methodology& methodology, const std::string& name) {
    const std::optional<Rating> found = methodology.FindRating(name);
    return found ? RatingCell(methodology, found) : Text(name);
  };
  Summary({}).rows.push_back({Text(diff.inspection), Text(diff.file), Text(kStatus[static_cast<int>(diff.status)]),
                              Number(diff.score_before.points), Number(diff.score_before.max),
                              Number(diff.score_after.points), Number(diff.score_after.max), rating(from, diff.overall_before),
                              rating(to, diff.overall_after), Number(static_cast<double>(diff.changes.size())), Text(why)});
  Sheet& changes = Listing("Changes", {"Inspection", "Level", "Id", "Subject", "Before", "After", "Rule", "Detail"});
  for (const Change& change : diff.changes) {
    // A rating or band is coloured on its own scale; a score stays text.
    const auto value = [&](const Methodology& methodology, const std::optional<std::string>& text) {
      return text ? rating(methodology, *text) : Text("");
    };
    changes.rows.push_back({Text(diff.inspection), Text(DiffLevelName(change.level)), Text(change.id),
                            Text(change.subject), value(from, change.before), value(to, change.after),
                            Text(change.rule), Text(change.detail)});
  }
}

void SheetBook::AddStability(const StabilityResult& result) {
  const Methodology& methodology = *result.methodology;
  Summary({"Inspection", "File", "Method", "Resamples", "Overall", "Share giving it"});
  Summary({}).rows.push_back({Text(result.inspection), Text(result.file), Text(StabilityMethodName(result.method)),
                              Number(static_cast<double>(result.resamples)),
                              RatingCell(methodology, result.overall_computed),
                              Number(result.overall.Of(result.overall_computed))});
  std::vector<std::string> header = {"Standard", "Name", "Rating", "Published"};
  for (const ScaleLevel& level : methodology.scale.levels) header.push_back(level.name);
  header.push_back("No data");
  Sheet& sheet = AddSheet(result.inspection);
  sheet.rows.push_back(Header(header));
  const auto shares = [&](std::vector<SheetCell> row, const RatingShares& of) {
    for (size_t level = 0; level < methodology.scale.levels.size(); ++level) {
      row.push_back(Number(level < of.probability.size() ? of.probability[level] : 0));
    }
    row.push_back(Number(of.no_data));
    sheet.rows.push_back(std::move(row));
  };
  for (const StandardStability& standard : result.standards) {
    const Standard& info = methodology.standards[standard.standard];
    shares({Text(info.id), Text(info.name), RatingCell(methodology, standard.computed),
            standard.printed ? RatingCell(methodology, standard.published) : Text("")},
           standard.shares);
  }
  shares({Text("Overall"), Text(""), RatingCell(methodology, result.overall_computed),
          result.has_published ? RatingCell(methodology, result.overall_published) : Text("")},
         result.overall);
}

}  // namespace rerate
