#include "load/rules_parser.h"

#include <algorithm>
#include <cctype>

#include "base/suggest.h"
#include "base/text.h"
#include "load/yaml_reader.h"
#include "model/names.h"

namespace rerate {

namespace {

using Items = std::vector<std::pair<YamlNode, SourceLocation>>;

constexpr int kMaxPoints = 1000;
constexpr int kMaxScore = 1000000;

class RulesParser {
 public:
  explicit RulesParser(std::string file) : file_(std::move(file)) {}

  Methodology Parse(const YamlNode& root) {
    MapView top(file_, root, SourceLocation{file_, 1, 1}, "the rules file");
    top.AllowOnly({"methodology", "title", "scale", "key_question_bands", "case_standard_rating",
                   "judgement_standards", "discretion", "domains", "limits", "guidance",
                   "overall", "breakdowns", "pooling"});
    m_.file = file_;
    m_.name = top.String("methodology");
    m_.title = top.OptString("title");
    ParseScale(top.Map("scale"));
    ParseBanding(top.Map("key_question_bands"));
    ParseSimpleRule(top.Map("case_standard_rating"), {"method"}, &m_.case_rating.rule);
    CheckMethod(top.Map("case_standard_rating"));
    ParseSimpleRule(top.Map("judgement_standards"), {}, &m_.judgement.rule);
    ParseDiscretion(top.Map("discretion"));
    for (const auto& [node, where] : top.Sequence("domains")) ParseDomain(node, where);
    for (const auto& [node, where] : top.OptSequence("limits")) ParseLimit(node, where);
    for (const auto& [node, where] : top.OptSequence("guidance")) ParseGuidance(node, where);
    ParseOverall(top.Map("overall"));
    if (top.Has("breakdowns")) ParseBreakdowns(top.Map("breakdowns"));
    if (top.Has("pooling")) ParsePooling(top.Map("pooling"));
    return std::move(m_);
  }

 private:
  RuleInfo ParseRuleInfo(const MapView& map) {
    RuleInfo info;
    Located<std::string> id = map.LocString("id");
    for (char c : id.value) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.') {
        Fail(id.where, "a rule id is letters, digits, '-', '_' or '.', found \"" + id.value + "\"");
      }
    }
    info.id = id.value;
    info.description = map.OptString("description");
    info.where = map.where();
    MapView provenance = map.Map("provenance");
    provenance.AllowOnly({"basis", "source"});
    Located<std::string> basis = provenance.LocString("basis");
    if (basis.value != "seed" && basis.value != "default") {
      Fail(basis.where, "expected basis: seed (a published report shows it) or default "
                        "(best-known, not pinned down by a report), found \"" + basis.value + "\"" +
                            DidYouMean(basis.value, {"seed", "default"}));
    }
    info.provenance = Provenance{basis.value, provenance.String("source")};
    return info;
  }

  void ParseSimpleRule(const MapView& map, std::initializer_list<const char*> extra,
                       RuleInfo* info) {
    std::vector<std::string> allowed = {"id", "provenance", "description"};
    allowed.insert(allowed.end(), extra.begin(), extra.end());
    map.AllowOnly(allowed);
    *info = ParseRuleInfo(map);
  }

  void CheckMethod(const MapView& map) {
    Located<std::string> method = map.LocString("method");
    if (Lower(method.value) != "lowest key question") {
      Fail(method.where, "expected method: lowest key question (the only method rerate knows), "
                         "found \"" + method.value + "\"");
    }
  }

  void ParseScale(const MapView& map) {
    map.AllowOnly({"id", "provenance", "description", "ratings", "not_rated"});
    m_.scale.rule = ParseRuleInfo(map);
    m_.scale.not_rated_label = map.String("not_rated");
    for (const auto& [node, where] : map.Sequence("ratings")) {
      MapView level(file_, node, where, "a rating");
      level.AllowOnly({"name", "points"});
      const MapEntry& points = level.Require("points");
      ScaleLevel parsed{level.String("name"), level.Int("points"), where};
      if (parsed.points < 0 || parsed.points > kMaxPoints) {
        Fail(points.value_where, "points must be 0 to " + std::to_string(kMaxPoints));
      }
      m_.scale.levels.push_back(parsed);
    }
    if (m_.scale.levels.size() < 2) {
      Fail(map.Require("ratings").value_where, "a scale needs at least two ratings, lowest first");
    }
    // The score's maximum is the top rating's points per standard, and a
    // better rating must never score less: points rise with the rating.
    const std::vector<ScaleLevel>& levels = m_.scale.levels;
    for (size_t i = 1; i < levels.size(); ++i) {
      if (levels[i].points <= levels[i - 1].points) {
        Fail(levels[i].where, "points must rise with the rating (lowest first): " + levels[i].name + " has " +
                                  std::to_string(levels[i].points) + ", not more than " + levels[i - 1].name + "'s " +
                                  std::to_string(levels[i - 1].points));
      }
    }
  }

