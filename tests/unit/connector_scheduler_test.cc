// The scheduler with an injected clock (no waiting): expiry, embargo release and the hold
// time of revocations whose original never comes.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <fstream>
#include <sstream>

#include "connector/connector.h"

namespace disclosure::connector {
namespace {

std::string ExampleLine(const std::string& id) {
  std::ifstream in(std::string(DISCLOSURE_SOURCE_DIR) + "/examples/events.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    if (line.find("\"event_id\": \"" + id + "\"") != std::string::npos) return line;
  }
  return "";
}

Timestamp At(const char* text) { return *Timestamp::Parse(text); }

class Scheduler : public ::testing::Test {
 protected:
  void SetUp() override {
    auto calendar = rules::Calendar::Embedded();
    ASSERT_TRUE(calendar.ok());
    auto rule_set = rules::RuleSet::Default(calendar.value());
    ASSERT_TRUE(rule_set.ok());
    auto store = store::Store::Open("sqlite::memory:");
    ASSERT_TRUE(store.ok());
    store_ = std::move(store).value();
    PipelineOptions options;
    options.hmac_key = "scheduler-test-key-0123456789";
    options.dead_letter_topic = "case-events.dlq";
    options.hold_unknown_reference_seconds = 60;
    auto pipeline = Pipeline::Create(rule_set.value(), store_.get(), &clock_, options);
    ASSERT_TRUE(pipeline.ok()) << pipeline.status().ToString();
    pipeline_ = std::move(pipeline).value();
  }

  Outcome Process(const std::string& line) {
    Record r;
    r.bytes = line;
    r.source.topic = "case-events";
    r.source.partition = 0;
    r.source.offset = offset_++;
    auto outcomes = pipeline_->ProcessBatch(std::span<const Record>(&r, 1));
    EXPECT_TRUE(outcomes.ok());
    return outcomes.ok() ? outcomes.value().front() : Outcome{};
  }

  std::vector<store::OutboxRow> Outbox() { return store_->PendingOutbox(100).value(); }

  FixedClock clock_{At("2026-11-29T10:00:00+08:00")};
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Pipeline> pipeline_;
  int64_t offset_ = 0;
};

TEST_F(Scheduler, GivenPublishedItemWhenItsPeriodEndsThenAnExpireRecordGoesOutOnce) {
  ASSERT_EQ(Process(ExampleLine("EX-0006")).route, "publish");
  auto item = store_->FindItemByEvent(EventId("EX-0006")).value();
  ASSERT_TRUE(item);
  EXPECT_EQ(item->expires_at, "2029-11-19T23:59:59+08:00");  // 3 years for organizations
  const size_t before = Outbox().size();

  EXPECT_EQ(pipeline_->RunScheduler(At("2029-11-19T23:59:00+08:00")).value().expired, 0);
  EXPECT_EQ(pipeline_->RunScheduler(At("2029-11-20T00:00:00+08:00")).value().expired, 1);
  EXPECT_EQ(pipeline_->RunScheduler(At("2029-11-21T00:00:00+08:00")).value().expired, 0);

  auto rows = Outbox();
  ASSERT_EQ(rows.size(), before + 1);
  EXPECT_EQ(rows.back().key, item->item_id.value());
  EXPECT_NE(rows.back().payload.find("\"action\":\"expire\""), std::string::npos);
  EXPECT_EQ(store_->ItemStateOf(item->item_id).value(), store::ItemState::kExpired);
}

// The pipeline writes its JSON with its own writer; the scheduler (and consumers) rewrite it with
// RapidJSON's. Both must give the same bytes, escapes included.
std::string Rewritten(const std::string& json) {
  rapidjson::Document doc;
  doc.Parse(json.c_str(), json.size());
  if (doc.HasParseError()) return "unparsable";
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  doc.Accept(writer);
  return buffer.GetString();
}

