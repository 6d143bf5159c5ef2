#include "connector/publisher.h"

#include <algorithm>
#include <map>
#include <utility>

namespace disclosure::connector {
namespace {

bool IsPublishRecord(const std::string& payload) {
  return payload.rfind(R"({"schema":"published-item/1","action":"publish")", 0) == 0;
}

}  // namespace

Publisher::Publisher(store::Store* store, std::mutex* shared_store, Sink* sink,
                     const Clock* clock, Metrics* metrics, PublisherOptions options,
                     std::function<void(const std::string&)> log)
    : store_(store),
      shared_store_(shared_store),
      sink_(sink),
      clock_(clock),
      metrics_(metrics),
      options_(std::move(options)),
      log_(std::move(log)) {}

Publisher::~Publisher() {
  if (thread_.joinable()) (void)Stop(false, SteadyClock::now());
}

std::unique_lock<std::mutex> Publisher::LockStore() {
  return shared_store_ != nullptr ? std::unique_lock<std::mutex>(*shared_store_)
                                  : std::unique_lock<std::mutex>();
}

void Publisher::Start() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = false;
  }
  thread_ = std::thread([this] { Loop(); });
}

void Publisher::Wake() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    woken_ = true;
  }
  wake_.notify_one();
}

bool Publisher::Failing(SteadyClock::time_point* since, Status* last) const {
  std::lock_guard<std::mutex> lock(mu_);
  if (failing_since_ == SteadyClock::time_point{}) return false;
  *since = failing_since_;
  *last = last_error_;
  return true;
}

void Publisher::Loop() {
  while (true) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      if (stop_) break;
    }
    bool idle = false;
    Status s = Round(&idle);
    std::unique_lock<std::mutex> lock(mu_);
    if (!s.ok()) {
      // Transient trouble (broker away, store busy): the run loop gives up after
      // errors.retry.timeout; until then, try again.
      if (failing_since_ == SteadyClock::time_point{}) failing_since_ = SteadyClock::now();
      last_error_ = s;
      lock.unlock();
      log_("outbox: " + s.message());
      lock.lock();
      wake_.wait_for(lock, std::chrono::milliseconds(500), [&] { return stop_; });
      continue;
    }
    failing_since_ = SteadyClock::time_point{};
    // Rows in flight: collect their reports next round at once. Nothing claimed: wait for the
    // run loop's wake-up (a batch enqueued rows) or claim again after idle_ms (rows of the
    // console, of an instance that died, or left over after an error).
    if (idle && !sink_->in_flight()) {
      wake_.wait_for(lock, std::chrono::milliseconds(options_.idle_ms),
                     [&] { return stop_ || woken_; });
    }
    woken_ = false;
  }
}

Status Publisher::Stop(bool flush, SteadyClock::time_point deadline) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
  Status last = Status::Ok();
  // What is decided goes out before we leave (bounded by `deadline`).
  while (flush) {
    bool idle = false;
    last = Round(&idle);
    if (last.ok() && idle) break;
    if (SteadyClock::now() >= deadline) break;
    if (!last.ok()) {
      log_("outbox: " + last.message());
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
  }
  Status c = Collect();
  return last.ok() ? c : last;
}

Status Publisher::Round(bool* idle) {
  *idle = false;
  if (Status s = Collect(); !s.ok()) return s;
  return Claim(idle);
}

// The lease of the rows in flight is renewed once half of it is gone, so that no other
// instance claims them while their reports are awaited (a send waits up to the send timeout,
// a third of the shortest lease allowed, but a broker that hangs must not make a duplicate).
Status Publisher::RenewIfDue() {
  if (in_flight_.empty()) return Status::Ok();
  const int64_t now_unix = clock_->Now().unix_seconds;
  if (lease_until_ - now_unix > std::max<int64_t>(options_.lease_seconds / 2, 1)) {
    return Status::Ok();
  }
  auto lock = LockStore();
  auto lost = store_->RenewOutboxClaims(options_.instance_id, in_flight_,
                                        now_unix + options_.lease_seconds);
  if (!lost.ok()) return lost.status();
  lease_until_ = now_unix + options_.lease_seconds;
  for (const auto& claim : lost.value()) {
    log_("outbox row " + std::to_string(claim.id) + " (" + claim.topic + ") in flight here (" +
         options_.instance_id + ") was claimed by " +
         (claim.owner.empty() ? std::string("nobody") : claim.owner) +
         " after its lease ran out: it may be sent twice");
  }
  return Status::Ok();
}

