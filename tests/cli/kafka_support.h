// Helpers for the tests that run `disclosure run` against the embedded broker, with kcat as the
// independent client: the broker, generated events keyed by case id, producing them, and the
// end-state checks every Kafka test ends with.
#pragma once

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <iostream>
#include <memory>
#include <set>

#include "cli/cli_support.h"
#include "store/store.h"

namespace disclosure::testing {

struct Broker {
  std::unique_ptr<Child> process;
  std::string address;
};

inline Broker StartBroker(const TempDir& dir, int partitions) {
  Broker b;
  b.process = std::make_unique<Child>(
      std::vector<std::string>{Binary(), "broker", "--partitions", std::to_string(partitions)},
      dir / "broker.out", dir / "broker.err");
  WaitFor([&] { return !LineValue(dir / "broker.out", "embedded broker: ").empty(); }, 20);
  b.address = LineValue(dir / "broker.out", "embedded broker: ");
  return b;
}

// The store of a test that runs one connector: a SQLite file in its folder.
inline std::string SqliteStore(const TempDir& dir) { return "sqlite:" + dir / "store.db"; }

// A configuration for `disclosure run` on `broker`: short group timeouts so that a killed
// member's partitions move on quickly; no console, no metrics (`run --metrics-listen` turns
// them on).
inline std::string WriteConfig(const TempDir& dir, const std::string& broker,
                               const std::string& extra, const std::string& store = "") {
  std::string path = dir / "config.json";
  WriteFile(path, R"({"store": ")" + (store.empty() ? SqliteStore(dir) : store) +
                      R"(", "kafka": {"bootstrap.servers": ")" + broker +
                      R"(", "session.timeout.ms": "6000", "max.poll.interval.ms": "8000"},
                       "console": {"listen": ""}, "metrics": {"listen": ""},
                       "batch": {"size": 200, "linger_ms": 50}, "scheduler_interval_ms": 200)" +
                      extra + "}");
  return path;
}

// `name` names its output files (NAME.out, NAME.err); `args` go after the config.
inline std::unique_ptr<Child> StartConnector(const TempDir& dir, const std::string& config,
                                             const std::string& name = "run",
                                             const std::vector<std::string>& args = {}) {
  std::vector<std::string> argv = {Binary(), "run", "--config", config};
  argv.insert(argv.end(), args.begin(), args.end());
  return std::make_unique<Child>(argv, dir / (name + ".out"), dir / (name + ".err"));
}

// Generates events and turns them into kcat's key<TAB>value lines, keyed by case id.
struct Generated {
  std::string keyed_file;
  int64_t total = 0, good = 0, bad = 0;
  std::map<std::string, std::string> expected_route;  // event_id → route (good records)
  std::vector<std::string> bad_payloads;
  std::map<std::string, std::vector<std::string>> planted;  // event_id → its planted values
};

inline Generated Generate(const TempDir& dir, int count, int seed, double bad_fraction) {
  Generated g;
  std::string events = dir / "events.jsonl", planted = dir / "planted.jsonl";
  std::string cmd = "'" + GenEventsBinary() + "' --count " + std::to_string(count) + " --seed " +
                    std::to_string(seed) + " --bad-fraction " + std::to_string(bad_fraction) +
                    " --out '" + events + "' --planted '" + planted + "' 2>/dev/null";
  EXPECT_EQ(std::system(cmd.c_str()), 0);
  std::string keyed;
  for (const auto& line : ReadLines(events)) {
    rapidjson::Document d;
    d.Parse(line.c_str(), line.size());
    std::string key = "unparsed";
    if (!d.HasParseError() && d.IsObject() && d.HasMember("case") && d["case"].IsObject() &&
        d["case"].HasMember("case_id") && d["case"]["case_id"].IsString()) {
      key = d["case"]["case_id"].GetString();
    }
    keyed += key + "\t" + line + "\n";
    ++g.total;
  }
  WriteFile(dir / "keyed.tsv", keyed);
  g.keyed_file = dir / "keyed.tsv";
  auto lines = ReadLines(events);
  size_t i = 0;
  for (const auto& line : ReadLines(planted)) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    std::string route = d["expected_route"].GetString();
    if (route == "dead_letter") {
      ++g.bad;
      g.bad_payloads.push_back(lines[i]);
    } else {
      ++g.good;
      g.expected_route[d["event_id"].GetString()] = route;
    }
    for (const auto& p : d["planted"].GetArray()) {
      g.planted[d["event_id"].GetString()].push_back(p["value"].GetString());
    }
    ++i;
  }
  return g;
}

inline void Produce(const std::string& broker, const std::string& keyed_file) {
  std::string cmd = "kcat -P -b " + broker +
                    " -t case-events -K $'\\t' -X message.max.bytes=4000000 -l '" + keyed_file +
                    "'";
  ASSERT_EQ(std::system(("bash -c \"" + cmd + "\"").c_str()), 0) << cmd;
}

// Decisions + dead letters in the store (read while the connector runs: SQLite WAL).
inline int64_t Accounted(const std::string& url) {
  auto store = store::Store::Open(url);
  if (!store.ok()) return -1;
  auto d = store.value()->CountDecisions();
  auto l = store.value()->CountDeadLetters();
  return d.ok() && l.ok() ? d.value() + l.value() : -1;
}

inline int64_t PendingOutbox(const std::string& url) {
  auto store = store::Store::Open(url);
  if (!store.ok()) return -1;
  auto n = store.value()->CountPendingOutbox();
  return n.ok() ? n.value() : -1;
}