  std::vector<std::string> RatingNames() const {
    std::vector<std::string> names;
    for (const ScaleLevel& level : m_.scale.levels) names.push_back(level.name);
    return names;
  }

  Rating ParseRating(const Located<std::string>& name) {
    std::optional<Rating> rating = m_.FindRating(name.value);
    if (!rating) {
      Fail(name.where, "unknown rating \"" + name.value + "\"" + DidYouMean(name.value, RatingNames()) +
                           " (expected " + OneOf(RatingNames()) + ")");
    }
    return *rating;
  }

  Rating ParseRatingNode(const YamlNode& node, SourceLocation where) {
    return ParseRating({ScalarText(file_, node, where, "a rating"), where});
  }

  void ParseBanding(const MapView& map) {
    map.AllowOnly({"id", "provenance", "description", "decide_on", "printed_rounding", "bands"});
    m_.banding.rule = ParseRuleInfo(map);
    Located<std::string> decide_on = map.LocString("decide_on");
    const std::string basis = Lower(decide_on.value);
    if (basis == "exact fraction") {
      m_.banding.decide_on = BandBasis::kExactFraction;
    } else if (basis == "printed percentage") {
      m_.banding.decide_on = BandBasis::kPrintedPercentage;
    } else {
      Fail(decide_on.where, "expected decide_on: exact fraction or printed percentage, found \"" +
                                decide_on.value + "\"" +
                                DidYouMean(decide_on.value, {"exact fraction", "printed percentage"}));
    }
    Located<std::string> rounding = map.LocString("printed_rounding");
    if (Lower(rounding.value) == "half up") {
      m_.banding.rounding = Rounding::kHalfUp;
    } else if (Lower(rounding.value) == "half even") {
      m_.banding.rounding = Rounding::kHalfEven;
    } else {
      Fail(rounding.where, "expected printed_rounding: half up or half even, found \"" +
                               rounding.value + "\"" +
                               DidYouMean(rounding.value, {"half up", "half even"}));
    }
    for (const auto& [node, where] : map.Sequence("bands")) {
      MapView band(file_, node, where, "a key-question band");
      band.AllowOnly({"rating", "from", "below"});
      KqBand parsed;
      parsed.rating = ParseRating(band.LocString("rating"));
      const MapEntry& from = band.Require("from");
      parsed.from = ParsePercent(file_, from.value, from.value_where);
      if (const MapEntry* below = band.Find("below")) {
        parsed.below = ParsePercent(file_, below->value, below->value_where);
      }
      parsed.where = where;
      m_.banding.bands.push_back(parsed);
    }
    if (m_.banding.bands.empty()) {
      Fail(map.Require("bands").value_where, "key_question_bands needs bands covering 0% to 100%");
    }
    // Banding takes the last band whose lower edge a value reaches, so the
    // bands must be ascending whatever order the file lists them in.
    std::stable_sort(m_.banding.bands.begin(), m_.banding.bands.end(), [](const KqBand& a, const KqBand& b) {
      return a.from.numerator * b.from.denominator < b.from.numerator * a.from.denominator;
    });
  }

  void ParseDiscretion(const MapView& map) {
    map.AllowOnly({"id", "provenance", "description", "max_bands", "reason_required"});
    m_.discretion.rule = ParseRuleInfo(map);
    m_.discretion.max_bands = map.Int("max_bands");
    if (m_.discretion.max_bands < 0) {
      Fail(map.Require("max_bands").value_where, "max_bands must be 0 or more");
    }
    if (!map.Has("reason_required")) Fail(map.where(), "discretion needs \"reason_required:\"");
    m_.discretion.reason_required = map.Bool("reason_required", true);
  }

