// The what-if change options that whatif and target share, read in the order
// they are given: changes apply one after another, so order matters.
#include "cli.h"

namespace rerate::cli {

namespace po = boost::program_options;

void AddChangeOptions(po::options_description* options) {
  const auto repeatable = [] { return po::value<std::vector<std::string>>()->composing(); };
  options->add_options()
      ("set", repeatable()->value_name("STANDARD=RATING"),
       "an inspectors' rating (or a case standard's rating given under ratings:), e.g. 1.1=Good")
      ("kq", repeatable()->value_name("KQ=+N|-N|K/N"),
       "turn N no answers into yes (+N) or N yes into no (-N), or set the count (K/N); with case answers the "
       "first ones in file order change")
      ("case", repeatable()->value_name("CASE:KQ=ANSWER"), "one case's answer, e.g. C07:2.2.3=yes (yes, no or n/a)")
      ("not-rated", repeatable()->value_name("STANDARD"), "mark a standard Not rated (where the rules allow it)")
      ("discretion", repeatable()->value_name("'STANDARD=RATING: REASON'"),
       "record a discretion (replacing one already recorded on the standard)")
      ("drop-discretion", repeatable()->value_name("STANDARD"), "drop the discretion recorded on a standard")
      ("changes", repeatable()->value_name("FILE"),
       "a scenario file of changes (changes: a list of option: value items), applied where it is given");
}

Result<std::vector<ChangeSpec>> ChangesInOrder(const po::parsed_options& parsed) {
  std::vector<ChangeSpec> changes;
  for (const po::option& option : parsed.options) {
    if (option.string_key == "changes") {
      for (const std::string& file : option.value) {
        Result<std::vector<ChangeSpec>> loaded = LoadChanges(file);
        if (!loaded) return loaded.error();
        changes.insert(changes.end(), loaded->begin(), loaded->end());
      }
      continue;
    }
    const std::optional<ChangeKind> kind = ChangeKindNamed(option.string_key);
    if (!kind) continue;
    for (const std::string& value : option.value) changes.push_back(ChangeSpec{*kind, value, {}});
  }
  return changes;
}

}  // namespace rerate::cli
