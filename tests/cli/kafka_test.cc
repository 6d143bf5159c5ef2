// `disclosure run` against the embedded broker, with kcat as the independent client:
// end to end with bad records, crashes (SIGKILL) and restarts, revocations out of order.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <random>

#include "cli/kafka_support.h"
#include "connector/connector.h"
#include "store/store.h"

namespace disclosure::testing {
namespace {

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
  ASSERT_TRUE(WaitFor([&] { return Accounted(SqliteStore(dir)) == g.total; }, 180))
      << "accounted " << Accounted(SqliteStore(dir)) << " of " << g.total << "\n"
      << ReadFile(dir / "run.err");
  ASSERT_TRUE(WaitFor([&] { return PendingOutbox(SqliteStore(dir)) == 0; }, 60));
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
  std::vector<std::string> chunks = SplitIntoChunks(dir, g.keyed_file, 2000);
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
  ASSERT_TRUE(WaitFor([&] { return Accounted(SqliteStore(dir)) == g.total; }, 240))
      << "accounted " << Accounted(SqliteStore(dir)) << " of " << g.total;
  ASSERT_TRUE(WaitFor([&] { return PendingOutbox(SqliteStore(dir)) == 0; }, 60));
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
  ASSERT_TRUE(WaitFor([&] { return Accounted(SqliteStore(dir)) == g.total; }, 180))
      << "accounted " << Accounted(SqliteStore(dir)) << " of " << g.total;
  ASSERT_TRUE(WaitFor([&] { return PendingOutbox(SqliteStore(dir)) == 0; }, 90));
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
  ASSERT_TRUE(WaitFor([&] { return Accounted(SqliteStore(dir)) == 1; }, 90));
  ASSERT_TRUE(WaitFor([&] { return PendingOutbox(SqliteStore(dir)) == 0; }, 30));
  // Case B: the revocation first (held), then the original; case C: a revocation whose
  // original never comes (dead-lettered when the hold times out).
  WriteFile(dir / "rest.tsv",
            "CASE-A\t" + Event("A-2", "penalty.revoked", "A-1", "CASE-A") + "\n" + "CASE-B\t" +
                Event("B-2", "penalty.revoked", "B-1", "CASE-B") + "\n" + "CASE-B\t" +
                Event("B-1", "penalty.decided", "", "CASE-B") + "\n" + "CASE-C\t" +
                Event("C-2", "penalty.revoked", "NEVER", "CASE-C") + "\n");
  Produce(broker.address, dir / "rest.tsv");
  ASSERT_TRUE(WaitFor([&] { return Accounted(SqliteStore(dir)) == 5; }, 90))
      << ReadFile(dir / "run.err");
  ASSERT_TRUE(WaitFor([&] { return PendingOutbox(SqliteStore(dir)) == 0; }, 30));
  connector->Kill(SIGTERM);
  EXPECT_EQ(connector->Wait(), 0);

  auto store = store::Store::Open(SqliteStore(dir));
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
