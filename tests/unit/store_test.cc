#include "store/store.h"

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <regex>
#include <thread>

#include "temp_folder.h"

// The store's tests run on every backend: SQLite (a temporary file) and PostgreSQL (the server
// named by DISCLOSURE_TEST_PG_URL, one fresh schema per test; scripts/with-postgres.sh starts
// one). Without that variable the PostgreSQL cases are skipped.
namespace disclosure::store {
namespace {

// Unique per test (test counter in `name`) in a folder of this process, emptied when the
// process first uses it: a process given the pid of an earlier one (pids wrap within a test
// run) must not open that one's stores (an item inserted again failed as a duplicate).
std::string TempDbPath(const std::string& name) {
  static const std::filesystem::path dir =
      disclosure::test_support::FreshProcessFolder("disclosure-store-test");
  return (dir / name).string();
}

std::string PgBaseUrl() {
  const char* url = std::getenv("DISCLOSURE_TEST_PG_URL");
  return url == nullptr ? "" : url;
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    prefix_ = "t" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    if (pg() && PgBaseUrl().empty()) {
      GTEST_SKIP() << "PostgreSQL case skipped: DISCLOSURE_TEST_PG_URL is not set "
                      "(run under scripts/with-postgres.sh)";
    }
  }
  void TearDown() override {
    if (!pg() || PgBaseUrl().empty()) return;
    try {
      Poco::Data::Session raw = Raw("");
      using namespace Poco::Data::Keywords;
      for (const auto& schema : schemas_)
        raw << "DROP SCHEMA IF EXISTS " + schema + " CASCADE", now;
    } catch (const Poco::Exception&) {
      // The server is a throwaway one; a leftover schema does no harm.
    }
  }

  bool pg() const { return GetParam() == "postgresql"; }

  // The URL of store `name` of this test: the same name opens the same store again.
  std::string Url(const std::string& name) {
    if (!pg()) return "sqlite:" + TempDbPath(prefix_ + "_" + name + ".db");
    std::string schema = prefix_ + "_" + std::regex_replace(name, std::regex("[^a-z0-9]"), "_");
    schemas_.push_back(schema);
    return PgBaseUrl() + "?schema=" + schema;
  }
  std::unique_ptr<Store> OpenStore(const std::string& name = "db") {
    auto store = Store::Open(Url(name));
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store.value()) : nullptr;
  }

  // A session outside the Store, on store `name` (to tamper with it).
  Poco::Data::Session Raw(const std::string& name) {
    using namespace Poco::Data::Keywords;
    if (!pg()) {
      Poco::Data::SQLite::Connector::registerConnector();
      return Poco::Data::Session("SQLite", TempDbPath(prefix_ + "_" + name + ".db"));
    }
    Poco::Data::PostgreSQL::Connector::registerConnector();
    std::smatch m;
    std::string base = PgBaseUrl();
    std::regex form("postgresql://([^@]+)@([^:/]+):([0-9]+)/(.+)");
    if (!std::regex_match(base, m, form)) throw Poco::Exception("unexpected test URL form");
    Poco::Data::Session raw("PostgreSQL", "host=" + m[2].str() + " port=" + m[3].str() +
                                              " user=" + m[1].str() + " dbname=" + m[4].str());
    raw << "SET client_min_messages TO warning", now;
    if (!name.empty()) {
      raw << "SET search_path TO " + prefix_ + "_" +
                 std::regex_replace(name, std::regex("[^a-z0-9]"), "_"),
          now;
    }
    return raw;
  }

 private:
  std::string prefix_;
  std::vector<std::string> schemas_;
};

DecisionRow Row(const std::string& id) {
  return DecisionRow{EventId(id), "publish", "admin-penalty", "sha256:x", "{\"event_id\":\"" + id + "\"}",
                     "2026-11-29T10:00:00+08:00"};
}

TEST_P(StoreTest, GivenNewFileWhenOpenedThenSchemaIsMigratedToNewest) {
  auto store = Store::Open(Url("migrate"));
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ(store.value()->schema_version(), 12);
}

