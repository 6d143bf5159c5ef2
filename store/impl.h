// Internal to store/: the state behind Store, shared by the files that implement its parts
// (store.cc: decisions, items, outbox, audit; further files: the approval queue, …).
#pragma once

#include <Poco/Data/LOB.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>
#include <sqlite3.h>

#include <array>
#include <condition_variable>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "store/store.h"

namespace disclosure::store {

// The SQL dialect of the session. Everything that differs between the backends is switched on
// this in one place per statement: Impl::Sql (placeholders), the migrations, and the few JSON
// expressions of the approval queue.
enum class Dialect { kSqlite, kPostgres };

// A statement prepared once and executed many times (the per-event writes and reads): parsing
// SQL was most of the store's time (SQLite compiles the queue triggers into every INSERT on
// items and decisions). The statement is bound by reference to the members below; callers
// assign them, then execute.
struct CachedStatement {
  explicit CachedStatement(Poco::Data::Session& session) : statement(session) {}
  Poco::Data::Statement statement;
  std::array<std::string, 12> text;
  std::array<int64_t, 2> number{};
  Poco::Data::BLOB blob;
  std::array<std::vector<std::string>, 5> out_text;
  std::vector<int64_t> out_number;
  std::vector<Poco::Data::BLOB> out_blob;

  void ClearOutputs() {
    for (auto& v : out_text) v.clear();
    out_number.clear();
    out_blob.clear();
  }
};

// SQLite only: a statement prepared once with the C API and kept. Poco::Data prepares again on
// every execution, and SQLite compiles the queue triggers into each INSERT on items and
// decisions when it prepares: that was most of the store's time per event. Errors throw
// Poco::Exception with SQLite's message (names tables and constraints, never values).
class NativeStatement {
 public:
  NativeStatement(sqlite3* db, const std::string& sql);
  ~NativeStatement();
  NativeStatement(const NativeStatement&) = delete;
  NativeStatement& operator=(const NativeStatement&) = delete;
  NativeStatement& Text(int index, std::string_view value);
  NativeStatement& Int(int index, int64_t value);
  NativeStatement& Blob(int index, std::string_view value);
  // Runs to the end; returns the rows changed.
  size_t Run();
  // Reading: Step until it returns false, reading columns (0-based) in between; then Done.
  bool Step();
  std::string ColumnText(int column) const;
  int64_t ColumnInt(int column) const;
  void Done();

 private:
  void Check(int rc);
  sqlite3* db_;
  sqlite3_stmt* statement_ = nullptr;
};

enum class QueueChange { kAdd, kDescribe, kDescribeGiven, kCancel };

enum class Cached {
  kFindDecision,
  kInsertDecision,
  kSaveOriginal,
  kInsertItem,
  kInsertItemBody,
  kEnqueue,
  kEnqueuePayload,
  kEnqueueBody,
  kClaimOutbox,
  kClaimedOutbox,
  kAuditTail,
  kAuditInsert,
  kHeldFor,
  kAnyHeld,
  kIndexSequence,
  kIndexSequenceStore,
  kUpdateItemState,
  kFindItemByEvent,
  kQueueAdd,
  kQueueDescribe,
  kQueueDescribeGiven,
  kQueueCancel,
  kCount,
};

// Checkpoints a SQLite file's WAL on a thread of its own, with its own connection, so that no
// commit of the pipeline or the publisher stops for the checkpoint's copying and fsyncs.
// Store::Open installs a WAL hook that wakes it once the WAL holds kWakePages pages (the
// hook replaces SQLite's auto-checkpoint); past kInlinePages (the checkpointer cannot keep up,
// or a reader holds old frames) the committing connection checkpoints itself, as before.
class Checkpointer {
 public:
  static constexpr int kWakePages = 2000;     // 31 MiB with 16 KiB pages
  static constexpr int kInlinePages = 32000;  // 500 MiB
  explicit Checkpointer(std::string path) : path_(std::move(path)) {}
  ~Checkpointer();
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;
  // The WAL hook of a connection to the file (sqlite3_wal_hook); `self` is the Checkpointer.
  static int OnCommit(void* self, sqlite3* db, const char* schema, int pages);

 private:
  void Wake();
  void Loop();
  const std::string path_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool woken_ = false, stop_ = false;
  std::thread thread_;  // started by the first Wake
};

struct Store::Impl {
  Impl(Poco::Data::Session s, Dialect d) : session(std::move(s)), dialect(d) {}
  ~Impl();
  Poco::Data::Session session;
  std::unique_ptr<Checkpointer> checkpointer;  // SQLite files only
  Dialect dialect = Dialect::kSqlite;
  int version = 0;
  // Inside a transaction of Store::Begin, and whether it already holds the audit chain's lock
  // (PostgreSQL): Store::LockAuditChain takes it once per such transaction.
  bool in_begin = false;
  bool audit_locked = false;
  // SQLite, inside a transaction of Begin (which holds the one write lock): the index
  // sequences handed out so far, by (unit_code, month): the next value and the value stored.
  // The first number of a key in a transaction goes through the upsert; the later ones are
  // counted here and written back once, by Commit (an upsert with RETURNING cost about 35,000
  // instructions, for every published item).
  struct Sequence {
    int64_t next = 0;
    int64_t stored = 0;
  };
  std::map<std::pair<std::string, std::string>, Sequence> sequences;
  // SQLite, inside a transaction of Begin: whether held_revocations has any row (-1: not asked
  // yet). Every decided event asks for revocations held for it, and the table is nearly always
  // empty: one question per transaction instead of one per event.
  int any_held = -1;
  // The item record InsertItem wrote last, while a reference to it cannot outlive it: inside
  // the transaction of Begin that wrote it (Begin, Commit and Rollback forget it) or, outside
  // any transaction, committed at once. Item bodies are never changed once written (an
  // approver's edit adds one), so Enqueue and InsertDecision, given the same bytes for the same
  // item, store its id instead of a second and a third copy (migration 11).
  struct LastBody {
    int64_t id = 0;  // 0: none
    std::string item_id, event_id, json;
  };
  LastBody last_body;
  void ForgetTransaction();  // the per-transaction state above, at Begin, Commit and Rollback
  std::array<std::unique_ptr<CachedStatement>, static_cast<size_t>(Cached::kCount)> cached;
  std::array<std::unique_ptr<NativeStatement>, static_cast<size_t>(Cached::kCount)> native;

