// The outbox publisher (connector/publisher.h) with a fake producer: rows in flight keep their
// lease, another instance never claims them meanwhile, and taking over or losing a claim is
// logged (row id, topic, instance ids; nothing of the payload).
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "connector/publisher.h"
#include "temp_folder.h"

namespace disclosure::connector {
namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

// Holds every row "in flight" until released; then reports all of them delivered.
class FakeSink final : public Sink {
 public:
  std::atomic<bool> released{false};
  std::atomic<int> started{0};
  std::vector<store::OutboxRow> handed_over;  // every row ever started, in order

  Status Start(std::vector<store::OutboxRow> rows, int) override {
    rows_ = std::move(rows);
    handed_over.insert(handed_over.end(), rows_.begin(), rows_.end());
    ++started;
    return Status::Ok();
  }
  Status Await(int timeout_ms, std::vector<store::OutboxRow>* rows,
               std::vector<bool>* delivered) override {
    const bool ok = WaitReports(timeout_ms);
    delivered->assign(rows_.size(), ok);
    *rows = std::move(rows_);
    rows_.clear();
    return Status::Ok();
  }
  bool WaitReports(int timeout_ms) override {
    const auto deadline = steady_clock::now() + milliseconds(timeout_ms);
    while (!released.load()) {
      if (steady_clock::now() >= deadline) return false;
      std::this_thread::sleep_for(milliseconds(10));
    }
    return true;
  }
  bool in_flight() const override { return !rows_.empty(); }

 private:
  std::vector<store::OutboxRow> rows_;
};

// A clock the test moves.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(int64_t unix_seconds) : now_(unix_seconds) {}
  Timestamp Now() const override { return Timestamp{now_.load(), 480}; }
  void Set(int64_t unix_seconds) { now_ = unix_seconds; }

 private:
  std::atomic<int64_t> now_;
};

class ConnectorPublisher : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    // A random part too: the PostgreSQL schemas stay behind, and pids wrap within a test run.
    static const std::string run = std::to_string(std::random_device{}());
    const std::string name =
        "p" + std::to_string(::getpid()) + "_" + run + "_" + std::to_string(counter++);
    if (GetParam() == "postgresql") {
      const char* base = std::getenv("DISCLOSURE_TEST_PG_URL");
      if (base == nullptr) GTEST_SKIP() << "DISCLOSURE_TEST_PG_URL not set (scripts/with-postgres.sh)";
      url_ = std::string(base) + "?schema=" + name;  // a throwaway server: left behind
    } else {
      static const std::filesystem::path dir =
          disclosure::test_support::FreshProcessFolder("disclosure-publisher-test");
      url_ = "sqlite:" + (dir / (name + ".db")).string();
    }
    ours_ = Open();
    other_ = Open();
    ASSERT_TRUE(ours_ && other_);
    for (int i = 0; i < 5; ++i) {
      store::OutboxRow row;
      row.topic = "dlq";
      row.key = "k" + std::to_string(i);
      row.payload = "personal payload " + std::to_string(i);
      ASSERT_TRUE(ours_->Enqueue(row).ok());
    }
  }

  std::unique_ptr<store::Store> Open() {
    auto store = store::Store::Open(url_);
    EXPECT_TRUE(store.ok()) << store.status().ToString();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  std::unique_ptr<Publisher> MakePublisher(const Clock* clock, int64_t lease_seconds) {
    PublisherOptions options;
    options.instance_id = "host/1/ours";
    options.published_topic = "published";
    options.lease_seconds = lease_seconds;
    options.send_timeout_ms = 60000;
    return std::make_unique<Publisher>(ours_.get(), nullptr, &sink_, clock, &metrics_, options,
                                       [this](const std::string& line) {
                                         std::lock_guard<std::mutex> lock(log_mu_);
                                         log_.push_back(line);
                                       });
  }

  std::string Log() {
    std::lock_guard<std::mutex> lock(log_mu_);
    std::string all;
    for (const auto& line : log_) all += line + "\n";
    return all;
  }

  std::string url_;
  std::unique_ptr<store::Store> ours_, other_;
  FakeSink sink_;
  Metrics metrics_;
  std::mutex log_mu_;
  std::vector<std::string> log_;
};

