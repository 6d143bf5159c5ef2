// connector: runs the pipeline (events → rules → redaction → store) over batches of records.
// The offline `disclosure process` feeds it lines of a file; the Kafka connector (a later
// stage) feeds it consumed messages and commits offsets only after ProcessBatch has committed.
//
// Delivery semantics live here: one store transaction per batch; an event already decided is
// recognised by event_id and not decided again; a bad record becomes exactly one dead letter.
// Not thread-safe: one Pipeline per thread (it owns a store connection).
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "config/config.h"
#include "events/events.h"
#include "rules/rules.h"
#include "store/store.h"

namespace disclosure::connector {

// Where a record came from, for the dead letter's `source`.
struct RecordSource {
  std::string file;  // offline: the input file, with `line`
  int64_t line = 0;
  std::string topic;  // Kafka: topic, partition, offset
  int32_t partition = -1;
  int64_t offset = -1;
};

// "topic/partition/offset" or "file:line": the key of a dead letter in the store.
std::string SourceKey(const RecordSource& source);

struct Record {
  std::string_view bytes;
  RecordSource source;
  std::string_view key;  // Kafka record key (the case id), copied to the dead-letter topic
};

struct Outcome {
  // kHeld: a revocation whose original was not seen yet, kept until it is (Kafka only).
  // kReplayedDeadLetter: a bad record already dead-lettered before a crash: not counted again.
  enum class Kind { kDecided, kAlreadyDecided, kDeadLetter, kHeld, kReplayedDeadLetter };
  Kind kind = Kind::kDecided;
  std::string event_id;  // empty for records that did not parse
  std::string route;     // decided: rules::Route wire name
  std::string reason;    // dead letter: events::RejectReason wire name
  std::string json;      // decision/1 or dead-letter/1 record, one line
};

struct PipelineOptions {
  events::Limits limits;
  std::string hmac_key;  // key of the case_ref / item_id pseudonyms (HMAC-SHA-256)
  std::string published_topic = "disclosure.published";
  std::string approvals_topic = "disclosure.approvals";
  // Kafka mode: dead letters go through the outbox to this topic (original key and bytes,
  // reason and source position in __connect.errors.* headers). Empty: offline, no outbox.
  std::string dead_letter_topic;
  // Kafka mode: a revocation whose original has not been decided is held, not dead-lettered;
  // after this many seconds it is dead-lettered (unknown_reference). 0: dead-letter at once.
  int64_t hold_unknown_reference_seconds = 0;
  // Threads that run the pure stages (parse, rules, redaction and its last-line check) of a
  // batch's records in parallel before the store stage takes them in order. 1: all in the
  // calling thread.
  int prepare_threads = 1;
};

// What one run of the scheduler did.
struct ScheduleResult {
  int released = 0;        // embargoed items that came out
  int expired = 0;         // expire records enqueued
  int held_timed_out = 0;  // held revocations dead-lettered
};

// The pure stages' results for the records of a batch (Pipeline::Prepare), for Pipeline::Decide.
class PreparedBatch {
 public:
  PreparedBatch();
  ~PreparedBatch();
  PreparedBatch(PreparedBatch&&) noexcept;
  PreparedBatch& operator=(PreparedBatch&&) noexcept;

 private:
  friend class Pipeline;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

class Pipeline {
 public:
  // `store` and `clock` must outlive the pipeline.
  static Result<std::unique_ptr<Pipeline>> Create(std::shared_ptr<const rules::RuleSet> rules,
                                                  store::Store* store, const Clock* clock,
                                                  const PipelineOptions& options);
  ~Pipeline();

  // Runs every record through stages 1–4 in one store transaction. On a store error the
  // transaction is rolled back, nothing of the batch is kept, and the error is returned.
  Result<std::vector<Outcome>> ProcessBatch(std::span<const Record> records);
  // ProcessBatch in two steps, so that a caller can prepare the next batch while the store
  // stage of this one runs. Prepare: the pure stages (parse, rules, redaction), no store; it
  // may run on another thread concurrently with Decide (and RunScheduler), not with SwapRules.
  // Decide: the store stage, for the same `records`, as ProcessBatch.
  PreparedBatch Prepare(std::span<const Record> records) const;
  Result<std::vector<Outcome>> Decide(std::span<const Record> records, PreparedBatch prepared);

  // Replaces the rule set for the following batches.
  void SwapRules(std::shared_ptr<const rules::RuleSet> rules);
  const rules::RuleSet& rules() const;

  // Releases embargoed items that are due, expires items whose period ended, dead-letters
  // revocations held too long; one store transaction.
  Result<ScheduleResult> RunScheduler(const Timestamp& now);

 private:
  struct Impl;
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The embedded Kafka-protocol broker: librdkafka's mock cluster on localhost (in memory; for a
// first run and for tests, not for production). Owns the cluster; stops it on destruction.
class EmbeddedBroker {
 public:
  // Starts `brokers` brokers and creates `topics` with `partitions` partitions each.
  static Result<std::unique_ptr<EmbeddedBroker>> Start(const std::vector<std::string>& topics,
                                                       int partitions, int brokers = 1);
  ~EmbeddedBroker();
  const std::string& bootstrap_servers() const;

  // Fault injection for tests (Kafka protocol ApiKey: 0 Produce, 1 Fetch, 8 OffsetCommit, …;
  // errors are Kafka error codes, e.g. 6 NOT_LEADER_FOR_PARTITION, 7 REQUEST_TIMED_OUT).
  void PushRequestErrors(int16_t api_key, const std::vector<int>& errors);
  void SetBrokerDown(int32_t broker_id);
  void SetBrokerUp(int32_t broker_id);

 private:
  struct Impl;
  explicit EmbeddedBroker(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Signals to a running connector; set from signal handlers or tests.
struct RunControl {
  std::atomic<bool> stop{false};    // SIGTERM/SIGINT: finish the batch, flush, commit, return
  std::atomic<bool> reload{false};  // SIGHUP: reload the rule file
};

// `disclosure run`: consumes case events, runs the pipeline per batch, commits the store and
// then the offsets, drains the outbox to Kafka (marking rows sent on delivery reports), runs
// the scheduler, serves /healthz and /metrics. Not thread-safe; Run blocks.
class Connector {
 public:
  // With no `bootstrap.servers` in config.kafka, starts an embedded broker first.
  static Result<std::unique_ptr<Connector>> Create(const config::Config& config,
                                                   const Clock* clock);
  ~Connector();
  // The broker address in use ("127.0.0.1:PORT" for the embedded one).
  const std::string& bootstrap_servers() const;
  bool embedded_broker() const;
  // The address /metrics and /healthz are served on ("127.0.0.1:PORT"); empty if disabled.
  std::string http_address() const;
  // Runs until control.stop; returns the first unrecoverable error.
  Status Run(RunControl& control);

 private:
  struct Impl;
  explicit Connector(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// "pi_…" / "cr_…": HMAC-SHA-256 pseudonyms, 24 hex digits.
ItemId MakeItemId(std::string_view key, const EventId& event_id);
CaseRef MakeCaseRef(std::string_view key, const PersonalText& case_id);

// Standard base64 of `bytes` (for dead-letter payloads) and back (invalid characters skipped).
std::string Base64(std::string_view bytes);
std::string UnBase64(std::string_view text);

// Record headers as the outbox stores them (opaque to the store) and back.
std::string EncodeHeaders(const std::vector<std::pair<std::string, std::string>>& headers);
std::vector<std::pair<std::string, std::string>> DecodeHeaders(const std::string& encoded);

}  // namespace disclosure::connector
