// config: the connector's one JSON configuration file (comments allowed), every field documented
// in config/README.md with its default. Validated once into an immutable Config; errors name the
// file, line, column and field. Secrets are never written in the file: it names a file or an
// environment variable to read them from.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/base.h"

namespace disclosure::config {

// Where a secret comes from: {"file": "/etc/disclosure/hmac.key"} or {"env":
// "DISCLOSURE_HMAC_KEY"}.
struct SecretRef {
  std::string file;
  std::string env;
  bool empty() const { return file.empty() && env.empty(); }
};

// Reads the secret; trailing newlines of a file are dropped. The error names the file or the
// variable, never the content.
Result<std::string> ReadSecret(const SecretRef& ref);

struct Config {
  // Store URL: "sqlite:PATH", "sqlite::memory:", a plain path (SQLite file), or
  // "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME]".
  std::string store_url = "sqlite:disclosure.db";
  std::string rules_file;    // empty: the default catalog compiled into the binary
  std::string calendar_dir;  // empty: the calendars compiled into the binary
  SecretRef hmac_key;        // empty: a key generated once and kept in the store
  // Kafka: passed through to librdkafka as they are (bootstrap.servers, security.protocol, …).
  std::map<std::string, std::string> kafka;
  struct Topics {
    std::string input = "case-events";
    std::string published = "disclosure.published";
    std::string approvals = "disclosure.approvals";
    std::string dead_letter = "case-events.dlq";  // errors.deadletterqueue.topic.name
  } topics;
  int batch_size = 500;
  int batch_linger_ms = 100;
  // Threads that parse, decide and redact a batch's records in parallel (the store stage stays
  // one thread, in order). 0: the machine's cores, at most 4.
  int batch_threads = 0;
  int embedded_partitions = 8;  // the embedded broker keeps ≤ 5 MB per partition
  struct Limits {
    size_t max_record_bytes = 1 << 20;
    int max_depth = 32;
    size_t max_string_bytes = 256 << 10;
  } limits;
  std::string console_listen = "127.0.0.1:8080";  // the approval console; "" = off
  std::string metrics_listen = "127.0.0.1:9464";  // /healthz and /metrics; "" = off
  // Kafka Connect's error-handling names (errors.*):
  enum class Tolerance { kAll, kNone };  // all: dead-letter and go on; none: stop on a bad record
  Tolerance errors_tolerance = Tolerance::kAll;
  int64_t errors_retry_timeout_ms = 300000;  // retry failing store/Kafka work this long, then stop
  int64_t revocation_hold_seconds = 3600;    // a revocation waits this long for its original
  int64_t outbox_max_pending = 10000;        // back-pressure: pause consuming above this
  int64_t outbox_lease_seconds = 60;         // how long an instance's claim on outbox rows lasts
  int scheduler_interval_ms = 1000;

  // Parses `text` (the contents of `source_name`). Unknown fields are errors.
  static Result<Config> FromText(std::string_view text, std::string_view source_name);
  static Result<Config> FromFile(const std::string& path);
};

}  // namespace disclosure::config
