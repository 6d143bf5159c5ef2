// The fast schema check (events/schema_check.h) against RapidJSON's validator on the same
// schema file: the same verdict on every example and generated event and on thousands of
// mutations of them (each field removed, or replaced by values of every type and edge, unknown
// fields added, array elements added). The parser relies on "fast accepts ⇒ RapidJSON accepts".
#include <gtest/gtest.h>
#include <rapidjson/pointer.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include <fstream>
#include <string>
#include <vector>

#include "events/events.h"
#include "events/schema_check.h"
#include "gen/generator.h"

namespace disclosure::events::internal {
namespace {

using rapidjson::Document;
using rapidjson::Pointer;
using rapidjson::Value;

class SchemaCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string_view text = Parser::SchemaText();
    schema_json_.Parse(text.data(), text.size());
    ASSERT_FALSE(schema_json_.HasParseError());
    schema_ = std::make_unique<rapidjson::SchemaDocument>(schema_json_);
    check_ = SchemaCheck::Compile(schema_json_);
  }

  bool RapidJsonAccepts(const Value& doc) {
    rapidjson::SchemaValidator validator(*schema_);
    return doc.Accept(validator);
  }

  // Compares both verdicts on `doc`; counts; `what` names the mutation (field paths only).
  void Compare(const Value& doc, const std::string& what) {
    const bool fast = check_->Accepts(doc);
    const bool slow = RapidJsonAccepts(doc);
    ++compared_;
    accepted_ += slow;
    EXPECT_EQ(fast, slow) << what;
    if (fast && !slow) ADD_FAILURE() << "fast check accepted what the schema rejects: " << what;
  }

  Document schema_json_;
  std::unique_ptr<rapidjson::SchemaDocument> schema_;
  std::unique_ptr<const SchemaCheck> check_;
  int compared_ = 0;
  int accepted_ = 0;
};

void CollectPointers(const Value& v, const Pointer& at, std::vector<Pointer>* out) {
  out->push_back(at);
  if (v.IsObject()) {
    for (auto m = v.MemberBegin(); m != v.MemberEnd(); ++m) {
      CollectPointers(m->value, at.Append(m->name.GetString(), m->name.GetStringLength()), out);
    }
  } else if (v.IsArray()) {
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i) CollectPointers(v[i], at.Append(i), out);
  }
}

std::string PathOf(const Pointer& p) {
  rapidjson::StringBuffer b;
  p.Stringify(b);
  return b.GetString();
}

std::vector<std::string> Candidates() {
  std::vector<std::string> c = {R"("x")",
                                R"("")",
                                "1",
                                "-1",
                                "1.5",
                                "true",
                                "false",
                                "null",
                                "{}",
                                "[]",
                                R"(["a"])",
                                R"([""])",
                                "[1]",
                                R"([{}])",
                                R"({"name":"a","badge":"b"})",
                                R"({"zz":1})",
                                R"("2026-11-29")",
                                R"("2026-1-29")",
                                R"("2026-11-29T10:00:00+08:00")",
                                R"("2026-11-29t10:00:00.125z")",
                                R"("2026-11-29T10:00:00")",
                                R"("2026-11-29T10:00:00.+08:00")",
                                R"("2026-11-29T10:00:00+0800")",
                                R"("2026-11-29T10:00:00Z ")",
                                R"("533122500000")",
                                R"("5331225000001")",
                                R"("53312250000a")",
                                R"("person")",
                                R"("organization")",
                                R"("suspect")",
                                R"("guardian")",
                                R"("case-event/1")",
                                R"("penalty.decided")",
                                R"("criminal")",
                                R"("exit_entry")"};
  c.push_back("\"" + std::string(128, 'a') + "\"");
  c.push_back("\"" + std::string(129, 'a') + "\"");
  std::string wide;
  for (int i = 0; i < 128; ++i) wide += "中";
  c.push_back("\"" + wide + "\"");    // 128 code points, 384 bytes: within maxLength
  c.push_back("\"" + wide + "中\"");  // 129 code points
  return c;
}

TEST_F(SchemaCheckTest, GivenTheShippedSchemaThenTheFastCheckCompiles) {
  ASSERT_NE(check_, nullptr) << "a keyword or pattern the fast check does not know was added to "
                                "case-event.schema.json: teach events/schema_check.cc";
}

TEST_F(SchemaCheckTest, GivenUnknownKeywordOrPatternThenTheFastCheckStandsAside) {
  Document schema;
  schema.Parse(R"({"type":"object","properties":{"a":{"type":"string","format":"date"}}})");
  EXPECT_EQ(SchemaCheck::Compile(schema), nullptr);
  schema.Parse(R"({"type":"string","pattern":"^[a-z]+$"})");
  EXPECT_EQ(SchemaCheck::Compile(schema), nullptr);
  schema.Parse(R"({"type":["string","null"]})");
  EXPECT_EQ(SchemaCheck::Compile(schema), nullptr);
}