  void ParseDomain(const YamlNode& node, SourceLocation where) {
    MapView map(file_, node, where, "a domain");
    map.AllowOnly({"id", "name", "standards"});
    Domain domain{map.String("id"), map.String("name"), where};
    m_.domains.push_back(domain);
    const int domain_index = static_cast<int>(m_.domains.size()) - 1;
    const auto standards = map.Sequence("standards");
    if (standards.empty()) Fail(map.Require("standards").value_where, "a domain needs at least one standard");
    for (const auto& [item, item_where] : standards) ParseStandard(item, item_where, domain_index);
  }

  void ParseStandard(const YamlNode& node, SourceLocation where, int domain) {
    MapView map(file_, node, where, "a standard");
    map.AllowOnly({"id", "name", "statement", "basis", "may_be_not_rated", "reported_only",
                   "key_questions"});
    Standard standard;
    standard.id = map.String("id");
    standard.name = map.String("name");
    standard.statement = map.OptString("statement");
    standard.domain = domain;
    standard.where = where;
    Located<std::string> basis = map.LocString("basis");
    if (basis.value == "judgement") {
      standard.basis = StandardBasis::kJudgement;
    } else if (basis.value == "cases") {
      standard.basis = StandardBasis::kCases;
    } else {
      Fail(basis.where, "expected basis: judgement (rated by inspectors) or cases (rated from "
                        "key questions), found \"" + basis.value + "\"" +
                            DidYouMean(basis.value, {"judgement", "cases"}));
    }
    standard.may_be_not_rated = map.Bool("may_be_not_rated", false);
    standard.reported_only = map.Bool("reported_only", false);
    const int standard_index = static_cast<int>(m_.standards.size());
    for (const auto& [item, item_where] : map.OptSequence("key_questions")) {
      standard.key_questions.push_back(ParseKeyQuestion(item, item_where, standard_index));
    }
    CheckStandardShape(standard, map);
    m_.standards.push_back(std::move(standard));
  }

  void CheckStandardShape(const Standard& standard, const MapView& map) {
    const std::string name = "standard " + standard.id;
    if (standard.basis == StandardBasis::kCases && standard.key_questions.empty()) {
      Fail(map.where(), name + " has basis: cases but no key_questions");
    }
    if (standard.basis == StandardBasis::kJudgement && !standard.key_questions.empty()) {
      Fail(map.Require("key_questions").key.where,
           name + " is rated by judgement, so it takes no key_questions (use basis: cases)");
    }
    if (standard.reported_only && standard.basis != StandardBasis::kCases) {
      Fail(map.Require("reported_only").key.where,
           name + ": only a standard with key questions can be reported without a rating");
    }
    if (standard.reported_only && standard.may_be_not_rated) {
      Fail(map.Require("may_be_not_rated").key.where,
           name + " is reported_only, so it is never rated: may_be_not_rated does not apply");
    }
  }

  int ParseKeyQuestion(const YamlNode& node, SourceLocation where, int standard) {
    MapView map(file_, node, where, "a key question");
    map.AllowOnly({"id", "text", "prompts"});
    KeyQuestion question;
    question.id = map.String("id");
    question.text = map.String("text");
    question.standard = standard;
    question.where = where;
    for (const auto& [item, item_where] : map.OptSequence("prompts")) {
      MapView prompt(file_, item, item_where, "a prompt");
      prompt.AllowOnly({"id", "text"});
      question.prompts.push_back(Prompt{prompt.String("id"), prompt.String("text"), item_where});
    }
    m_.key_questions.push_back(std::move(question));
    return static_cast<int>(m_.key_questions.size()) - 1;
  }

  std::vector<std::string> StandardIds() const {
    std::vector<std::string> ids;
    for (const Standard& standard : m_.standards) ids.push_back(standard.id);
    return ids;
  }

  int StandardRef(const Located<std::string>& id) {
    const int index = m_.FindStandard(id.value);
    if (index < 0) {
      Fail(id.where, "no standard \"" + id.value + "\" in this rules file" +
                         DidYouMean(id.value, StandardIds()));
    }
    return index;
  }

