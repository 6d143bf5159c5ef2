// rules/rules.schema.json and rules/calendar.schema.json (the editor schemas of rules/README.md):
// the shipped catalog and calendars validate, and files the loader refuses do not.
//
// RapidJSON 1.1.0 checks draft-04 keywords only; the schemas keep every constraint checked here
// in draft-04 terms (enum, not, anyOf, patternProperties, additionalProperties).
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "rules/predicate.h"
#include "rules/rules.h"

namespace disclosure::rules {
namespace {

constexpr unsigned kParseFlags =
    rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag;

std::string SourcePath(const std::string& relative) {
  return std::string(DISCLOSURE_SOURCE_DIR) + "/" + relative;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

rapidjson::Document ParseFile(const std::string& path) {
  rapidjson::Document doc;
  doc.Parse<kParseFlags>(ReadFile(path).c_str());
  EXPECT_FALSE(doc.HasParseError()) << path << ": parse error at offset " << doc.GetErrorOffset();
  return doc;
}

// "" when `doc` is valid, else where and why it is not.
std::string Violation(const rapidjson::SchemaDocument& schema, const rapidjson::Value& doc) {
  rapidjson::SchemaValidator validator(schema);
  if (doc.Accept(validator)) return "";
  rapidjson::StringBuffer document_at, schema_at;
  validator.GetInvalidDocumentPointer().StringifyUriFragment(document_at);
  validator.GetInvalidSchemaPointer().StringifyUriFragment(schema_at);
  return std::string("document ") + document_at.GetString() + " fails " + schema_at.GetString() +
         " (" + validator.GetInvalidSchemaKeyword() + ")";
}

class RulesSchemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    rules_schema_doc_ = ParseFile(SourcePath("rules/rules.schema.json"));
    calendar_schema_doc_ = ParseFile(SourcePath("rules/calendar.schema.json"));
    rules_schema_ = std::make_unique<rapidjson::SchemaDocument>(rules_schema_doc_);
    calendar_schema_ = std::make_unique<rapidjson::SchemaDocument>(calendar_schema_doc_);
    catalog_ = ParseFile(SourcePath("rules/default-catalog.json"));
  }

  // A copy of the default catalog changed by `change`; the change must apply.
  std::string ViolationOfChanged(const std::function<void(rapidjson::Document&)>& change) {
    rapidjson::Document copy;
    copy.CopyFrom(catalog_, copy.GetAllocator());
    change(copy);
    return Violation(*rules_schema_, copy);
  }

  // The text of a changed copy, for the loader.
  std::string TextOfChanged(const std::function<void(rapidjson::Document&)>& change) {
    rapidjson::Document copy;
    copy.CopyFrom(catalog_, copy.GetAllocator());
    change(copy);
    rapidjson::StringBuffer text;
    rapidjson::Writer<rapidjson::StringBuffer> writer(text);
    copy.Accept(writer);
    return text.GetString();
  }

  static rapidjson::Value& At(rapidjson::Document& doc, const char* pointer) {
    rapidjson::Value* v = rapidjson::Pointer(pointer).Get(doc);
    EXPECT_NE(v, nullptr) << pointer;
    return *v;
  }

  static void Set(rapidjson::Document& doc, const char* object_pointer, const char* key,
                  rapidjson::Value value) {
    rapidjson::Value& object = At(doc, object_pointer);
    ASSERT_TRUE(object.IsObject()) << object_pointer;
    object.RemoveMember(key);
    object.AddMember(rapidjson::Value(key, doc.GetAllocator()), value, doc.GetAllocator());
  }

  static rapidjson::Value Str(rapidjson::Document& doc, const char* s) {
    return rapidjson::Value(s, doc.GetAllocator());
  }

  // The enum of a definition of the rules schema, as strings.
  std::set<std::string> EnumOf(const char* definition) {
    std::set<std::string> out;
    std::string pointer = std::string("/definitions/") + definition + "/enum";
    const rapidjson::Value* e = rapidjson::Pointer(pointer.c_str()).Get(rules_schema_doc_);
    EXPECT_TRUE(e && e->IsArray()) << pointer;
    if (e && e->IsArray()) {
      for (const auto& v : e->GetArray()) out.insert(v.GetString());
    }
    return out;
  }

