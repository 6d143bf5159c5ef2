// `disclosure run` against the embedded broker, with kcat as the independent client:
// end to end with bad records, crashes (SIGKILL) and restarts, revocations out of order.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <iostream>
#include <random>
#include <set>

#include "cli/cli_support.h"
#include "connector/connector.h"
#include "store/store.h"

namespace disclosure::testing {
namespace {

struct Broker {
  std::unique_ptr<Child> process;
  std::string address;
};

Broker StartBroker(const TempDir& dir, int partitions) {
  Broker b;
  b.process = std::make_unique<Child>(
      std::vector<std::string>{Binary(), "broker", "--partitions", std::to_string(partitions)},
      dir / "broker.out", dir / "broker.err");
  WaitFor([&] { return !LineValue(dir / "broker.out", "embedded broker: ").empty(); }, 20);
  b.address = LineValue(dir / "broker.out", "embedded broker: ");
  return b;
}

std::string WriteConfig(const TempDir& dir, const std::string& broker, const std::string& extra) {
  std::string path = dir / "config.json";
  WriteFile(path, R"({"store": "sqlite:)" + dir / "store.db" +
                      R"(", "kafka": {"bootstrap.servers": ")" + broker +
                      R"(", "session.timeout.ms": "6000", "max.poll.interval.ms": "8000"},
                       "console": {"listen": ""}, "metrics": {"listen": ""},
                       "batch": {"size": 200, "linger_ms": 50}, "scheduler_interval_ms": 200)" +
                      extra + "}");
  return path;
}

std::unique_ptr<Child> StartConnector(const TempDir& dir, const std::string& config) {
  return std::make_unique<Child>(std::vector<std::string>{Binary(), "run", "--config", config},
                                 dir / "run.out", dir / "run.err");
}

// Generates events and turns them into kcat's key<TAB>value lines, keyed by case id.
struct Generated {
  std::string keyed_file;
  int64_t total = 0, good = 0, bad = 0;
  std::map<std::string, std::string> expected_route;  // event_id → route (good records)
  std::vector<std::string> bad_payloads;
  std::map<std::string, std::vector<std::string>> planted;  // event_id → its planted values
};