// Migrations 8 and 9 move the outbox's payloads and the items' records into tables of their
// own: what a version-7 store held is read back unchanged, and new rows follow it.
TEST_P(StoreTest, GivenVersion7StoreWhenMigratedThenPayloadsAndItemRecordsAreKept) {
  const std::string payload = std::string("{\"a\":1}") + '\0' + "\xff";
  auto item = [](int n) {
    ItemRow row;
    row.item_id = ItemId("pi_" + std::to_string(n));
    row.event_id = EventId("E-" + std::to_string(n));
    row.case_ref = CaseRef("cr_" + std::to_string(n));
    row.state = ItemState::kPublishing;
    row.item_json = "{\"n\":" + std::to_string(n) + ",\"title\":\"行政处罚决定书\"}";
    return row;
  };
  {
    auto store = OpenStore("v7");
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->Enqueue({0, ItemId("pi_1"), "t", "pi_1", payload}).ok());
    ASSERT_TRUE(store->Enqueue({0, ItemId("pi_2"), "t", "pi_2", "second"}).ok());
    ASSERT_TRUE(store->InsertItem(item(1)).ok());
    ASSERT_TRUE(store->InsertItem(item(2)).ok());
    ASSERT_TRUE(store->InsertDecision(Row("E-9")).ok());
  }
  {
    // Back to the version-7 shape: payloads and records inline, no tables of their own.
    using namespace Poco::Data::Keywords;
    Poco::Data::Session raw = Raw("v7");
    raw << std::string("ALTER TABLE outbox ADD COLUMN payload ") +
               (pg() ? "BYTEA NOT NULL DEFAULT ''" : "BLOB NOT NULL DEFAULT x''"),
        now;
    raw << "UPDATE outbox SET payload = (SELECT p.payload FROM outbox_payloads p "
           "WHERE p.id = outbox.id)",
        now;
    raw << "DROP TABLE outbox_payloads", now;
    raw << "ALTER TABLE items ADD COLUMN item_json TEXT NOT NULL DEFAULT ''", now;
    raw << "UPDATE items SET item_json = (SELECT b.item_json FROM item_bodies b "
           "WHERE b.id = items.body_id)",
        now;
    raw << "ALTER TABLE items DROP COLUMN body_id", now;
    raw << "DROP TABLE item_bodies", now;
    raw << "ALTER TABLE outbox DROP COLUMN body_id", now;
    raw << "ALTER TABLE decisions DROP COLUMN body_id", now;
    raw << "UPDATE schema_version SET version = 7", now;
  }
  auto store = OpenStore("v7");
  ASSERT_TRUE(store);
  EXPECT_EQ(store->schema_version(), 12);
  ASSERT_TRUE(store->Enqueue({0, ItemId("pi_3"), "t", "pi_3", "third"}).ok());
  ASSERT_TRUE(store->InsertItem(item(3)).ok());
  auto pending = store->PendingOutbox(10);
  ASSERT_TRUE(pending.ok()) << pending.status().ToString();
  ASSERT_EQ(pending.value().size(), 3u);
  EXPECT_EQ(pending.value()[0].payload, payload);
  EXPECT_EQ(pending.value()[1].payload, "second");
  EXPECT_EQ(pending.value()[2].payload, "third");
  EXPECT_EQ(pending.value()[2].item_id.value(), "pi_3");
  for (int n : {1, 2, 3}) {
    auto found = store->FindItemByEvent(EventId("E-" + std::to_string(n)));
    ASSERT_TRUE(found.ok() && found.value()) << n;
    EXPECT_EQ(found.value()->item_json, item(n).item_json) << n;
    EXPECT_EQ(found.value()->item_id.value(), "pi_" + std::to_string(n));
  }
  auto decision = store->FindDecision(EventId("E-9"));
  ASSERT_TRUE(decision.ok() && decision.value()) << decision.status().ToString();
  EXPECT_EQ(decision.value()->decision_json, Row("E-9").decision_json);
}

// Migration 11: the decision that embeds an item's record and the record sent for it refer to
// the item's body instead of copying it, and read back whole; anything else is stored as given.
TEST_P(StoreTest, GivenItemWithItsDecisionAndPublishRecordThenRecordStoredOnceAndReadBackWhole) {
  ItemRow item;
  item.item_id = ItemId("pi_1");
  item.event_id = EventId("E-1");
  item.case_ref = CaseRef("cr_1");
  item.state = ItemState::kPublishing;
  item.item_json = R"({"schema":"published-item/1","content":{"title":"行政处罚决定书"}})";
  DecisionRow decision = Row("E-1");
  decision.decision_json =
      R"({"schema":"decision/1","route":"publish","item":)" + item.item_json + "}";
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->InsertItem(item).ok());
  ASSERT_TRUE(store->Enqueue({0, item.item_id, "published", "pi_1", item.item_json}).ok());
  ASSERT_TRUE(store->Enqueue({0, item.item_id, "notices", "pi_1", "notice"}).ok());
  ASSERT_TRUE(store->InsertDecision(decision).ok());
  ASSERT_TRUE(store->Commit().ok());

  // Rolled back with its transaction, an item's body is no longer there to refer to: the
  // same bytes given afterwards are stored whole.
  ItemRow gone = item;
  gone.item_id = ItemId("pi_2");
  gone.event_id = EventId("E-2");
  DecisionRow gone_decision = decision;
  gone_decision.event_id = gone.event_id;
  ASSERT_TRUE(store->Begin().ok());
  ASSERT_TRUE(store->InsertItem(gone).ok());
  store->Rollback();
  ASSERT_TRUE(store->Enqueue({0, gone.item_id, "published", "pi_2", gone.item_json}).ok());
  ASSERT_TRUE(store->InsertDecision(gone_decision).ok());

  using namespace Poco::Data::Keywords;
  Poco::Data::Session raw = Raw("db");
  int64_t payload_rows = 0, referring = 0;
  raw << "SELECT COUNT(*) FROM outbox_payloads", into(payload_rows), now;
  EXPECT_EQ(payload_rows, 2);  // the notice and the record of the rolled-back item
  raw << "SELECT COUNT(*) FROM decisions WHERE body_id <> 0 AND event_id = 'E-1' AND "
         "decision_json = '{\"schema\":\"decision/1\",\"route\":\"publish\",\"item\":'",
      into(referring), now;
  EXPECT_EQ(referring, 1);

  for (const DecisionRow& d : {decision, gone_decision}) {
    auto found = store->FindDecision(d.event_id);
    ASSERT_TRUE(found.ok() && found.value()) << found.status().ToString();
    EXPECT_EQ(found.value()->decision_json, d.decision_json);
  }
  const std::vector<std::string> payloads = {item.item_json, "notice", gone.item_json};
  auto pending = store->PendingOutbox(10);
  ASSERT_TRUE(pending.ok()) << pending.status().ToString();
  auto claimed = store->ClaimOutbox("a", 100, 130, 10);
  ASSERT_TRUE(claimed.ok()) << claimed.status().ToString();
  for (const auto& rows : {pending.value(), claimed.value()}) {
    ASSERT_EQ(rows.size(), payloads.size());
    for (size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(rows[i].payload, payloads[i]) << i;
  }

  // A reference to a body that is missing is an error, never an empty record.
  raw << "DELETE FROM item_bodies", now;
  EXPECT_EQ(store->FindDecision(decision.event_id).status().code(), Status::Code::kCorruption);
  EXPECT_FALSE(store->PendingOutbox(10).ok());
  EXPECT_FALSE(store->ClaimOutbox("a", 100, 130, 10).ok());
  EXPECT_TRUE(store->FindDecision(gone_decision.event_id).ok());
}

