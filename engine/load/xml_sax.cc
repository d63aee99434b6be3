#include "load/xml_sax.h"

#include <expat.h>

#include <climits>

namespace rerate {

std::string_view XmlLocalName(std::string_view name) {
  const size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

const char* XmlAttribute(const char** attributes, std::string_view name) {
  for (const char** at = attributes; at != nullptr && *at != nullptr; at += 2) {
    if (XmlLocalName(at[0]) == name) return at[1];
  }
  return nullptr;
}

namespace {

// Set while a parser runs, for the DOCTYPE handler (expat hands it the
// handler's data, not the stream).
thread_local XmlStream* current_stream = nullptr;

}  // namespace

struct XmlCallbacks {
  static void Start(void* data, const XML_Char* name, const XML_Char** attributes) {
    static_cast<XmlHandler*>(data)->Start(XmlLocalName(name), attributes);
  }
  static void End(void* data, const XML_Char* name) { static_cast<XmlHandler*>(data)->End(XmlLocalName(name)); }
  static void Text(void* data, const XML_Char* text, int length) {
    static_cast<XmlHandler*>(data)->Text(std::string_view(text, static_cast<size_t>(length)));
  }
  static void Doctype(void*, const XML_Char*, const XML_Char*, const XML_Char*, int) {
    if (current_stream == nullptr) return;
    current_stream->doctype_ = true;
    current_stream->Stop();
  }
};

XmlStream::XmlStream(XmlHandler* handler) : parser_(XML_ParserCreate(nullptr)) {
  XML_SetUserData(parser_, handler);
  XML_SetElementHandler(parser_, XmlCallbacks::Start, XmlCallbacks::End);
  XML_SetCharacterDataHandler(parser_, XmlCallbacks::Text);
  XML_SetStartDoctypeDeclHandler(parser_, XmlCallbacks::Doctype);
}

XmlStream::~XmlStream() { XML_ParserFree(parser_); }

void XmlStream::Stop() {
  if (stopped_) return;
  stopped_ = true;
  XML_StopParser(parser_, XML_FALSE);
}

bool XmlStream::Feed(std::string_view piece, bool last) {
  if (stopped_) return false;
  current_stream = this;
  bool ok = true;
  // expat takes an int length: a larger piece goes in parts.
  while (ok && piece.size() > static_cast<size_t>(INT_MAX / 2)) {
    ok = XML_Parse(parser_, piece.data(), INT_MAX / 2, XML_FALSE) == XML_STATUS_OK;
    piece.remove_prefix(INT_MAX / 2);
  }
  ok = ok && XML_Parse(parser_, piece.data(), static_cast<int>(piece.size()), last ? XML_TRUE : XML_FALSE) == XML_STATUS_OK;
  current_stream = nullptr;
  return ok && !stopped_;
}

std::string XmlStream::ErrorText() const {
  const std::string place = "line " + std::to_string(XML_GetCurrentLineNumber(parser_)) + ", column " +
                            std::to_string(XML_GetCurrentColumnNumber(parser_) + 1);
  if (doctype_) return "a DOCTYPE, which a workbook never has, at " + place;
  return std::string(XML_ErrorString(XML_GetErrorCode(parser_))) + " at " + place;
}

}  // namespace rerate
