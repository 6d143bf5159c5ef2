// events/schema_check: a fast yes/no check of a parsed record against the case-event schema
// (internal to events/). RapidJSON's schema validator costs about 50,000 instructions per event,
// more than parsing; this walks the document once against a tree compiled from the same schema
// file, checking on the way the parser's structural rules (no repeated field name, no overlong
// string). It only answers "valid": when it says no, the parser runs its structure check and
// RapidJSON's validator, whose verdicts and messages stand. So it must never accept what RapidJSON
// rejects (tested on mutated events, and in the events fuzzer); rejecting more is merely slower.
#pragma once

#include <rapidjson/document.h>

#include <cstddef>
#include <cstdint>
#include <memory>

namespace disclosure::events::internal {

class SchemaCheck {
 public:
  // The check for `schema` (a draft-04 schema document), or nullptr when the schema uses a
  // keyword or a pattern this checker does not implement, a required field missing from
  // "properties" or more than 64 properties in one object (the parser then always uses
  // RapidJSON's validator).
  static std::unique_ptr<const SchemaCheck> Compile(const rapidjson::Value& schema);
  ~SchemaCheck();

  // True only if `doc` satisfies the schema and has the structure the parser requires: no
  // object repeats a field name, no string or field name is longer than `max_string_bytes`.
  // (It also says no to an object of more than 16 fields of which one is not in the schema.)
  bool Accepts(const rapidjson::Value& doc, size_t max_string_bytes = SIZE_MAX) const;

  struct Node;

 private:
  explicit SchemaCheck(std::unique_ptr<Node> root);
  std::unique_ptr<Node> root_;
};

}  // namespace disclosure::events::internal