Generated Generate(const TempDir& dir, int count, int seed, double bad_fraction) {
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

void Produce(const std::string& broker, const std::string& keyed_file) {
  std::string cmd = "kcat -P -b " + broker +
                    " -t case-events -K $'\\t' -X message.max.bytes=4000000 -l '" + keyed_file +
                    "'";
  ASSERT_EQ(std::system(("bash -c \"" + cmd + "\"").c_str()), 0) << cmd;
}

// Decisions + dead letters in the store (read while the connector runs: SQLite WAL).
int64_t Accounted(const std::string& db) {
  auto store = store::Store::Open("sqlite:" + db);
  if (!store.ok()) return -1;
  auto d = store.value()->CountDecisions();
  auto l = store.value()->CountDeadLetters();
  return d.ok() && l.ok() ? d.value() + l.value() : -1;
}

int64_t PendingOutbox(const std::string& db) {
  auto store = store::Store::Open("sqlite:" + db);
  if (!store.ok()) return -1;
  auto n = store.value()->CountPendingOutbox();
  return n.ok() ? n.value() : -1;
}

// The checks every Kafka test ends with: nothing lost, nothing twice, nothing leaked, nothing
// published that the policy keeps back, dead letters byte for byte.
void CheckEndState(const TempDir& dir, const std::string& broker, const Generated& g,
                   int64_t held_expected = 0) {
  auto store = store::Store::Open("sqlite:" + dir / "store.db");
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

TEST(KafkaEndToEnd, GivenKcatProducedEventsWithBadRecordsThenAllDecidedPublishedAndDeadLettered) {
  TempDir dir("kafka-e2e");
  // The embedded broker keeps at most 5 MB per partition: enough partitions for the stream.
  Broker broker = StartBroker(dir, 8);
  ASSERT_FALSE(broker.address.empty()) << ReadFile(dir / "broker.err");
  Generated g = Generate(dir, 5000, 11, 0.03);
  ASSERT_GE(g.total, 5000);
  ASSERT_GT(g.bad, 50);
  // Revocations of never-seen events are held 2 s, then dead-lettered (unknown_reference).
  auto connector =
      StartConnector(dir, WriteConfig(dir, broker.address, R"(, "revocation_hold_seconds": 2)"));
  Produce(broker.address, g.keyed_file);
  ASSERT_TRUE(WaitFor([&] { return Accounted(dir / "store.db") == g.total; }, 180))
      << "accounted " << Accounted(dir / "store.db") << " of " << g.total << "\n"
      << ReadFile(dir / "run.err");
  ASSERT_TRUE(WaitFor([&] { return PendingOutbox(dir / "store.db") == 0; }, 60));
  connector->Kill(SIGTERM);
  EXPECT_EQ(connector->Wait(), 0) << ReadFile(dir / "run.err");
  CheckEndState(dir, broker.address, g);
}

TEST(KafkaCrash, GivenRepeatedSigkillDuringTheStreamThenNothingLostNothingTwice) {
  TempDir dir("kafka-crash");
  Broker broker = StartBroker(dir, 16);
  ASSERT_FALSE(broker.address.empty());
  Generated g = Generate(dir, 20000, 23, 0.01);
  std::string config = WriteConfig(dir, broker.address, R"(, "revocation_hold_seconds": 2)");
  auto connector = StartConnector(dir, config);
  // The stream arrives, in chunks, while the connector is being killed.
  std::vector<std::string> chunks;
  {
    auto lines = ReadLines(g.keyed_file);
    for (size_t i = 0; i < lines.size(); i += 2000) {
      std::string chunk;
      for (size_t j = i; j < std::min(lines.size(), i + 2000); ++j) chunk += lines[j] + "\n";
      chunks.push_back(dir / ("chunk-" + std::to_string(i) + ".tsv"));
      WriteFile(chunks.back(), chunk);
    }
  }
  std::thread producer([&] {
    for (const auto& chunk : chunks) {
      Produce(broker.address, chunk);
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
    }
  });
  std::mt19937 random(42);
  int kills = 0;
  for (; kills < 6; ++kills) {
    std::this_thread::sleep_for(std::chrono::milliseconds(400 + random() % 1200));
    connector->Kill(SIGKILL);
    connector->Wait();
    connector = StartConnector(dir, config);
  }
  producer.join();
  ASSERT_TRUE(WaitFor([&] { return Accounted(dir / "store.db") == g.total; }, 240))
      << "accounted " << Accounted(dir / "store.db") << " of " << g.total;
  ASSERT_TRUE(WaitFor([&] { return PendingOutbox(dir / "store.db") == 0; }, 60));
  connector->Kill(SIGTERM);
  EXPECT_EQ(connector->Wait(), 0);
  EXPECT_GE(kills, 5);
  CheckEndState(dir, broker.address, g);
}

TEST(KafkaFaults, GivenRequestErrorsAndABrokerDownAndUpThenTheSameEndStateHolds) {
  TempDir dir("kafka-faults");
  // The broker lives in this process, so the test can inject faults into it.
  auto broker = connector::EmbeddedBroker::Start(
      {"case-events", "disclosure.published", "disclosure.approvals", "case-events.dlq"}, 8,
      /*brokers=*/3);
  ASSERT_TRUE(broker.ok()) << broker.status().ToString();
  const std::string address = broker.value()->bootstrap_servers();
  Generated g = Generate(dir, 3000, 31, 0.02);
  auto connector = StartConnector(
      dir, WriteConfig(dir, address, R"(, "revocation_hold_seconds": 2)"));
  std::thread producer([&] { Produce(address, g.keyed_file); });
  // Kafka error codes: 6 NOT_LEADER_OR_FOLLOWER, 7 REQUEST_TIMED_OUT, 15 COORDINATOR_NOT_AVAILABLE,
  // 16 NOT_COORDINATOR. ApiKeys: 0 Produce, 1 Fetch, 8 OffsetCommit.
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  broker.value()->PushRequestErrors(0, {7, 7, 6, 7});
  broker.value()->PushRequestErrors(1, {6, 7, 6});
  broker.value()->PushRequestErrors(8, {15, 16, 7});
  std::this_thread::sleep_for(std::chrono::milliseconds(1000));
  broker.value()->SetBrokerDown(2);
  std::this_thread::sleep_for(std::chrono::milliseconds(3000));
  broker.value()->SetBrokerUp(2);
  producer.join();
  ASSERT_TRUE(WaitFor([&] { return Accounted(dir / "store.db") == g.total; }, 180))
      << "accounted " << Accounted(dir / "store.db") << " of " << g.total;
  ASSERT_TRUE(WaitFor([&] { return PendingOutbox(dir / "store.db") == 0; }, 90));
  connector->Kill(SIGTERM);
  EXPECT_EQ(connector->Wait(), 0);
  CheckEndState(dir, address, g);
}

std::string Event(const std::string& id, const std::string& type, const std::string& refers_to,
                  const std::string& case_id) {
  std::string e = R"({"schema":"case-event/1","event_id":")" + id + R"(","event_type":")" + type +
                  R"(","occurred_at":"2026-11-21T10:05:00+08:00",)";
  if (!refers_to.empty()) e += R"("refers_to":")" + refers_to + R"(",)";
  e += R"("source":{"system":"执法办案系统","unit_code":"533122400000","unit_name":"梁河县公安局交警大队"},"case":{"case_id":")" +
       case_id +
       R"(","domain":"traffic","category":"饮酒后驾驶机动车","summary":"当事人驾驶机动车被查获。"},"parties":[{"party_id":"P1","kind":"person","role":"offender","name":"李强"}],"decision":{"document_no":"梁公交决字〔2026〕00217号","decided_at":"2026-11-21","result":"罚款一千元","legal_basis":"《中华人民共和国道路交通安全法》第九十一条第一款"}})";
  return e;
}

