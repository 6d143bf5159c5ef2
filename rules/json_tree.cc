#include "rules/json_tree.h"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <set>
#include <utility>

namespace disclosure::rules::internal {

std::string_view TypeName(JsonNode::Type type) {
  switch (type) {
    case JsonNode::Type::kNull:
      return "null";
    case JsonNode::Type::kBool:
      return "boolean";
    case JsonNode::Type::kNumber:
      return "number";
    case JsonNode::Type::kString:
      return "string";
    case JsonNode::Type::kArray:
      return "array";
    case JsonNode::Type::kObject:
      return "object";
  }
  return "?";
}

SourceMap::SourceMap(std::string_view name, std::string_view text) : name_(name), text_(text) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::string SourceMap::Where(size_t offset) const {
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  size_t line = static_cast<size_t>(it - line_starts_.begin());  // 1-based
  size_t start = line_starts_[line - 1];
  size_t column = 1;
  for (size_t i = start; i < offset; ++i) {
    // Count UTF-8 lead bytes only, so a Chinese character is one column.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return name_ + ":" + std::to_string(line) + ":" + std::to_string(column);
}

namespace {

// A read-only stream over the text. Unlike rapidjson::StringStream it is not copied locally
// while a string or number is read (StreamTraits::copyOptimization is 0), so Tell() is exact
// when the handler is called.
class TrackingStream {
 public:
  using Ch = char;
  explicit TrackingStream(const char* text) : begin_(text), at_(text) {}
  Ch Peek() const { return *at_; }
  Ch Take() { return *at_++; }
  size_t Tell() const { return static_cast<size_t>(at_ - begin_); }
  // Writing is not supported (no in-situ parsing).
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  size_t PutEnd(Ch*) { return 0; }

 private:
  const char* begin_;
  const char* at_;
};

// Offset of the first character of the next value or key at or after `pos`: skips whitespace,
// the separators ',' and ':', closing brackets (the reader may report a container's end before
// consuming its bracket) and comments.
size_t SkipTrivia(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    char c = text[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':' || c == '}' ||
        c == ']') {
      ++pos;
    } else if (c == '/' && pos + 1 < text.size() && text[pos + 1] == '/') {
      size_t end = text.find('\n', pos);
      pos = end == std::string_view::npos ? text.size() : end + 1;
    } else if (c == '/' && pos + 1 < text.size() && text[pos + 1] == '*') {
      size_t end = text.find("*/", pos + 2);
      pos = end == std::string_view::npos ? text.size() : end + 2;
    } else {
      break;
    }
  }
  return pos;
}

// SAX handler that builds a JsonNode tree. RapidJSON calls it after consuming each token, so
// the stream position is the token's end; the start is found by skipping trivia from the end
// of the previous token.
class TreeBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TreeBuilder> {
 public:
  TreeBuilder(std::string_view text, const TrackingStream* stream, int max_depth)
      : text_(text), stream_(stream), max_depth_(max_depth) {}

  bool Null() { return Add(JsonNode::Type::kNull); }
  bool Bool(bool b) {
    JsonNode* n = Add(JsonNode::Type::kBool);
    if (n) n->boolean = b;
    return n != nullptr;
  }
  bool Int(int i) { return Int64(i); }
  bool Uint(unsigned u) { return Int64(u); }
  bool Int64(int64_t i) {
    JsonNode* n = Add(JsonNode::Type::kNumber);
    if (!n) return false;
    n->is_integer = true;
    n->integer = i;
    n->number = static_cast<double>(i);
    return true;
  }
  bool Uint64(uint64_t u) {
    if (u > static_cast<uint64_t>(INT64_MAX)) return Double(static_cast<double>(u));
    return Int64(static_cast<int64_t>(u));
  }
  bool Double(double d) {
    JsonNode* n = Add(JsonNode::Type::kNumber);
    if (n) n->number = d;
    return n != nullptr;
  }
  bool String(const char* s, rapidjson::SizeType len, bool /*copy*/) {
    JsonNode* n = Add(JsonNode::Type::kString);
    if (n) n->string.assign(s, len);
    return n != nullptr;
  }
  bool StartObject() { return Open(JsonNode::Type::kObject); }
  bool Key(const char* s, rapidjson::SizeType len, bool /*copy*/) {
    size_t start = TokenStart();
    JsonNode* object = stack_.back();
    object->members.push_back(JsonMember{std::string(s, len), start, JsonNode{}});
    return true;
  }
  bool EndObject(rapidjson::SizeType) { return Close(); }
  bool StartArray() { return Open(JsonNode::Type::kArray); }
  bool EndArray(rapidjson::SizeType) { return Close(); }

  JsonNode& root() { return root_; }
  bool too_deep() const { return too_deep_; }

 private:
  size_t TokenStart() {
    size_t start = SkipTrivia(text_, last_end_);
    last_end_ = stream_->Tell();
    return start;
  }

  // Places a new value where the grammar puts it: the root, the next array element, or the
  // value of the member whose key was just read.
  JsonNode* Add(JsonNode::Type type) {
    size_t start = TokenStart();
    JsonNode* slot;
    if (stack_.empty()) {
      slot = &root_;
    } else if (stack_.back()->type == JsonNode::Type::kArray) {
      stack_.back()->items.emplace_back();
      slot = &stack_.back()->items.back();
    } else {
      slot = &stack_.back()->members.back().value;
    }
    slot->type = type;
    slot->offset = start;
    return slot;
  }
  bool Open(JsonNode::Type type) {
    if (static_cast<int>(stack_.size()) >= max_depth_) {
      too_deep_ = true;
      return false;
    }
    JsonNode* n = Add(type);
    stack_.push_back(n);
    return true;
  }
  bool Close() {
    last_end_ = stream_->Tell();
    stack_.pop_back();
    return true;
  }

  std::string_view text_;
  const TrackingStream* stream_;
  int max_depth_;
  size_t last_end_ = 0;
  JsonNode root_;
  std::vector<JsonNode*> stack_;  // open containers; pointers stay valid (only the top grows)
  bool too_deep_ = false;
};

}  // namespace

Result<JsonNode> ParseJsonTree(std::string_view text, const SourceMap& where, int max_depth) {
  // RapidJSON reads up to a NUL; a NUL inside the text is itself an error.
  size_t nul = text.find('\0');
  if (nul != std::string_view::npos) {
    return Status::InvalidArgument(where.Where(nul) + ": syntax error: NUL character");
  }
  std::string copy(text);
  TrackingStream stream(copy.c_str());
  TreeBuilder builder(text, &stream, max_depth);
  rapidjson::Reader reader;
  constexpr unsigned kFlags = rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag |
                              rapidjson::kParseValidateEncodingFlag |
                              rapidjson::kParseIterativeFlag;
  rapidjson::ParseResult ok = reader.Parse<kFlags>(stream, builder);
  if (!ok) {
    std::string what = builder.too_deep()
                           ? "nested deeper than " + std::to_string(max_depth) + " levels"
                           : rapidjson::GetParseError_En(ok.Code());
    return Status::InvalidArgument(where.Where(ok.Offset()) + ": syntax error: " + what);
  }
  return std::move(builder.root());
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string NearestName(std::string_view name, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  size_t best_distance = SIZE_MAX;
  for (std::string_view c : candidates) {
    size_t d = EditDistance(name, c);
    if (d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return std::string(best);
}

std::string DidYouMean(std::string_view name, const std::vector<std::string_view>& candidates) {
  std::string nearest = NearestName(name, candidates);
  return nearest.empty() ? "" : " (did you mean \"" + nearest + "\"?)";
}

void ErrorList::Add(size_t offset, std::string_view path, std::string_view message) {
  constexpr size_t kMaxErrors = 200;
  if (errors_.size() >= kMaxErrors) {
    ++dropped_;
    return;
  }
  SourceError e;
  e.offset = offset;
  e.where = where_->Where(offset);
  if (!path.empty()) e.what.append(path).append(": ");
  e.what.append(message);
  errors_.push_back(std::move(e));
}

Status ErrorList::ToStatus() const {
  if (errors_.empty()) return Status::Ok();
  std::string all;
  for (const SourceError& e : errors_) {
    if (!all.empty()) all += '\n';
    all += e.where + ": " + e.what;
  }
  if (dropped_ > 0) all += "\n(" + std::to_string(dropped_) + " more errors)";
  return Status::InvalidArgument(std::move(all));
}

bool ExpectType(const JsonNode& node, JsonNode::Type type, std::string_view path,
                ErrorList* errors) {
  if (node.type == type) return true;
  errors->Add(
      node.offset, path,
      "expected " + std::string(TypeName(type)) + ", found " + std::string(TypeName(node.type)));
  return false;
}

ObjectReader::ObjectReader(const JsonNode& node, std::string path, ErrorList* errors)
    : node_(node), path_(std::move(path)), errors_(errors) {
  is_object_ = ExpectType(node, JsonNode::Type::kObject, path_, errors);
  if (is_object_) known_.assign(node.members.size(), false);
}

std::string ObjectReader::PathOf(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

std::string ObjectReader::ElementPath(const std::string& array_path, size_t index) {
  return array_path + "[" + std::to_string(index) + "]";
}

const JsonNode* ObjectReader::Find(std::string_view key) {
  if (!is_object_) return nullptr;
  if (std::find(asked_.begin(), asked_.end(), key) == asked_.end()) asked_.push_back(key);
  const JsonNode* found = nullptr;
  for (size_t i = 0; i < node_.members.size(); ++i) {
    if (node_.members[i].key == key) {
      known_[i] = true;
      if (!found) found = &node_.members[i].value;
    }
  }
  return found;
}

bool ObjectReader::Has(std::string_view key) const {
  if (!is_object_) return false;
  for (const JsonMember& m : node_.members) {
    if (m.key == key) return true;
  }
  return false;
}

std::optional<std::string> ObjectReader::String(std::string_view key, bool required) {
  const JsonNode* n = Find(key);
  if (!n) {
    if (required && is_object_)
      errors_->Add(node_.offset, path_, "missing field \"" + std::string(key) + "\"");
    return std::nullopt;
  }
  if (!ExpectType(*n, JsonNode::Type::kString, PathOf(key), errors_)) return std::nullopt;
  if (required && n->string.empty()) {
    errors_->Add(n->offset, PathOf(key), "must not be empty");
    return std::nullopt;
  }
  return n->string;
}

std::optional<bool> ObjectReader::Bool(std::string_view key) {
  const JsonNode* n = Find(key);
  if (!n || !ExpectType(*n, JsonNode::Type::kBool, PathOf(key), errors_)) return std::nullopt;
  return n->boolean;
}

std::optional<int64_t> ObjectReader::Integer(std::string_view key, bool required, int64_t min,
                                             int64_t max) {
  const JsonNode* n = Find(key);
  if (!n) {
    if (required && is_object_)
      errors_->Add(node_.offset, path_, "missing field \"" + std::string(key) + "\"");
    return std::nullopt;
  }
  if (n->type != JsonNode::Type::kNumber || !n->is_integer) {
    errors_->Add(n->offset, PathOf(key), "expected an integer");
    return std::nullopt;
  }
  if (n->integer < min || n->integer > max) {
    errors_->Add(n->offset, PathOf(key),
                 "must be between " + std::to_string(min) + " and " + std::to_string(max));
    return std::nullopt;
  }
  return n->integer;
}

std::optional<std::vector<std::string>> ObjectReader::StringList(std::string_view key,
                                                                 bool required) {
  const JsonNode* n = Find(key);
  std::string path = PathOf(key);
  if (!n) {
    if (required && is_object_)
      errors_->Add(node_.offset, path_, "missing field \"" + std::string(key) + "\"");
    return std::nullopt;
  }
  if (!ExpectType(*n, JsonNode::Type::kArray, path, errors_)) return std::nullopt;
  if (required && n->items.empty()) errors_->Add(n->offset, path, "must not be empty");
  std::vector<std::string> out;
  for (size_t i = 0; i < n->items.size(); ++i) {
    const JsonNode& item = n->items[i];
    std::string item_path = ElementPath(path, i);
    if (!ExpectType(item, JsonNode::Type::kString, item_path, errors_)) continue;
    if (item.string.empty()) {
      errors_->Add(item.offset, item_path, "must not be empty");
      continue;
    }
    out.push_back(item.string);
  }
  return out;
}

void ObjectReader::Finish() {
  if (!is_object_) return;
  std::set<std::string_view> seen;
  for (size_t i = 0; i < node_.members.size(); ++i) {
    const JsonMember& m = node_.members[i];
    if (!seen.insert(m.key).second) {
      errors_->Add(m.key_offset, PathOf(m.key), "duplicate field");
    } else if (!known_[i]) {
      errors_->Add(m.key_offset, PathOf(m.key), "unknown field" + DidYouMean(m.key, asked_));
    }
  }
}

}  // namespace disclosure::rules::internal
