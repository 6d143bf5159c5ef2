// store: the connector's durable state — decisions, redacted items, protected originals, the
// outbox, the audit chain — behind one narrow interface, on Poco::Data: SQLite or PostgreSQL,
// the same schema and migrations (dialect differences in store/impl.h's Dialect).
//
// Why a seam: Poco::Data's session/statement objects throw and are not thread-safe; this class
// owns one session, turns every exception into a Status naming the table and operation (never a
// value), and keeps SQL out of the pipeline. Not thread-safe: one Store per thread.
// Idempotency lives here: decisions are keyed by event_id, items by item_id.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
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
  // For a decision routed to approval, what the approval queue shows of it, as its writer put
  // it into decision_json: the catalog item's name ("item"/"catalog"/"name"), the item's title
  // ("item"/"content"/"title", empty if none) and the "reasons" array as written. Without it
  // the store reads them out of decision_json, which costs a JSON parse of the whole record.
  struct QueueSummary {
    std::string catalog_name;
    std::string title;
    std::string reasons_json;
  };
  std::optional<QueueSummary> queue_summary;
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
  std::string raw;      // the original bytes (protected: personal data)
  std::string source;   // encoded source position, for the dead letter if it times out
  int64_t held_at = 0;  // unix seconds
};

struct OutboxRow {
  int64_t id = 0;
  ItemId item_id;
  std::string topic;
  std::string key;
  std::string payload;  // bytes (a dead letter's payload need not be UTF-8)
  std::string headers;  // record headers, encoded by the connector; opaque here
  // ClaimOutbox only: the state of the row's item when claimed (none: no such item).
  std::optional<ItemState> item_state;
};

// Who holds an outbox row (no personal data: the row id, its topic and an instance id).
struct OutboxClaim {
  int64_t id = 0;
  std::string topic;
  std::string owner;
};

struct AuditRow {
  int64_t seq = 0;
  std::string at;
  std::string actor;    // "system" or a console user name
  std::string action;   // "decide", "approve", …
  std::string subject;  // event or item id
  std::string detail;   // no personal data
  std::string prev_hash;
  std::string hash;  // SHA-256 over prev_hash and the row's fields
};

// ---- Approval queue and users (approval/): rows of the tables of migration 2 --------------

// One item in the approval queue (法制大队审批). `state` is the queue's own: pending | claimed |
// approved | rejected | cancelled (items.state says where the item as a whole stands).
struct QueueRow {
  ItemId item_id;
  EventId event_id;
  std::string state;
  std::string claimed_by;              // empty when not claimed
  int64_t lease_until = 0;             // unix seconds; a claim past its lease is free again
  int64_t version = 0;                 // bumped by every change: compare-and-set token
  bool needs_second = false;           // four-eyes (双人审批): a second, different approver
  std::string first_by, first_at;      // the first approval of a four-eyes item
  std::string decided_by, decided_at;  // the final decision
  std::string comment;                 // rejection comment (protected: may name people)
  std::string edits_json = "[]";       // mask edits so far (JSON array, protected)
  std::string reasons_json = "[]";     // the decision's reasons [{"rule","says"}]
  std::string catalog_id;
  std::string catalog_name;  // 事项名称
  std::string title;         // the item's redacted title, if it has one
  std::string unit_code;
  std::string deadline_at;
  int escalation_level = 0;  // notices recorded: 0 none, 1 reminder, 2 escalated to supervisor
  std::string item_json;     // the published-item/1 record (FindQueueItem only)
};

struct QueueFilter {
  std::string unit_code;   // empty: any
  std::string catalog_id;  // empty: any
  std::string reason;      // a reason rule; empty: any
  bool open_only = true;   // pending and claimed only
  int limit = 500;
};

enum class QueueVerdict { kApprove, kReject };
// What DecideQueueItem did.
enum class QueueOutcome { kApproved, kFirstApproval, kRejected };