TEST_P(StoreTest, GivenDecidedEventWhenInsertedAgainThenConflictAndOneRow) {
  auto store = Store::Open(Url("db"));
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

TEST_P(StoreTest, GivenRolledBackBatchThenNothingOfItIsKept) {
  auto store = Store::Open(Url("db"));
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE(store.value()->Begin().ok());
  ASSERT_TRUE(store.value()->InsertDecision(Row("E-1")).ok());
  store.value()->Rollback();
  EXPECT_EQ(store.value()->CountDecisions().value(), 0);
}

TEST_P(StoreTest, GivenFileStoreWhenReopenedThenDecisionsAndKeySurvive) {
  std::string path = Url("reopen");
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

// Regression: instances starting together on a fresh store (issue 7's scale test) failed at
// startup: on PostgreSQL two "CREATE SCHEMA IF NOT EXISTS" at once collide on the catalog's
// unique index, and two instances generating the pseudonym key both inserted it.
TEST_P(StoreTest, GivenFreshStoreWhenFourOpenItAtOnceThenAllStartWithTheSameKey) {
  const std::string url = Url("together");
  std::vector<std::thread> threads;
  std::vector<std::string> errors(4), keys(4);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      auto store = Store::Open(url);
      if (!store.ok()) {
        errors[i] = store.status().ToString();
        return;
      }
      auto key = store.value()->GeneratedHmacKey();
      if (key.ok()) {
        keys[i] = key.value();
      } else {
        errors[i] = key.status().ToString();
      }
    });
  }
  for (auto& t : threads) t.join();
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(errors[i], "") << i;
    EXPECT_EQ(keys[i], keys[0]) << i;
  }
  EXPECT_EQ(keys[0].size(), 64u);
}

TEST_P(StoreTest, GivenUnitAndMonthThenIndexSequenceCountsFromOnePerUnitAndMonth) {
  auto store = Store::Open(Url("db"));
  ASSERT_TRUE(store.ok());
  EXPECT_EQ(store.value()->NextIndexSequence("533122030000", "202611").value(), 1);
  EXPECT_EQ(store.value()->NextIndexSequence("533122030000", "202611").value(), 2);
  EXPECT_EQ(store.value()->NextIndexSequence("533122030000", "202612").value(), 1);
  EXPECT_EQ(store.value()->NextIndexSequence("533122400000", "202611").value(), 1);
}

// Inside a transaction the numbers after a key's first are counted in memory (SQLite) and
// written back by Commit: a committed batch's numbers are never handed out again, a rolled-back
// batch's are, and another connection continues where the committed ones stopped.
TEST_P(StoreTest, GivenBatchesWhenCommittedOrRolledBackThenIndexSequenceStaysGapless) {
  auto store = OpenStore("seq");
  auto other = OpenStore("seq");
  ASSERT_TRUE(store && other);
  const std::string unit = "533122030000";
  ASSERT_TRUE(store->Begin().ok());
  for (int64_t expected : {1, 2, 3}) {
    EXPECT_EQ(store->NextIndexSequence(unit, "202611").value(), expected);
  }
  EXPECT_EQ(store->NextIndexSequence(unit, "202612").value(), 1);
  EXPECT_EQ(store->NextIndexSequence(unit, "202611").value(), 4);
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(other->NextIndexSequence(unit, "202611").value(), 5);
  EXPECT_EQ(other->NextIndexSequence(unit, "202612").value(), 2);

  ASSERT_TRUE(store->Begin().ok());
  EXPECT_EQ(store->NextIndexSequence(unit, "202611").value(), 6);
  EXPECT_EQ(store->NextIndexSequence(unit, "202611").value(), 7);
  store->Rollback();
  ASSERT_TRUE(store->Begin().ok());
  EXPECT_EQ(store->NextIndexSequence(unit, "202611").value(), 6);
  EXPECT_EQ(store->NextIndexSequence(unit, "202611").value(), 7);
  EXPECT_EQ(store->NextIndexSequence(unit, "202611").value(), 8);
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(store->NextIndexSequence(unit, "202611").value(), 9);
  EXPECT_EQ(other->NextIndexSequence(unit, "202611").value(), 10);
}