TEST_F(Scheduler, GivenTextWithEveryEscapeThenItemAndDecisionAreWhatRapidJsonWrites) {
  std::string line = ExampleLine("EX-0006");
  const std::string plain = R"("result": "准予许可")";
  ASSERT_NE(line.find(plain), std::string::npos);
  line.replace(line.find(plain), plain.size(),
               R"("result": "准予\"许可\\ / \n\t\r\b\f\u0001\u001f\u007f末")");
  const Outcome outcome = Process(line);
  ASSERT_EQ(outcome.route, "publish");
  EXPECT_EQ(Rewritten(outcome.json), outcome.json);
  auto rows = Outbox();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(Rewritten(rows[0].payload), rows[0].payload);
  rapidjson::Document item;
  item.Parse(rows[0].payload.c_str());
  ASSERT_TRUE(item.IsObject());
  EXPECT_EQ(std::string(item["content"]["result"].GetString()),
            "准予\"许可\\ / \n\t\r\b\f\x01\x1f\x7f"
            "末");
  EXPECT_NE(rows[0].payload.find("\\u0001\\u001F\x7f"), std::string::npos)
      << "control characters as \\u00XX, DEL as is";
}

TEST_F(Scheduler, GivenEmbargoedItemWhenDueThenReleasedWithItsReleaseTime) {
  store::ItemRow row;
  row.item_id = ItemId("pi_embargoed");
  row.event_id = EventId("E-EMBARGO");
  row.case_ref = CaseRef("cr_x");
  row.state = store::ItemState::kEmbargoed;
  row.item_json = R"({"schema":"published-item/1","action":"publish","item_id":"pi_embargoed",)"
                  R"("published_at":null})";
  row.publish_after_unix = At("2026-12-01T09:00:00+08:00").unix_seconds;
  ASSERT_TRUE(store_->InsertItem(row).ok());

  EXPECT_EQ(pipeline_->RunScheduler(At("2026-12-01T08:59:59+08:00")).value().released, 0);
  EXPECT_TRUE(Outbox().empty());
  EXPECT_EQ(pipeline_->RunScheduler(At("2026-12-01T09:00:00+08:00")).value().released, 1);
  auto rows = Outbox();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_NE(rows[0].payload.find("\"published_at\":\"2026-12-01T09:00:00+08:00\""),
            std::string::npos);
  EXPECT_EQ(store_->ItemStateOf(ItemId("pi_embargoed")).value(), store::ItemState::kPublishing);
}

TEST_F(Scheduler, GivenRevocationOfAnUnseenEventWhenTheHoldEndsThenDeadLettered) {
  std::string revocation = ExampleLine("EX-0005");  // refers to EX-0002, never processed here
  ASSERT_FALSE(revocation.empty());
  EXPECT_EQ(Process(revocation).kind, Outcome::Kind::kHeld);
  EXPECT_EQ(pipeline_->RunScheduler(At("2026-11-29T10:00:59+08:00")).value().held_timed_out, 0);
  EXPECT_EQ(pipeline_->RunScheduler(At("2026-11-29T10:01:01+08:00")).value().held_timed_out, 1);
  auto rows = Outbox();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].topic, "case-events.dlq");
  EXPECT_EQ(rows[0].payload, revocation);  // byte for byte
  EXPECT_NE(rows[0].headers.find("__connect.errors.exception.class.name"), std::string::npos);
  EXPECT_EQ(store_->CountDeadLetters().value(), 1);
}

// Regression: a replay of the stream (another consumer group, reset offsets) holds such a
// revocation again; when the hold ends it is recognised as dead-lettered already, and is not
// counted as a new dead letter (the metric counted it).
TEST_F(Scheduler, GivenReplayedRevocationOfAnUnseenEventWhenTheHoldEndsAgainThenNotCountedTwice) {
  std::string revocation = ExampleLine("EX-0005");
  ASSERT_EQ(Process(revocation).kind, Outcome::Kind::kHeld);
  EXPECT_EQ(pipeline_->RunScheduler(At("2026-11-29T10:01:01+08:00")).value().held_timed_out, 1);
  offset_ = 0;  // the same record, from the same position
  ASSERT_EQ(Process(revocation).kind, Outcome::Kind::kHeld);
  EXPECT_EQ(pipeline_->RunScheduler(At("2026-11-29T10:02:01+08:00")).value().held_timed_out, 0);
  EXPECT_EQ(Outbox().size(), 1u);
  EXPECT_EQ(store_->CountDeadLetters().value(), 1);
  EXPECT_TRUE(store_->HeldBefore(At("2026-11-29T10:02:01+08:00").unix_seconds, 10).value().empty());
}

}  // namespace
}  // namespace disclosure::connector