  rapidjson::Document rules_schema_doc_, calendar_schema_doc_, catalog_;
  std::unique_ptr<rapidjson::SchemaDocument> rules_schema_, calendar_schema_;
};

TEST_F(RulesSchemaTest, DefaultCatalogIsValid) {
  EXPECT_EQ(Violation(*rules_schema_, catalog_), "");
}

TEST_F(RulesSchemaTest, EveryCalendarFileIsValid) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(SourcePath("rules/calendar"))) {
    if (entry.path().extension() != ".json") continue;
    ++files;
    rapidjson::Document calendar = ParseFile(entry.path().string());
    EXPECT_EQ(Violation(*calendar_schema_, calendar), "") << entry.path();
  }
  EXPECT_GE(files, 2);
}

TEST_F(RulesSchemaTest, UnknownFieldInAnItemFails) {
  EXPECT_NE(ViolationOfChanged(
                [](rapidjson::Document& d) { Set(d, "/items/0", "bassis", Str(d, "typo")); }),
            "");
}

TEST_F(RulesSchemaTest, TheGroupAndTierFieldsOfItemsAreAccepted) {
  auto change = [](rapidjson::Document& d) {
    Set(d, "/items/0", "group1", Str(d, "行政执法"));
    Set(d, "/items/0", "group2", Str(d, "行政处罚"));
    Set(d, "/items/0", "tier", Str(d, "县级公安机关"));
  };
  EXPECT_EQ(ViolationOfChanged(change), "");
  auto set = RuleSet::FromText(TextOfChanged(change), "t.json", nullptr);
  EXPECT_TRUE(set.ok()) << set.status().message();
  EXPECT_NE(ViolationOfChanged(
                [](rapidjson::Document& d) { Set(d, "/items/0", "tier", rapidjson::Value(3)); }),
            "");
}