// Overdue: items still waiting (for approval, an embargo's end or delivery) past their
// deadline; published, stored and withdrawn items never count, nor items without a deadline.
TEST_P(StoreTest, GivenItemsInEveryStateThenOnlyWaitingOnesPastTheirDeadlineAreOverdue) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  int n = 0;
  auto add = [&](ItemState state, const std::string& deadline) {
    ItemRow row;
    row.item_id = ItemId("pi_o" + std::to_string(n));
    row.event_id = EventId("E-o" + std::to_string(n));
    row.case_ref = CaseRef("cr_o" + std::to_string(n));
    row.state = state;
    row.item_json = "{}";
    row.deadline_at = deadline;
    ++n;
    ASSERT_TRUE(store->InsertItem(row).ok());
  };
  const std::string past = "2026-11-01T00:00:00+08:00", future = "2026-12-31T00:00:00+08:00";
  for (ItemState state :
       {ItemState::kPendingApproval, ItemState::kEmbargoed, ItemState::kPublishing}) {
    add(state, past);
    add(state, future);
    add(state, "");
  }
  for (ItemState state : {ItemState::kStored, ItemState::kPublished, ItemState::kRetracted,
                          ItemState::kCancelled, ItemState::kRejected, ItemState::kExpired}) {
    add(state, past);
  }
  const std::string now = "2026-11-29T10:00:00+08:00";
  EXPECT_EQ(store->CountOverdue(now).value(), 3);
  // An item that leaves the waiting states leaves the count, one that enters it joins it.
  ASSERT_TRUE(store->UpdateItemState(ItemId("pi_o6"), ItemState::kPublished).ok());
  ASSERT_TRUE(store->UpdateItemState(ItemId("pi_o9"), ItemState::kPublishing).ok());
  EXPECT_EQ(store->CountOverdue(now).value(), 3);
  ASSERT_TRUE(store->UpdateItemState(ItemId("pi_o0"), ItemState::kRejected).ok());
  EXPECT_EQ(store->CountOverdue(now).value(), 2);
}

TEST_P(StoreTest, GivenOutboxRowsWhenMarkedSentThenNoLongerPending) {
  auto store = Store::Open(Url("db"));
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE(store.value()->Enqueue({0, ItemId("pi_1"), "t", "pi_1", "{}"}).ok());
  ASSERT_TRUE(store.value()->Enqueue({0, ItemId("pi_2"), "t", "pi_2", "{}"}).ok());
  auto pending = store.value()->PendingOutbox(10).value();
  ASSERT_EQ(pending.size(), 2u);
  ASSERT_TRUE(store.value()->MarkSentMany({&pending[0].id, 1}, "t").ok());
  pending = store.value()->PendingOutbox(10).value();
  ASSERT_EQ(pending.size(), 1u);
  EXPECT_EQ(pending[0].item_id.value(), "pi_2");
}

// Item pi_1 of event E-1.
ItemRow Item1() {
  ItemRow row;
  row.item_id = ItemId("pi_1");
  row.event_id = EventId("E-1");
  row.case_ref = CaseRef("cr_1");
  return row;
}

// Regression: on PostgreSQL a statement kept for reuse that failed after an earlier success
// (a duplicate key here; a deadlock between instances in the scale test) crashed the process
// with a double free when the store dropped it (Poco's StatementExecutor frees its previous
// result again). The error must come back as a Status, and the store must keep working.
TEST_P(StoreTest, GivenKeptStatementThatFailsAfterSucceedingThenErrorAndTheStoreGoesOn) {
  auto store = Store::Open(Url("db"));
  ASSERT_TRUE(store.ok());
  ItemRow row = Item1();
  for (int round = 0; round < 3; ++round) {
    ASSERT_TRUE(store.value()->Begin().ok());
    ASSERT_TRUE(store.value()->InsertItem(row).ok()) << round;
    EXPECT_FALSE(store.value()->InsertItem(row).ok()) << round;
    store.value()->Rollback();
  }
  ASSERT_TRUE(store.value()->InsertItem(row).ok());
  EXPECT_TRUE(store.value()->FindItemByEvent(EventId("E-1")).value());
}