// A human decision, applied by DecideQueueItem in one transaction.
struct QueueDecision {
  ItemId item_id;
  QueueVerdict verdict = QueueVerdict::kReject;
  std::string user;
  std::string at;  // RFC 3339
  int64_t now_unix = 0;
  int64_t expected_version = 0;  // the version the caller read (compare-and-set)
  std::string comment;
  std::string edits_json = "[]";  // all edits, cumulative
  std::string published_json;     // approve: the record to enqueue if this is the final approval
  std::string pending_item_json;  // approve: the item's new redacted record if not final
  std::string topic;              // approve: the publication topic
  std::string audit_detail;       // no personal data
};

struct UserRow {
  std::string name;
  std::string role;           // approver | operator | supervisor | admin (CHECK in the schema)
  std::string password_hash;  // "pbkdf2-sha256$ITER$SALT$HASH"
  bool disabled = false;
  std::string created_at;
};

struct SessionRow {
  std::string token_hash;  // SHA-256 of the cookie token: the token itself is never stored
  std::string user_name;
  std::string role;  // the user's current role (joined)
  int64_t expires_unix = 0;
};

class Store {
 public:
  // url: "sqlite:PATH", "sqlite::memory:", ":memory:" or a plain file path; or
  // "postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?schema=NAME]" (the schema is created if
  // missing). Opens (creating if needed) and migrates the schema to the newest version; on
  // PostgreSQL instances opening together migrate once (advisory lock).
  static Result<std::unique_ptr<Store>> Open(const std::string& url);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  int schema_version() const;

  // Transactions: everything between Begin and Commit is one atomic unit (a batch of events).
  Status Begin();
  // PostgreSQL: takes the audit chain's lock (held to the transaction's end) at once, so that a
  // transaction that will append to the chain takes it before any row lock; instances sharing
  // the store then wait for each other instead of deadlocking. No-op on SQLite.
  Status LockAuditChain();
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
  Result<std::optional<ItemState>> ItemStateOf(const ItemId& item_id);

  // Next 索引号 sequence number for a unit and month ("202611"): 1, 2, …
  Result<int64_t> NextIndexSequence(const std::string& unit_code, const std::string& month);

  Status Enqueue(const OutboxRow& row);  // id is assigned
  Result<std::vector<OutboxRow>> PendingOutbox(int limit);
  // Many instances, one outbox: claims up to `limit` unsent rows for `owner` (an id unique to
  // this process) until `lease_until` and returns the rows `owner` holds, oldest first. A row
  // is free when unclaimed, its lease ran out (its instance died) or `owner` holds it already;
  // a row is not taken while an earlier unsent row of the same item is held by another live
  // claim (records of one item go out in order). On PostgreSQL the candidates are locked with
  // FOR UPDATE SKIP LOCKED, so instances claiming together never wait on each other. Each
  // row carries its item's state (one query for the batch, not one per row).
  Result<std::vector<OutboxRow>> ClaimOutbox(const std::string& owner, int64_t now_unix,
                                             int64_t lease_until, int limit);
  // Marks the rows `ids` sent, and the items of those on `published_topic` published
  // (kPublishing → kPublished; no change in any other state), in one transaction of a few
  // statements.
  Status MarkSentMany(std::span<const int64_t> ids, const std::string& published_topic);
  // Extends `owner`'s claim on the rows `ids` (in flight: handed to the producer, no delivery
  // report yet) to `lease_until`. Returns those of `ids` that `owner` no longer holds, with
  // their holder now: another instance took them after the lease ran out.
  Result<std::vector<OutboxClaim>> RenewOutboxClaims(const std::string& owner,
                                                     std::span<const int64_t> ids,
                                                     int64_t lease_until);
  // Unsent rows claimed by an instance other than `owner` whose lease ran out before
  // `now_unix` (that instance died, or stalled): what a claim may take over, oldest first.
  Result<std::vector<OutboxClaim>> ExpiredOutboxClaims(const std::string& owner,
                                                       int64_t now_unix, int limit);

