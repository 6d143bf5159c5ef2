// End-to-end leak test: 10,000 generated events with planted personal data go through
// `disclosure process`; nothing planted in an event may appear in that event's decision (as
// planted, and for numbers also as bare digits whatever the grouping), and every must-keep value
// (officers, document numbers, credit codes, legal bases, hotlines) that occurs in a text the
// catalog item publishes must still be in the decision of an event whose route publishes content.
// Values are compared per event: short names recur across 10,000 invented events. Failure
// messages name classes and event ids only, never values (the test output is a log).
// DISCLOSURE_LEAK_SEED and DISCLOSURE_LEAK_COUNT run it over other generated events than the
// default (seed 7, 10,000 events): scripts/leak-sweep.sh runs it over a range of seeds.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_support.h"

namespace disclosure::testing {
namespace {

// The digits of a value, or "" when it has fewer than 7 (too short to search for alone).
std::string DigitsOf(const std::string& value) {
  std::string digits;
  for (size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c >= '0' && c <= '9') {
      digits.push_back(static_cast<char>(c));
    } else if (c == 0xEF && i + 2 < value.size() && static_cast<unsigned char>(value[i + 1]) == 0xBC &&
               static_cast<unsigned char>(value[i + 2]) >= 0x90 &&
               static_cast<unsigned char>(value[i + 2]) <= 0x99) {
      digits.push_back(static_cast<char>('0' + static_cast<unsigned char>(value[i + 2]) - 0x90));
      i += 2;
    }
  }
  return digits.size() >= 7 ? digits : "";
}

// The decision line with the values of its hash fields blanked (item_id and case_ref: keyed
// hashes whose key is new each run; rule_version: the rule file's sha256). A planted number could
// otherwise be found in one by chance: seed 283 failed once on a QQ id of six digits inside a
// case_ref, and passed on the next runs. Only these fields: nothing planted is blanked.
std::string WithoutHashIds(std::string line) {
  for (const std::string key : {"\"item_id\":\"", "\"case_ref\":\"", "\"rule_version\":\""}) {
    for (size_t at = line.find(key); at != std::string::npos; at = line.find(key, at)) {
      at += key.size();
      const size_t end = line.find('"', at);
      if (end == std::string::npos) break;
      std::fill(line.begin() + static_cast<std::ptrdiff_t>(at),
                line.begin() + static_cast<std::ptrdiff_t>(end), 'x');
    }
  }
  return line;
}

// Digits of every string in a decision, concatenated per run (grouping removed).
std::string DigitRuns(const std::string& text) {
  std::string out;
  bool in_run = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      out.push_back(c);
      in_run = true;
    } else if (in_run && (c == ' ' || c == '-') && i + 1 < text.size() && text[i + 1] >= '0' &&
               text[i + 1] <= '9') {
      continue;  // a grouping separator inside a run
    } else if (in_run) {
      out.push_back('|');
      in_run = false;
    }
  }
  return out;
}

// The positive integer in environment variable `name`, or `fallback` when it is unset. A value
// that is set but no positive integer fails the test (a sweep must not quietly run the default).
long EnvOr(const char* name, long fallback) {
  const char* text = std::getenv(name);
  if (text == nullptr) return fallback;
  char* end = nullptr;
  const long value = std::strtol(text, &end, 10);
  if (*text == '\0' || *end != '\0' || value <= 0) {
    ADD_FAILURE() << name << " is not a positive integer: '" << text << "'";
    return fallback;
  }
  return value;
}

std::string Summarize(const std::map<std::string, int>& counts) {
  std::ostringstream s;
  for (const auto& [cls, n] : counts) s << cls << "=" << n << " ";
  return s.str();
}