  // {standard: "2.1", rating: Inadequate} or {standard: "2.4", rating_in: [..]}.
  RatingCondition ParseCondition(const MapView& map) {
    map.AllowOnly({"standard", "rating", "rating_in"});
    RatingCondition condition;
    condition.standard = StandardRef(map.LocString("standard"));
    if (map.Has("rating") == map.Has("rating_in")) {
      Fail(map.where(), map.what() + " needs exactly one of \"rating:\" or \"rating_in:\"");
    }
    if (map.Has("rating")) {
      condition.ratings.push_back(ParseRating(map.LocString("rating")));
    } else {
      for (const auto& [item, item_where] : map.Sequence("rating_in")) {
        condition.ratings.push_back(ParseRatingNode(item, item_where));
      }
      if (condition.ratings.empty()) Fail(map.Require("rating_in").value_where, "rating_in needs at least one rating");
    }
    return condition;
  }

  void ParseLimit(const YamlNode& node, SourceLocation where) {
    MapView map(file_, node, where, "a limit");
    map.AllowOnly({"id", "provenance", "description", "when", "standard", "at_most"});
    Limit limit;
    limit.rule = ParseRuleInfo(map);
    limit.when = ParseCondition(map.Map("when"));
    limit.standard = StandardRef(map.LocString("standard"));
    limit.at_most = ParseRating(map.LocString("at_most"));
    m_.limits.push_back(std::move(limit));
  }

  void ParseGuidance(const YamlNode& node, SourceLocation where) {
    MapView map(file_, node, where, "guidance");
    map.AllowOnly({"id", "provenance", "description", "when", "expect"});
    Guidance guide;
    guide.rule = ParseRuleInfo(map);
    guide.when = ParseCondition(map.Map("when"));
    guide.expect = ParseCondition(map.Map("expect"));
    m_.guidance.push_back(std::move(guide));
  }

  void ParseOverall(const MapView& map) {
    map.AllowOnly({"id", "provenance", "description", "tables"});
    m_.overall.rule = ParseRuleInfo(map);
    for (const auto& [node, where] : map.Sequence("tables")) {
      MapView table_map(file_, node, where, "a score table");
      table_map.AllowOnly({"max", "bands"});
      ScoreTable table;
      table.max = BoundedCount(table_map, "max");
      table.where = where;
      for (const auto& [band_node, band_where] : table_map.Sequence("bands")) {
        MapView band(file_, band_node, band_where, "a score band");
        band.AllowOnly({"rating", "from", "to"});
        ScoreBand parsed;
        parsed.rating = ParseRating(band.LocString("rating"));
        parsed.from = BoundedCount(band, "from");
        parsed.to = BoundedCount(band, "to");
        parsed.where = band_where;
        table.bands.push_back(parsed);
      }
      m_.overall.tables.push_back(std::move(table));
    }
  }

  // Scores are sums of points: kept far from int overflow.
  static int BoundedCount(const MapView& map, const char* key) {
    const int value = map.Int(key);
    if (value < 0 || value > kMaxScore) {
      Fail(map.Require(key).value_where, std::string(key) + " must be 0 to " + std::to_string(kMaxScore));
    }
    return value;
  }

  void ParseBreakdowns(const MapView& map) {
    map.AllowOnly({"id", "provenance", "description", "attributes"});
    m_.breakdowns.rule = ParseRuleInfo(map);
    for (const auto& [node, where] : map.Sequence("attributes")) {
      MapView attribute(file_, node, where, "an attribute");
      attribute.AllowOnly({"name", "description", "values"});
      Attribute parsed;
      parsed.name = attribute.String("name");
      parsed.description = attribute.OptString("description");
      parsed.where = where;
      for (const auto& [value, value_where] : attribute.OptSequence("values")) {
        parsed.values.push_back(ScalarText(file_, value, value_where, "an attribute value"));
      }
      m_.breakdowns.attributes.push_back(std::move(parsed));
    }
  }

  // A regional methodology's pools (rules/README.md, "Regional rules").
  void ParsePooling(const MapView& map) {
    map.AllowOnly({"id", "provenance", "method", "pools"});
    m_.pooling.rule = ParseRuleInfo(map);
    m_.pooling.method = ParsePoolMethod(map.LocString("method"));
    const auto pools = map.Sequence("pools");
    if (pools.empty()) Fail(map.Require("pools").value_where, "pooling needs at least one pool");
    for (const auto& [node, where] : pools) ParsePool(node, where);
  }