// The parser skips its structure check when the fast check says yes, so the fast check must
// say no to every repeated field name and every overlong string or field name, wherever it is:
// in fields the schema types, in unknown fields, and deep inside `extra`, which it leaves open.
TEST_F(SchemaCheckTest, GivenRepeatedFieldOrOverlongTextThenTheFastCheckSaysNo) {
  ASSERT_NE(check_, nullptr);
  std::ifstream examples(std::string(DISCLOSURE_SOURCE_DIR) + "/examples/events.jsonl");
  std::string line;
  ASSERT_TRUE(std::getline(examples, line));
  ASSERT_EQ(line.rfind("{\"schema\"", 0), 0u);
  // The example with `fields` put first.
  auto with = [&](const std::string& fields) { return "{" + fields + ", " + line.substr(1); };
  // The example with another case category.
  auto category = [&](const std::string& text) {
    const std::string key = "\"category\": \"";
    const size_t from = line.find(key) + key.size();
    return line.substr(0, from) + text + line.substr(line.find('"', from));
  };
  const size_t limit = line.size();  // longer than any string of the example
  const std::string long_text(limit + 1, 'a');
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"repeated known field", with(R"("event_id": "EX-0001")")},
      {"repeated unknown field", with(R"("zz": 1, "zz": 2)")},
      {"repeated field in extra", with(R"("extra": {"a": [{"k": 1, "k": 1}]})")},
      {"repeated field in source",
       with(R"("source": {"system": "s", "system": "s", "unit_code": "533122030000", )"
            R"("unit_name": "u"})")},
      {"long string in a typed field", category(long_text)},
      {"long string in extra", with("\"extra\": {\"k\": [\"" + long_text + "\"]}")},
      {"long string in an unknown field", with("\"zz\": \"" + long_text + "\"")},
      {"long field name in extra", with("\"extra\": {\"" + long_text + "\": 1}")},
      {"long unknown field name", with("\"" + long_text + "\": 1")},
  };
  for (const auto& [what, text] : cases) {
    Document doc;
    doc.Parse(text.c_str(), text.size());
    ASSERT_FALSE(doc.HasParseError()) << what;
    EXPECT_TRUE(RapidJsonAccepts(doc)) << what;
    EXPECT_FALSE(check_->Accepts(doc, limit)) << what;
  }
  // The example passes at that limit, and the long texts pass at a higher one.
  Document doc;
  doc.Parse(line.c_str(), line.size());
  EXPECT_TRUE(check_->Accepts(doc, limit));
  const std::string plain = with("\"zz\": \"" + long_text + "\", \"extra\": {\"" + long_text +
                                 "\": [\"" + long_text + "\"]}");
  doc.Parse(plain.c_str(), plain.size());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_TRUE(check_->Accepts(doc));
  EXPECT_TRUE(check_->Accepts(doc, limit + 1));
}

TEST_F(SchemaCheckTest, GivenEventsAndTheirMutationsThenSameVerdictAsRapidJson) {
  ASSERT_NE(check_, nullptr);
  std::vector<std::string> lines;
  std::ifstream examples(std::string(DISCLOSURE_SOURCE_DIR) + "/examples/events.jsonl");
  for (std::string line; std::getline(examples, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  ASSERT_FALSE(lines.empty());
  disclosure::testing::GeneratorOptions options;
  options.seed = 41;
  options.bad_fraction = 0.3;
  disclosure::testing::Generator generator(options);
  for (int i = 0; i < 40; ++i) lines.push_back(generator.Next().json);

  const std::vector<std::string> candidates = Candidates();
  for (size_t e = 0; e < lines.size(); ++e) {
    Document doc;
    doc.Parse(lines[e].c_str(), lines[e].size());
    if (doc.HasParseError()) continue;
    const std::string record = "record " + std::to_string(e);
    Compare(doc, record);
    std::vector<Pointer> pointers;
    CollectPointers(doc, Pointer(), &pointers);
    for (const Pointer& p : pointers) {
      const std::string path = record + " " + PathOf(p);
      const Value* here = p.Get(doc);
      if (p.GetTokenCount() > 0) {
        Document erased;
        erased.CopyFrom(doc, erased.GetAllocator());
        p.Erase(erased);
        Compare(erased, path + " removed");
        for (size_t c = 0; c < candidates.size(); ++c) {
          Document changed;
          changed.CopyFrom(doc, changed.GetAllocator());
          Document value(&changed.GetAllocator());
          value.Parse(candidates[c].c_str());
          ASSERT_FALSE(value.HasParseError()) << candidates[c];
          p.Set(changed, value);
          Compare(changed, path + " set to candidate " + std::to_string(c));
        }
      }
      if (here != nullptr && (here->IsObject() || here->IsArray())) {
        Document grown;
        grown.CopyFrom(doc, grown.GetAllocator());
        Value* target = p.Get(grown);
        if (target->IsObject()) {
          target->AddMember("zz_unknown", "x", grown.GetAllocator());
        } else {
          target->PushBack("x", grown.GetAllocator());
        }
        Compare(grown, path + " grown");
      }
    }
  }
  // The mutations reach both verdicts in numbers (a check that accepted or rejected everything
  // would fail above; this guards against a corpus that tests nothing).
  EXPECT_GT(compared_, 20000);
  EXPECT_GT(accepted_, compared_ / 10);
  EXPECT_LT(accepted_, compared_ * 9 / 10);
}

}  // namespace
}  // namespace disclosure::events::internal
