#include "store/store.h"

#include <gtest/gtest.h>

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

#include <filesystem>

namespace disclosure::store {
namespace {

std::string TempDbPath(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("disclosure-store-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::filesystem::remove(path);
  return path.string();
}

DecisionRow Row(const std::string& id) {
  return DecisionRow{EventId(id), "publish", "admin-penalty", "sha256:x", "{\"event_id\":\"" + id + "\"}",
                     "2026-11-29T10:00:00+08:00"};
}

TEST(Store, GivenNewFileWhenOpenedThenSchemaIsMigratedToNewest) {
  auto store = Store::Open("sqlite:" + TempDbPath("migrate.db"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(store.value()->schema_version(), 2);
}

TEST(Store, GivenDecidedEventWhenInsertedAgainThenConflictAndOneRow) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE(store.value()->InsertDecision(Row("E-1")).ok());
  Status again = store.value()->InsertDecision(Row("E-1"));
  EXPECT_EQ(again.code(), Status::Code::kConflict);
  EXPECT_EQ(store.value()->CountDecisions().value(), 1);
  auto found = store.value()->FindDecision(EventId("E-1"));
  ASSERT_TRUE(found.ok() && found.value());
  EXPECT_EQ(found.value()->catalog_id, "admin-penalty");
  EXPECT_FALSE(store.value()->FindDecision(EventId("E-2")).value());
}

TEST(Store, GivenRolledBackBatchThenNothingOfItIsKept) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE(store.value()->Begin().ok());
  ASSERT_TRUE(store.value()->InsertDecision(Row("E-1")).ok());
  store.value()->Rollback();
  EXPECT_EQ(store.value()->CountDecisions().value(), 0);
}

TEST(Store, GivenFileStoreWhenReopenedThenDecisionsAndKeySurvive) {
  std::string path = TempDbPath("reopen.db");
  std::string key;
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(store.value()->InsertDecision(Row("E-1")).ok());
    key = store.value()->GeneratedHmacKey().value();
    EXPECT_EQ(key.size(), 64u);
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(store.value()->CountDecisions().value(), 1);
  EXPECT_EQ(store.value()->GeneratedHmacKey().value(), key);
}

TEST(Store, GivenUnitAndMonthThenIndexSequenceCountsFromOnePerUnitAndMonth) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(store.value()->NextIndexSequence("533122030000", "202611").value(), 1);
  EXPECT_EQ(store.value()->NextIndexSequence("533122030000", "202611").value(), 2);
  EXPECT_EQ(store.value()->NextIndexSequence("533122030000", "202612").value(), 1);
  EXPECT_EQ(store.value()->NextIndexSequence("533122400000", "202611").value(), 1);
}

TEST(Store, GivenOutboxRowsWhenMarkedSentThenNoLongerPending) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE(store.value()->Enqueue({0, ItemId("pi_1"), "t", "pi_1", "{}"}).ok());
  ASSERT_TRUE(store.value()->Enqueue({0, ItemId("pi_2"), "t", "pi_2", "{}"}).ok());
  auto pending = store.value()->PendingOutbox(10).value();
  ASSERT_EQ(pending.size(), 2u);
  ASSERT_TRUE(store.value()->MarkSent(pending[0].id).ok());
  pending = store.value()->PendingOutbox(10).value();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].item_id.value(), "pi_2");
}

TEST(Store, GivenItemWhenStateUpdatedThenFoundWithNewState) {
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  ItemRow row;
  row.item_id = ItemId("pi_1");
  row.event_id = EventId("E-1");
  row.case_ref = CaseRef("cr_1");
  row.state = ItemState::kPublishing;
  row.index_no = "533122030000/202611-00001";
  ASSERT_TRUE(store.value()->InsertItem(row).ok());
  ASSERT_TRUE(store.value()->UpdateItemState(ItemId("pi_1"), ItemState::kRetracted).ok());
  auto found = store.value()->FindItemByEvent(EventId("E-1")).value();
  ASSERT_TRUE(found);
  EXPECT_EQ(found->state, ItemState::kRetracted);
  EXPECT_EQ(found->index_no, "533122030000/202611-00001");
}

TEST(Store, GivenAuditChainWhenOneRowIsEditedThenVerifyNamesIt) {
  std::string path = TempDbPath("audit.db");
  {
    auto store = Store::Open(path);
    ASSERT_TRUE(store.ok());
    for (int i = 0; i < 5; ++i) {
      ASSERT_TRUE(store.value()->AppendAudit("2026-11-29T10:00:00+08:00", "system", "decide",
                                             "E-" + std::to_string(i), "route=publish")
                      .ok());
    }
    EXPECT_FALSE(store.value()->VerifyAudit().value());
  }
  {
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::Session raw("SQLite", path);
    using namespace Poco::Data::Keywords;
    raw << "UPDATE audit SET detail = 'route=withhold' WHERE seq = 3", now;
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  auto broken = store.value()->VerifyAudit().value();
  ASSERT_TRUE(broken);
  EXPECT_EQ(*broken, 3);
}

TEST(Store, GivenPostgresUrlThenClearErrorNotACrash) {
  auto store = Store::Open("postgresql://localhost/x");
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("PostgreSQL"), std::string::npos);
}

}  // namespace
}  // namespace disclosure::store
