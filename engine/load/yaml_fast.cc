// The fast parser: one pass over the text, no backtracking beyond a line.
// Whenever the text steps outside the subset described in yaml_fast.h, the
// parser throws Decline and the caller hands the text to yaml-cpp, so a
// mistake here can only cost speed, never a wrong tree: what it does accept
// is held to yaml-cpp's own tree by the tests.
#include "load/yaml_fast.h"

#include <cstring>
#include <string_view>

namespace rerate {

namespace {

struct Decline {};

// Deeper than any file rerate reads; yaml-cpp takes over beyond it.
constexpr int kMaxDepth = 64;
// YAML's limit on an implicit key.
constexpr size_t kMaxKeyLength = 1024;

bool IsNullText(std::string_view text) {
  return text.empty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

class FastParser {
 public:
  explicit FastParser(const std::string& text) : t_(text) {}

  YamlDocument Parse() {
    if (t_.rfind("\xEF\xBB\xBF", 0) == 0 || At(0) == '\xFE' || At(0) == '\xFF' || HasControlByte()) {
      throw Decline{};  // a byte-order mark (UTF-8, or UTF-16's: yaml-cpp reads UTF-16), CR line ends, NUL or other control bytes
    }
    if (SkipToContent() >= 0) {
      if (!IsEntry() && !LooksLikeKey() && Peek() != '{' && Peek() != '[') throw Decline{};  // a lone scalar
      doc_.SetRoot(NodeOnLine(-1));
      if (SkipToContent() >= 0) throw Decline{};  // more after the first value
    }
    return std::move(doc_);
  }

 private:
  // --- reading ------------------------------------------------------------

  // A control byte other than a line feed or a tab.  yaml-cpp reads 0x04 as
  // its end-of-input mark, so ":\x04:" is a nested map to it and a key to a
  // plain reader; no rerate file holds such bytes, so yaml-cpp decides.
  bool HasControlByte() const {
    for (const char c : t_) {
      if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') return true;
    }
    return false;
  }

  char At(size_t i) const { return i < t_.size() ? t_[i] : '\0'; }
  char Peek() const { return At(pos_); }
  bool AtEnd() const { return pos_ >= t_.size(); }
  int Col() const { return static_cast<int>(pos_ - line_start_); }
  YamlMark Here() const { return YamlMark{line_, Col(), static_cast<int>(pos_)}; }
  static bool IsBreak(char c) { return c == '\n' || c == '\0'; }
  bool SpaceOrBreakAt(size_t i) const { return At(i) == ' ' || IsBreak(At(i)); }
  // "- " (or "-" at the end of the line): a block sequence entry.
  bool IsEntry() const { return Peek() == '-' && SpaceOrBreakAt(pos_ + 1); }

  void NextLine() {
    while (!AtEnd() && Peek() != '\n') ++pos_;
    if (AtEnd()) return;
    ++pos_;
    ++line_;
    line_start_ = pos_;
  }

  void SkipSpaces() {
    while (Peek() == ' ') ++pos_;
    if (Peek() == '\t') throw Decline{};
  }

  // From a line start, past blank and comment lines, to the first character
  // of the next line with content: its column, or -1 at the end of the text.
  int SkipToContent() {
    while (true) {
      while (Peek() == ' ') ++pos_;
      const char c = Peek();
      if (c == '\t') throw Decline{};
      if (c == '\0' && AtEnd()) return -1;
      if (c == '#' || c == '\n') {
        NextLine();
        continue;
      }
      if (Col() == 0 && (t_.compare(pos_, 3, "---") == 0 || t_.compare(pos_, 3, "...") == 0 || c == '%')) {
        throw Decline{};  // documents and directives
      }
      return Col();
    }
  }

  // After a value: spaces, a comment, the end of the line; then the next line.
  void EndOfLine() {
    const bool spaced = Peek() == ' ';
    SkipSpaces();
    if (Peek() == '#' && spaced) {
      NextLine();
      return;
    }
    if (!IsBreak(Peek())) throw Decline{};
    NextLine();
  }

  YamlData* Add(YamlKind kind, YamlMark mark) { return doc_.Add(kind, mark); }

  YamlData* Scalar(YamlMark mark, std::string text, bool plain) {
    YamlData* node = Add(plain && IsNullText(text) ? YamlKind::kNull : YamlKind::kScalar, mark);
    node->text = std::move(text);
    return node;
  }

  void Deeper() {
    if (++depth_ > kMaxDepth) throw Decline{};
  }

  // --- block structure ----------------------------------------------------

  // A node whose first character is the first of its line, in a collection
  // indented `parent` (-1 at the top).
  YamlData* NodeOnLine(int parent) {
    if (IsEntry()) return BlockSequence(Col());
    if (LooksLikeKey()) return BlockMap(Col());
    return InlineValue(parent);
  }

  bool LooksLikeKey() const {
    size_t p = pos_;
    const char c = At(p);
    if (c == '"' || c == '\'') {
      for (++p; At(p) != c; ++p) {
        if (IsBreak(At(p))) return false;
        if (c == '\'' && At(p) == '\'' && At(p + 1) == '\'') ++p;
      }
      for (++p; At(p) == ' ';) ++p;
      return At(p) == ':' && SpaceOrBreakAt(p + 1);
    }
    if (std::strchr("[]{},#&*!|>%@`", c) != nullptr || ((c == '-' || c == '?' || c == ':') && SpaceOrBreakAt(p + 1))) {
      return false;
    }
    for (; !IsBreak(At(p)); ++p) {
      if (At(p) == ':' && SpaceOrBreakAt(p + 1)) return true;
      if (At(p) == '#' && At(p - 1) == ' ') return false;
    }
    return false;
  }

  YamlData* BlockMap(int indent) {
    Deeper();
    YamlData* map = Add(YamlKind::kMap, Here());
    while (true) {
      map->children.push_back(Key());
      map->children.push_back(MapValue(indent));
      const int col = SkipToContent();
      if (col < indent) break;
      if (col > indent || !LooksLikeKey()) throw Decline{};
    }
    --depth_;
    return map;
  }

  // A key up to and past its ':'.
  YamlData* Key() {
    const YamlMark mark = Here();
    YamlData* key = nullptr;
    if (Peek() == '"' || Peek() == '\'') {
      key = Quoted();
    } else {
      const size_t start = pos_;
      while (!(Peek() == ':' && SpaceOrBreakAt(pos_ + 1))) ++pos_;
      size_t end = pos_;
      while (end > start && t_[end - 1] == ' ') --end;
      if (std::memchr(t_.data() + start, '\t', end - start) != nullptr) throw Decline{};
      key = Scalar(mark, t_.substr(start, end - start), true);
    }
    if (static_cast<size_t>(pos_ - mark.pos) > kMaxKeyLength) throw Decline{};
    SkipSpaces();
    if (Peek() != ':') throw Decline{};
    ++pos_;
    return key;
  }

  // What follows "key:": on this line, or on the lines below (more indented,
  // or a sequence at the key's own indentation), or nothing (null).
  YamlData* MapValue(int indent) {
    const bool spaced = Peek() == ' ';
    SkipSpaces();
    if (IsBreak(Peek()) || (Peek() == '#' && spaced)) {
      NextLine();
      return ValueBelow(indent, /*sequence_at_indent=*/true);
    }
    return InlineValue(indent);
  }

  YamlData* ValueBelow(int indent, bool sequence_at_indent) {
    const YamlMark mark = Here();
    const int col = SkipToContent();
    if (col > indent) return NodeOnLine(indent);
    if (col == indent && sequence_at_indent && IsEntry()) return BlockSequence(indent);
    return Add(YamlKind::kNull, col < 0 ? mark : Here());
  }

  YamlData* BlockSequence(int indent) {
    Deeper();
    YamlData* sequence = Add(YamlKind::kSequence, Here());
    while (true) {
      ++pos_;  // the '-'
      const bool spaced = Peek() == ' ';
      SkipSpaces();
      if (IsBreak(Peek()) || (Peek() == '#' && spaced)) {
        NextLine();
        sequence->children.push_back(ValueBelow(indent, /*sequence_at_indent=*/false));
      } else if (IsEntry()) {
        throw Decline{};  // "- - a"
      } else if (LooksLikeKey()) {
        sequence->children.push_back(BlockMap(Col()));
      } else {
        sequence->children.push_back(InlineValue(indent));
      }
      const int col = SkipToContent();
      if (col < indent || (col == indent && !IsEntry())) break;
      if (col > indent) throw Decline{};
    }
    --depth_;
    return sequence;
  }

  // A value that starts on the current line, in a collection indented
  // `parent`; ends at the start of the line after it.
  YamlData* InlineValue(int parent) {
    const char c = Peek();
    YamlData* node = nullptr;
    if (c == '{' || c == '[') {
      node = Flow();
    } else if (c == '"' || c == '\'') {
      node = Quoted();
    } else if (c == '|' || c == '>') {
      return BlockScalar(parent);
    } else if (std::strchr("&*!%@`?,]}#", c) != nullptr || ((c == '-' || c == ':') && SpaceOrBreakAt(pos_ + 1))) {
      throw Decline{};
    } else {
      return Plain(parent);
    }
    EndOfLine();
    return node;
  }

  // --- scalars ------------------------------------------------------------

  // A plain scalar in block context, folded over the more indented lines
  // that continue it.
  YamlData* Plain(int parent) {
    const YamlMark mark = Here();
    std::string text = PlainLine();
    if (Peek() == '#') {  // a comment ends a plain scalar
      NextLine();
      return Scalar(mark, std::move(text), true);
    }
    NextLine();
    int empty_lines = 0;
    while (!AtEnd()) {
      const size_t start = pos_;
      while (Peek() == ' ') ++pos_;
      if (Peek() == '\n') {
        ++empty_lines;
        NextLine();
        continue;
      }
      if (Col() <= parent || Peek() == '#' || AtEnd()) {
        pos_ = start;  // not ours: leave the line to the caller
        break;
      }
      if (IsEntry() || LooksLikeKey()) throw Decline{};
      text += empty_lines == 0 ? std::string(" ") : std::string(static_cast<size_t>(empty_lines), '\n');
      empty_lines = 0;
      text += PlainLine();
      if (Peek() == '#') throw Decline{};
      NextLine();
    }
    return Scalar(mark, std::move(text), true);
  }

  // The rest of one line of a plain scalar, without trailing spaces; stops
  // at the end of the line or at " #".
  std::string PlainLine() {
    const size_t start = pos_;
    while (!IsBreak(Peek())) {
      if (Peek() == ':' && SpaceOrBreakAt(pos_ + 1)) throw Decline{};
      if (Peek() == '#' && At(pos_ - 1) == ' ') break;
      if (Peek() == '\t') throw Decline{};
      ++pos_;
    }
    size_t end = pos_;
    while (end > start && t_[end - 1] == ' ') --end;
    return t_.substr(start, end - start);
  }

  // 'text' or "text" on one line, without escapes but ''.
  YamlData* Quoted() {
    const YamlMark mark = Here();
    const char quote = Peek();
    std::string text;
    for (++pos_;; ++pos_) {
      const char c = Peek();
      if (IsBreak(c) || (quote == '"' && c == '\\')) throw Decline{};
      if (c == quote) {
        if (quote == '\'' && At(pos_ + 1) == '\'') {
          text += '\'';
          ++pos_;
          continue;
        }
        ++pos_;
        break;
      }
      text += c;
    }
    return Scalar(mark, std::move(text), false);
  }

  // ">", ">-", "|", "|-" and the lines below, indented more than `parent`.
  YamlData* BlockScalar(int parent) {
    const YamlMark mark = Here();
    const bool folded = Peek() == '>';
    ++pos_;
    const bool strip = Peek() == '-';
    if (strip) ++pos_;
    if (Peek() == '+' || (Peek() >= '0' && Peek() <= '9')) throw Decline{};
    EndOfLine();
    std::string text;
    int indent = -1;
    int empty_lines = 0;
    bool unterminated = false;  // the last line ends the text, with no line break
    while (!AtEnd()) {
      const size_t start = pos_;
      while (Peek() == ' ') ++pos_;
      const int col = Col();
      if (Peek() == '\t') throw Decline{};
      if (Peek() == '\n' || AtEnd()) {
        if (indent < 0 || col > indent) throw Decline{};  // leading empty lines, or spaces kept as text
        if (AtEnd()) throw Decline{};  // spaces ending the file: yaml-cpp keeps one as text ("t ")
        ++empty_lines;
        NextLine();
        continue;
      }
      if (indent < 0) {
        if (col <= parent) throw Decline{};  // an empty block scalar
        indent = col;
      }
      if (col < indent) {
        pos_ = start;
        break;
      }
      if (col > indent && folded) throw Decline{};  // more-indented lines fold differently
      pos_ = start + static_cast<size_t>(indent);
      const size_t from = pos_;
      while (!IsBreak(Peek())) ++pos_;
      const std::string_view line(t_.data() + from, pos_ - from);
      if (!text.empty() || empty_lines > 0) {
        if (folded && empty_lines == 0) {
          text += ' ';
        } else {
          text.append(static_cast<size_t>(empty_lines + (folded ? 0 : 1)), '\n');
        }
      }
      text += line;
      empty_lines = 0;
      unterminated = AtEnd();
      NextLine();
    }
    if (indent < 0) throw Decline{};
    // ">" and "|" keep the final line break, and yaml-cpp adds none that is
    // not in the text ("r: >\n t" at the end of a file is "t").
    if (!strip && unterminated) throw Decline{};
    if (!strip) text += '\n';
    return Scalar(mark, std::move(text), false);
  }

  // --- flow collections on one line -------------------------------------------

  YamlData* Flow() {
    Deeper();
    const char close = Peek() == '{' ? '}' : ']';
    YamlData* node = Add(close == '}' ? YamlKind::kMap : YamlKind::kSequence, Here());
    ++pos_;
    SkipSpaces();
    if (Peek() == close) {
      ++pos_;
      --depth_;
      return node;
    }
    while (true) {
      if (close == '}') {
        node->children.push_back(FlowValue());
        SkipSpaces();
        if (Peek() != ':') throw Decline{};
        ++pos_;
        SkipSpaces();
      }
      node->children.push_back(FlowValue());
      SkipSpaces();
      if (Peek() == close) break;
      if (Peek() != ',') throw Decline{};
      ++pos_;
      SkipSpaces();
      if (Peek() == close) throw Decline{};  // a trailing comma
    }
    ++pos_;
    --depth_;
    return node;
  }

  YamlData* FlowValue() {
    const char c = Peek();
    if (c == '{' || c == '[') return Flow();
    if (c == '"' || c == '\'') return Quoted();
    if (IsBreak(c) || std::strchr("&*!|>%@`?,]}#:", c) != nullptr || (c == '-' && SpaceOrBreakAt(pos_ + 1))) {
      throw Decline{};
    }
    const YamlMark mark = Here();
    const size_t start = pos_;
    while (true) {
      const char d = Peek();
      if (IsBreak(d) || d == ',' || d == ']' || d == '}' || d == '[' || d == '{' || d == '\t') break;
      if (d == ':' && (SpaceOrBreakAt(pos_ + 1) || std::strchr(",]}", At(pos_ + 1)) != nullptr)) break;
      if ((d == '#' && At(pos_ - 1) == ' ') || d == '?') throw Decline{};  // yaml-cpp refuses '?' in a flow
      ++pos_;
    }
    if (Peek() == '[' || Peek() == '{' || Peek() == '\t' || IsBreak(Peek())) throw Decline{};
    size_t end = pos_;
    while (end > start && t_[end - 1] == ' ') --end;
    return Scalar(mark, t_.substr(start, end - start), true);
  }

  const std::string& t_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 0;
  int depth_ = 0;
  YamlDocument doc_;
};

}  // namespace

std::optional<YamlDocument> ParseSimpleYaml(const std::string& text) {
  try {
    return FastParser(text).Parse();
  } catch (const Decline&) {
    return std::nullopt;
  }
}

}  // namespace rerate
