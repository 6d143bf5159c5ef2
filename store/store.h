// store: the connector's durable state — decisions, redacted items, protected originals, the
// outbox, the audit chain — behind one narrow interface, on Poco::Data (SQLite now; PostgreSQL
// through the same schema later).
//
// Why a seam: Poco::Data's session/statement objects throw and are not thread-safe; this class
// owns one session, turns every exception into a Status naming the table and operation (never a
// value), and keeps SQL out of the pipeline. Not thread-safe: one Store per thread.
// Idempotency lives here: decisions are keyed by event_id, items by item_id.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/base.h"

namespace disclosure::store {

// Item lifecycle. Only kPublishing/kPublished items ever reach the publication topic.
enum class ItemState {
  kStored,           // on_request / withhold / out_of_scope: kept, never published
  kPendingApproval,  // waits for the legal brigade (法制大队)
  kEmbargoed,        // publish_after in the future
  kPublishing,       // in the outbox
  kPublished,        // delivery confirmed
  kRetracted,        // a retraction went out
  kCancelled,        // revoked before it came out
  kRejected,         // rejected in approval
  kExpired,          // its publication period ended; an expire record went out
};
std::string_view ToString(ItemState state);
std::optional<ItemState> ParseItemState(std::string_view name);

struct DecisionRow {
  EventId event_id;
  std::string route;       // rules::Route wire name
  std::string catalog_id;  // empty for out_of_scope
  std::string rule_version;
  std::string decision_json;  // the decision/1 record as emitted (no personal data)
  std::string decided_at;     // processing time, RFC 3339
};

struct ItemRow {
  ItemId item_id;
  EventId event_id;
  CaseRef case_ref;
  ItemState state = ItemState::kStored;
  std::string unit_code;
  std::string index_no;   // 索引号, assigned once
  std::string item_json;  // the published-item/1 record (redacted)
  std::string deadline_at;
  std::string publish_after;
  std::string expires_at;
  int64_t publish_after_unix = 0;  // 0: no embargo
  int64_t expires_at_unix = 0;     // 0: never expires
};

// A revocation consumed before the event it refers to (held until that one is decided).
struct HeldRevocation {
  EventId event_id;
  EventId refers_to;
  std::string raw;     // the original bytes (protected: personal data)
  std::string source;  // encoded source position, for the dead letter if it times out
  int64_t held_at = 0;  // unix seconds
};

struct OutboxRow {
  int64_t id = 0;
  ItemId item_id;
  std::string topic;
  std::string key;
  std::string payload;  // bytes (a dead letter's payload need not be UTF-8)
  std::string headers;  // record headers, encoded by the connector; opaque here
};

struct AuditRow {
  int64_t seq = 0;
  std::string at;
  std::string actor;    // "system" or a console user name
  std::string action;   // "decide", "approve", …
  std::string subject;  // event or item id
  std::string detail;   // no personal data
  std::string prev_hash;
  std::string hash;     // SHA-256 over prev_hash and the row's fields
};

class Store {
 public:
  // url: "sqlite:PATH", "sqlite::memory:", ":memory:" or a plain file path. Opens (creating if
  // needed) and migrates the schema to the newest version.
  static Result<std::unique_ptr<Store>> Open(const std::string& url);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  int schema_version() const;

  // Transactions: everything between Begin and Commit is one atomic unit (a batch of events).
  Status Begin();
  Status Commit();
  void Rollback();  // never fails loudly: a failed rollback leaves the transaction to the DB

  // The key for pseudonyms when none is configured: created randomly once, then kept.
  Result<std::string> GeneratedHmacKey();

  Result<std::optional<DecisionRow>> FindDecision(const EventId& event_id);
  // Fails with kConflict if the event already has a decision.
  Status InsertDecision(const DecisionRow& row);
  Status SaveOriginal(const EventId& event_id, std::string_view raw_bytes);  // protected column
  Result<std::optional<std::string>> FindOriginal(const EventId& event_id);

  Result<std::optional<ItemRow>> FindItemByEvent(const EventId& event_id);
  Status InsertItem(const ItemRow& row);
  Status UpdateItemState(const ItemId& item_id, ItemState state);

  // Next 索引号 sequence number for a unit and month ("202611"): 1, 2, …
  Result<int64_t> NextIndexSequence(const std::string& unit_code, const std::string& month);

  Status Enqueue(const OutboxRow& row);  // id is assigned
  Result<std::vector<OutboxRow>> PendingOutbox(int limit);
  Status MarkSent(int64_t outbox_id);

  // Appends to the hash chain (seq, prev_hash and hash are computed here).
  Status AppendAudit(const std::string& at, const std::string& actor, const std::string& action,
                     const std::string& subject, const std::string& detail);
  // Recomputes the chain; returns the seq of the first broken entry, or nullopt if intact.
  Result<std::optional<int64_t>> VerifyAudit();

  Result<int64_t> CountDecisions();

  // Items in `state` whose publish_after (kEmbargoed) or expires_at (kPublished, kPublishing)
  // is at or before `now_unix`, oldest first.
  Result<std::vector<ItemRow>> DueItems(ItemState state, int64_t now_unix, int limit);
  Result<int64_t> CountPendingOutbox();
  // Items waiting (pending approval, embargoed, publishing) whose deadline_at is before now.
  Result<int64_t> CountOverdue(const std::string& now_rfc3339);

  // Dead letters by source position ("topic/partition/offset" or "file:line"): false if this
  // position was already dead-lettered (a replay), true if recorded now.
  Result<bool> RecordDeadLetter(const std::string& source, const std::string& reason,
                                const std::string& at);

  Status HoldRevocation(const HeldRevocation& held);
  Result<std::vector<HeldRevocation>> HeldFor(const EventId& original);
  Result<std::vector<HeldRevocation>> HeldBefore(int64_t held_before_unix, int limit);
  Status ReleaseHeld(const EventId& event_id);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclosure::store