// Each change below makes the loader refuse the file; the schema must refuse it too, which also
// shows that RapidJSON does not silently skip the keyword that catches it.
TEST_F(RulesSchemaTest, WhatTheLoaderRefusesTheSchemaRefuses) {
  struct Case {
    const char* what;
    std::function<void(rapidjson::Document&)> change;
  };
  std::vector<Case> cases = {
      {"unknown top-level field", [](auto& d) { Set(d, "", "catalog", Str(d, "x")); }},
      {"other format", [](auto& d) { Set(d, "", "format", Str(d, "disclosure-rules/2")); }},
      {"missing catalog_version", [](auto& d) { d.RemoveMember("catalog_version"); }},
      {"empty items", [](auto& d) { At(d, "/items").Clear(); }},
      {"missing basis", [](auto& d) { At(d, "/items/0").RemoveMember("basis"); }},
      {"bad id", [](auto& d) { Set(d, "/items/0", "id", Str(d, "Penalty_Org")); }},
      {"id starting with '-'", [](auto& d) { Set(d, "/items/0", "id", Str(d, "-penalty")); }},
      {"unknown route", [](auto& d) { Set(d, "/items/0", "route", Str(d, "out_of_scope")); }},
      {"method contradicting route",
       [](auto& d) { Set(d, "/items/0", "method", Str(d, "依申请公开")); }},
      {"deadline on an on_request item",
       [](auto& d) {
         rapidjson::Value deadline(rapidjson::kObjectType);
         deadline.AddMember("working_days", 5, d.GetAllocator());
         deadline.AddMember("from", "occurred_at", d.GetAllocator());
         Set(d, "/items/4", "deadline", std::move(deadline));
       }},
      {"expires on a retract item",
       [](auto& d) {
         rapidjson::Value expires(rapidjson::kObjectType);
         expires.AddMember("years", 1, d.GetAllocator());
         expires.AddMember("from", "occurred_at", d.GetAllocator());
         Set(d, "/items/5", "expires", std::move(expires));
       }},
      {"revocation that publishes",
       [](auto& d) { Set(d, "/items/5", "route", Str(d, "publish")); }},
      {"working_days 0", [](auto& d) { At(d, "/items/0/deadline/working_days").SetInt(0); }},
      {"unknown deadline start",
       [](auto& d) { Set(d, "/items/0/deadline", "from", Str(d, "decided_at")); }},
      {"match without event_types",
       [](auto& d) { At(d, "/items/0/match").RemoveMember("event_types"); }},
      {"unknown event type",
       [](auto& d) { At(d, "/items/0/match/event_types/0").SetString("penalty.made"); }},
      {"unknown domain",
       [](auto& d) { At(d, "/items/1/match/domains/0").SetString("public_order"); }},
      {"unknown condition",
       [](auto& d) {
         Set(d, "/overrides/1/when", "tags_all", rapidjson::Value(rapidjson::kArrayType));
       }},
      {"empty condition", [](auto& d) { At(d, "/overrides/1/when").RemoveAllMembers(); }},
      {"empty tags_any", [](auto& d) { At(d, "/overrides/1/when/tags_any").Clear(); }},
      {"unknown field in field_in",
       [](auto& d) {
         rapidjson::Value values(rapidjson::kArrayType);
         values.PushBack("警告", d.GetAllocator());
         Set(d, "/exclusions/1/match/field_in", "decision.outcome", std::move(values));
       }},
      {"unknown party role",
       [](auto& d) { At(d, "/items/0/match/parties/roles/0").SetString("defendant"); }},
      {"unknown quantifier",
       [](auto& d) { Set(d, "/items/0/match/parties", "quantifier", Str(d, "most")); }},
      {"unknown party test",
       [](auto& d) { Set(d, "/items/0/match/parties", "adult", rapidjson::Value(true)); }},
      {"contains_any without words",
       [](auto& d) { At(d, "/overrides/5/when/contains_any").RemoveMember("words"); }},
      {"unknown field in contains_any",
       [](auto& d) { At(d, "/overrides/5/when/contains_any/fields/0").SetString("headline"); }},
      {"not of an unknown condition",
       [](auto& d) {
         rapidjson::Value inner(rapidjson::kObjectType);
         inner.AddMember("tag", "x", d.GetAllocator());
         Set(d, "/overrides/1/when", "not", std::move(inner));
       }},
      {"unknown condition inside any_of",
       [](auto& d) { Set(d, "/overrides/3/when/any_of/0", "tag", Str(d, "涉警")); }},
      {"unknown publish field",
       [](auto& d) { At(d, "/items/0/publish/fields/0").SetString("name"); }},
      {"unknown publish role",
       [](auto& d) { At(d, "/items/0/publish/roles/0").SetString("owner"); }},
      {"override route publish",
       [](auto& d) { Set(d, "/overrides/0", "route", Str(d, "publish")); }},
      {"override without when", [](auto& d) { At(d, "/overrides/0").RemoveMember("when"); }},
      {"exclusion without says", [](auto& d) { At(d, "/exclusions/0").RemoveMember("says"); }},
      {"unknown field in an exclusion",
       [](auto& d) { Set(d, "/exclusions/0", "route", Str(d, "withhold")); }},
      {"profile named default",
       [](auto& d) {
         rapidjson::Value profiles(rapidjson::kObjectType);
         profiles.AddMember("default", rapidjson::Value(rapidjson::kObjectType), d.GetAllocator());
         Set(d, "", "profiles", std::move(profiles));
       }},
      {"unknown profile member",
       [](auto& d) {
         rapidjson::Value profile(rapidjson::kObjectType);
         profile.AddMember("keep_names", true, d.GetAllocator());
         rapidjson::Value profiles(rapidjson::kObjectType);
         profiles.AddMember("listing", std::move(profile), d.GetAllocator());
         Set(d, "", "profiles", std::move(profiles));
       }},
  };
  for (const Case& c : cases) {
    EXPECT_NE(ViolationOfChanged(c.change), "") << c.what;
    EXPECT_FALSE(RuleSet::FromText(TextOfChanged(c.change), "t.json", nullptr).ok()) << c.what;
  }
  // And what both accept.
  std::vector<Case> accepted = {
      {"the catalog as shipped", [](auto&) {}},
      {"a defined profile",
       [](auto& d) {
         rapidjson::Value profile(rapidjson::kObjectType);
         profile.AddMember("keep_legal_representative", true, d.GetAllocator());
         rapidjson::Value profiles(rapidjson::kObjectType);
         profiles.AddMember("listing", std::move(profile), d.GetAllocator());
         Set(d, "", "profiles", std::move(profiles));
         Set(d, "/items/0", "profile", Str(d, "listing"));
       }},
      {"a responsible unit",
       [](auto& d) { Set(d, "", "responsible_unit", Str(d, "梁河县公安局")); }},
      {"not and all_of",
       [](auto& d) {
         rapidjson::Value inner(rapidjson::kObjectType);
         inner.AddMember(
             "has_fields",
             rapidjson::Value(rapidjson::kArrayType).PushBack("refers_to", d.GetAllocator()),
             d.GetAllocator());
         Set(d, "/overrides/1/when", "not", std::move(inner));
       }},
  };
  for (const Case& c : accepted) {
    EXPECT_EQ(ViolationOfChanged(c.change), "") << c.what;
    auto set = RuleSet::FromText(TextOfChanged(c.change), "t.json", nullptr);
    EXPECT_TRUE(set.ok()) << c.what << ": " << set.status().message();
  }
}