TEST(LeakTest, GivenTenThousandGeneratedEvents_WhenProcessed_ThenNothingPlantedLeaksAndMustKeepStays) {
  TempDir dir("leak");
  const std::string events = dir / "events.jsonl";
  const std::string planted = dir / "planted.jsonl";
  const long seed = EnvOr("DISCLOSURE_LEAK_SEED", 7);
  const long count = EnvOr("DISCLOSURE_LEAK_COUNT", 10000);
  const std::string gen = "'" + GenEventsBinary() + "' --count " + std::to_string(count) +
                          " --seed " + std::to_string(seed) + " --bad-fraction 0.01 --out '" +
                          events + "' --planted '" + planted + "' 2>/dev/null";
  ASSERT_EQ(std::system(gen.c_str()), 0) << "gen_events failed";
  const CommandResult run =
      RunDisclosure("process --input '" + events + "' --out-dir '" + (dir / "out") + "' --quiet");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::map<std::string, std::string> decisions = DecisionsById(dir / "out/decisions.jsonl");
  // The source texts of each event, by the content key that publishes them.
  std::map<std::string, std::map<std::string, std::string>> sources;
  for (const std::string& line : ReadLines(events)) {
    rapidjson::Document e;
    e.Parse(line.c_str(), line.size());
    if (e.HasParseError() || !e.IsObject() || !e.HasMember("event_id") ||
        !e["event_id"].IsString()) {
      continue;
    }
    auto& texts = sources[e["event_id"].GetString()];
    auto take = [&](const char* object, const char* member, const char* key) {
      if (e.HasMember(object) && e[object].IsObject() && e[object].HasMember(member) &&
          e[object][member].IsString()) {
        texts[key] = e[object][member].GetString();
      }
    };
    take("case", "title", "title");
    take("case", "summary", "facts");
    take("decision", "text", "text");
    take("decision", "legal_basis", "legal_basis");
    take("decision", "result", "result");
    take("decision", "document_no", "document_no");
  }

  int records = 0;
  int planted_values = 0;
  int must_keep_checked = 0;
  std::map<std::string, int> leaks;    // class → count
  std::map<std::string, int> lost;     // "must_keep" → count
  std::set<std::string> leak_events;   // event ids
  std::set<std::string> lost_events;
  for (const std::string& line : ReadLines(planted)) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    ASSERT_FALSE(d.HasParseError());
    ++records;
    const std::string id = d["event_id"].GetString();
    auto it = decisions.find(id);
    const std::string decision_line = it != decisions.end() ? WithoutHashIds(it->second) : "";
    const std::string decision_digits = DigitRuns(decision_line);
    for (const auto& p : d["planted"].GetArray()) {
      const std::string cls = p["cls"].GetString();
      const std::string value = p["value"].GetString();
      ++planted_values;
      bool leaked = decision_line.find(value) != std::string::npos;
      const std::string digits = DigitsOf(value);
      if (!digits.empty() && cls != "birth_date" && cls != "address") {
        leaked = leaked || decision_digits.find(digits) != std::string::npos;
      }
      if (leaked) {
        ++leaks[cls];
        leak_events.insert(id);
      }
    }
    if (it == decisions.end() || !d.HasMember("must_keep")) continue;
    rapidjson::Document decision;
    decision.Parse(it->second.c_str());
    const std::string route = decision["route"].GetString();
    if (route != "publish" && route != "approval" && route != "on_request") continue;
    if (!decision.HasMember("item") || !decision["item"].IsObject() ||
        !decision["item"].HasMember("content") || !decision["item"]["content"].IsObject()) {
      continue;
    }
    const auto& content = decision["item"]["content"];
    for (const auto& keep : d["must_keep"].GetArray()) {
      const std::string value = keep.GetString();
      // Only where the item publishes a text that held the value.
      bool published_source = false;
      for (const auto& [key, text] : sources[id]) {
        published_source = published_source || (content.HasMember(key.c_str()) &&
                                                 text.find(value) != std::string::npos);
      }
      if (!published_source) continue;
      ++must_keep_checked;
      if (it->second.find(value) == std::string::npos) {
        ++lost["must_keep"];
        lost_events.insert(id);
      }
    }
  }
  EXPECT_GE(records, count);
  EXPECT_GT(planted_values, count);
  std::ostringstream ids;
  for (const std::string& id : leak_events) ids << id << " ";
  EXPECT_TRUE(leaks.empty()) << "planted values found in decisions.jsonl by class: "
                             << Summarize(leaks) << "; events: " << ids.str();
  std::ostringstream lost_ids;
  for (const std::string& id : lost_events) lost_ids << id << " ";
  EXPECT_TRUE(lost.empty()) << "must-keep values masked: " << Summarize(lost) << "of "
                            << must_keep_checked << "; events: " << lost_ids.str();
  std::printf("leak test (seed %ld): %d records, %d planted values, %d must-keep values checked\n",
              seed, records, planted_values, must_keep_checked);
}

}  // namespace
}  // namespace disclosure::testing