  // Appends to the hash chain (seq, prev_hash and hash are computed here).
  Status AppendAudit(const std::string& at, const std::string& actor, const std::string& action,
                     const std::string& subject, const std::string& detail);
  // Recomputes the chain; returns the seq of the first broken entry, or nullopt if intact.
  Result<std::optional<int64_t>> VerifyAudit();

  Result<int64_t> CountDecisions();
  Result<std::vector<std::pair<std::string, int64_t>>> CountDecisionsByRoute();
  Result<int64_t> CountDeadLetters();

  // Items in `state` whose publish_after (kEmbargoed) or expires_at (kPublished, kPublishing)
  // is at or before `now_unix`, oldest first. Inside a transaction on PostgreSQL the rows are
  // locked FOR UPDATE SKIP LOCKED until Commit: instances running the scheduler together each
  // take different items (SQLite has one writer at a time).
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

  // ---- Approval queue and users (approval/) — store/approval_store.cc ----------------------
  // Items enter the queue by trigger when the pipeline stores them as pending_approval; a
  // cancelled item leaves it. Every change is a compare-and-set: kConflict when it lost.

  // Replaces the reasons (rule names) whose items need a second approver; applies to items
  // queued afterwards and to open items (a requirement is never lifted).
  Status SetFourEyesReasons(const std::vector<std::string>& rules);
  // Sorted by deadline, then item id.
  Result<std::vector<QueueRow>> ListQueue(const QueueFilter& filter);
  Result<std::optional<QueueRow>> FindQueueItem(const ItemId& item_id);
  // Atomic claim with a lease until `lease_until`: true if `user` holds it now, false if another
  // user holds an unexpired claim or the item is no longer open.
  Result<bool> ClaimQueueItem(const ItemId& item_id, const std::string& user, int64_t now_unix,
                              int64_t lease_until);
  Status ReleaseQueueItem(const ItemId& item_id, const std::string& user);
  // Approves or rejects if the item is still at `expected_version`, open, and not claimed by
  // another user; final approval sets items.state publishing and enqueues published_json;
  // appends the audit entry. kConflict when the compare-and-set lost or four-eyes forbids it.
  Result<QueueOutcome> DecideQueueItem(const QueueDecision& decision);
  // Raises escalation_level to `level` (if lower) and appends an audit notice.
  Result<bool> EscalateQueueItem(const ItemId& item_id, int level, const std::string& at,
                                 const std::string& detail);
  // Audit entries about an item (its item id or event id), oldest first.
  Result<std::vector<AuditRow>> AuditFor(const ItemId& item_id, const EventId& event_id);

  Status InsertUser(const UserRow& user);  // kConflict if the name exists
  Result<std::optional<UserRow>> FindUser(const std::string& name);
  Result<std::vector<UserRow>> ListUsers();
  Status SetUserPassword(const std::string& name, const std::string& password_hash);
  // Disabling also ends the user's sessions. kNotFound for an unknown name.
  Status SetUserDisabled(const std::string& name, bool disabled);

  Status InsertSession(const std::string& token_hash, const std::string& user, int64_t now_unix,
                       int64_t expires_unix);
  // The live session of an enabled user, or nullopt.
  Result<std::optional<SessionRow>> FindSession(const std::string& token_hash, int64_t now_unix);
  Status DeleteSession(const std::string& token_hash);

  // Login throttling, per subject ("user:NAME", "ip:ADDR"): unix time until which it is locked
  // (0: not locked).
  Result<int64_t> LoginLockedUntil(const std::string& subject, int64_t now_unix);
  // Counts a failure in a window of `window_seconds`; the `max_failures`-th locks the subject
  // for `lock_seconds`.
  Status RecordLoginFailure(const std::string& subject, int64_t now_unix, int max_failures,
                            int64_t window_seconds, int64_t lock_seconds);
  Status ClearLoginFailures(const std::string& subject);

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclosure::store