TEST_P(StoreTest, GivenItemWhenStateUpdatedThenFoundWithNewState) {
  auto store = Store::Open(Url("db"));
  ASSERT_TRUE(store.ok());
  ItemRow row = Item1();
  row.state = ItemState::kPublishing;
  row.index_no = "533122030000/202611-00001";
  ASSERT_TRUE(store.value()->InsertItem(row).ok());
  ASSERT_TRUE(store.value()->UpdateItemState(ItemId("pi_1"), ItemState::kRetracted).ok());
  auto found = store.value()->FindItemByEvent(EventId("E-1")).value();
  ASSERT_TRUE(found);
  EXPECT_EQ(found->state, ItemState::kRetracted);
  EXPECT_EQ(found->index_no, "533122030000/202611-00001");
}

TEST_P(StoreTest, GivenAuditChainWhenOneRowIsEditedThenVerifyNamesIt) {
  std::string path = Url("audit");
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
    Poco::Data::Session raw = Raw("audit");
    using namespace Poco::Data::Keywords;
    raw << "UPDATE audit SET detail = 'route=withhold' WHERE seq = 3", now;
  }
  auto store = Store::Open(path);
  ASSERT_TRUE(store.ok());
  auto broken = store.value()->VerifyAudit().value();
  ASSERT_TRUE(broken);
  EXPECT_EQ(*broken, 3);
}

// The WAL of a SQLite file is checkpointed by a thread of its own (store/impl.h Checkpointer),
// not by the commits: once the WAL holds 2,000 pages the database file itself must grow while
// the store stays open (without any checkpoint it stays at its first few pages until close).
TEST(StoreCheckpoint, GivenWalPastTheWakeSizeThenCheckpointedWhileTheStoreIsOpen) {
  const std::string path = TempDbPath("checkpoint.db");
  auto store = Store::Open("sqlite:" + path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  const auto before = std::filesystem::file_size(path);
  // 60 transactions of 20 rows of 48 KB: ≈ 58 MB of WAL, about twice the wake size.
  const std::string bulk = "{\"pad\":\"" + std::string(48 << 10, 'x') + "\"}";
  int id = 0;
  for (int t = 0; t < 60; ++t) {
    ASSERT_TRUE(store.value()->Begin().ok());
    for (int r = 0; r < 20; ++r) {
      DecisionRow row = Row("E-" + std::to_string(++id));
      row.decision_json = bulk;
      ASSERT_TRUE(store.value()->InsertDecision(row).ok());
    }
    ASSERT_TRUE(store.value()->Commit().ok());
  }
  bool grew = false;
  for (int i = 0; i < 200 && !grew; ++i) {  // up to 10 s for the thread to copy
    grew = std::filesystem::file_size(path) > before + (20 << 20);
    if (!grew) std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  EXPECT_TRUE(grew) << "database file " << std::filesystem::file_size(path) << " bytes";
  EXPECT_EQ(store.value()->CountDecisions().value(), 1200);
}

TEST(StoreUrl, GivenBadPostgresUrlThenClearErrorWithoutPassword) {
  auto store = Store::Open("postgresql://clerk:s3cret@/x");
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("postgresql://USER@HOST:PORT/DATABASE"),
            std::string::npos);
  EXPECT_EQ(store.status().message().find("s3cret"), std::string::npos);
}

TEST(StoreUrl, GivenUnreachablePostgresThenIoErrorWithoutPassword) {
  auto store = Store::Open("postgresql://clerk:s3cret@127.0.0.1:1/x");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), Status::Code::kIoError);
  EXPECT_EQ(store.status().message().find("s3cret"), std::string::npos);
}

ItemRow PendingItem(const std::string& n) {
  ItemRow row;
  row.item_id = ItemId("pi_" + n);
  row.event_id = EventId("E-" + n);
  row.case_ref = CaseRef("cr_" + n);
  row.state = ItemState::kPendingApproval;
  row.unit_code = "533122030000";
  row.index_no = "533122030000/202611-0000" + n;
  row.item_json = R"({"catalog":{"name":"行政处罚"},"content":{"title":"T"}})";
  row.deadline_at = "2026-12-2" + n + "T00:00:00+08:00";
  return row;
}

DecisionRow ApprovalDecision(const std::string& n, const std::string& rule) {
  return DecisionRow{EventId("E-" + n),
                     "approval",
                     "admin-penalty",
                     "sha256:x",
                     R"({"reasons":[{"rule":")" + rule +
                         R"(","says":"x"}],)"
                         R"("item":{"catalog":{"name":"行政处罚"},"content":{"title":"T"}}})",
                     "2026-11-29T10:00:00+08:00"};
}

QueueDecision Approve(const QueueRow& row, const std::string& user) {
  QueueDecision d;
  d.item_id = row.item_id;
  d.verdict = QueueVerdict::kApprove;
  d.user = user;
  d.at = "2026-11-29T11:00:00+08:00";
  d.now_unix = 1800000000;
  d.expected_version = row.version;
  d.published_json = "{}";
  d.pending_item_json = row.item_json;
  d.topic = "disclosure.published";
  d.audit_detail = "test";
  return d;
}

