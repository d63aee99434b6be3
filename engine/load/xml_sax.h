// Reading XML as a stream of elements and text through Debian's expat, for
// the parts of a workbook: element and attribute names without their
// namespace prefix (Excel writes <row>, others <x:row>), and no DOCTYPE
// (a workbook never has one; refusing it refuses entity expansion too).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

struct XML_ParserStruct;

namespace rerate {

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  // `attributes`: name, value, name, value, ..., null.
  virtual void Start(std::string_view name, const char** attributes) = 0;
  virtual void End(std::string_view name) = 0;
  virtual void Text(std::string_view text) = 0;
};

// The value of the attribute whose name without prefix is `name`; null when
// there is none.
const char* XmlAttribute(const char** attributes, std::string_view name);

// The local name: after the last ':'.
std::string_view XmlLocalName(std::string_view name);

class XmlStream {
 public:
  explicit XmlStream(XmlHandler* handler);
  ~XmlStream();
  XmlStream(const XmlStream&) = delete;
  XmlStream& operator=(const XmlStream&) = delete;

  // Parses the next piece; `last` for the final one.  False on malformed XML
  // or after Stop.
  bool Feed(std::string_view piece, bool last);
  // Stops the parse from a handler (its caller keeps the reason).
  void Stop();
  // What went wrong, with the part's line and column, after Feed failed.
  std::string ErrorText() const;

 private:
  XML_ParserStruct* parser_;
  bool stopped_ = false;
  bool doctype_ = false;

  friend struct XmlCallbacks;
};

}  // namespace rerate