TEST(KafkaRevocation, GivenRevocationBeforeAndAfterItsOriginalThenBothRetractOnTheTopic) {
  TempDir dir("kafka-revoke");
  Broker broker = StartBroker(dir, 3);
  ASSERT_FALSE(broker.address.empty());
  auto connector = StartConnector(
      dir, WriteConfig(dir, broker.address, R"(, "revocation_hold_seconds": 2)"));
  // Case A: original, then (in a later batch) its revocation.
  WriteFile(dir / "a1.tsv", "CASE-A\t" + Event("A-1", "penalty.decided", "", "CASE-A") + "\n");
  Produce(broker.address, dir / "a1.tsv");
  ASSERT_TRUE(WaitFor([&] { return Accounted(dir / "store.db") == 1; }, 90));
  ASSERT_TRUE(WaitFor([&] { return PendingOutbox(dir / "store.db") == 0; }, 30));
  // Case B: the revocation first (held), then the original; case C: a revocation whose
  // original never comes (dead-lettered when the hold times out).
  WriteFile(dir / "rest.tsv",
            "CASE-A\t" + Event("A-2", "penalty.revoked", "A-1", "CASE-A") + "\n" + "CASE-B\t" +
                Event("B-2", "penalty.revoked", "B-1", "CASE-B") + "\n" + "CASE-B\t" +
                Event("B-1", "penalty.decided", "", "CASE-B") + "\n" + "CASE-C\t" +
                Event("C-2", "penalty.revoked", "NEVER", "CASE-C") + "\n");
  Produce(broker.address, dir / "rest.tsv");
  ASSERT_TRUE(WaitFor([&] { return Accounted(dir / "store.db") == 5; }, 90))
      << ReadFile(dir / "run.err");
  ASSERT_TRUE(WaitFor([&] { return PendingOutbox(dir / "store.db") == 0; }, 30));
  connector->Kill(SIGTERM);
  EXPECT_EQ(connector->Wait(), 0);

  auto store = store::Store::Open("sqlite:" + dir / "store.db");
  ASSERT_TRUE(store.ok());
  std::string item_a = store.value()->FindItemByEvent(EventId("A-1")).value()->item_id.value();
  std::string item_b = store.value()->FindItemByEvent(EventId("B-1")).value()->item_id.value();
  EXPECT_EQ(store.value()->FindDecision(EventId("B-2")).value()->route, "retract");
  std::vector<std::string> actions_a, actions_b;
  for (const auto& r : ConsumeTopic(broker.address, "disclosure.published", dir.path().string())) {
    rapidjson::Document d;
    d.Parse(r.value.c_str());
    if (r.key == item_a) actions_a.push_back(d["action"].GetString());
    if (r.key == item_b) actions_b.push_back(d["action"].GetString());
  }
  EXPECT_EQ(actions_a, (std::vector<std::string>{"publish", "retract"}));
  // B was revoked before it could come out: only the retraction, never the content after it.
  ASSERT_FALSE(actions_b.empty());
  EXPECT_EQ(actions_b.back(), "retract");
  auto dead = ConsumeTopic(broker.address, "case-events.dlq", dir.path().string());
  ASSERT_EQ(dead.size(), 1u);
  EXPECT_NE(dead[0].headers.find("unknown_reference"), std::string::npos) << dead[0].headers;
}

}  // namespace
}  // namespace disclosure::testing
