#include "connector/metrics.h"

#include <cstdio>

namespace disclosure::connector {

void Metrics::ObserveBatchSeconds(double seconds) {
  std::lock_guard<std::mutex> lock(mu_);
  size_t i = 0;
  while (i < kBuckets.size() && seconds > kBuckets[i]) ++i;
  ++batch_buckets_[i];
  batch_sum_ += seconds;
  ++batch_count_;
}

std::string Metrics::RenderPrometheus() const {
  std::string out;
  auto line = [&](const std::string& text) { out += text + "\n"; };
  auto scalar = [&](const char* name, const char* type, const char* help, int64_t value) {
    line(std::string("# HELP ") + name + " " + help);
    line(std::string("# TYPE ") + name + " " + type);
    line(std::string(name) + " " + std::to_string(value));
  };
  auto labelled = [&](const char* name, const char* label, const char* help,
                      const std::map<std::string, int64_t>& values) {
    line(std::string("# HELP ") + name + " " + help);
    line(std::string("# TYPE ") + name + " counter");
    for (const auto& [k, v] : values) {
      line(std::string(name) + "{" + label + "=\"" + k + "\"} " + std::to_string(v));
    }
  };
  scalar("disclosure_records_consumed_total", "counter", "Records read from the input topic.",
         consumed_);
  std::lock_guard<std::mutex> lock(mu_);
  labelled("disclosure_decisions_total", "route", "Decisions made, by route.", decisions_);
  labelled("disclosure_dead_letters_total", "reason", "Records dead-lettered, by reason.",
           dead_letters_);
  labelled("disclosure_published_total", "topic", "Records delivered, by output topic.",
           published_);
  scalar("disclosure_revocations_held_total", "counter",
         "Revocations held until their original is seen.", held_);
  scalar("disclosure_outbox_depth", "gauge", "Outbox rows not yet delivered.", outbox_depth_);
  scalar("disclosure_consumer_lag", "gauge", "Records behind the input topic's end (-1 unknown).",
         lag_);
  scalar("disclosure_items_overdue", "gauge",
         "Items waiting (approval, embargo, delivery) past their deadline.", overdue_);
  scalar("disclosure_consumer_paused", "gauge", "1 while consumption is paused (back-pressure).",
         paused_);
  scalar("disclosure_rule_reloads_total", "counter", "Successful rule reloads.", reloads_ok_);
  scalar("disclosure_rule_reload_failures_total", "counter",
         "Rule reloads refused (the old rules stay).", reloads_failed_);
  scalar("disclosure_provisional_deadlines_total", "counter",
         "Deadlines computed without a calendar file for their year.", provisional_deadlines_);
  line("# HELP disclosure_batch_seconds Time to process and commit one batch.");
  line("# TYPE disclosure_batch_seconds histogram");
  int64_t cumulative = 0;
  for (size_t i = 0; i < kBuckets.size(); ++i) {
    cumulative += batch_buckets_[i];
    char le[32];
    std::snprintf(le, sizeof le, "%g", kBuckets[i]);
    line(std::string("disclosure_batch_seconds_bucket{le=\"") + le + "\"} " +
         std::to_string(cumulative));
  }
  cumulative += batch_buckets_[kBuckets.size()];
  line("disclosure_batch_seconds_bucket{le=\"+Inf\"} " + std::to_string(cumulative));
  char sum[64];
  std::snprintf(sum, sizeof sum, "%.6f", batch_sum_);
  line(std::string("disclosure_batch_seconds_sum ") + sum);
  line("disclosure_batch_seconds_count " + std::to_string(batch_count_));
  return out;
}

}  // namespace disclosure::connector
