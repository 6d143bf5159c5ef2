#include "events/schema_check.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace disclosure::events::internal {
namespace {

std::string_view View(const rapidjson::Value& v) { return {v.GetString(), v.GetStringLength()}; }

// The patterns of the schema file this checker implements, each exactly as written there (after
// JSON decoding); any other pattern makes Compile give up.
constexpr std::string_view kDatePattern = R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}$)";
constexpr std::string_view kUnitCodePattern = R"(^[0-9]{12}$)";
constexpr std::string_view kInstantPattern =
    R"(^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$)";

enum class Pattern { kNone, kDate, kUnitCode, kInstant };

bool Digits(std::string_view s, size_t from, size_t count) {
  if (from + count > s.size()) return false;
  for (size_t i = from; i < from + count; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

bool IsDate(std::string_view s) {
  return s.size() >= 10 && Digits(s, 0, 4) && s[4] == '-' && Digits(s, 5, 2) && s[7] == '-' &&
         Digits(s, 8, 2);
}

bool Matches(Pattern pattern, std::string_view s) {
  switch (pattern) {
    case Pattern::kNone:
      return true;
    case Pattern::kDate:
      return s.size() == 10 && IsDate(s);
    case Pattern::kUnitCode:
      return s.size() == 12 && Digits(s, 0, 12);
    case Pattern::kInstant: {
      if (!IsDate(s) || s.size() < 20 || (s[10] != 'T' && s[10] != 't') || !Digits(s, 11, 2) ||
          s[13] != ':' || !Digits(s, 14, 2) || s[16] != ':' || !Digits(s, 17, 2)) {
        return false;
      }
      size_t i = 19;
      if (s[i] == '.') {
        const size_t first = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == first) return false;
      }
      if (i == s.size()) return false;
      if (s[i] == 'Z' || s[i] == 'z') return i + 1 == s.size();
      return (s[i] == '+' || s[i] == '-') && i + 6 == s.size() && Digits(s, i + 1, 2) &&
             s[i + 3] == ':' && Digits(s, i + 4, 2);
    }
  }
  return false;
}

// Code points of valid UTF-8 (what minLength and maxLength count): bytes that do not continue
// a character.
size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

struct SchemaCheck::Node {
  enum class Type { kAny, kString, kObject, kArray, kBoolean };
  struct Property {
    std::string name;
    std::unique_ptr<Node> schema;
  };

  Type type = Type::kAny;
  bool has_enum = false;
  std::vector<std::string> enum_strings;
  Pattern pattern = Pattern::kNone;
  size_t min_length = 0;
  size_t max_length = SIZE_MAX;
  std::vector<Property> properties;  // at most 64
  uint64_t required_mask = 0;        // bit i: properties[i] is required
  bool additional = true;
  std::unique_ptr<Node> items;

  // Nullptr for anything outside the subset the checker implements.
  static std::unique_ptr<Node> Compile(const rapidjson::Value& schema) {
    if (!schema.IsObject()) return nullptr;
    auto node = std::make_unique<Node>();
    std::vector<std::string_view> required;
    for (auto m = schema.MemberBegin(); m != schema.MemberEnd(); ++m) {
      const std::string_view key = View(m->name);
      const rapidjson::Value& v = m->value;
      if (key == "$schema" || key == "title" || key == "description") continue;
      if (key == "type") {
        if (!v.IsString()) return nullptr;
        const std::string_view t = View(v);
        if (t == "string") {
          node->type = Type::kString;
        } else if (t == "object") {
          node->type = Type::kObject;
        } else if (t == "array") {
          node->type = Type::kArray;
        } else if (t == "boolean") {
          node->type = Type::kBoolean;
        } else {
          return nullptr;
        }
      } else if (key == "enum") {
        if (!v.IsArray()) return nullptr;
        node->has_enum = true;
        for (const auto& e : v.GetArray()) {
          if (!e.IsString()) return nullptr;
          node->enum_strings.emplace_back(View(e));
        }
      } else if (key == "pattern") {
        if (!v.IsString()) return nullptr;
        const std::string_view p = View(v);
        if (p == kDatePattern) {
          node->pattern = Pattern::kDate;
        } else if (p == kUnitCodePattern) {
          node->pattern = Pattern::kUnitCode;
        } else if (p == kInstantPattern) {
          node->pattern = Pattern::kInstant;
        } else {
          return nullptr;
        }
      } else if (key == "minLength" || key == "maxLength") {
        if (!v.IsUint64()) return nullptr;
        (key == "minLength" ? node->min_length : node->max_length) =
            static_cast<size_t>(v.GetUint64());
      } else if (key == "required") {
        if (!v.IsArray()) return nullptr;
        for (const auto& r : v.GetArray()) {
          if (!r.IsString()) return nullptr;
          required.push_back(View(r));
        }
      } else if (key == "properties") {
        if (!v.IsObject()) return nullptr;
        for (auto p = v.MemberBegin(); p != v.MemberEnd(); ++p) {
          auto child = Compile(p->value);
          if (!child) return nullptr;
          node->properties.push_back({std::string(View(p->name)), std::move(child)});
        }
      } else if (key == "additionalProperties") {
        if (!v.IsBool()) return nullptr;
        node->additional = v.GetBool();
      } else if (key == "items") {
        node->items = Compile(v);
        if (!node->items) return nullptr;
      } else {
        return nullptr;  // a keyword this checker does not implement
      }
    }
    // Required fields are tracked as bits of their property: a required field that has no
    // property, or more than 64 properties, is beyond this checker.
    if (node->properties.size() > 64) return nullptr;
    for (const std::string_view name : required) {
      const int i = node->PropertyIndex(name, 0);
      if (i < 0) return nullptr;
      node->required_mask |= uint64_t{1} << i;
    }
    return node;
  }

  // Index of the property named `key`, or -1. Tries `hint` first: records mostly list their
  // fields in the schema's order.
  int PropertyIndex(std::string_view key, size_t hint) const {
    if (hint < properties.size() && properties[hint].name == key) return static_cast<int>(hint);
    for (size_t i = 0; i < properties.size(); ++i) {
      if (properties[i].name == key) return static_cast<int>(i);
    }
    return -1;
  }

  bool Accepts(const rapidjson::Value& v, size_t max_string_bytes) const {
    switch (type) {
      case Type::kAny:
        break;
      case Type::kString:
        if (!v.IsString()) return false;
        break;
      case Type::kObject:
        if (!v.IsObject()) return false;
        break;
      case Type::kArray:
        if (!v.IsArray()) return false;
        break;
      case Type::kBoolean:
        if (!v.IsBool()) return false;
        break;
    }
    if (has_enum) {
      if (!v.IsString()) return false;
      bool listed = false;
      for (const auto& e : enum_strings) listed = listed || View(v) == e;
      if (!listed) return false;
    }
    if (v.IsString()) {
      const std::string_view s = View(v);
      if (s.size() > max_string_bytes || !Matches(pattern, s)) return false;
      // A code point takes one to four bytes: count them only when the byte length leaves the
      // answer open.
      if (s.size() > max_length || s.size() < min_length * 4) {
        const size_t n = CodePoints(s);
        if (n < min_length || n > max_length) return false;
      }
    } else if (v.IsObject()) {
      uint64_t seen = 0;  // bit i: properties[i] met
      size_t hint = 0;
      for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
        const std::string_view key = View(m->name);
        if (key.size() > max_string_bytes) return false;
        const int i = PropertyIndex(key, hint);
        if (i >= 0) {
          const uint64_t bit = uint64_t{1} << i;
          if (seen & bit) return false;  // a repeated field
          seen |= bit;
          hint = static_cast<size_t>(i) + 1;
          if (!properties[static_cast<size_t>(i)].schema->Accepts(m->value, max_string_bytes)) {
            return false;
          }
        } else if (!additional || !IsNewName(v, m, key) ||
                   !IsWellFormed(m->value, max_string_bytes)) {
          return false;
        }
      }
      if ((seen & required_mask) != required_mask) return false;
    } else if (v.IsArray()) {
      for (const auto& element : v.GetArray()) {
        if (items ? !items->Accepts(element, max_string_bytes)
                  : !IsWellFormed(element, max_string_bytes)) {
          return false;
        }
      }
    }
    return true;
  }

  // The parser's structural rules alone, for values the schema leaves open.
  static bool IsWellFormed(const rapidjson::Value& v, size_t max_string_bytes) {
    if (v.IsString()) return v.GetStringLength() <= max_string_bytes;
    if (v.IsArray()) {
      for (const auto& element : v.GetArray()) {
        if (!IsWellFormed(element, max_string_bytes)) return false;
      }
    } else if (v.IsObject()) {
      for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
        const std::string_view key = View(m->name);
        if (key.size() > max_string_bytes || !IsNewName(v, m, key) ||
            !IsWellFormed(m->value, max_string_bytes)) {
          return false;
        }
      }
    }
    return true;
  }

  // True when no member before `m` in `object` is named `key`. Compares pairwise, so says no
  // (merely slower) for an object too large for that.
  static bool IsNewName(const rapidjson::Value& object, rapidjson::Value::ConstMemberIterator m,
                        std::string_view key) {
    constexpr rapidjson::SizeType kPairwiseMax = 16;
    if (object.MemberCount() > kPairwiseMax) return false;
    for (auto p = object.MemberBegin(); p != m; ++p) {
      if (View(p->name) == key) return false;
    }
    return true;
  }
};

std::unique_ptr<const SchemaCheck> SchemaCheck::Compile(const rapidjson::Value& schema) {
  auto root = Node::Compile(schema);
  if (!root) return nullptr;
  return std::unique_ptr<const SchemaCheck>(new SchemaCheck(std::move(root)));
}

SchemaCheck::SchemaCheck(std::unique_ptr<Node> root) : root_(std::move(root)) {}
SchemaCheck::~SchemaCheck() = default;

bool SchemaCheck::Accepts(const rapidjson::Value& doc, size_t max_string_bytes) const {
  return root_->Accepts(doc, max_string_bytes);
}

}  // namespace disclosure::events::internal
