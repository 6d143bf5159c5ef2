// Internal to connector/: the connector's metrics, rendered in Prometheus text format for
// /metrics. Counts and labels only — route names, reason names, topic names — never personal
// data. Thread-safe: counters are updated by the run loop and read by the HTTP thread.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace disclosure::connector {

class Metrics {
 public:
  void AddConsumed(int64_t n) { consumed_ += n; }
  void AddDecision(const std::string& route) { Inc(&decisions_, route); }
  void AddDeadLetter(const std::string& reason) { Inc(&dead_letters_, reason); }
  void AddPublished(const std::string& topic, int64_t n) { Inc(&published_, topic, n); }
  void AddHeld() { ++held_; }
  void AddRuleReload(bool ok) { ok ? ++reloads_ok_ : ++reloads_failed_; }
  void AddProvisionalDeadline() { ++provisional_deadlines_; }
  void SetOutboxDepth(int64_t n) { outbox_depth_ = n; }
  void SetLag(int64_t n) { lag_ = n; }
  void SetOverdue(int64_t n) { overdue_ = n; }
  void SetPaused(bool paused) { paused_ = paused ? 1 : 0; }
  void ObserveBatchSeconds(double seconds);

  std::string RenderPrometheus() const;

 private:
  void Inc(std::map<std::string, int64_t>* counter, const std::string& label, int64_t n = 1) {
    std::lock_guard<std::mutex> lock(mu_);
    (*counter)[label] += n;
  }

  static constexpr std::array<double, 10> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1,
                                                      0.25,  0.5,  1.0,   2.5,  5.0};
  mutable std::mutex mu_;
  std::map<std::string, int64_t> decisions_, dead_letters_, published_;
  std::array<int64_t, kBuckets.size() + 1> batch_buckets_{};
  double batch_sum_ = 0;
  int64_t batch_count_ = 0;
  std::atomic<int64_t> consumed_{0}, held_{0}, reloads_ok_{0}, reloads_failed_{0},
      provisional_deadlines_{0}, outbox_depth_{0}, lag_{-1}, overdue_{0}, paused_{0};
};

}  // namespace disclosure::connector