// Regression (issue 7): with a 15 s lease, rows waiting for their delivery reports ran past
// their lease and a live instance claimed and sent them again. Here the rows stay in flight
// for 3 lease lengths; another connection keeps trying to claim them all the while.
TEST_P(ConnectorPublisher, GivenRowsInFlightLongerThanTheLeaseThenNoOtherInstanceClaimsThem) {
  auto publisher = MakePublisher(&SystemClock(), /*lease_seconds=*/2);
  bool idle = true;
  ASSERT_TRUE(publisher->Round(&idle).ok());
  ASSERT_FALSE(idle);
  ASSERT_TRUE(sink_.in_flight());

  Status collected = Status::Internal("not collected");
  std::thread collector([&] { collected = publisher->Collect(); });
  const auto until = steady_clock::now() + std::chrono::seconds(6);
  size_t taken = 0;
  while (steady_clock::now() < until) {
    const int64_t now = SystemClock().Now().unix_seconds;
    auto claimed = other_->ClaimOutbox("host/2/other", now, now + 2, 100);
    ASSERT_TRUE(claimed.ok()) << claimed.status().ToString();
    taken += claimed.value().size();
    std::this_thread::sleep_for(milliseconds(200));
  }
  sink_.released = true;
  collector.join();
  EXPECT_EQ(taken, 0u) << "rows in flight were claimed by another instance";
  EXPECT_TRUE(collected.ok()) << collected.ToString();
  EXPECT_EQ(ours_->CountPendingOutbox().value(), 0);
  EXPECT_EQ(Log().find("claimed by"), std::string::npos) << Log();
}

// An instance that stalled past its lease: the rows it had in flight were taken by another,
// and its next renewal says so.
TEST_P(ConnectorPublisher, GivenALeaseThatRanOutInFlightThenTheLossIsLoggedWithoutPayload) {
  ManualClock clock(1000000);
  auto publisher = MakePublisher(&clock, /*lease_seconds=*/30);
  bool idle = true;
  ASSERT_TRUE(publisher->Round(&idle).ok());
  ASSERT_EQ(sink_.started.load(), 1);
  // The other instance, a minute later: the lease ran out.
  auto claimed = other_->ClaimOutbox("host/2/other", 1000060, 1000090, 100);
  ASSERT_TRUE(claimed.ok());
  ASSERT_EQ(claimed.value().size(), 5u);
  clock.Set(1000020);  // past half the lease: the publisher renews, and finds the rows gone
  std::thread release([&] {
    std::this_thread::sleep_for(milliseconds(400));
    sink_.released = true;
  });
  EXPECT_TRUE(publisher->Collect().ok());
  release.join();
  const std::string log = Log();
  EXPECT_NE(log.find("outbox row " + std::to_string(claimed.value()[0].id) +
                     " (dlq) in flight here (host/1/ours) was claimed by host/2/other"),
            std::string::npos)
      << log;
  EXPECT_EQ(log.find("personal"), std::string::npos) << log;
}

// Rows of an instance whose lease ran out are taken over, and the log names both instances.
TEST_P(ConnectorPublisher, GivenRowsOfAnInstanceWhoseLeaseRanOutThenTheTakeoverIsLogged) {
  ManualClock clock(2000000);
  ASSERT_EQ(other_->ClaimOutbox("host/3/dead", 1999000, 1999030, 100).value().size(), 5u);
  auto publisher = MakePublisher(&clock, 30);
  bool idle = true;
  ASSERT_TRUE(publisher->Round(&idle).ok());
  ASSERT_FALSE(idle);
  sink_.released = true;
  ASSERT_TRUE(publisher->Collect().ok());
  EXPECT_EQ(ours_->CountPendingOutbox().value(), 0);
  const std::string log = Log();
  EXPECT_NE(log.find(") taken over by host/1/ours from host/3/dead"), std::string::npos) << log;
  EXPECT_EQ(log.find("personal"), std::string::npos) << log;
  // Rows this instance claims first (nobody held them) are not reported as taken over.
  ASSERT_TRUE(ours_->Enqueue({0, ItemId(""), "dlq", "k", "personal payload"}).ok());
  log_.clear();
  sink_.released = false;
  ASSERT_TRUE(publisher->Round(&idle).ok());
  sink_.released = true;
  ASSERT_TRUE(publisher->Collect().ok());
  EXPECT_EQ(Log().find("taken over"), std::string::npos) << Log();
}