// The schema's vocabulary is the parser's (rules/predicate.cc).
TEST_F(RulesSchemaTest, EnumsAreTheParsersNames) {
  std::set<std::string> types, domains;
  for (const auto& [name, type] : internal::AllEventTypes()) types.insert(std::string(name));
  for (const auto& [name, domain] : internal::AllDomains()) domains.insert(std::string(name));
  EXPECT_EQ(EnumOf("eventType"), types);
  EXPECT_EQ(EnumOf("domain"), domains);
  std::set<std::string> roles = EnumOf("role");
  EXPECT_EQ(roles.size(), 8u);
  for (const std::string& role : roles) EXPECT_TRUE(internal::RoleFromName(role)) << role;
  EXPECT_EQ(EnumOf("field").size(), 11u);
  EXPECT_EQ(EnumOf("publishField").size(), 10u);
}

TEST_F(RulesSchemaTest, CalendarSchemaRefusesWhatTheLoaderRefuses) {
  rapidjson::Document calendar = ParseFile(SourcePath("rules/calendar/2026.json"));
  // Schema verdict, and whether the loader agrees: "" when both accept the changed copy.
  auto changed = [&](const std::function<void(rapidjson::Document&)>& change) {
    rapidjson::Document copy;
    copy.CopyFrom(calendar, copy.GetAllocator());
    change(copy);
    rapidjson::StringBuffer text;
    rapidjson::Writer<rapidjson::StringBuffer> writer(text);
    copy.Accept(writer);
    bool loads = Calendar::FromTexts({{"2026.json", text.GetString()}}).ok();
    std::string violation = Violation(*calendar_schema_, copy);
    EXPECT_EQ(loads, violation.empty()) << "schema: " << violation << "; loader: " << loads;
    return violation;
  };
  EXPECT_NE(changed([](auto& d) { d.AddMember("note", "x", d.GetAllocator()); }), "");
  EXPECT_NE(changed([](auto& d) { d.RemoveMember("source"); }), "");
  EXPECT_NE(changed([](auto& d) { d.RemoveMember("working_weekends"); }), "");
  EXPECT_NE(changed([](auto& d) { At(d, "/working_weekends/0").SetString("2026/01/04"); }), "");
  EXPECT_NE(changed([](auto& d) { At(d, "/holidays/0").PushBack("2026-01-05", d.GetAllocator()); }),
            "");
  EXPECT_NE(changed([](auto& d) { At(d, "/year").SetString("2026"); }), "");
  // A one-day holiday may be written as a single date.
  EXPECT_EQ(changed([](auto& d) { At(d, "/holidays/0").SetString("2026-01-01"); }), "");
}

}  // namespace
}  // namespace disclosure::rules