// The pipeline hands the store what the queue shows (DecisionRow::queue_summary) instead of
// having it read the record: both ways must give the same queue row.
TEST_P(StoreTest, GivenApprovalDecisionWithItsQueueSummaryThenQueueRowSameAsReadFromRecord) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  const std::string title = "某\"甲\"\\案\t一";
  const std::string title_json = R"(某\"甲\"\\案\t一)";
  const std::string reasons =
      R"([{"rule":"admin-penalty","says":"主动公开"},{"rule":"police-misconduct","says":"须\"审\""}])";
  for (const std::string n : {"1", "2", "3"}) {
    ItemRow item = PendingItem(n);
    item.item_json =
        R"({"catalog":{"name":"行政处罚 \u0041"},"content":{"title":")" + title_json + R"("}})";
    ASSERT_TRUE(store->InsertItem(item).ok());
    DecisionRow d = ApprovalDecision(n, "police-misconduct");
    d.decision_json = R"({"reasons":)" + reasons + R"(,"item":)" + item.item_json + "}";
    if (n == "2") d.queue_summary = DecisionRow::QueueSummary{"行政处罚 A", title, reasons};
    if (n == "3") {  // no four-eyes reason, no title
      d.decision_json = R"({"reasons":[{"rule":"admin-penalty","says":"x"}],"item":{}})";
      d.queue_summary =
          DecisionRow::QueueSummary{"", "", R"([{"rule":"admin-penalty","says":"x"}])"};
    }
    ASSERT_TRUE(store->InsertDecision(d).ok()) << n;
  }
  auto queue = store->ListQueue({}).value();
  ASSERT_EQ(queue.size(), 3u);
  const QueueRow& read = queue[0];
  const QueueRow& given = queue[1];
  ASSERT_EQ(read.item_id.value(), "pi_1");
  ASSERT_EQ(given.item_id.value(), "pi_2");
  EXPECT_EQ(read.catalog_name, "行政处罚 A");
  EXPECT_EQ(read.title, title);
  EXPECT_EQ(read.reasons_json, reasons);
  EXPECT_TRUE(read.needs_second);
  EXPECT_EQ(given.catalog_name, read.catalog_name);
  EXPECT_EQ(given.title, read.title);
  EXPECT_EQ(given.reasons_json, read.reasons_json);
  EXPECT_EQ(given.needs_second, read.needs_second);
  EXPECT_EQ(given.catalog_id, read.catalog_id);
  EXPECT_FALSE(queue[2].needs_second);
  EXPECT_EQ(queue[2].title, "");
  EXPECT_EQ(queue[2].reasons_json, R"([{"rule":"admin-penalty","says":"x"}])");
}

TEST_P(StoreTest, GivenFourEyesItemThenSameApproverTwiceIsRefusedAndSecondApproverPublishes) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->InsertItem(PendingItem("1")).ok());
  ASSERT_TRUE(store->InsertDecision(ApprovalDecision("1", "police-misconduct")).ok());
  ASSERT_TRUE(store->InsertItem(PendingItem("2")).ok());
  ASSERT_TRUE(store->InsertDecision(ApprovalDecision("2", "minor")).ok());

  auto queue = store->ListQueue({}).value();
  ASSERT_EQ(queue.size(), 2u);
  EXPECT_EQ(queue[0].item_id.value(), "pi_1");  // deadline order
  EXPECT_TRUE(queue[0].needs_second);
  EXPECT_FALSE(queue[1].needs_second);
  EXPECT_EQ(queue[0].catalog_name, "行政处罚");
  EXPECT_EQ(queue[0].reasons_json, R"([{"rule":"police-misconduct","says":"x"}])");
  QueueFilter by_reason;
  by_reason.reason = "minor";
  auto minor = store->ListQueue(by_reason).value();
  ASSERT_EQ(minor.size(), 1u);
  EXPECT_EQ(minor[0].item_id.value(), "pi_2");

  auto row = store->FindQueueItem(ItemId("pi_1")).value().value();
  EXPECT_EQ(row.item_json, PendingItem("1").item_json);
  QueueDecision first = Approve(row, "alice");
  first.pending_item_json = R"({"content":{"title":"first edit"}})";
  EXPECT_EQ(store->DecideQueueItem(first).value(), QueueOutcome::kFirstApproval);
  row = store->FindQueueItem(ItemId("pi_1")).value().value();
  EXPECT_EQ(row.item_json, first.pending_item_json);  // the approver's edits are kept
  EXPECT_EQ(store->FindQueueItem(ItemId("pi_2")).value().value().item_json,
            PendingItem("2").item_json);
  auto again = store->DecideQueueItem(Approve(row, "alice"));
  EXPECT_EQ(again.status().code(), Status::Code::kConflict);
  EXPECT_EQ(store->ItemStateOf(ItemId("pi_1")).value(), ItemState::kPendingApproval);
  row = store->FindQueueItem(ItemId("pi_1")).value().value();
  QueueDecision final_approval = Approve(row, "bob");
  final_approval.published_json = R"({"content":{"title":"published"}})";
  EXPECT_EQ(store->DecideQueueItem(final_approval).value(), QueueOutcome::kApproved);
  EXPECT_EQ(store->ItemStateOf(ItemId("pi_1")).value(), ItemState::kPublishing);
  EXPECT_EQ(store->CountPendingOutbox().value(), 1);
  EXPECT_EQ(store->FindItemByEvent(EventId("E-1")).value()->item_json,
            final_approval.published_json);
  EXPECT_EQ(store->PendingOutbox(10).value().at(0).payload, final_approval.published_json);
  // The decision keeps the record it was decided with (an edit adds a body; migration 11).
  EXPECT_EQ(store->FindDecision(EventId("E-1")).value()->decision_json,
            ApprovalDecision("1", "police-misconduct").decision_json);

  // The schema itself keeps a decided item decided and a four-eyes requirement in place.
  using namespace Poco::Data::Keywords;
  Poco::Data::Session raw = Raw("db");
  EXPECT_THROW((raw << "UPDATE approvals SET state = 'pending' WHERE item_id = 'pi_1'", now),
               Poco::Exception);
  EXPECT_THROW((raw << "UPDATE approvals SET needs_second = 0 WHERE item_id = 'pi_1'", now),
               Poco::Exception);
  EXPECT_THROW((raw << "UPDATE approvals SET decided_by = first_by WHERE item_id = 'pi_1'", now),
               Poco::Exception);
}