Status Publisher::Collect() {
  size_t undelivered = 0;
  if (sink_->in_flight()) {
    const auto deadline =
        SteadyClock::now() + std::chrono::milliseconds(options_.send_timeout_ms);
    while (!sink_->WaitReports(100)) {
      if (Status s = RenewIfDue(); !s.ok()) log_("outbox: " + s.message());
      if (SteadyClock::now() >= deadline) break;
    }
    std::vector<store::OutboxRow> rows;
    std::vector<bool> delivered;
    // Whatever is still unreported now is purged: those rows stay unsent, claimed by this
    // instance, and go again next round.
    if (Status s = sink_->Await(0, &rows, &delivered); !s.ok()) return s;
    std::map<std::string, int64_t> per_topic;
    in_flight_.clear();
    for (size_t i = 0; i < rows.size(); ++i) {
      if (!delivered[i]) {
        ++undelivered;
        continue;
      }
      in_flight_.push_back(rows[i].id);
      ++per_topic[rows[i].topic];
    }
    for (const auto& [topic, n] : per_topic) metrics_->AddPublished(topic, n);
  }
  // The delivered rows stay in in_flight_ (their lease renewed) until they are marked sent: if
  // marking fails (PostgreSQL: a deadlock with a batch retracting the same items), it is tried
  // again before anything is claimed, and a delivered row is never sent again for that.
  if (!in_flight_.empty()) {
    if (Status s = RenewIfDue(); !s.ok()) return s;
    auto lock = LockStore();
    if (Status s = store_->MarkSentMany(in_flight_, options_.published_topic); !s.ok()) {
      return s;
    }
    in_flight_.clear();
  }
  if (undelivered > 0) {
    return Status::IoError("the broker did not acknowledge " + std::to_string(undelivered) +
                           " records; retrying");
  }
  return Status::Ok();
}

Status Publisher::Claim(bool* idle) {
  const int64_t now_unix = clock_->Now().unix_seconds;
  std::vector<store::OutboxRow> to_send;
  std::vector<int64_t> superseded;
  {
    auto lock = LockStore();
    // Rows whose claim by another instance ran out: if this claim takes them, say so (they
    // may have gone out already through that instance).
    auto expired = store_->ExpiredOutboxClaims(options_.instance_id, now_unix,
                                               options_.claim_rows);
    if (!expired.ok()) return expired.status();
    auto rows = store_->ClaimOutbox(options_.instance_id, now_unix,
                                    now_unix + options_.lease_seconds, options_.claim_rows);
    if (!rows.ok()) return rows.status();
    if (rows.value().empty()) {
      *idle = true;
      return Status::Ok();
    }
    std::map<std::string, std::string> taken;  // by the instance that held them: "id (topic)"
    for (const auto& claim : expired.value()) {
      if (std::any_of(rows.value().begin(), rows.value().end(),
                      [&](const store::OutboxRow& r) { return r.id == claim.id; })) {
        std::string& list = taken[claim.owner];
        list += (list.empty() ? "" : ", ") + std::to_string(claim.id) + " (" + claim.topic + ")";
      }
    }
    for (const auto& [owner, list] : taken) {
      log_("outbox rows " + list + " taken over by " + options_.instance_id + " from " + owner +
           ", whose lease ran out: sending them again (they may have gone out already)");
    }
    for (auto& row : rows.value()) {
      if (row.topic == options_.published_topic && IsPublishRecord(row.payload)) {
        const auto& state = row.item_state;  // read by the claim
        if (state && *state != store::ItemState::kPublishing &&
            *state != store::ItemState::kPublished) {
          superseded.push_back(row.id);  // retracted or cancelled meanwhile: never sent
          continue;
        }
      }
      to_send.push_back(std::move(row));
    }
    if (Status s = store_->MarkSentMany(superseded, ""); !s.ok()) return s;
  }
  if (to_send.empty()) return Status::Ok();
  in_flight_.clear();
  for (const auto& row : to_send) in_flight_.push_back(row.id);
  lease_until_ = now_unix + options_.lease_seconds;
  if (Status s = sink_->Start(std::move(to_send), options_.send_timeout_ms); !s.ok()) {
    in_flight_.clear();
    return s;
  }
  return Status::Ok();
}

}  // namespace disclosure::connector