  // SQLite: the kept native statement `which` for `sql` (prepared on first use).
  NativeStatement& Native(Cached which, const char* sql);

  // The cached statement `which`, prepared by `setup` (which binds its members) on first use.
  // Run it through Execute, which drops it after an error (it is prepared again next time).
  template <typename Setup>
  CachedStatement& Prepared(Cached which, Setup&& setup) {
    auto& slot = cached[static_cast<size_t>(which)];
    if (!slot) {
      auto fresh = std::make_unique<CachedStatement>(session);
      setup(*fresh);
      slot = std::move(fresh);
    }
    return *slot;
  }
  size_t Execute(Cached which) {
    auto& slot = cached[static_cast<size_t>(which)];
    try {
      return slot->statement.execute();
    } catch (...) {
      Abandon(std::move(slot));
      throw;
    }
  }
  // A kept statement that failed is never used nor destroyed again: Poco 1.11's PostgreSQL
  // StatementExecutor frees its previous result before executing but keeps the pointer, so
  // after a failure that follows a success both its destructor and its next execution free
  // that result a second time (a double free: the connector aborted on its first deadlock).
  // It stays reachable here, so leak checkers do not count it; its few kilobytes and its
  // prepared statement on the server go with the process.
  static void Abandon(std::unique_ptr<CachedStatement> failed);

  bool pg() const { return dialect == Dialect::kPostgres; }

  // One parameter of a kept statement: text, an integer, or bytes.
  struct Param {
    enum class Kind { kText, kInt, kBlob };
    Param(std::string_view v) : kind(Kind::kText), text(v) {}    // NOLINT: implicit on purpose
    Param(const std::string& v) : kind(Kind::kText), text(v) {}  // NOLINT
    Param(int64_t v) : kind(Kind::kInt), number(v) {}            // NOLINT
    static Param Blob(std::string_view bytes) {
      Param p(bytes);
      p.kind = Kind::kBlob;
      return p;
    }
    Kind kind;
    std::string_view text;  // text or bytes
    int64_t number = 0;
  };
  // Runs the kept statement `which` (`sql` with one `?` per parameter, in order) and returns
  // the rows it changed: on SQLite a native statement, on PostgreSQL a Poco statement bound
  // once. Every write of the per-event path goes through here, so the SQL is written once.
  size_t Exec(Cached which, const char* sql, std::span<const Param> params);
  size_t Exec(Cached which, const char* sql, std::initializer_list<Param> params) {
    return Exec(which, sql, std::span<const Param>(params.begin(), params.size()));
  }
  // Runs the queue statement `change` with its text parameters (store/store.cc).
  void ChangeQueue(QueueChange change, std::initializer_list<std::string_view> params);
  // Statement text for this dialect: SQLite takes `?` as written; Poco 1.11's PostgreSQL
  // connector passes the text to libpq unchanged, so each `?` outside a string literal becomes
  // $1, $2, ….
  std::string Sql(std::string_view text) const;
};

namespace internal {

// Runs `fn`, turning Poco and std exceptions into a Status that names the operation only.
template <typename Fn>
inline Status Guard(const char* operation, Fn&& fn) {
  try {
    fn();
    return Status::Ok();
  } catch (const Poco::Exception& e) {
    return Status::IoError(std::string("store: ") + operation + ": " + e.displayText());
  } catch (const std::exception& e) {
    return Status::IoError(std::string("store: ") + operation + ": " + e.what());
  }
}

// Statement text for `dialect` (see Store::Impl::Sql); store/store.cc.
std::string Sql(Dialect dialect, std::string_view text);
std::string PostgresTypes(std::string sql);

// Schema migrations defined in store/approval_store.cc: 2 (the approval queue and console
// users) and 4 (the queue kept by the functions below instead of triggers).
std::vector<std::string> ApprovalMigration(Dialect dialect);
std::vector<std::string> QueueInStoreMigration(Dialect dialect);

// The approval queue's rows that follow items and decisions, changed in the caller's
// transaction by Store::Impl::ChangeQueue: a pending item joins the queue; an approval
// decision describes it (catalog, title, reasons, four-eyes); a cancelled item leaves it.
// The statement text per dialect is in store/approval_store.cc.
const char* QueueSql(Dialect dialect, QueueChange change);

}  // namespace internal
}  // namespace disclosure::store