// The checks every Kafka test ends with: nothing lost, nothing twice, nothing leaked, nothing
// published that the policy keeps back, dead letters byte for byte.
inline void CheckEndState(const TempDir& dir, const std::string& broker, const Generated& g,
                          int64_t held_expected = 0, const std::string& store_url = "") {
  auto store = store::Store::Open(store_url.empty() ? SqliteStore(dir) : store_url);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  // Every good event decided exactly once (the store's primary key makes "twice" impossible;
  // the count shows nothing is missing), every bad one dead-lettered once.
  EXPECT_EQ(store.value()->CountDecisions().value(), g.good - held_expected);
  EXPECT_EQ(store.value()->CountDeadLetters().value(), g.bad);
  // Every event got the route the policy gives it. The one allowed difference: the redactor
  // was unsure about something in a publishable item (policy §2, "redaction doubt"), or the
  // last-line check caught something, and sent it to approval instead — the safe direction.
  std::map<std::string, int64_t> to_review;
  int64_t wrong = 0;
  for (const auto& [id, route] : g.expected_route) {
    auto decision = store.value()->FindDecision(EventId(id));
    ASSERT_TRUE(decision.ok());
    if (!decision.value()) continue;  // counted above
    const auto& got = decision.value()->route;
    if (got == route) continue;
    const auto& json = decision.value()->decision_json;
    bool review = json.find("\"redaction_review\"") != std::string::npos;
    bool residual = json.find("\"residual_personal_data\"") != std::string::npos;
    if (route == "publish" && got == "approval" && (review || residual)) {
      ++to_review[residual ? "residual_personal_data" : "redaction_review"];
    } else {
      ++wrong;
      ADD_FAILURE() << id << ": expected " << route << ", got " << got;
    }
  }
  EXPECT_EQ(wrong, 0);
  EXPECT_EQ(to_review["residual_personal_data"], 0)
      << "the last-line check had to stop items: the redactor missed something";
  std::cout << "publishable items sent to review by redaction doubt: "
            << to_review["redaction_review"] << "\n";

  auto published = ConsumeTopic(broker, "disclosure.published", dir.path().string());
  std::map<std::string, std::string> publish_content;  // item_id → its one publish record
  std::set<std::string> published_events, retracted_items;
  for (const auto& r : published) {
    rapidjson::Document d;
    d.Parse(r.value.c_str(), r.value.size());
    ASSERT_FALSE(d.HasParseError());
    std::string action = d["action"].GetString();
    EXPECT_EQ(r.key, d["item_id"].GetString());
    if (action == "publish") {
      auto [it, fresh] = publish_content.emplace(r.key, r.value);
      EXPECT_TRUE(fresh || it->second == r.value) << "item " << r.key << " with two contents";
      published_events.insert(d["event_id"].GetString());
    } else if (action == "retract") {
      retracted_items.insert(r.key);
    }
    // Planted values are compared within their own event's item: short invented names recur
    // across thousands of events (an officer elsewhere may share one).
    if (d.HasMember("event_id")) {
      auto planted = g.planted.find(d["event_id"].GetString());
      if (planted != g.planted.end()) {
        for (const auto& value : planted->second) {
          ASSERT_EQ(r.value.find(value), std::string::npos)
              << "a planted value leaked into item " << r.key;
        }
      }
    }
  }
  // Nothing the policy withholds, holds on request or sends to approval came out.
  for (const auto& id : published_events) {
    auto it = g.expected_route.find(id);
    ASSERT_NE(it, g.expected_route.end()) << id;
    EXPECT_EQ(it->second, "publish") << id;
  }
  // Every publish-route event is on the topic (published, or retracted before it went out).
  int64_t publish_events = 0, missing = 0;
  for (const auto& [id, route] : g.expected_route) {
    if (route != "publish") continue;
    auto decided = store.value()->FindDecision(EventId(id)).value();
    if (!decided || decided->route != "publish") continue;  // sent to review (above)
    ++publish_events;
    if (published_events.count(id) == 0) {
      auto item = store.value()->FindItemByEvent(EventId(id)).value();
      bool retracted_early = item && retracted_items.count(item->item_id.value()) > 0;
      if (!retracted_early) ++missing;
    }
  }
  EXPECT_GT(publish_events, 0);
  EXPECT_EQ(missing, 0) << "publish-route events not on the topic";

  // Dead letters: the original bytes, with the reason in the headers.
  auto dead = ConsumeTopic(broker, "case-events.dlq", dir.path().string());
  std::set<std::string> dead_payloads;
  for (const auto& r : dead) {
    dead_payloads.insert(r.value);
    EXPECT_NE(r.headers.find("__connect.errors.exception.class.name="), std::string::npos);
    EXPECT_NE(r.headers.find("__connect.errors.offset="), std::string::npos);
  }
  for (const auto& payload : g.bad_payloads) {
    EXPECT_EQ(dead_payloads.count(payload), 1u) << "a bad record is missing from the DLQ";
  }
}

// `keyed_file` cut into files of `lines_per_chunk` lines (chunk-N.tsv in `dir`), to produce
// a stream in parts while connectors run.
inline std::vector<std::string> SplitIntoChunks(const TempDir& dir, const std::string& keyed_file,
                                                size_t lines_per_chunk) {
  std::vector<std::string> chunks;
  auto lines = ReadLines(keyed_file);
  for (size_t i = 0; i < lines.size(); i += lines_per_chunk) {
    std::string chunk;
    for (size_t j = i; j < std::min(lines.size(), i + lines_per_chunk); ++j) {
      chunk += lines[j] + "\n";
    }
    chunks.push_back(dir / ("chunk-" + std::to_string(i) + ".tsv"));
    WriteFile(chunks.back(), chunk);
  }
  return chunks;
}

}  // namespace disclosure::testing
