// rerate region: a region's PDUs rated, their results pooled, and the region
// rated under a regional methodology.
#include <iostream>

#include "cli.h"
#include "output.h"
#include "rerate/region.h"

namespace rerate::cli {

namespace po = boost::program_options;

namespace {

constexpr const char* kAbout =
    "Reads a region file (region:, inspections: its PDU inspection files; README.md,\n"
    "\"rerate region\") and prints: every PDU's ratings, one column per PDU, each rated\n"
    "from its own data; every key question pooled over all their cases (yes/relevant\n"
    "summed, the printed percentage, the lowest and highest PDU), prompts too; and,\n"
    "with a regional methodology (methodology: in the region file, or --rules), how\n"
    "each regional key question was pooled and every regional rating with the rule\n"
    "that decided it.  --by ATTRIBUTE gives pooled results per value of a case\n"
    "attribute (reported, never rated); --explain goes from the PDU counts to each\n"
    "pooled figure to each regional rating.  Like rate, it refuses (exit 2) a region\n"
    "whose own records break a rule of its methodology.";

constexpr CommandFront kFront = {"region", "rerate region [options] REGION.yaml", kAbout, "give one region file",
                                 /*one_file=*/true};

}  // namespace

int CmdRegion(const Args& args) {
  InputOptions input;
  RegionOptions region_options;
  po::options_description options;
  options.add_options()
      ("explain", po::bool_switch(&region_options.explain),
       "add the trace from the PDU counts to each pooled figure to each regional rating")
      ("by", po::value(&region_options.by)->value_name("ATTRIBUTE"),
       "also give pooled key-question results per value of a case attribute (e.g. grade); never rated");
  AddInputOptions(&options, &input);
  po::variables_map vm;
  if (std::optional<int> stop = ParseCommand(kFront, options, args, &input.paths, &vm)) return *stop;
  Result<Format> format = ParseFormat(input.format);
  if (!format) return UsageError("region", "--format: " + format.error().message);

  region_options.rules_override = input.rules;
  RulesLibrary library(input.rules_dirs, CaseFileOptionsOf(input.csv_separator));
  Result<RegionResult> result = RateRegionFile(input.paths.front(), library, region_options);
  if (!result) {
    PrintError(result.error());
    return kExitInputError;
  }
  if (result->evaluation && RefuseViolations(*result->evaluation)) return kExitInputError;
  Out(RenderRegion(*result, *format));
  return kExitOk;
}

}  // namespace rerate::cli
