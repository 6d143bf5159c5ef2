// rules-internal: a JSON tree that remembers where each value was written, so that errors in
// rule and calendar files can name the file, line and column, and the JSON path.
//
// Not part of the public door of rules/ (rules.h); used by the rule-file and calendar readers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"

namespace disclosure::rules::internal {

struct JsonMember;

// One JSON value. `offset` is the byte offset of its first character in the source text.
struct JsonNode {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  size_t offset = 0;
  bool boolean = false;
  bool is_integer = false;  // number written without fraction or exponent, fits int64
  int64_t integer = 0;
  double number = 0;
  std::string string;
  std::vector<JsonNode> items;      // kArray
  std::vector<JsonMember> members;  // kObject, in written order (duplicates kept)
};

struct JsonMember {
  std::string key;
  size_t key_offset = 0;
  JsonNode value;
};

std::string_view TypeName(JsonNode::Type type);  // "object", "string", …

// Maps byte offsets of one source text to "name:line:column" (1-based; columns count UTF-8
// characters). Holds a copy of nothing but the line starts; the text must outlive it only
// during construction.
class SourceMap {
 public:
  SourceMap(std::string_view name, std::string_view text);
  // "name:line:column".
  std::string Where(size_t offset) const;
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::string_view text_;  // valid only while the parsed text lives (during compilation)
  std::vector<size_t> line_starts_;
};

// Parses JSON with // and /* */ comments and trailing commas allowed, UTF-8 validated, nesting
// limited to `max_depth`. Errors read "name:line:column: syntax error: <what>".
Result<JsonNode> ParseJsonTree(std::string_view text, const SourceMap& where, int max_depth = 64);

// Levenshtein distance between two byte strings (names are ASCII).
size_t EditDistance(std::string_view a, std::string_view b);
// The candidate nearest to `name` by edit distance (the first of equals); "" when none.
std::string NearestName(std::string_view name, const std::vector<std::string_view>& candidates);
// " (did you mean \"x\"?)" for the nearest candidate, or "" when there is none.
std::string DidYouMean(std::string_view name, const std::vector<std::string_view>& candidates);

// One problem found in a source text.
struct SourceError {
  size_t offset = 0;
  std::string where;  // "name:line:column"
  std::string what;   // "path: message" (or just the message when there is no path)
};

// Collects errors while a tree is read, each prefixed with its place:
// "name:line:column: path: message". Stops collecting after a limit.
class ErrorList {
 public:
  explicit ErrorList(const SourceMap* where) : where_(where) {}
  void Add(size_t offset, std::string_view path, std::string_view message);
  bool empty() const { return errors_.empty(); }
  const std::vector<SourceError>& errors() const { return errors_; }
  size_t dropped() const { return dropped_; }
  // All errors, one a line, as an InvalidArgument status (ok when there are none).
  Status ToStatus() const;

 private:
  const SourceMap* where_;
  std::vector<SourceError> errors_;
  size_t dropped_ = 0;
};

// Reads the members of one JSON object by name and reports, at Finish(), every member that was
// never asked for ("unknown field", with the nearest name that was asked for) and every
// duplicate. Getters report type errors themselves
// and return nullopt/false then.
class ObjectReader {
 public:
  // `node` must outlive the reader. If `node` is not an object, reports that and reads nothing.
  ObjectReader(const JsonNode& node, std::string path, ErrorList* errors);

  const JsonNode* Find(std::string_view key);  // marks it known; null when absent
  bool Has(std::string_view key) const;

  // Absent → nullopt, and when `required`, an error.
  std::optional<std::string> String(std::string_view key, bool required);
  std::optional<bool> Bool(std::string_view key);
  std::optional<int64_t> Integer(std::string_view key, bool required, int64_t min, int64_t max);
  // An array of non-empty strings; reports each bad element. nullopt when absent or not an
  // array; when `required`, absence and an empty array are errors.
  std::optional<std::vector<std::string>> StringList(std::string_view key, bool required);
  // Path of a member ("items[3].match") and of an element of an array member.
  std::string PathOf(std::string_view key) const;
  static std::string ElementPath(const std::string& array_path, size_t index);

  // Reports unknown and duplicate members. Call once, after all lookups.
  void Finish();

  const JsonNode& node() const { return node_; }
  const std::string& path() const { return path_; }
  ErrorList* errors() const { return errors_; }

 private:
  const JsonNode& node_;
  std::string path_;
  ErrorList* errors_;
  std::vector<bool> known_;
  std::vector<std::string_view> asked_;  // every key looked up: the valid names here
  bool is_object_ = false;
};

// Reports an error unless `node` has type `type`.
bool ExpectType(const JsonNode& node, JsonNode::Type type, std::string_view path,
                ErrorList* errors);

}  // namespace disclosure::rules::internal
