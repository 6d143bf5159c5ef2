// connector: runs the pipeline (events → rules → redaction → store) over batches of records.
// The offline `disclosure process` feeds it lines of a file; the Kafka connector (a later
// stage) feeds it consumed messages and commits offsets only after ProcessBatch has committed.
//
// Delivery semantics live here: one store transaction per batch; an event already decided is
// recognised by event_id and not decided again; a bad record becomes exactly one dead letter.
// Not thread-safe: one Pipeline per thread (it owns a store connection).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
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

struct Record {
  std::string_view bytes;
  RecordSource source;
};

struct Outcome {
  enum class Kind { kDecided, kAlreadyDecided, kDeadLetter };
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

  // Replaces the rule set for the following batches.
  void SwapRules(std::shared_ptr<const rules::RuleSet> rules);

 private:
  struct Impl;
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// "pi_…" / "cr_…": HMAC-SHA-256 pseudonyms, 24 hex digits.
ItemId MakeItemId(std::string_view key, const EventId& event_id);
CaseRef MakeCaseRef(std::string_view key, const PersonalText& case_id);

// Standard base64 of `bytes` (for dead-letter payloads).
std::string Base64(std::string_view bytes);

}  // namespace disclosure::connector
