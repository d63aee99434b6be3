#include "load/yaml_fast.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>

#include "test_support.h"
#include "yaml_difference.h"

namespace rerate {
namespace {

// Whatever the fast parser accepts, yaml-cpp accepts too, as the same tree.
// Returns whether the fast parser accepted it.
bool AgreesWithYamlCpp(const std::string& text) {
  std::optional<YamlDocument> fast = ParseSimpleYaml(text);
  if (!fast) return false;
  std::optional<YamlDocument> reference = YamlCppTree(text);
  INFO("text:\n" << text);
  REQUIRE(reference);
  const std::string difference = YamlDifference(fast->root(), reference->root());
  CHECK(difference == "");
  return true;
}

std::vector<std::string> ShippedYaml() {
  std::vector<std::string> files;
  for (const char* folder : {"rules", "cases", "examples", "tests"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(testing::SourcePath(folder))) {
      if (entry.path().extension() == ".yaml") files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST_CASE("the shipped rules files and inspections take the fast path, as yaml-cpp reads them", "[yaml][fast]") {
  for (const char* file : {"rules/hmip-pdu-2021.yaml", "rules/hmip-pdu-2023.yaml", "cases/blackburn-with-darwen-2023.yaml",
                           "cases/north-and-north-east-lincolnshire-2023-percentages.yaml"}) {
    INFO(file);
    CHECK(AgreesWithYamlCpp(testing::ReadSource(file)));
  }
}

TEST_CASE("every YAML file in the tree parses alike on both paths", "[yaml][fast]") {
  int fast = 0;
  const std::vector<std::string> files = ShippedYaml();
  for (const std::string& file : files) {
    INFO(file);
    fast += AgreesWithYamlCpp(Read(file)) ? 1 : 0;
  }
  // The malformed fixtures and the odd YAML go to yaml-cpp; the rest is fast.
  CHECK(fast * 10 > static_cast<int>(files.size()) * 7);
}

TEST_CASE("the subset's forms build yaml-cpp's tree", "[yaml][fast]") {
  const char* accepted[] = {
      "a: 1\n",
      "a: 1",
      "# c\n\na: 1 # c\nb:   two words  \n",
      "a:\n  b: 1\n  c:\n    - x\n    - y\n",
      "a:\n- x\n- y\nb: z\n",
      "- a\n- b: 1\n  c: 2\n-\n  - nested\n",
      "k: {yes: 11, relevant: 14}\nl: [a, \"b c\", 'd''e', {x: 1}]\nm: {}\nn: []\n",
      "\"1.1\": Good\n'1.2' : Requires improvement\n",
      "a: ~\nb: null\nc: NULL\nd: \"null\"\ne:\n",
      "s: >-\n  folded\n  text\n\n  para\nt: |\n  lit\n  eral\n\n  end\nu: >\n  clip\n",
      "p: a plain\n  scalar over\n\n  lines\nq: x\n",
      "x: a:b\ny: c#d\nz: -1\nw: 2023-03\n",
      "  indented: map\n  second: 2\n",
      "a:\n  - {rating: Inadequate, from: 0, below: 50}\n  - {rating: Outstanding, from: 80}\n",
      "unicode: Ynys Môn — ✓\nafter: 1\n",
      "[a, b]\n",
  };
  for (const char* text : accepted) CHECK(AgreesWithYamlCpp(text));
}

TEST_CASE("outside the subset the fast parser declines", "[yaml][fast]") {
  const char* declined[] = {
      "a: &x 1\nb: *x\n", "--- \na: 1\n", "a: 1\n---\nb: 2\n", "%YAML 1.2\n---\na: 1\n", "a: !tag x\n",
      "a: \"esc\\n\"\n", "a: \"multi\n  line\"\n", "a: [1,\n  2]\n", "a:\tb\n", "\ta: 1\n", "a: 1\r\nb: 2\r\n",
      "\xEF\xBB\xBF" "a: 1\n", "? complex\n: key\n", "a: |+\n  keep\n\n", "a: |2\n   x\n", "a: b: c\n",
      "just a scalar\n", "a: [1, 2,]\n", "a: {b}\n", "- - a\n", "a: >\n\n  leading empty\n", "a: >\n  x\n    more\n",
  };
  for (const char* text : declined) {
    INFO(text);
    CHECK_FALSE(ParseSimpleYaml(text).has_value());
  }
}

// Regression (issue 13, found by tests/fuzz/yaml_differential_fuzzer.cc):
// yaml-cpp reads the byte 0x04 as its end of input, so ":\x04:" is
// {null: {"\x04": null}} to it, while the fast path read the key ":\x04".
TEST_CASE("a control byte (0x04, yaml-cpp's end-of-input mark) made the fast path and yaml-cpp build different trees", "[yaml][fast][regression]") {
  for (const char* text : {":\x04:", ":\x04:\n", "a: b\x04\n", "a\x01: 1\n", "a: \x1b[0m\n", "a: 1\x0b\n"}) {
    INFO(text);
    CHECK_FALSE(ParseSimpleYaml(text).has_value());
    std::optional<YamlDocument> reference = YamlCppTree(text);
    if (reference) {
      CHECK(reference->root().IsMap());  // what rerate reads is yaml-cpp's tree
    }
  }
  CHECK(AgreesWithYamlCpp("a: \"tab\there\"\nb: 1\n"));  // tabs inside a value stay on the fast path
}

// Regression (issue 13, found by the fuzzing campaign's yaml differential
// harness): a block scalar whose last line ends the file with no line break
// was "t\n" on the fast path and "t" to yaml-cpp; followed by a line of spaces
// with no line break, "t\n" on the fast path and "t " to yaml-cpp.
TEST_CASE("a block scalar at the end of a file without a final line break kept a line break yaml-cpp does not", "[yaml][fast][regression]") {
  for (const char* text : {"r: >\n t", "r: |\n t", "r: >\n t\n u", "a:\n  r: |\n    x\n    y", "e: >\n t\n ",
                           "e: >\n t u\n ", "e: >\n  t\n "}) {
    INFO(text);
    CHECK_FALSE(ParseSimpleYaml(text).has_value());
    std::optional<YamlDocument> reference = YamlCppTree(text);
    REQUIRE(reference);
  }
  for (const char* text : {"r: >\n t\n", "r: |-\n t", "r: >-\n t", "r: |\n t\n\n", "r: >\n t\nnext: 1"}) {
    INFO(text);
    CHECK(AgreesWithYamlCpp(text));
  }
}

// Regression (issue 13, found by the yaml differential harness): "\xFE\xFF:"
// is UTF-16 to yaml-cpp (a byte-order mark), and was a map to the fast path.
TEST_CASE("a UTF-16 byte-order mark made the fast path read bytes yaml-cpp reads as UTF-16", "[yaml][fast][regression]") {
  for (const char* text : {"\xFE\xFF:", "\xFF\xFE:", "\xFE\xFF" "a: 1\n", "\xFF\xFE" "a: 1\n"}) {
    INFO(text);
    CHECK_FALSE(ParseSimpleYaml(text).has_value());
  }
}

TEST_CASE("invalid YAML is never accepted: yaml-cpp says what is wrong", "[yaml][fast]") {
  const char* invalid[] = {"a: 1\n b: 2\n", "a: 1\n  b: 2\n", "a:\n  - x\n  y: 1\n", "a: [1, 2\n", "a: 'open\n",
                           "a: 1\na 2\n", "- a\nb: 1\n", "a: \"x\" y\n", "a: {b: 1\n"};
  for (const char* text : invalid) {
    INFO(text);
    CHECK_FALSE(ParseSimpleYaml(text).has_value());
  }
}

// Damaged copies of every shipped file: whatever the fast path accepts must
// be yaml-cpp's tree, and nothing yaml-cpp refuses may be accepted.
TEST_CASE("damaged shipped files: the fast path agrees with yaml-cpp or declines", "[yaml][fast][robustness]") {
  std::mt19937 random(20261202);
  const std::string pieces[] = {" ", "  ", "\n", ":", ": ", "-", "- ", "#", " #", "{", "}", "[", "]", ",", "\"",
                                "'", ">", "|", "~", "null", "a", "1.1", "\t", "&", "*", "!", "?", "\n  ", "\n- "};
  int accepted = 0;
  int tried = 0;
  for (const std::string& file : ShippedYaml()) {
    const std::string original = Read(file);
    if (original.empty() || original.size() > 20000) continue;
    for (int round = 0; round < 60; ++round) {
      std::string text = original;
      const int edits = 1 + static_cast<int>(random() % 3);
      for (int e = 0; e < edits; ++e) {
        const size_t at = random() % (text.size() + 1);
        switch (random() % 3) {
          case 0: text.insert(at, pieces[random() % std::size(pieces)]); break;
          case 1: text.erase(at, 1 + random() % 3); break;
          default: {
            const size_t line = text.rfind('\n', at == 0 ? 0 : at - 1);
            text.insert(line == std::string::npos ? 0 : line + 1, random() % 2 ? " " : "  ");
          }
        }
      }
      ++tried;
      std::optional<YamlDocument> fast = ParseSimpleYaml(text);
      if (!fast) continue;
      ++accepted;
      std::optional<YamlDocument> reference = YamlCppTree(text);
      INFO(file << " damaged, kept as " << testing::WriteScratch("damaged.yaml", text));
      REQUIRE(reference);
      CHECK(YamlDifference(fast->root(), reference->root()) == "");
    }
  }
  CHECK(tried > 1000);
  CHECK(accepted > tried / 10);  // the comparison has work to do
}

}  // namespace
}  // namespace rerate