TEST_P(StoreTest, GivenNewFourEyesReasonThenOpenItemsNeedASecondApprover) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->InsertItem(PendingItem("1")).ok());
  ASSERT_TRUE(store->InsertDecision(ApprovalDecision("1", "minor")).ok());
  EXPECT_FALSE(store->FindQueueItem(ItemId("pi_1")).value()->needs_second);
  ASSERT_TRUE(store->SetFourEyesReasons({"minor"}).ok());
  EXPECT_TRUE(store->FindQueueItem(ItemId("pi_1")).value()->needs_second);
  ASSERT_TRUE(store->UpdateItemState(ItemId("pi_1"), ItemState::kCancelled).ok());
  EXPECT_EQ(store->FindQueueItem(ItemId("pi_1")).value()->state, "cancelled");
}

TEST_P(StoreTest, GivenBinaryOriginalsAndHeldRevocationsThenBytesRoundTrip) {
  auto store = OpenStore();
  ASSERT_TRUE(store);
  std::string bytes("\0\x01\xff{\"x\":1}", 9);
  ASSERT_TRUE(store->SaveOriginal(EventId("E-1"), bytes).ok());
  ASSERT_TRUE(store->SaveOriginal(EventId("E-1"), bytes + "!").ok());  // replaces
  EXPECT_EQ(store->FindOriginal(EventId("E-1")).value().value(), bytes + "!");
  HeldRevocation held{EventId("R-1"), EventId("E-9"), bytes, "t/0/5", 100};
  ASSERT_TRUE(store->HoldRevocation(held).ok());
  ASSERT_TRUE(store->HoldRevocation(held).ok());  // a replay is ignored
  auto found = store->HeldFor(EventId("E-9")).value();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].raw, bytes);
  EXPECT_EQ(store->HeldBefore(101, 10).value().size(), 1u);
  EXPECT_TRUE(store->RecordDeadLetter("t/0/6", "bad-json", "now").value());
  EXPECT_FALSE(store->RecordDeadLetter("t/0/6", "bad-json", "now").value());
}

// Inside a batch's transaction the store asks once whether anything is held at all (SQLite):
// a revocation held earlier in the same batch, or committed by another connection before the
// batch began, is still found.
TEST_P(StoreTest, GivenRevocationsHeldInTheBatchOrBeforeThenHeldForFindsThem) {
  auto store = OpenStore("held");
  auto other = OpenStore("held");
  ASSERT_TRUE(store && other);
  ASSERT_TRUE(store->Begin().ok());
  EXPECT_TRUE(store->HeldFor(EventId("E-1")).value().empty());
  ASSERT_TRUE(store->HoldRevocation({EventId("R-1"), EventId("E-1"), "{}", "t/0/1", 100}).ok());
  ASSERT_EQ(store->HeldFor(EventId("E-1")).value().size(), 1u);
  ASSERT_TRUE(store->ReleaseHeld(EventId("R-1")).ok());
  ASSERT_TRUE(store->Commit().ok());

  ASSERT_TRUE(store->Begin().ok());
  EXPECT_TRUE(store->HeldFor(EventId("E-2")).value().empty());
  ASSERT_TRUE(store->Commit().ok());
  ASSERT_TRUE(other->HoldRevocation({EventId("R-2"), EventId("E-2"), "{}", "t/0/2", 100}).ok());
  ASSERT_TRUE(store->Begin().ok());
  auto found = store->HeldFor(EventId("E-2"));
  ASSERT_TRUE(found.ok());
  ASSERT_EQ(found.value().size(), 1u);
  EXPECT_EQ(found.value()[0].event_id.value(), "R-2");
  store->Rollback();
}

