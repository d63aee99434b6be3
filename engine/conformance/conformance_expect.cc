// ReadExpect: a test's expect: block, read strictly against the methodology
// the test is rated with.  Each key of the block has one parse function in
// the table in ExpectParser::Keys(); a new kind of expectation is one more
// entry there and its function.
#include <algorithm>
#include <cctype>
#include <charconv>

#include "base/suggest.h"
#include "base/text.h"
#include "load/yaml_reader.h"
#include "model/names.h"
#include "rerate/check.h"
#include "rerate/conformance.h"

namespace rerate {

bool TestSpec::Expects(const std::string& key, const std::string& id) const {
  for (const Expectation& expectation : expectations) {
    if (expectation.key == key && (id.empty() || expectation.id == id)) return true;
  }
  return false;
}

bool TestSpec::HasLabel(const std::string& label) const {
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

namespace {

constexpr const char* kNone = "(none)";

std::string JoinIds(std::vector<std::string> ids, bool sorted) {
  if (sorted) std::sort(ids.begin(), ids.end());
  if (ids.empty()) return kNone;
  std::string text;
  for (const std::string& id : ids) text += (text.empty() ? "" : ", ") + id;
  return text;
}

// Trace lines about any of `subjects`, as "rule: message".
std::function<std::vector<std::string>(const TestSubject&)> TraceOf(std::vector<std::string> subjects) {
  return [subjects](const TestSubject& subject) {
    std::vector<std::string> lines;
    if (subject.trace == nullptr) return lines;
    for (const TraceStep& step : *subject.trace) {
      if (std::find(subjects.begin(), subjects.end(), step.subject) != subjects.end()) {
        lines.push_back(step.subject + " " + step.rule + ": " + step.message);
      }
    }
    return lines;
  };
}

class ExpectParser {
 public:
  ExpectParser(std::string file, const Methodology& methodology, bool has_published)
      : file_(std::move(file)), m_(methodology), has_published_(has_published) {}

  TestSpec Parse(const YamlNode& node) {
    spec_.where = NodeWhere(file_, node);
    MapView block(file_, node, spec_.where, "\"expect:\"");
    std::vector<std::string> names;
    for (const Key& key : Keys()) names.push_back(key.name);
    block.AllowOnly(names);
    for (const MapEntry& entry : block.entries()) {
      for (const Key& key : Keys()) {
        if (entry.key.value == key.name) (this->*key.parse)(entry);
      }
    }
    if (spec_.expectations.empty()) {
      Fail(spec_.where, "expect: states nothing to check: give at least one of overall, score, standards, "
                        "key_questions, applied, warnings, violations or findings");
    }
    // A test of a valid inspection must not break the methodology: unless the
    // test says which violations it expects, it expects none.
    if (!block.Has("violations")) AddViolations({}, spec_.where);
    return std::move(spec_);
  }

 private:
  using ParseKey = void (ExpectParser::*)(const MapEntry&);
  struct Key {
    const char* name;
    ParseKey parse;
  };

  static const std::vector<Key>& Keys() {
    static const std::vector<Key> keys = {
        {"labels", &ExpectParser::Labels},
        {"overall", &ExpectParser::Overall},
        {"score", &ExpectParser::Score},
        {"standards", &ExpectParser::Standards},
        {"key_questions", &ExpectParser::KeyQuestions},
        {"applied", &ExpectParser::Applied},
        {"warnings", &ExpectParser::Warnings},
        {"violations", &ExpectParser::Violations},
        {"findings", &ExpectParser::Findings},
    };
    return keys;
  }

  void Labels(const MapEntry& entry) {
    for (const auto& [node, where] : SequenceItems(file_, entry.value, entry.value_where, "labels")) {
      const std::string label = ScalarText(file_, node, where, "a label");
      for (char c : label) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') {
          Fail(where, "a label is letters, digits, '-' or '_', found \"" + label + "\"");
        }
      }
      if (std::find(spec_.labels.begin(), spec_.labels.end(), label) != spec_.labels.end()) {
        Fail(where, "label \"" + label + "\" is listed twice");
      }
      spec_.labels.push_back(label);
    }
  }

  std::string RatingName(const std::string& file_text, SourceLocation where, bool allow_not_rated) {
    if (std::optional<Rating> rating = m_.FindRating(file_text)) return m_.RatingName(*rating);
    if (allow_not_rated && Lower(file_text) == Lower(m_.scale.not_rated_label)) return m_.scale.not_rated_label;
    std::vector<std::string> names = RatingNames(m_);
    if (allow_not_rated) names.push_back(m_.scale.not_rated_label);
    Fail(where, "\"" + file_text + "\" is not a rating on the " + m_.name + " scale" + DidYouMean(file_text, names) +
                    " (expected " + OneOf(names) + ")");
  }

  void Overall(const MapEntry& entry) {
    const std::string text = ScalarText(file_, entry.value, entry.value_where, "the overall rating");
    Add("overall", "", "overall rating", RatingName(text, entry.value_where, false), entry.value_where,
        [](const TestSubject& s) { return RatingText(*s.evaluation->methodology, s.evaluation->overall); },
        TraceOf({"score", "overall"}));
  }

  // "10/27": points and maximum, as a report prints the score.
  void Score(const MapEntry& entry) {
    const std::string text = ScalarText(file_, entry.value, entry.value_where, "a score");
    const size_t slash = text.find('/');
    int points = -1;
    int max = -1;
    if (slash != std::string::npos) {
      points = ParseCount(text.substr(0, slash));
      max = ParseCount(text.substr(slash + 1));
    }
    if (points < 0 || max <= 0 || points > max) {
      Fail(entry.value_where, "expected score as POINTS/MAX (e.g. 10/27, points at most the maximum), found \"" +
                                  text + "\"");
    }
    Add("score", "", "score", OutOf(points, max), entry.value_where,
        [](const TestSubject& s) {
          return OutOf(s.evaluation->score, s.evaluation->max);
        },
        TraceOf({"score"}));
  }

  static int ParseCount(const std::string& text) {
    int value = -1;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && ptr == end && !text.empty() ? value : -1;
  }

  int StandardRef(const Located<std::string>& id, bool rated) {
    const int s = m_.FindStandard(id.value);
    if (s < 0) {
      Fail(id.where, "no standard \"" + id.value + "\" in " + m_.name + DidYouMean(id.value, StandardIds(m_)));
    }
    if (rated && m_.standards[s].reported_only) {
      Fail(id.where, StandardLabel(m_, s) + " is reported, never rated: there is no rating to expect");
    }
    return s;
  }

  std::vector<std::string> TraceSubjects(int s) const {
    std::vector<std::string> subjects = {m_.standards[s].id};
    for (int q : m_.standards[s].key_questions) subjects.push_back(m_.key_questions[q].id);
    return subjects;
  }

  void Standards(const MapEntry& entry) {
    MapView map(file_, entry.value, entry.value_where, "\"standards:\"");
    for (const MapEntry& item : map.entries()) {
      const int s = StandardRef(item.key, true);
      const std::string text = ScalarText(file_, item.value, item.value_where, "a rating for " + item.key.value);
      Add("standards", m_.standards[s].id, "standard " + StandardLabel(m_, s),
          RatingName(text, item.value_where, true), item.key.where,
          [s](const TestSubject& subject) {
            const StandardResult& result = subject.evaluation->For(s);
            return RatingText(*subject.evaluation->methodology, result.rating);
          },
          TraceOf(TraceSubjects(s)));
    }
  }

  void KeyQuestions(const MapEntry& entry) {
    MapView map(file_, entry.value, entry.value_where, "\"key_questions:\"");
    for (const MapEntry& item : map.entries()) {
      const int q = m_.FindKeyQuestion(item.key.value);
      if (q < 0) {
        Fail(item.key.where, "no key question \"" + item.key.value + "\" in " + m_.name +
                                 DidYouMean(item.key.value, KeyQuestionIds(m_)));
      }
      const int s = m_.key_questions[q].standard;
      if (m_.standards[s].reported_only) {
        Fail(item.key.where, "key question " + item.key.value + " belongs to " + StandardLabel(m_, s) +
                                 ", which is reported, never rated: it has no band to expect");
      }
      const std::string text = ScalarText(file_, item.value, item.value_where, "a band for " + item.key.value);
      Add("key_questions", item.key.value, "key question " + item.key.value, RatingName(text, item.value_where, false),
          item.key.where,
          [q](const TestSubject& subject) {
            const KqResult& kq = subject.evaluation->ForKq(q);
            if (!kq.HasResult()) return std::string("no result");
            return kq.band ? subject.evaluation->methodology->RatingName(*kq.band) : std::string("no band");
          },
          TraceOf({item.key.value}));
    }
  }

  std::vector<std::string> RuleIds(const MapEntry& entry, const YamlNode& node, SourceLocation where) {
    std::vector<std::string> known;
    for (const RuleInfo* rule : m_.Rules()) {
      if (!rule->id.empty()) known.push_back(rule->id);
    }
    std::vector<std::string> ids;
    for (const auto& [item, item_where] : SequenceItems(file_, node, where, entry.key.value)) {
      const std::string id = ScalarText(file_, item, item_where, "a rule id");
      if (std::find(known.begin(), known.end(), id) == known.end()) {
        Fail(item_where, "no rule \"" + id + "\" in " + m_.name + DidYouMean(id, known));
      }
      ids.push_back(id);
    }
    return ids;
  }

  // applied: {"1.1": [judgement-inputs, court-work-caps-leadership]}: the
  // rules that decided the standard's rating, in order, exactly.
  void Applied(const MapEntry& entry) {
    MapView map(file_, entry.value, entry.value_where, "\"applied:\"");
    for (const MapEntry& item : map.entries()) {
      const int s = StandardRef(item.key, true);
      if (item.value.IsNull()) Fail(item.value_where, "expected a list of rule ids for " + item.key.value + " ([] for none)");
      Add("applied", m_.standards[s].id, "rules applied to " + StandardLabel(m_, s),
          JoinIds(RuleIds(item, item.value, item.value_where), false), item.key.where,
          [s](const TestSubject& subject) { return JoinIds(subject.evaluation->For(s).applied, false); },
          TraceOf(TraceSubjects(s)));
    }
  }

  // warnings: [services-follow-delivery]: the rules that warned, as a set
  // with repeats ([] for none).
  void Warnings(const MapEntry& entry) {
    if (entry.value.IsNull()) Fail(entry.value_where, "expected a list of rule ids ([] for none)");
    Add("warnings", "", "warnings", JoinIds(RuleIds(entry, entry.value, entry.value_where), true), entry.key.where,
        [](const TestSubject& subject) {
          std::vector<std::string> ids;
          for (const Warning& warning : subject.evaluation->warnings) ids.push_back(warning.rule);
          return JoinIds(ids, true);
        },
        [](const TestSubject& subject) {
          std::vector<std::string> lines;
          for (const Warning& warning : subject.evaluation->warnings) {
            lines.push_back(warning.where.ToString() + ": " + warning.message);
          }
          return lines;
        });
  }

  void Violations(const MapEntry& entry) {
    if (entry.value.IsNull()) Fail(entry.value_where, "expected a list of rule ids ([] for none)");
    AddViolations(RuleIds(entry, entry.value, entry.value_where), entry.key.where);
  }

  void AddViolations(std::vector<std::string> ids, SourceLocation where) {
    Add("violations", "", "violations", JoinIds(std::move(ids), true), where,
        [](const TestSubject& subject) {
          std::vector<std::string> found;
          for (const Violation& violation : subject.evaluation->violations) found.push_back(violation.rule);
          return JoinIds(found, true);
        },
        [](const TestSubject& subject) {
          std::vector<std::string> lines;
          for (const Violation& violation : subject.evaluation->violations) {
            lines.push_back(violation.where.ToString() + ": " + violation.message);
          }
          return lines;
        });
  }

  // findings: ["band 2.2", "overall overall"]: what `rerate check` finds, as
  // "KIND SUBJECT" the way its report lists them, as a set ([] for none).
  void Findings(const MapEntry& entry) {
    if (!has_published_) {
      Fail(entry.key.where, "findings: are what rerate check finds comparing the published: block with the "
                            "data; this file has no published: block");
    }
    if (entry.value.IsNull()) Fail(entry.value_where, "expected a list of \"KIND SUBJECT\" ([] for none)");
    std::vector<std::string> expected;
    for (const auto& [node, where] : SequenceItems(file_, entry.value, entry.value_where, "findings")) {
      expected.push_back(FindingText(ScalarText(file_, node, where, "a finding"), where));
    }
    Add("findings", "", "findings of rerate check", JoinIds(expected, true), entry.key.where,
        [](const TestSubject& subject) {
          std::vector<std::string> found;
          for (const Finding& finding : subject.check->findings) {
            found.push_back(std::string(FindingKindName(finding.kind)) + " " + finding.subject);
          }
          return JoinIds(found, true);
        },
        [](const TestSubject& subject) {
          std::vector<std::string> lines;
          for (const Finding& finding : subject.check->findings) {
            lines.push_back(std::string(FindingKindName(finding.kind)) + " " + finding.subject + ": " + finding.detail);
          }
          return lines;
        });
  }

  // "band 2.2": a finding kind, a space and what it is about, both checked.
  std::string FindingText(const std::string& text, SourceLocation where) {
    const size_t space = text.find(' ');
    const std::string kind = text.substr(0, space);
    const std::string about = space == std::string::npos ? "" : text.substr(space + 1);
    std::vector<std::string> kinds;
    for (FindingKind each : {FindingKind::kArithmetic, FindingKind::kBand, FindingKind::kOverall,
                             FindingKind::kRoundingSensitive, FindingKind::kPercentage, FindingKind::kCap,
                             FindingKind::kGuidance, FindingKind::kDiscretion, FindingKind::kRecorded}) {
      kinds.push_back(FindingKindName(each));
    }
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) {
      Fail(where, "unknown finding kind \"" + kind + "\"" + DidYouMean(kind, kinds) + " (expected " + OneOf(kinds) + ")");
    }
    std::vector<std::string> subjects = {"score", "max", "overall"};
    for (const std::string& id : StandardIds(m_)) subjects.push_back(id);
    for (const std::string& id : KeyQuestionIds(m_)) subjects.push_back(id);
    if (std::find(subjects.begin(), subjects.end(), about) == subjects.end()) {
      Fail(where, "expected \"KIND SUBJECT\" with SUBJECT score, max, overall or a standard or key-question id of " +
                      m_.name + ", found \"" + text + "\"" + DidYouMean(about, subjects));
    }
    return kind + " " + about;
  }

  void Add(std::string key, std::string id, std::string subject, std::string expected, SourceLocation where,
           std::function<std::string(const TestSubject&)> observe,
           std::function<std::vector<std::string>(const TestSubject&)> explain) {
    for (const Expectation& existing : spec_.expectations) {
      if (existing.key == key && existing.id == id) {
        Fail(where, key + ": " + subject + " is expected twice");
      }
    }
    spec_.expectations.push_back(Expectation{std::move(key), std::move(id), std::move(subject), std::move(expected),
                                             std::move(where), std::move(observe), std::move(explain)});
  }

  std::string file_;
  const Methodology& m_;
  bool has_published_;
  TestSpec spec_;
};

}  // namespace

Result<TestSpec> ReadExpect(const Inspection& inspection, const Methodology& methodology) {
  if (inspection.expect == nullptr) {
    return Error{SourceLocation{inspection.file, 1, 1},
                 "not a test: no expect: block (a test is an inspection file with expect:, see README.md)"};
  }
  const YamlBlock& block = *inspection.expect;
  const bool has_published = inspection.published != nullptr;
  return CatchLoadErrors<TestSpec>(
      block.file(), [&]() { return ExpectParser(block.file(), methodology, has_published).Parse(block.node()); });
}

}  // namespace rerate
