// approval: the legal brigade's (法制大队) approval queue — its state machine, the queue service
// over the store (claim with a lease, approve / reject, edit the masks, four-eyes, escalation),
// console users and passwords, and the web console with its JSON API (approval/README.md).
//
// Fail closed: an item never decided is never published; only a final approval enqueues it.
// Personal data: the original event is shown to approvers only, and never logged; errors name
// ids and fields, never values.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "store/store.h"

namespace disclosure::approval {

// ---- The state machine (pure) --------------------------------------------------------------

enum class State { kPending, kClaimed, kApproved, kRejected, kCancelled };
enum class Action {
  kClaim,    // an approver takes the item (with a lease)
  kRelease,  // the claim is given back or its lease ran out
  kApprove,  // approve, possibly after editing the masks
  kReject,   // reject with a comment
  kCancel,   // a revocation arrived while the item waited
};

std::string_view ToString(State state);
std::string_view ToString(Action action);
std::optional<State> ParseState(std::string_view name);

// The state after `action`, or kConflict naming both when the action is not allowed in `from`
// (e.g. a second approval of an item already approved).
Result<State> Next(State from, Action action);

// Whether an item in `state` may be published.
inline bool MayPublish(State state) { return state == State::kApproved; }

// ---- Users ---------------------------------------------------------------------------------

enum class Role {
  kApprover,    // legal brigade: approve, reject, edit masks; sees the original
  kOperator,    // rules and configuration; no approvals
  kSupervisor,  // reports, read-only (redacted only)
  kAdmin,       // users
};
std::string_view ToString(Role role);
std::optional<Role> ParseRole(std::string_view name);

// PBKDF2-HMAC-SHA256 (OpenSSL), random 16-byte salt per hash. Encoded as
// "pbkdf2-sha256$ITERATIONS$SALT_HEX$HASH_HEX". Fails only if OpenSSL does.
constexpr int kPasswordIterations = 600000;
Result<std::string> HashPassword(std::string_view password,
                                 int iterations = kPasswordIterations);
// Constant-time comparison; false for a malformed encoding.
bool VerifyPassword(std::string_view password, std::string_view encoded);

// Creates, re-passwords or disables a user (`disclosure users`). Passwords of fewer than 10
// characters are refused (kInvalidArgument).
Status AddUser(store::Store* store, const std::string& name, Role role,
               std::string_view password, const Clock& clock);
Status SetPassword(store::Store* store, const std::string& name, std::string_view password);

// ---- The queue service ----------------------------------------------------------------------

struct QueueOptions {
  int64_t lease_seconds = 600;          // a forgotten claim frees itself after this
  int64_t reminder_seconds = 24 * 3600;  // remind when the deadline is this close
  // Reasons (rule names) that need a second, different approver (四眼原则 / 双人审批).
  std::vector<std::string> four_eyes_reasons = {"police-misconduct"};
  std::string published_topic = "disclosure.published";
};

// How urgent an open item is, from its deadline and the clock.
enum class Escalation {
  kNone,
  kReminder,    // the deadline is near: remind the approvers (临期提醒)
  kSupervisor,  // past the deadline: escalated to the supervisors (超期上报)
};
std::string_view ToString(Escalation e);  // "none", "reminder", "supervisor"
Escalation EscalationAt(std::string_view deadline_at, const Timestamp& now,
                        int64_t reminder_seconds);

// One edit of the masks, made by an approver before approving.
struct MaskEdit {
  enum class Op { kMask, kUnmask };
  Op op = Op::kMask;
  std::string field;   // "content.facts"
  std::string text;    // kMask: a stretch of the original field to mask (every occurrence)
  std::string cls;     // kMask: redaction class ("person_name", "phone", …)
  int span = -1;       // kUnmask: index of the redactor's span within the field
  std::string reason;  // kUnmask: why it is a false positive (required)
};
// `[{"op":"mask","field":…,"text":…,"class":…} | {"op":"unmask","field":…,"span":N,"reason":…}]`
Result<std::vector<MaskEdit>> ParseEdits(std::string_view json);
std::string EditsToJson(const std::vector<MaskEdit>& edits);

// A stretch of a content field: plain text, or a masked span with its class.
struct Segment {
  enum class Kind { kPlain, kRedacted, kManualMask, kUnmasked };
  Kind kind = Kind::kPlain;
  std::string text;      // what the public sees
  std::string original;  // the original text: filled only for approvers
  std::string cls;       // redaction class for masked / unmasked spans
  int span = -1;         // redactor span index (kRedacted, kUnmasked)
};
struct FieldView {
  std::string name;     // "content.facts"
  bool editable = false;  // the spans could be recomputed from the original
  std::vector<Segment> segments;
};
struct ItemView {
  store::QueueRow row;  // item_json: with the edits applied
  Escalation escalation = Escalation::kNone;
  bool original_shown = false;
  std::vector<FieldView> fields;
  std::vector<store::AuditRow> audit;
};

// The queue's operations for one store connection. Not thread-safe; cheap to construct.
// Every decision is an audit entry. Errors: kNotFound (no such queued item), kConflict (another
// officer got there first, the item is decided or cancelled, four-eyes), kInvalidArgument (bad
// edit), kIoError (store).
class Queue {
 public:
  Queue(store::Store* store, const Clock* clock, QueueOptions options);

  Result<std::vector<store::QueueRow>> List(const store::QueueFilter& filter);
  Escalation EscalationOf(const store::QueueRow& row) const;
  // The item with `edits` (stored and `extra`) applied; the original only for approvers.
  Result<ItemView> Show(const ItemId& item_id, Role role,
                        const std::vector<MaskEdit>& extra = {});
  // true: `user` holds the claim until the lease runs out; false: someone else does.
  Result<bool> Claim(const ItemId& item_id, const std::string& user);
  Status Release(const ItemId& item_id, const std::string& user);
  // Approves with `edits`; a four-eyes item needs a second approval by someone else.
  Result<store::QueueOutcome> Approve(const ItemId& item_id, const std::string& user,
                                      const std::vector<MaskEdit>& edits);
  Status Reject(const ItemId& item_id, const std::string& user, const std::string& comment);
  // Records reminder / escalation notices in the audit; returns how many were added.
  Result<int> Escalate();

 private:
  store::Store* store_;
  const Clock* clock_;
  QueueOptions options_;
};

// ---- The console ---------------------------------------------------------------------------

struct ConsoleOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (see Console::port())
  std::string cert_file;  // PEM; with key_file: HTTPS through Poco NetSSL
  std::string key_file;
  int threads = 8;
  int64_t session_seconds = 8 * 3600;
  int max_login_failures = 5;         // per user and per client address …
  int64_t login_window_seconds = 900;  // … within this window …
  int64_t lockout_seconds = 900;       // … lock it for this long
  int64_t escalation_interval_seconds = 60;  // 0: no background escalation
  const Clock* clock = nullptr;  // nullptr: the system clock
  QueueOptions queue;
};

// The legal brigade's web console: static pages (embedded) and the JSON API, on Poco::Net's
// HTTPServer, each worker with its own store connection. Start/Stop from one thread.
class Console {
 public:
  // Opens the store (migrating it), binds, and serves in background threads.
  static Result<std::unique_ptr<Console>> Start(const std::string& store_url,
                                                const ConsoleOptions& options);
  ~Console();  // stops
  void Stop();
  int port() const;          // the bound port
  std::string url() const;   // "http://127.0.0.1:PORT" (https with a certificate)

 private:
  struct Impl;
  explicit Console(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace disclosure::approval