// Regression (scale test): marking delivered rows sent failed (on PostgreSQL, a deadlock with a
// batch retracting the same items) and the next round claimed and sent them again. Now the
// marking is retried first and nothing is sent twice. SQLite: another connection holds the
// write lock past the busy timeout.
TEST_P(ConnectorPublisher, GivenMarkingDeliveredRowsFailsThenItIsRetriedAndNothingIsSentAgain) {
  if (GetParam() == "postgresql") GTEST_SKIP() << "the write lock is held through SQLite";
  auto publisher = MakePublisher(&SystemClock(), 30);
  bool idle = true;
  ASSERT_TRUE(publisher->Round(&idle).ok());
  ASSERT_EQ(sink_.started.load(), 1);
  sink_.released = true;
  ASSERT_TRUE(other_->Begin().ok());  // takes SQLite's write lock and keeps it
  Status first = publisher->Round(&idle);
  EXPECT_FALSE(first.ok());
  other_->Rollback();
  ASSERT_TRUE(publisher->Round(&idle).ok());
  EXPECT_TRUE(idle);
  EXPECT_EQ(sink_.started.load(), 1) << "delivered rows were handed to the producer again";
  EXPECT_EQ(ours_->CountPendingOutbox().value(), 0);
}

// A publish record whose item was retracted or cancelled after it was enqueued is never sent
// (its row is marked sent without going out); one whose item is still publishing goes out. The
// claim reads each row's item state with the rows.
TEST_P(ConnectorPublisher, GivenPublishRecordsOfSupersededItemsThenOnlyTheLiveOneIsSent) {
  ManualClock clock(3000000);
  auto publisher = MakePublisher(&clock, 30);
  sink_.released = true;
  bool idle = true;
  ASSERT_TRUE(publisher->Round(&idle).ok());  // the five dead letters of SetUp
  ASSERT_TRUE(publisher->Collect().ok());
  sink_.handed_over.clear();
  const std::string record = R"({"schema":"published-item/1","action":"publish"})";
  int n = 0;
  for (auto state : {store::ItemState::kRetracted, store::ItemState::kPublishing,
                     store::ItemState::kCancelled}) {
    store::ItemRow item;
    item.item_id = ItemId("pi_s" + std::to_string(n));
    item.event_id = EventId("E-s" + std::to_string(n));
    item.case_ref = CaseRef("cr_s" + std::to_string(n));
    item.state = store::ItemState::kPublishing;
    item.item_json = record;
    ASSERT_TRUE(ours_->InsertItem(item).ok());
    ASSERT_TRUE(ours_->Enqueue({0, item.item_id, "published", item.item_id.value(), record}).ok());
    ASSERT_TRUE(ours_->UpdateItemState(item.item_id, state).ok());
    ++n;
  }
  ASSERT_TRUE(publisher->Round(&idle).ok());
  ASSERT_TRUE(publisher->Collect().ok());
  const auto& sent = sink_.handed_over;
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].item_id.value(), "pi_s1");
  ASSERT_TRUE(sent[0].item_state.has_value());
  EXPECT_EQ(*sent[0].item_state, store::ItemState::kPublishing);
  EXPECT_EQ(ours_->CountPendingOutbox().value(), 0);
  EXPECT_EQ(ours_->ItemStateOf(ItemId("pi_s1")).value(), store::ItemState::kPublished);
  EXPECT_EQ(ours_->ItemStateOf(ItemId("pi_s0")).value(), store::ItemState::kRetracted);
}

INSTANTIATE_TEST_SUITE_P(Backends, ConnectorPublisher, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace disclosure::connector