  PoolMethod ParsePoolMethod(const Located<std::string>& method) {
    const std::string name = Lower(method.value);
    if (name == "pooled counts") return PoolMethod::kPooledCounts;
    if (name == "mean of percentages") return PoolMethod::kMeanOfPercentages;
    Fail(method.where, "expected method: pooled counts (yes and relevant summed over the PDUs' cases) or mean of "
                       "percentages (the mean of each PDU's yes/relevant), found \"" + method.value + "\"" +
                           DidYouMean(method.value, {"pooled counts", "mean of percentages"}));
  }

  void ParsePool(const YamlNode& node, SourceLocation where) {
    MapView map(file_, node, where, "a pool");
    map.AllowOnly({"id", "provenance", "description", "key_question", "method", "cases", "from"});
    Pool pool;
    pool.rule = ParseRuleInfo(map);
    pool.key_question = KeyQuestionRef(map.LocString("key_question"));
    pool.method = map.Has("method") ? ParsePoolMethod(map.LocString("method")) : m_.pooling.method;
    if (map.Has("cases")) pool.cases = ParsePoolCases(map.Map("cases"));
    const MapView from = map.Map("from");
    if (from.entries().empty()) {
      Fail(from.where(), "from: needs a PDU methodology and the key questions the pool reads from it");
    }
    for (const MapEntry& entry : from.entries()) pool.from.push_back(ParsePoolSource(entry));
    m_.pooling.pools.push_back(std::move(pool));
  }

  PoolSource ParsePoolSource(const MapEntry& entry) {
    PoolSource source{entry.key.value, {}, entry.key.where};
    const Items items = SequenceItems(file_, entry.value, entry.value_where, "the key questions of " + entry.key.value);
    if (items.empty()) Fail(entry.value_where, "list the " + entry.key.value + " key questions the pool reads");
    for (const auto& [item, item_where] : items) {
      const std::string id = ScalarText(file_, item, item_where, "a key-question id");
      for (const PoolKeyQuestion& earlier : source.key_questions) {
        if (earlier.id == id) Fail(item_where, "key question " + id + " is listed twice for " + entry.key.value);
      }
      source.key_questions.push_back(PoolKeyQuestion{id, item_where});
    }
    return source;
  }

  // {sentence: licence}: one case attribute and the value the pool keeps.
  PoolCases ParsePoolCases(const MapView& map) {
    if (map.entries().size() != 1) {
      Fail(map.where(), "cases: names one attribute and the value of the cases to pool, as {sentence: licence}");
    }
    const MapEntry& entry = map.entries().front();
    return PoolCases{entry.key.value,
                     ScalarText(file_, entry.value, entry.value_where, "a value of " + entry.key.value),
                     entry.key.where};
  }

  int KeyQuestionRef(const Located<std::string>& id) {
    const int index = m_.FindKeyQuestion(id.value);
    if (index < 0) {
      Fail(id.where, "no key question \"" + id.value + "\" in this rules file" +
                         DidYouMean(id.value, KeyQuestionIds(m_)));
    }
    return index;
  }

  std::string file_;
  Methodology m_;
};

}  // namespace

Fraction ParsePercent(const std::string& file, const YamlNode& node, SourceLocation where) {
  const std::string text = ScalarText(file, node, where, "a percentage");
  Fraction value{0, 1};
  int decimals = -1;  // -1 until the decimal point
  for (char c : text) {
    if (c == '.' && decimals < 0) {
      decimals = 0;
      continue;
    }
    if (!std::isdigit(static_cast<unsigned char>(c)) || decimals >= 4 || value.numerator > 1000000) {
      Fail(where, "expected a percentage such as 65 or 62.5 (at most four decimal places), "
                  "found \"" + text + "\"");
    }
    value.numerator = value.numerator * 10 + (c - '0');
    if (decimals >= 0) {
      ++decimals;
      value.denominator *= 10;
    }
  }
  if (decimals == 0) Fail(where, "expected digits after the decimal point in \"" + text + "\"");
  if (value.numerator > 100 * value.denominator) {
    Fail(where, "a percentage is at most 100, found " + text);
  }
  return value;
}

Methodology ParseRules(const std::string& file, const YamlNode& root) {
  return RulesParser(file).Parse(root);
}

}  // namespace rerate
