#include "load/yaml_tree.h"

namespace rerate {

namespace {

const std::string kNoText;

}  // namespace

const std::string& YamlNode::Scalar() const { return IsScalar() ? data_->text : kNoText; }

int YamlNode::size() const {
  if (data_ == nullptr) return 0;
  const int children = static_cast<int>(data_->children.size());
  return data_->kind == YamlKind::kMap ? children / 2 : children;
}

YamlNode YamlDocument::root() const {
  static const YamlData kEmpty;
  return YamlNode(root_ != nullptr ? root_ : &kEmpty);
}

YamlData* YamlDocument::Add(YamlKind kind, YamlMark mark) {
  YamlData& data = nodes_.emplace_back();
  data.kind = kind;
  data.mark = mark;
  return &data;
}

}  // namespace rerate
