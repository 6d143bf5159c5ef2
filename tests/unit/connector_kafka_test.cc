// The Kafka seam (connector/kafka.h) against the embedded broker: what the consumer reports.
#include <gtest/gtest.h>

#include <chrono>
#include <map>

#include "connector/connector.h"
#include "connector/kafka.h"

namespace disclosure::connector {
namespace {

std::vector<ConsumedMessage> PollUntil(Source& source, size_t count, int seconds) {
  std::vector<ConsumedMessage> got;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (got.size() < count && std::chrono::steady_clock::now() < deadline) {
    auto batch = source.Poll(100, 200);
    if (!batch.ok()) break;
    got.insert(got.end(), batch.value().begin(), batch.value().end());
  }
  return got;
}

store::OutboxRow Row(const std::string& key) { return {0, ItemId("i"), "in", key, "v", ""}; }

// Regression: after a rebalance (an instance of the group died, or a new one joined) a
// partition that the previous owner had read to its end has no position until a record comes;
// the lag gauge counted the whole partition as lag then, so the scale test's survivors reported
// thousands of records behind with nothing left to read.
// Hands the rows to the producer and waits for their delivery reports: true if all delivered.
bool SendAll(Sink& sink, std::vector<store::OutboxRow> rows) {
  if (!sink.Start(std::move(rows), 10000).ok()) return false;
  std::vector<store::OutboxRow> sent;
  std::vector<bool> delivered;
  if (!sink.Await(10000, &sent, &delivered).ok()) return false;
  for (bool d : delivered) {
    if (!d) return false;
  }
  return !sent.empty();
}

TEST(ConsumerLag, GivenPartitionReadToItsEndByAnEarlierMemberThenItsLagIsZero) {
  auto broker = EmbeddedBroker::Start({"in"}, 2);
  ASSERT_TRUE(broker.ok()) << broker.status().ToString();
  const std::map<std::string, std::string> kafka = {
      {"bootstrap.servers", broker.value()->bootstrap_servers()},
      {"group.id", "lag-test"},
      {"session.timeout.ms", "6000"},
      {"max.poll.interval.ms", "8000"}};
  auto sink = MakeKafkaSink(kafka);
  ASSERT_TRUE(sink.ok()) << sink.status().ToString();
  std::vector<store::OutboxRow> rows;
  for (int i = 0; i < 20; ++i) rows.push_back(Row("k" + std::to_string(i)));
  ASSERT_TRUE(SendAll(*sink.value(), rows));

  // The first member reads everything and commits.
  std::map<int32_t, std::string> key_in;  // a key of each partition
  {
    auto first = MakeKafkaSource(kafka, "in");
    ASSERT_TRUE(first.ok());
    auto got = PollUntil(*first.value(), 20, 30);
    ASSERT_EQ(got.size(), 20u);
    ASSERT_TRUE(first.value()->Commit(got).ok());
    for (const auto& m : got) key_in[m.partition] = m.key;
  }
  ASSERT_EQ(key_in.size(), 2u) << "the keys should spread over both partitions";

  // The next member gets both partitions; one new record in partition 1 shows it is assigned.
  auto second = MakeKafkaSource(kafka, "in");
  ASSERT_TRUE(second.ok());
  ASSERT_TRUE(SendAll(*sink.value(), {Row(key_in[1])}));
  auto got = PollUntil(*second.value(), 1, 30);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].partition, 1);
  // The lag is unknown (-1) until the consumer has heard the partitions' ends from the broker.
  int64_t lag = -1;
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  while ((lag = second.value()->Lag()) < 0 && std::chrono::steady_clock::now() < deadline) {
    ASSERT_TRUE(second.value()->Poll(100, 200).ok());
  }
  EXPECT_EQ(lag, 0);
}

}  // namespace
}  // namespace disclosure::connector