TEST_P(StoreTest, GivenTwoInstancesThenEachClaimsOtherOutboxRowsAndADeadOnesRowsComeFree) {
  auto a = OpenStore("shared");
  auto b = OpenStore("shared");
  ASSERT_TRUE(a && b);
  ASSERT_TRUE(a->Enqueue({0, ItemId("pi_1"), "t", "pi_1", "publish"}).ok());
  ASSERT_TRUE(a->Enqueue({0, ItemId("pi_2"), "t", "pi_2", "publish"}).ok());
  ASSERT_TRUE(a->Enqueue({0, ItemId("pi_1"), "t", "pi_1", "retract"}).ok());
  const int64_t now = 1000;
  auto by_a = a->ClaimOutbox("a", now, now + 30, 1).value();
  ASSERT_EQ(by_a.size(), 1u);
  EXPECT_EQ(by_a[0].item_id.value(), "pi_1");
  // b gets pi_2, not pi_1's retraction while a holds pi_1's publication.
  auto by_b = b->ClaimOutbox("b", now, now + 30, 10).value();
  ASSERT_EQ(by_b.size(), 1u);
  EXPECT_EQ(by_b[0].item_id.value(), "pi_2");
  ASSERT_TRUE(b->MarkSentMany({&by_b[0].id, 1}, "").ok());
  EXPECT_TRUE(b->ClaimOutbox("b", now + 1, now + 31, 10).value().empty());
  // a dies; after its lease b takes over, in order.
  by_b = b->ClaimOutbox("b", now + 31, now + 61, 10).value();
  ASSERT_EQ(by_b.size(), 2u);
  EXPECT_EQ(by_b[0].payload, "publish");
  EXPECT_EQ(by_b[1].payload, "retract");
  EXPECT_EQ(a->CountPendingOutbox().value(), 2);
}

// Dead letters belong to no item (item_id ''): one instance holding some must not keep the
// others from sending the rest.
TEST_P(StoreTest, GivenOneInstanceHoldsADeadLetterThenAnotherClaimsTheNextDeadLetters) {
  auto a = OpenStore("shared");
  auto b = OpenStore("shared");
  ASSERT_TRUE(a && b);
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(a->Enqueue({0, ItemId(""), "dlq", "k" + std::to_string(i), "bad"}).ok());
  }
  const int64_t now = 1000;
  ASSERT_EQ(a->ClaimOutbox("a", now, now + 30, 1).value().size(), 1u);
  EXPECT_EQ(b->ClaimOutbox("b", now, now + 30, 10).value().size(), 2u);
}

TEST_P(StoreTest, GivenTwoSchedulersInTransactionsThenPostgresGivesEachItemToOne) {
  auto a = OpenStore("shared");
  auto b = OpenStore("shared");
  ASSERT_TRUE(a && b);
  for (int i = 1; i <= 3; ++i) {
    ItemRow row;
    row.item_id = ItemId("pi_" + std::to_string(i));
    row.event_id = EventId("E-" + std::to_string(i));
    row.case_ref = CaseRef("cr");
    row.state = ItemState::kEmbargoed;
    row.publish_after_unix = 100 + i;
    ASSERT_TRUE(a->InsertItem(row).ok());
  }
  ASSERT_TRUE(a->Begin().ok());
  auto due_a = a->DueItems(ItemState::kEmbargoed, 1000, 2).value();
  ASSERT_EQ(due_a.size(), 2u);
  EXPECT_EQ(due_a[0].item_id.value(), "pi_1");
  if (pg()) {
    ASSERT_TRUE(b->Begin().ok());
    auto due_b = b->DueItems(ItemState::kEmbargoed, 1000, 10).value();
    ASSERT_EQ(due_b.size(), 1u);
    EXPECT_EQ(due_b[0].item_id.value(), "pi_3");
    ASSERT_TRUE(b->Commit().ok());
  }
  ASSERT_TRUE(a->Commit().ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace disclosure::store

namespace disclosure::store {
namespace {

// Regression: the connector and a tool (or two instances) opening a fresh SQLite file at the
// same moment both migrated it, and the second failed on "table … already exists".
TEST(StoreMigration, GivenFreshFileWhenFourOpenItAtOnceThenAllSucceedAtTheNewestVersion) {
  auto path = std::filesystem::temp_directory_path() /
              ("disclosure-migrate-race-" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(path);
  std::vector<std::thread> threads;
  std::vector<std::string> errors(4);
  std::vector<int> versions(4, -1);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      auto store = Store::Open("sqlite:" + path.string());
      if (store.ok()) {
        versions[i] = store.value()->schema_version();
      } else {
        errors[i] = store.status().ToString();
      }
    });
  }
  for (auto& t : threads) t.join();
  auto reference = Store::Open("sqlite:" + path.string());
  ASSERT_TRUE(reference.ok()) << reference.status().ToString();
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(errors[i], "") << i;
    EXPECT_EQ(versions[i], reference.value()->schema_version()) << i;
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace disclosure::store
