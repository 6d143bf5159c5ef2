// Internal to connector/: the outbox publisher of `disclosure run`, on a thread of its own.
//
// It sends what the outbox holds to Kafka and marks rows sent only on successful delivery
// reports, so that the run loop never waits for the broker. It claims rows by instance id and
// lease like a second instance would (store::Store::ClaimOutbox), normally through a store
// connection of its own; the rows it has handed to the producer keep their lease while they
// wait for their reports (renewed before it runs out), so no other instance claims them then.
// A publish record whose item was retracted or cancelled meanwhile is never sent: its item's
// state is read by the claim, with the row, just before the row is handed over.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "base/base.h"
#include "connector/kafka.h"
#include "connector/metrics.h"
#include "store/store.h"

namespace disclosure::connector {

struct PublisherOptions {
  std::string instance_id;      // the owner of this process's outbox claims
  std::string published_topic;  // its records mark their items published once delivered
  int64_t lease_seconds = 60;   // how long a claim lasts; renewed while rows are in flight
  int send_timeout_ms = 10000;  // a send still unreported then is purged and tried again later
  int claim_rows = 1000;        // rows claimed (and handed over) at once
  int idle_ms = 100;            // with nothing to send, claim again after this (or on Wake)
};

class Publisher {
 public:
  using SteadyClock = std::chrono::steady_clock;
  // `store`, `sink`, `clock`, `metrics` must outlive the publisher. `shared_store`: null, or a
  // mutex held around the publisher's store calls, as the other users of the store hold it
  // around theirs (a connection shared with the run loop: an in-memory store has one only; or
  // SQLite's one writer at a time, taken in turns within the process).
  Publisher(store::Store* store, std::mutex* shared_store, Sink* sink, const Clock* clock,
            Metrics* metrics, PublisherOptions options,
            std::function<void(const std::string&)> log);
  ~Publisher();
  Publisher(const Publisher&) = delete;
  Publisher& operator=(const Publisher&) = delete;

  void Start();  // the thread
  void Wake();   // rows were enqueued: claim now rather than after idle_ms
  // Stops the thread, collecting what is in flight; with `flush`, then sends every row it can
  // claim until none is left or `deadline` passes. Returns the last error, or Ok.
  Status Stop(bool flush, SteadyClock::time_point deadline);
  // Whether the publisher's rounds are failing now (broker away, store busy), since when, and
  // the last error.
  bool Failing(SteadyClock::time_point* since, Status* last) const;

  // One round on the caller's thread (the thread's body; tests): collects the delivery reports
  // of what is in flight and marks those rows sent, then claims rows and hands them to the
  // producer, returning without waiting for their reports. `idle`: nothing was claimed.
  Status Round(bool* idle);
  // Waits for the reports of what is in flight (up to the send timeout, renewing the lease
  // of those rows as it nears its end) and marks the delivered rows sent; a failed marking is
  // tried again by the next call, before anything is claimed.
  Status Collect();

 private:
  std::unique_lock<std::mutex> LockStore();
  Status RenewIfDue();
  Status Claim(bool* idle);
  void Loop();

  store::Store* store_;
  std::mutex* shared_store_;
  Sink* sink_;
  const Clock* clock_;
  Metrics* metrics_;
  PublisherOptions options_;
  std::function<void(const std::string&)> log_;

  // Ids of the rows handed to the producer and not collected yet, or delivered and not yet
  // marked sent: this instance keeps their claim (renewed) and never claims them again.
  std::vector<int64_t> in_flight_;
  int64_t lease_until_ = 0;         // of in_flight_ (unix seconds)

  std::thread thread_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  bool woken_ = false;
  bool stop_ = false;
  SteadyClock::time_point failing_since_{};
  Status last_error_ = Status::Ok();
};

}  // namespace disclosure::connector
