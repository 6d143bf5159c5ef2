#include "store/store.h"

#include <Poco/Data/LOB.h>
#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>
#include <Poco/Data/SQLite/Utility.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "store/impl.h"

namespace disclosure::store {
namespace internal {

std::string PostgresTypes(std::string sql) {
  // Column types written for SQLite, as PostgreSQL spells them (64-bit integers throughout:
  // SQLite's INTEGER is 64-bit).
  auto replace = [&sql](std::string_view from, std::string_view to) {
    for (size_t at = sql.find(from); at != std::string::npos; at = sql.find(from, at + to.size())) {
      sql.replace(at, from.size(), to);
    }
  };
  replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY");
  replace(" INTEGER", " BIGINT");
  replace(" BLOB", " BYTEA");
  return sql;
}

std::string Sql(Dialect dialect, std::string_view text) {
  if (dialect == Dialect::kSqlite) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  int n = 0;
  bool in_literal = false;
  for (char c : text) {
    if (c == '\'') in_literal = !in_literal;
    if (c == '?' && !in_literal) {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}
}  // namespace internal

NativeStatement::NativeStatement(sqlite3* db, const std::string& sql) : db_(db) {
  Check(sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement_, nullptr));
}
NativeStatement::~NativeStatement() { sqlite3_finalize(statement_); }
void NativeStatement::Check(int rc) {
  if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE) {
    std::string message = sqlite3_errmsg(db_);
    if (statement_ != nullptr) {
      sqlite3_reset(statement_);
      sqlite3_clear_bindings(statement_);
    }
    throw Poco::Exception("SQLite: " + message);
  }
}
// Values are bound SQLITE_STATIC (borrowed, not copied: the item and decision records are
// kilobytes): every caller binds, then runs or steps and reads, while the values live, and Run,
// Done and a failing Check reset the statement and clear its bindings before returning.
NativeStatement& NativeStatement::Text(int index, std::string_view value) {
  Check(sqlite3_bind_text64(statement_, index, value.empty() ? "" : value.data(), value.size(),
                            SQLITE_STATIC, SQLITE_UTF8));
  return *this;
}
NativeStatement& NativeStatement::Int(int index, int64_t value) {
  Check(sqlite3_bind_int64(statement_, index, value));
  return *this;
}
NativeStatement& NativeStatement::Blob(int index, std::string_view value) {
  Check(sqlite3_bind_blob64(statement_, index, value.empty() ? "" : value.data(), value.size(),
                            SQLITE_STATIC));
  return *this;
}
size_t NativeStatement::Run() {
  int rc;
  while ((rc = sqlite3_step(statement_)) == SQLITE_ROW) {
  }
  Check(rc);
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
  return static_cast<size_t>(sqlite3_changes(db_));
}

bool NativeStatement::Step() {
  int rc = sqlite3_step(statement_);
  Check(rc);
  return rc == SQLITE_ROW;
}
std::string NativeStatement::ColumnText(int column) const {
  const void* data = sqlite3_column_blob(statement_, column);
  int size = sqlite3_column_bytes(statement_, column);
  return data == nullptr ? std::string() : std::string(static_cast<const char*>(data), size);
}
int64_t NativeStatement::ColumnInt(int column) const {
  return sqlite3_column_int64(statement_, column);
}
void NativeStatement::Done() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

Checkpointer::~Checkpointer() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
}

int Checkpointer::OnCommit(void* self, sqlite3* db, const char* schema, int pages) {
  if (pages >= kInlinePages) {
    (void)sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
  } else if (pages >= kWakePages) {
    static_cast<Checkpointer*>(self)->Wake();
  }
  return SQLITE_OK;
}

void Checkpointer::Wake() {
  std::lock_guard<std::mutex> lock(mu_);
  if (stop_) return;
  woken_ = true;
  if (!thread_.joinable()) thread_ = std::thread([this] { Loop(); });
  wake_.notify_one();
}

void Checkpointer::Loop() {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                      nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return;  // the committing connections checkpoint past kInlinePages instead
  }
  // A connection sees the WAL only once it has read the database: before that a checkpoint
  // "succeeds" doing nothing.
  sqlite3_busy_timeout(db, 5000);
  if (sqlite3_exec(db, "SELECT COUNT(*) FROM sqlite_schema", nullptr, nullptr, nullptr) !=
      SQLITE_OK) {
    sqlite3_close(db);
    return;
  }
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    wake_.wait(lock, [&] { return stop_ || woken_; });
    if (stop_) break;
    woken_ = false;
    lock.unlock();
    // PASSIVE: copies what no reader still needs, never waits for readers or writers (a
    // writer keeps appending meanwhile); the next writer restarts the WAL once all is copied.
    (void)sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    lock.lock();
  }
  lock.unlock();
  sqlite3_close(db);
}

Store::Impl::~Impl() {
  // The hook points at the checkpointer: take it away before the checkpointer goes.
  if (checkpointer)
    sqlite3_wal_hook(Poco::Data::SQLite::Utility::dbHandle(session), nullptr, nullptr);
}

NativeStatement& Store::Impl::Native(Cached which, const char* sql) {
  auto& slot = native[static_cast<size_t>(which)];
  if (!slot) {
    slot = std::make_unique<NativeStatement>(Poco::Data::SQLite::Utility::dbHandle(session), sql);
  }
  return *slot;
}

std::string Store::Impl::Sql(std::string_view text) const { return internal::Sql(dialect, text); }

void Store::Impl::ChangeQueue(QueueChange change, std::initializer_list<std::string_view> params) {
  static constexpr Cached kSlot[] = {Cached::kQueueAdd, Cached::kQueueDescribe,
                                     Cached::kQueueDescribeGiven, Cached::kQueueCancel};
  std::vector<Param> values(params.begin(), params.end());
  Exec(kSlot[static_cast<size_t>(change)], internal::QueueSql(dialect, change), values);
}

size_t Store::Impl::Exec(Cached which, const char* sql, std::span<const Param> params) {
  if (!pg()) {
    NativeStatement& statement = Native(which, sql);
    int index = 0;
    for (const Param& p : params) {
      ++index;
      switch (p.kind) {
        case Param::Kind::kText:
          statement.Text(index, p.text);
          break;
        case Param::Kind::kInt:
          statement.Int(index, p.number);
          break;
        case Param::Kind::kBlob:
          statement.Blob(index, p.text);
          break;
      }
    }
    return statement.Run();
  }
  // PostgreSQL: the statement is bound once, in the order of the parameters' kinds, to the
  // slot's members; later calls (from the same place, so with the same kinds) assign them.
  CachedStatement& c = Prepared(which, [&](CachedStatement& fresh) {
    fresh.statement << Sql(sql);
    size_t texts = 0, numbers = 0;
    for (const Param& p : params) {
      if (p.kind == Param::Kind::kInt) {
        fresh.statement, Poco::Data::Keywords::use(fresh.number.at(numbers++));
      } else if (p.kind == Param::Kind::kBlob) {
        fresh.statement, Poco::Data::Keywords::use(fresh.blob);
      } else {
        fresh.statement, Poco::Data::Keywords::use(fresh.text.at(texts++));
      }
    }
  });
  size_t texts = 0, numbers = 0;
  for (const Param& p : params) {
    if (p.kind == Param::Kind::kInt) {
      c.number.at(numbers++) = p.number;
    } else if (p.kind == Param::Kind::kBlob) {
      c.blob.assignRaw(reinterpret_cast<const unsigned char*>(p.text.data()), p.text.size());
    } else {
      c.text.at(texts++).assign(p.text);
    }
  }
  return Execute(which);
}

void Store::Impl::Abandon(std::unique_ptr<CachedStatement> failed) {
  static std::mutex mu;
  static auto* abandoned = new std::vector<std::unique_ptr<CachedStatement>>();
  std::lock_guard<std::mutex> lock(mu);
  abandoned->push_back(std::move(failed));
}

namespace {

using namespace Poco::Data::Keywords;
using Poco::Data::Session;
using Poco::Data::Statement;

struct StateName {
  ItemState state;
  std::string_view name;
};
constexpr std::array<StateName, 9> kStates{{{ItemState::kStored, "stored"},
                                            {ItemState::kPendingApproval, "pending_approval"},
                                            {ItemState::kEmbargoed, "embargoed"},
                                            {ItemState::kPublishing, "publishing"},
                                            {ItemState::kPublished, "published"},
                                            {ItemState::kRetracted, "retracted"},
                                            {ItemState::kCancelled, "cancelled"},
                                            {ItemState::kRejected, "rejected"},
                                            {ItemState::kExpired, "expired"}}};

// Versioned schema: migration N brings the schema from version N-1 to N. Never edit a shipped
// migration; add the next one.
std::vector<std::vector<std::string>> Migrations(Dialect dialect) {
  std::vector<std::vector<std::string>> migrations = {
      {
          "CREATE TABLE decisions (event_id TEXT PRIMARY KEY, route TEXT NOT NULL, "
          "catalog_id TEXT NOT NULL, rule_version TEXT NOT NULL, decision_json TEXT NOT NULL, "
          "decided_at TEXT NOT NULL)",
          // Protected: the original bytes, personal data included, for the approval console.
          "CREATE TABLE originals (event_id TEXT PRIMARY KEY, raw BLOB NOT NULL)",
          "CREATE TABLE items (item_id TEXT PRIMARY KEY, event_id TEXT NOT NULL UNIQUE, "
          "case_ref TEXT NOT NULL, state TEXT NOT NULL, unit_code TEXT NOT NULL, "
          "index_no TEXT NOT NULL, item_json TEXT NOT NULL, deadline_at TEXT NOT NULL, "
          "publish_after TEXT NOT NULL, expires_at TEXT NOT NULL, "
          "publish_after_unix INTEGER NOT NULL DEFAULT 0, "
          "expires_at_unix INTEGER NOT NULL DEFAULT 0)",
          "CREATE INDEX items_state ON items (state)",
          // Dead letters already emitted, by source position: a replayed bad record is not
          // dead-lettered twice.
          "CREATE TABLE dead_letters (source TEXT PRIMARY KEY, reason TEXT NOT NULL, "
          "at TEXT NOT NULL)",
          "CREATE TABLE index_sequences (unit_code TEXT NOT NULL, month TEXT NOT NULL, "
          "next_value INTEGER NOT NULL, PRIMARY KEY (unit_code, month))",
          "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, item_id TEXT NOT NULL, "
          "topic TEXT NOT NULL, msg_key TEXT NOT NULL, payload BLOB NOT NULL, "
          "headers TEXT NOT NULL DEFAULT '', sent INTEGER NOT NULL DEFAULT 0)",
          "CREATE INDEX outbox_unsent ON outbox (sent, id)",
          "CREATE TABLE audit (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, "
          "action TEXT NOT NULL, subject TEXT NOT NULL, detail TEXT NOT NULL, "
          "prev_hash TEXT NOT NULL, hash TEXT NOT NULL)",
          "CREATE TABLE secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
          // Revocations consumed before their original: held until it is seen (protected).
          "CREATE TABLE held_revocations (event_id TEXT PRIMARY KEY, refers_to TEXT NOT NULL, "
          "raw BLOB NOT NULL, source TEXT NOT NULL, held_at INTEGER NOT NULL)",
          "CREATE INDEX held_by_original ON held_revocations (refers_to)",
      },
      // 2: the approval queue, console users, sessions and login throttling (approval/;
      // store/approval_store.cc).
      internal::ApprovalMigration(dialect),
      // 3: outbox claims, so that several instances share one outbox (Store::ClaimOutbox).
      {
          "ALTER TABLE outbox ADD COLUMN claimed_by TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE outbox ADD COLUMN claimed_until INTEGER NOT NULL DEFAULT 0",
          "CREATE INDEX outbox_item ON outbox (item_id, id)",
      },
      // 4: the approval queue kept by InsertItem / InsertDecision / UpdateItemState instead
      // of triggers on items and decisions (store/approval_store.cc).
      internal::QueueInStoreMigration(dialect),
      // 5: items_state (state) is a prefix of items_state_deadline (state, deadline_at,
      // item_id), which serves every query by state as well; one index less to write per item
      // and per state change.
      {"DROP INDEX items_state"},
      // 6: outbox_item holds the unsent rows only (the claim asks "an earlier unsent row of the
      // same item?"): a running connector sends within seconds, so the index stays a few pages
      // instead of growing by one random item_id per row for ever.
      {"DROP INDEX outbox_item", "CREATE INDEX outbox_item ON outbox (item_id, id) WHERE sent = 0"},
      // 7: the scheduler's questions (DueItems: embargoes over, publication periods ended)
      // answered from an index range instead of reading every item of the state and sorting
      // it (all published items, on every scheduler round). The keys grow with time (or are
      // 0), so inserts land at the end of their state's range.
      {"CREATE INDEX items_embargo ON items (state, publish_after_unix)",
       "CREATE INDEX items_expiry ON items (state, expires_at_unix)"},
      // 8: the payloads out of the outbox rows, keyed by the row's id: claiming a row and
      // marking it sent rewrite a row of a few dozen bytes instead of one that carries its
      // item (1–2 KB), which made the publisher hold the store three times as long.
      {"CREATE TABLE outbox_payloads (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)",
       "INSERT INTO outbox_payloads (id, payload) SELECT id, payload FROM outbox",
       "DROP INDEX outbox_item", "ALTER TABLE outbox DROP COLUMN payload",
       "CREATE INDEX outbox_item ON outbox (item_id, id) WHERE sent = 0"},
      // 9: the same for items: the published-item record moves to item_bodies, which
      // items.body_id points to, so that a change of state (publishing → published, for every
      // item sent) rewrites a narrow row. Bodies get ids in insertion order: appended, never
      // inserted at random places.
      {"CREATE TABLE item_bodies (id INTEGER PRIMARY KEY AUTOINCREMENT, item_json TEXT NOT NULL)",
       "ALTER TABLE items ADD COLUMN body_id INTEGER NOT NULL DEFAULT 0",
       dialect == Dialect::kPostgres
           ? "UPDATE items SET body_id = nextval(pg_get_serial_sequence('item_bodies', 'id'))"
           : "UPDATE items SET body_id = rowid",
       "INSERT INTO item_bodies (id, item_json) SELECT body_id, item_json FROM items",
       "ALTER TABLE items DROP COLUMN item_json"},
      // 10: items_state_deadline holds the items whose deadline still matters (waiting for
      // approval, under embargo, on their way out): the approval queue and the overdue count
      // are its only readers. Stored, published and withdrawn items, most of the table, no
      // longer add a random entry each, and the index stays the size of the live work.
      {"DROP INDEX items_state_deadline",
       "CREATE INDEX items_state_deadline ON items (state, deadline_at, item_id) WHERE "
       "state = 'pending_approval' OR state = 'embargoed' OR state = 'publishing'"},
      // 11: each item record stored once (it was stored three times: in its decision, its body
      // and its publish record; a third of the bytes written per event). Item bodies are never
      // changed once written (an approver's edit adds a body and points the item at it), so
      // the decision and the publish record refer to the body they carry:
      // - decisions.body_id <> 0: decision_json holds the record up to and including "item":,
      //   and the decision is that text, then the body's item_json, then "}";
      // - outbox.body_id <> 0: the payload is the body's item_json (no outbox_payloads row).
      {"ALTER TABLE decisions ADD COLUMN body_id INTEGER NOT NULL DEFAULT 0",
       "ALTER TABLE outbox ADD COLUMN body_id INTEGER NOT NULL DEFAULT 0"},
      // 12: the scheduler's indexes (7) hold only the items it asks about: those under embargo,
      // and those published or on their way out (DueItems names the state in its statement,
      // so that the planner may use them). Stored items, most of the table, no longer add an
      // entry to each (two index entries less per event: 3 % of the instructions of
      // `disclosure process`), nor does a change between other states move one.
      {"DROP INDEX items_embargo", "DROP INDEX items_expiry",
       "CREATE INDEX items_embargo ON items (state, publish_after_unix) WHERE "
       "state = 'embargoed'",
       "CREATE INDEX items_expiry ON items (state, expires_at_unix) WHERE "
       "state = 'published' OR state = 'publishing'"},
  };
  if (dialect == Dialect::kPostgres) {
    for (auto& sql : migrations[0]) sql = internal::PostgresTypes(sql);
    for (auto& sql : migrations[2]) sql = internal::PostgresTypes(sql);
    for (auto& sql : migrations[7]) sql = internal::PostgresTypes(sql);
    for (auto& sql : migrations[8]) sql = internal::PostgresTypes(sql);
    for (auto& sql : migrations[10]) sql = internal::PostgresTypes(sql);
  }
  return migrations;
}

std::string Hex(const unsigned char* data, size_t size) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (size_t i = 0; i < size; ++i) {
    out += kHex[data[i] >> 4];
    out += kHex[data[i] & 15];
  }
  return out;
}

std::string Sha256Hex(const std::string& data) {
  // SHA-256 fetched from the provider once (EVP_sha256() made every digest look it up again,
  // half the cost of a short digest) and one context per thread.
  static EVP_MD* const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                                 &EVP_MD_CTX_free);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (md == nullptr || ctx == nullptr || EVP_DigestInit_ex(ctx.get(), md, nullptr) != 1 ||
      EVP_DigestUpdate(ctx.get(), data.data(), data.size()) != 1 ||
      EVP_DigestFinal_ex(ctx.get(), digest, &size) != 1) {
    throw Poco::Exception("SHA-256 failed in OpenSSL");
  }
  return Hex(digest, size);
}

std::string AuditHash(const AuditRow& row) {
  // Unit separator between fields so that no two rows can serialise alike.
  std::string text = row.prev_hash;
  for (const std::string* field : {&row.at, &row.actor, &row.action, &row.subject, &row.detail}) {
    text += '\x1f';
    text += *field;
  }
  text += '\x1f' + std::to_string(row.seq);
  return Sha256Hex(text);
}

// Any constants: the advisory locks that serialise migrations and audit appends of one
// PostgreSQL database.
constexpr int64_t kMigrationLock = 7305417019;
constexpr int64_t kAuditLock = 7305417020;

void RegisterConnectorOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    // No memory statistics: they take a global mutex on every SQLite allocation (hundreds per
    // event). Possible only before SQLite initialises; if something initialised it already,
    // SQLite refuses and keeps them on, which is merely slower.
    (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Poco::Data::SQLite::Connector::registerConnector();
    Poco::Data::PostgreSQL::Connector::registerConnector();
  });
}

}  // namespace

std::string_view ToString(ItemState state) {
  for (const auto& s : kStates) {
    if (s.state == state) return s.name;
  }
  return "stored";
}

std::optional<ItemState> ParseItemState(std::string_view name) {
  for (const auto& s : kStates) {
    if (s.name == name) return s.state;
  }
  return std::nullopt;
}

namespace {
// The state column of item `item_id` (a pseudonym: no personal data in the error).
Result<ItemState> StoredItemState(std::string_view name, std::string_view item_id) {
  if (auto parsed = ParseItemState(name)) return *parsed;
  return Status::Corruption("items: unknown state for item " + std::string(item_id));
}
}  // namespace

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

namespace {

// A PostgreSQL store URL, postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?schema=NAME], as a libpq
// connection string ("host=… port=… user=… dbname=…") and the schema to use (empty: public).
struct PostgresTarget {
  std::string connection;
  std::string schema;
  std::string display;  // the URL without its password, for messages
};

std::string ConnValue(const std::string& value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out + "'";
}

Result<PostgresTarget> ParsePostgresUrl(const std::string& url) {
  std::string rest = url.substr(url.find("://") + 3);
  std::string query;
  if (size_t q = rest.find('?'); q != std::string::npos) {
    query = rest.substr(q + 1);
    rest.resize(q);
  }
  std::string user, password;
  if (size_t at = rest.rfind('@'); at != std::string::npos) {
    user = rest.substr(0, at);
    rest = rest.substr(at + 1);
    if (size_t colon = user.find(':'); colon != std::string::npos) {
      password = user.substr(colon + 1);
      user.resize(colon);
    }
  }
  std::string db;
  if (size_t slash = rest.find('/'); slash != std::string::npos) {
    db = rest.substr(slash + 1);
    rest.resize(slash);
  }
  std::string host = rest, port;
  if (size_t colon = host.rfind(':'); colon != std::string::npos && host.back() != ']') {
    port = host.substr(colon + 1);
    host.resize(colon);
  }
  PostgresTarget target;
  target.display = "postgresql://" + (user.empty() ? "" : user + "@") + host +
                   (port.empty() ? "" : ":" + port) + "/" + db;
  if (host.empty() || db.empty()) {
    return Status::InvalidArgument("store URL '" + target.display +
                                   "': expected postgresql://USER@HOST:PORT/DATABASE");
  }
  if (query.rfind("schema=", 0) == 0) target.schema = query.substr(7);
  for (char c : target.schema) {
    if (!(std::islower(static_cast<unsigned char>(c)) ||
          std::isdigit(static_cast<unsigned char>(c)) || c == '_')) {
      return Status::InvalidArgument("store URL '" + target.display +
                                     "': schema must be lower-case letters, digits and _");
    }
  }
  target.connection = "host=" + ConnValue(host) + " dbname=" + ConnValue(db);
  if (!port.empty()) target.connection += " port=" + ConnValue(port);
  if (!user.empty()) target.connection += " user=" + ConnValue(user);
  if (!password.empty()) target.connection += " password=" + ConnValue(password);
  return target;
}

// SQLite answers "database is locked" at once, without waiting in its busy handler, in a few
// cases: one connection switching a fresh file to WAL while another opens it, a stale WAL
// snapshot. Opening and each migration step are idempotent, so they are tried again for a while
// (about 5 s in all) before the error is reported.
template <typename Fn>
void RetryWhileLocked(Fn&& fn) {
  for (int attempt = 0;; ++attempt) {
    try {
      fn();
      return;
    } catch (const Poco::Data::SQLite::DBLockedException&) {
      if (attempt >= 100) throw;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5 + 5 * std::min(attempt, 9)));
  }
}

}  // namespace

Result<std::unique_ptr<Store>> Store::Open(const std::string& url) {
  const bool postgres = url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0;
  std::string path = url;
  PostgresTarget target;
  if (postgres) {
    auto parsed = ParsePostgresUrl(url);
    if (!parsed.ok()) return parsed.status();
    target = std::move(parsed.value());
    path = target.display;
  } else {
    if (path.rfind("sqlite:", 0) == 0) path = path.substr(7);
    if (path.empty()) return Status::InvalidArgument("store URL '" + url + "' names no file");
  }
  RegisterConnectorOnce();
  std::unique_ptr<Impl> impl;
  Status s = internal::Guard("open", [&] {
    RetryWhileLocked([&] {
      if (postgres) {
        impl = std::make_unique<Impl>(Session("PostgreSQL", target.connection), Dialect::kPostgres);
        Session& db = impl->session;
        // libpq prints notices ("already exists, skipping") on stderr; keep them out of the logs.
        db << "SET client_min_messages TO warning", now;
        // Instances starting together: one migrates, the others wait and then see it done.
        // The lock comes before the schema too: two "CREATE SCHEMA IF NOT EXISTS" at once
        // collide on the catalog's unique index instead of skipping.
        int locked = 0;
        db << "SELECT COUNT(*) FROM (SELECT pg_advisory_lock(" + std::to_string(kMigrationLock) +
                  ")) AS l",
            into(locked), now;
        if (!target.schema.empty()) {
          db << "CREATE SCHEMA IF NOT EXISTS " + target.schema, now;
          db << "SET search_path TO " + target.schema, now;
        }
      } else {
        impl = std::make_unique<Impl>(Session("SQLite", path), Dialect::kSqlite);
        Session& db = impl->session;
        // The wait for another process's lock comes first: switching to WAL takes a lock too.
        db << "PRAGMA busy_timeout=5000", now;
        if (path != ":memory:") {
          // A new file only (ignored once the file has tables): a decision or item row is
          // 1–2 KB, and 4 KB pages hold one such row with a third of the page unused.
          db << "PRAGMA page_size=16384", now;
          db << "PRAGMA journal_mode=WAL", now;
          db << "PRAGMA synchronous=NORMAL", now;
          // Room for a whole batch's pages (≈ 8 KB per event, 500 events by default): with
          // SQLite's default 2 MiB the pager spilled dirty pages to the WAL in mid-transaction
          // and wrote many of them several times.
          db << "PRAGMA cache_size=-32768", now;
          // Statement journals (statements with triggers open one) in memory: as temp files
          // they were most of the writes of a batch.
          db << "PRAGMA temp_store=MEMORY", now;
          // Checkpoints on a thread of their own once the WAL holds 2,000 pages, instead of in
          // the commit that brings it to 1,000 (SQLite's auto-checkpoint): the random item_id
          // keys dirty most index pages in every batch, and each checkpoint copies them and
          // waits for two fsyncs, which stalled that commit (docs/performance.md).
          impl->checkpointer = std::make_unique<Checkpointer>(path);
          sqlite3_wal_hook(Poco::Data::SQLite::Utility::dbHandle(db), &Checkpointer::OnCommit,
                           impl->checkpointer.get());
        }
      }
      Session& db = impl->session;
      db << "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", now;
      // One statement, so two processes opening a fresh file cannot both insert the first row.
      db << "INSERT INTO schema_version (version) SELECT 0 WHERE NOT EXISTS "
            "(SELECT 1 FROM schema_version)",
          now;
      db << "SELECT MAX(version) FROM schema_version", into(impl->version), now;
    });
  });
  if (!s.ok()) return Status::IoError("cannot open store '" + path + "': " + s.message());
  const auto migrations = Migrations(impl->dialect);
  if (impl->version > static_cast<int>(migrations.size())) {
    return Status::InvalidArgument("store '" + path + "' has schema version " +
                                   std::to_string(impl->version) +
                                   ", newer than this binary knows (" +
                                   std::to_string(migrations.size()) + "): upgrade the binary");
  }
  for (size_t v = impl->version; v < migrations.size(); ++v) {
    int reached = static_cast<int>(v + 1);
    s = internal::Guard("migrate", [&] {
      RetryWhileLocked([&] {
        Session& db = impl->session;
        if (postgres) {
          db.begin();  // the advisory lock above keeps other instances out
        } else {
          // Two processes opening a fresh file at once (the connector and a tool, two
          // instances): the write lock comes first, then the version is read again inside it.
          db << "BEGIN IMMEDIATE", now;
          int current = 0;
          db << "SELECT MAX(version) FROM schema_version", into(current), now;
          if (current > static_cast<int>(v)) {
            db << "COMMIT", now;
            reached = current;
            return;
          }
        }
        try {
          for (const auto& sql : migrations[v]) db << sql, now;
          int next = static_cast<int>(v + 1);
          db << impl->Sql("UPDATE schema_version SET version = ?"), bind(next), now;
          if (postgres) {
            db.commit();
          } else {
            db << "COMMIT", now;
          }
        } catch (...) {
          if (postgres) {
            db.rollback();
          } else {
            db << "ROLLBACK", now;
          }
          throw;
        }
      });
    });
    if (!s.ok()) return s;
    impl->version = reached;
    v = static_cast<size_t>(reached) - 1;
  }
  if (postgres) {
    s = internal::Guard("open", [&] {
      int unlocked = 0;
      impl->session << "SELECT CASE WHEN pg_advisory_unlock(" + std::to_string(kMigrationLock) +
                           ") THEN 1 ELSE 0 END",
          into(unlocked), now;
    });
    if (!s.ok()) return s;
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

int Store::schema_version() const { return impl_->version; }

void Store::Impl::ForgetTransaction() {
  audit_locked = false;
  any_held = -1;
  last_body.id = 0;
}

Status Store::Begin() {
  impl_->in_begin = true;
  impl_->ForgetTransaction();
  Status s = internal::Guard("begin", [&] { impl_->session.begin(); });
  if (!s.ok() || impl_->pg()) return s;
  // SQLite: the write lock at once (as BEGIN IMMEDIATE; Poco's begin is deferred). A deferred
  // transaction that reads first and then writes fails with "database is locked" at once,
  // without waiting, when another connection (the outbox publisher, the console) committed in
  // between; taken here, the wait goes through the busy timeout instead.
  s = internal::Guard("begin", [&] {
    impl_->session << "UPDATE schema_version SET version = version WHERE 0", now;
  });
  if (!s.ok()) Rollback();  // still locked after the busy timeout: no transaction is left open
  return s;
}
Status Store::LockAuditChain() {
  if (!impl_->pg()) return Status::Ok();  // SQLite: one writer at a time anyway
  // Taken once per transaction of Begin (a batch takes it first, then appends per event);
  // transactions begun elsewhere take it for each append.
  if (impl_->in_begin && impl_->audit_locked) return Status::Ok();
  Status s = internal::Guard("lock audit chain", [&] {
    int locked = 0;
    impl_->session << "SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(" +
                          std::to_string(kAuditLock) + ")) AS l",
        into(locked), now;
  });
  impl_->audit_locked = s.ok() && impl_->in_begin;
  return s;
}

Status Store::Commit() {
  impl_->in_begin = false;
  impl_->ForgetTransaction();
  auto sequences = std::move(impl_->sequences);
  impl_->sequences.clear();
  return internal::Guard("commit", [&] {
    for (const auto& [key, sequence] : sequences) {
      if (sequence.next == sequence.stored) continue;
      impl_->Exec(Cached::kIndexSequenceStore,
                  "UPDATE index_sequences SET next_value = ? WHERE unit_code = ? AND month = ?",
                  {sequence.next, key.first, key.second});
    }
    impl_->session.commit();
  });
}
void Store::Rollback() {
  impl_->in_begin = false;
  impl_->ForgetTransaction();
  impl_->sequences.clear();
  (void)internal::Guard("rollback", [&] {
    if (impl_->session.isTransaction()) impl_->session.rollback();
  });
}

Result<std::string> Store::GeneratedHmacKey() {
  std::vector<std::string> values;
  Status s = internal::Guard("read key", [&] {
    impl_->session << "SELECT value FROM secrets WHERE name = 'hmac_key'", into(values), now;
  });
  if (!s.ok()) return s;
  if (!values.empty()) return values.front();
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) return Status::Internal("no randomness for the key");
  std::string key = Hex(bytes, sizeof bytes);
  // Instances starting together on a fresh store may each generate one: the first stored
  // wins, and every instance uses the stored one (read again), so pseudonyms agree.
  s = internal::Guard("write key", [&] {
    impl_->session << impl_->Sql(
        "INSERT INTO secrets (name, value) VALUES ('hmac_key', ?) "
        "ON CONFLICT (name) DO NOTHING"),
        bind(key), now;
    values.clear();
    impl_->session << "SELECT value FROM secrets WHERE name = 'hmac_key'", into(values), now;
  });
  if (!s.ok()) return s;
  if (values.empty()) return Status::Internal("store: the pseudonym key was not stored");
  return values.front();
}

namespace {
// A decision as stored: whole, or up to its item's record, which is then the body it refers
// to (migration 11): the statement puts them together.
constexpr const char* kFindDecision =
    "SELECT d.route, d.catalog_id, d.rule_version, CASE WHEN d.body_id = 0 THEN "
    "d.decision_json ELSE d.decision_json || b.item_json || '}' END, d.decided_at FROM "
    "decisions d LEFT JOIN item_bodies b ON b.id = d.body_id WHERE d.event_id = ?";

// The decision record without its item's record (up to and including "item":) if it ends with
// `item_json` and "}".
std::optional<std::string_view> DecisionHead(std::string_view decision, std::string_view item) {
  static constexpr std::string_view kKey = "\"item\":";
  if (item.empty() || decision.size() < kKey.size() + item.size() + 1 || decision.back() != '}') {
    return std::nullopt;
  }
  const std::string_view head = decision.substr(0, decision.size() - item.size() - 1);
  if (!head.ends_with(kKey) || decision.substr(head.size(), item.size()) != item) {
    return std::nullopt;
  }
  return head;
}
}  // namespace

Result<std::optional<DecisionRow>> Store::FindDecision(const EventId& event_id) {
  std::optional<DecisionRow> found;
  Status s = internal::Guard("find decision", [&] {
    if (!impl_->pg()) {
      NativeStatement& st = impl_->Native(Cached::kFindDecision, kFindDecision);
      st.Text(1, event_id.value());
      if (st.Step()) {
        found = DecisionRow{event_id,         st.ColumnText(0), st.ColumnText(1),
                            st.ColumnText(2), st.ColumnText(3), st.ColumnText(4)};
      }
      st.Done();
      return;
    }
    CachedStatement* c = &impl_->Prepared(Cached::kFindDecision, [&](CachedStatement& p) {
      p.statement << impl_->Sql(kFindDecision), into(p.out_text[0]), into(p.out_text[1]),
          into(p.out_text[2]), into(p.out_text[3]), into(p.out_text[4]), use(p.text[0]);
    });
    c->ClearOutputs();
    c->text[0] = event_id.value();
    impl_->Execute(Cached::kFindDecision);
    if (!c->out_text[0].empty()) {
      found = DecisionRow{event_id,          c->out_text[0][0], c->out_text[1][0],
                          c->out_text[2][0], c->out_text[3][0], c->out_text[4][0]};
    }
  });
  if (!s.ok()) return s;
  // NULL (read as empty) when the body it refers to is missing: never hand out half a record.
  if (found && found->decision_json.empty()) {
    return Status::Corruption("store: the decision of event " + event_id.value() +
                              " refers to an item record that is missing");
  }
  return found;
}

Status Store::InsertDecision(const DecisionRow& row) {
  // The decision that embeds the item just stored: a reference to its body (migration 11).
  std::string_view stored = row.decision_json;
  int64_t body_id = 0;
  const Impl::LastBody& last = impl_->last_body;
  if (last.id != 0 && row.event_id.value() == last.event_id) {
    if (auto head = DecisionHead(row.decision_json, last.json)) {
      stored = *head;
      body_id = last.id;
    }
  }
  size_t inserted = 0;
  Status s = internal::Guard("insert decision", [&] {
    // One statement, no SELECT first: the primary key decides (and on PostgreSQL a duplicate
    // must not raise, which would abort the batch's transaction).
    inserted = impl_->Exec(Cached::kInsertDecision,
                           "INSERT INTO decisions (event_id, route, catalog_id, rule_version, "
                           "decision_json, decided_at, body_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (event_id) DO NOTHING",
                           {row.event_id.value(), row.route, row.catalog_id, row.rule_version,
                            stored, row.decided_at, body_id});
  });
  if (!s.ok()) return s;
  if (inserted == 0) return Status::Conflict("event " + row.event_id.value() + " already decided");
  if (row.route == "approval") {
    return internal::Guard("queue for approval", [&] {
      if (const auto& given = row.queue_summary) {
        impl_->ChangeQueue(QueueChange::kDescribeGiven,
                           {row.catalog_id, given->catalog_name, given->title, given->reasons_json,
                            given->reasons_json, row.event_id.value()});
        return;
      }
      const std::string_view json = row.decision_json;
      impl_->ChangeQueue(QueueChange::kDescribe,
                         {row.catalog_id, json, json, json, json, row.event_id.value()});
    });
  }
  return Status::Ok();
}

Status Store::SaveOriginal(const EventId& event_id, std::string_view raw_bytes) {
  return internal::Guard("save original", [&] {
    impl_->Exec(Cached::kSaveOriginal,
                "INSERT INTO originals (event_id, raw) VALUES (?, ?) "
                "ON CONFLICT (event_id) DO UPDATE SET raw = excluded.raw",
                {event_id.value(), Impl::Param::Blob(raw_bytes)});
  });
}

Result<std::optional<std::string>> Store::FindOriginal(const EventId& event_id) {
  std::vector<Poco::Data::BLOB> blobs;
  Status s = internal::Guard("find original", [&] {
    impl_->session << impl_->Sql("SELECT raw FROM originals WHERE event_id = ?"), into(blobs),
        bind(event_id.value()), now;
  });
  if (!s.ok()) return s;
  if (blobs.empty()) return std::optional<std::string>();
  const auto& content = blobs.front().content();
  return std::optional<std::string>(std::string(content.begin(), content.end()));
}

namespace {

constexpr const char* kSelectItems =
    "SELECT item_id, event_id, case_ref, state, unit_code, index_no, b.item_json, deadline_at, "
    "publish_after, expires_at, publish_after_unix, expires_at_unix FROM items "
    "JOIN item_bodies b ON b.id = items.body_id WHERE ";

// Reads items matching `where` (an SQL condition over bound values, added by `bind_values`).
template <typename BindFn>
Result<std::vector<ItemRow>> QueryItems(Session& db, Dialect dialect, const std::string& where,
                                        BindFn bind_values) {
  std::vector<std::string> id, event, case_ref, state, unit, index_no, json, deadline, after,
      expires;
  std::vector<int64_t> after_unix, expires_unix;
  Status s = internal::Guard("read items", [&] {
    Statement st(db);
    st << internal::Sql(dialect, std::string(kSelectItems) + where), into(id), into(event),
        into(case_ref), into(state), into(unit), into(index_no), into(json), into(deadline),
        into(after), into(expires), into(after_unix), into(expires_unix);
    bind_values(st);
    st.execute();
  });
  if (!s.ok()) return s;
  std::vector<ItemRow> rows;
  rows.reserve(id.size());
  for (size_t i = 0; i < id.size(); ++i) {
    auto parsed = StoredItemState(state[i], id[i]);
    if (!parsed.ok()) return parsed.status();
    ItemRow row;
    row.item_id = ItemId(id[i]);
    row.event_id = EventId(event[i]);
    row.case_ref = CaseRef(case_ref[i]);
    row.state = parsed.value();
    row.unit_code = unit[i];
    row.index_no = index_no[i];
    row.item_json = json[i];
    row.deadline_at = deadline[i];
    row.publish_after = after[i];
    row.expires_at = expires[i];
    row.publish_after_unix = after_unix[i];
    row.expires_at_unix = expires_unix[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

Result<std::optional<ItemRow>> Store::FindItemByEvent(const EventId& event_id) {
  if (!impl_->pg()) {  // every revocation asks: a kept statement (Poco prepares every time)
    std::optional<ItemRow> found;
    std::string state;
    Status s = internal::Guard("read items", [&] {
      static const std::string sql = std::string(kSelectItems) + "event_id = ?";
      NativeStatement& st = impl_->Native(Cached::kFindItemByEvent, sql.c_str());
      st.Text(1, event_id.value());
      if (st.Step()) {
        ItemRow row;
        row.item_id = ItemId(st.ColumnText(0));
        row.event_id = EventId(st.ColumnText(1));
        row.case_ref = CaseRef(st.ColumnText(2));
        state = st.ColumnText(3);
        row.unit_code = st.ColumnText(4);
        row.index_no = st.ColumnText(5);
        row.item_json = st.ColumnText(6);
        row.deadline_at = st.ColumnText(7);
        row.publish_after = st.ColumnText(8);
        row.expires_at = st.ColumnText(9);
        row.publish_after_unix = st.ColumnInt(10);
        row.expires_at_unix = st.ColumnInt(11);
        found = std::move(row);
      }
      st.Done();
    });
    if (!s.ok()) return s;
    if (!found) return found;
    auto parsed = StoredItemState(state, found->item_id.value());
    if (!parsed.ok()) return parsed.status();
    found->state = parsed.value();
    return found;
  }
  auto rows = QueryItems(impl_->session, impl_->dialect, "event_id = ?",
                         [&](Statement& st) { st, bind(event_id.value()); });
  if (!rows.ok()) return rows.status();
  if (rows.value().empty()) return std::optional<ItemRow>();
  return std::optional<ItemRow>(std::move(rows.value().front()));
}

Result<std::vector<ItemRow>> Store::DueItems(ItemState state, int64_t now_unix, int limit) {
  // The state as a literal (one of the fixed names of kStates): the partial indexes of
  // migration 12 serve only a query whose condition names their states.
  const char* column = state == ItemState::kEmbargoed ? "publish_after_unix" : "expires_at_unix";
  return QueryItems(impl_->session, impl_->dialect,
                    "state = '" + std::string(ToString(state)) + "' AND " + column + " > 0 AND " +
                        column + " <= ? ORDER BY " + column + " LIMIT ?" +
                        (impl_->pg() ? " FOR UPDATE OF items SKIP LOCKED" : ""),
                    [&](Statement& st) { st, bind(now_unix), bind(limit); });
}

Result<std::vector<std::pair<std::string, int64_t>>> Store::CountDecisionsByRoute() {
  std::vector<std::string> routes;
  std::vector<int64_t> counts;
  Status s = internal::Guard("count decisions", [&] {
    impl_->session << "SELECT route, COUNT(*) FROM decisions GROUP BY route ORDER BY route",
        into(routes), into(counts), now;
  });
  if (!s.ok()) return s;
  std::vector<std::pair<std::string, int64_t>> out;
  for (size_t i = 0; i < routes.size(); ++i) out.emplace_back(routes[i], counts[i]);
  return out;
}

Result<int64_t> Store::CountDeadLetters() {
  int64_t count = 0;
  Status s = internal::Guard("count dead letters", [&] {
    impl_->session << "SELECT COUNT(*) FROM dead_letters", into(count), now;
  });
  if (!s.ok()) return s;
  return count;
}

Result<int64_t> Store::CountPendingOutbox() {
  int64_t count = 0;
  Status s = internal::Guard("count outbox", [&] {
    impl_->session << "SELECT COUNT(*) FROM outbox WHERE sent = 0", into(count), now;
  });
  if (!s.ok()) return s;
  return count;
}

Result<int64_t> Store::CountOverdue(const std::string& now_rfc3339) {
  int64_t count = 0;
  Status s = internal::Guard("count overdue", [&] {
    impl_->session << impl_->Sql(
        // The condition of the partial index items_state_deadline, written as it is there.
        "SELECT COUNT(*) FROM items WHERE (state = 'pending_approval' OR state = 'embargoed' "
        "OR state = 'publishing') AND deadline_at <> '' AND deadline_at < ?"),
        into(count), bind(now_rfc3339), now;
  });
  if (!s.ok()) return s;
  return count;
}

Result<bool> Store::RecordDeadLetter(const std::string& source, const std::string& reason,
                                     const std::string& at) {
  size_t inserted = 0;
  Status s = internal::Guard("record dead letter", [&] {
    Statement st(impl_->session);
    st << impl_->Sql(
        "INSERT INTO dead_letters (source, reason, at) VALUES (?, ?, ?) "
        "ON CONFLICT (source) DO NOTHING"),
        bind(source), bind(reason), bind(at);
    inserted = st.execute();
  });
  if (!s.ok()) return s;
  return inserted != 0;
}

Status Store::HoldRevocation(const HeldRevocation& held) {
  return internal::Guard("hold revocation", [&] {
    Poco::Data::BLOB raw(reinterpret_cast<const unsigned char*>(held.raw.data()), held.raw.size());
    impl_->session << impl_->Sql(
        "INSERT INTO held_revocations (event_id, refers_to, raw, source, "
        "held_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        bind(held.event_id.value()), bind(held.refers_to.value()), bind(raw), bind(held.source),
        bind(held.held_at), now;
    if (impl_->in_begin) impl_->any_held = 1;
  });
}

namespace {
template <typename BindFn>
Result<std::vector<HeldRevocation>> QueryHeld(Session& db, Dialect dialect,
                                              const std::string& where, BindFn bind_values) {
  std::vector<std::string> ids, refers, sources;
  std::vector<Poco::Data::BLOB> raws;
  std::vector<int64_t> at;
  Status s = internal::Guard("read held revocations", [&] {
    Statement st(db);
    st << internal::Sql(dialect,
                        "SELECT event_id, refers_to, raw, source, held_at FROM "
                        "held_revocations WHERE " +
                            where),
        into(ids), into(refers), into(raws), into(sources), into(at);
    bind_values(st);
    st.execute();
  });
  if (!s.ok()) return s;
  std::vector<HeldRevocation> rows;
  for (size_t i = 0; i < ids.size(); ++i) {
    const auto& bytes = raws[i].content();
    rows.push_back({EventId(ids[i]), EventId(refers[i]), std::string(bytes.begin(), bytes.end()),
                    sources[i], at[i]});
  }
  return rows;
}
}  // namespace

Result<std::vector<HeldRevocation>> Store::HeldFor(const EventId& original) {
  // Asked for every event: prepared once.
  if (!impl_->pg()) {
    std::vector<HeldRevocation> rows;
    Status s = internal::Guard("read held revocations", [&] {
      if (impl_->in_begin) {  // the transaction holds the write lock: nobody adds rows meanwhile
        if (impl_->any_held < 0) {
          NativeStatement& any =
              impl_->Native(Cached::kAnyHeld, "SELECT EXISTS (SELECT 1 FROM held_revocations)");
          impl_->any_held = any.Step() && any.ColumnInt(0) != 0 ? 1 : 0;
          any.Done();
        }
        if (impl_->any_held == 0) return;
      }
      NativeStatement& st = impl_->Native(Cached::kHeldFor,
                                          "SELECT event_id, refers_to, raw, source, held_at "
                                          "FROM held_revocations WHERE refers_to = ? "
                                          "ORDER BY held_at, event_id");
      st.Text(1, original.value());
      while (st.Step()) {
        rows.push_back({EventId(st.ColumnText(0)), EventId(st.ColumnText(1)), st.ColumnText(2),
                        st.ColumnText(3), st.ColumnInt(4)});
      }
      st.Done();
    });
    if (!s.ok()) return s;
    return rows;
  }
  CachedStatement* c = nullptr;
  Status s = internal::Guard("read held revocations", [&] {
    c = &impl_->Prepared(Cached::kHeldFor, [&](CachedStatement& p) {
      p.statement << impl_->Sql(
          "SELECT event_id, refers_to, raw, source, held_at FROM "
          "held_revocations WHERE refers_to = ? ORDER BY held_at, event_id"),
          into(p.out_text[0]), into(p.out_text[1]), into(p.out_blob), into(p.out_text[2]),
          into(p.out_number), use(p.text[0]);
    });
    c->ClearOutputs();
    c->text[0] = original.value();
    impl_->Execute(Cached::kHeldFor);
  });
  if (!s.ok()) return s;
  std::vector<HeldRevocation> rows;
  for (size_t i = 0; i < c->out_text[0].size(); ++i) {
    const auto& bytes = c->out_blob[i].content();
    rows.push_back({EventId(c->out_text[0][i]), EventId(c->out_text[1][i]),
                    std::string(bytes.begin(), bytes.end()), c->out_text[2][i], c->out_number[i]});
  }
  return rows;
}

Result<std::vector<HeldRevocation>> Store::HeldBefore(int64_t held_before_unix, int limit) {
  return QueryHeld(impl_->session, impl_->dialect, "held_at < ? ORDER BY held_at LIMIT ?",
                   [&](Statement& st) { st, bind(held_before_unix), bind(limit); });
}

Status Store::ReleaseHeld(const EventId& event_id) {
  return internal::Guard("release held revocation", [&] {
    impl_->session << impl_->Sql("DELETE FROM held_revocations WHERE event_id = ?"),
        bind(event_id.value()), now;
  });
}

Status Store::InsertItem(const ItemRow& row) {
  int64_t body_id = 0;
  Status s = internal::Guard("insert item", [&] {
    if (impl_->pg()) {
      CachedStatement* c = &impl_->Prepared(Cached::kInsertItem, [&](CachedStatement& p) {
        p.statement << impl_->Sql(
            "WITH b AS (INSERT INTO item_bodies (item_json) VALUES (?) RETURNING id), "
            "i AS (INSERT INTO items (item_id, event_id, case_ref, state, unit_code, index_no, "
            "deadline_at, publish_after, expires_at, publish_after_unix, expires_at_unix, "
            "body_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM b))) "
            "SELECT id FROM b"),
            into(p.out_number);
        for (size_t i = 0; i < 10; ++i) p.statement, use(p.text[i]);
        p.statement, use(p.number[0]), use(p.number[1]);
      });
      c->ClearOutputs();
      c->text = {row.item_json,
                 row.item_id.value(),
                 row.event_id.value(),
                 row.case_ref.value(),
                 std::string(ToString(row.state)),
                 row.unit_code,
                 row.index_no,
                 row.deadline_at,
                 row.publish_after,
                 row.expires_at};
      c->number = {row.publish_after_unix, row.expires_at_unix};
      impl_->Execute(Cached::kInsertItem);
      if (c->out_number.size() == 1) body_id = c->out_number.front();
      return;
    }
    impl_->Exec(Cached::kInsertItemBody, "INSERT INTO item_bodies (item_json) VALUES (?)",
                {row.item_json});
    const int64_t written =
        sqlite3_last_insert_rowid(Poco::Data::SQLite::Utility::dbHandle(impl_->session));
    try {
      impl_->Exec(
          Cached::kInsertItem,
          "INSERT INTO items (item_id, event_id, case_ref, state, unit_code, index_no, "
          "deadline_at, publish_after, expires_at, publish_after_unix, expires_at_unix, "
          "body_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {row.item_id.value(), row.event_id.value(), row.case_ref.value(), ToString(row.state),
           row.unit_code, row.index_no, row.deadline_at, row.publish_after, row.expires_at,
           row.publish_after_unix, row.expires_at_unix, written});
    } catch (...) {
      // No body without its item (outside a transaction, nothing else would remove it).
      impl_->session << "DELETE FROM item_bodies WHERE id = ?", bind(written), now;
      throw;
    }
    body_id = written;
  });
  if (!s.ok()) return s;
  // A reference to the body may be stored only where it cannot outlive it (impl.h).
  Impl::LastBody& last = impl_->last_body;
  last.id = impl_->in_begin || !impl_->session.isTransaction() ? body_id : 0;
  if (last.id != 0) {
    last.item_id = row.item_id.value();
    last.event_id = row.event_id.value();
    last.json = row.item_json;
  }
  if (row.state != ItemState::kPendingApproval) return s;
  return internal::Guard("queue for approval",
                         [&] { impl_->ChangeQueue(QueueChange::kAdd, {row.item_id.value()}); });
}

Status Store::UpdateItemState(const ItemId& item_id, ItemState state) {
  return internal::Guard("update item", [&] {
    impl_->Exec(Cached::kUpdateItemState, "UPDATE items SET state = ? WHERE item_id = ?",
                {ToString(state), item_id.value()});
    if (state == ItemState::kCancelled) {
      impl_->ChangeQueue(QueueChange::kCancel, {item_id.value()});
    }
  });
}

Result<std::optional<ItemState>> Store::ItemStateOf(const ItemId& item_id) {
  std::vector<std::string> states;
  // Not on a hot path any more (the outbox claim reads the states of its rows itself): no kept
  // statement.
  Status s = internal::Guard("read item state", [&] {
    impl_->session << impl_->Sql("SELECT state FROM items WHERE item_id = ?"), into(states),
        bind(item_id.value()), now;
  });
  if (!s.ok()) return s;
  if (states.empty()) return std::optional<ItemState>();
  auto parsed = StoredItemState(states[0], item_id.value());
  if (!parsed.ok()) return parsed.status();
  return std::optional<ItemState>(parsed.value());
}

Result<int64_t> Store::NextIndexSequence(const std::string& unit_code, const std::string& month) {
  if (!impl_->pg()) {
    Impl::Sequence* counted = nullptr;
    if (impl_->in_begin) {
      auto [at, fresh] = impl_->sequences.try_emplace({unit_code, month});
      if (!fresh) return at->second.next++;
      counted = &at->second;
    }
    int64_t value = 0;
    Status s = internal::Guard("index sequence", [&] {
      NativeStatement& st = impl_->Native(
          Cached::kIndexSequence,
          "INSERT INTO index_sequences (unit_code, month, next_value) VALUES (?, ?, 2) "
          "ON CONFLICT (unit_code, month) DO UPDATE SET next_value = "
          "index_sequences.next_value + 1 RETURNING next_value - 1");
      st.Text(1, unit_code).Text(2, month);
      bool row = st.Step();
      if (row) value = st.ColumnInt(0);
      while (st.Step()) {
      }
      st.Done();
      if (!row) throw Poco::Exception("index sequence returned nothing");
    });
    if (!s.ok()) {
      if (counted != nullptr) impl_->sequences.erase({unit_code, month});
      return s;
    }
    if (counted != nullptr) counted->next = counted->stored = value + 1;
    return value;
  }
  CachedStatement* c = nullptr;
  Status s = internal::Guard("index sequence", [&] {
    // One atomic upsert: instances sharing a PostgreSQL store never hand out a number twice.
    c = &impl_->Prepared(Cached::kIndexSequence, [&](CachedStatement& p) {
      p.statement << impl_->Sql(
          "INSERT INTO index_sequences (unit_code, month, next_value) "
          "VALUES (?, ?, 2) ON CONFLICT (unit_code, month) DO UPDATE SET "
          "next_value = index_sequences.next_value + 1 "
          "RETURNING next_value - 1"),
          into(p.out_number), use(p.text[0]), use(p.text[1]);
    });
    c->ClearOutputs();
    c->text[0] = unit_code;
    c->text[1] = month;
    impl_->Execute(Cached::kIndexSequence);
  });
  if (!s.ok()) return s;
  if (c->out_number.empty()) return Status::Internal("store: index sequence returned nothing");
  return c->out_number.front();
}

Status Store::Enqueue(const OutboxRow& row) {
  // The record of the item just stored: a reference to its body (migration 11).
  const Impl::LastBody& last = impl_->last_body;
  const int64_t body_id =
      last.id != 0 && row.item_id.value() == last.item_id && row.payload == last.json ? last.id : 0;
  return internal::Guard("enqueue", [&] {
    if (body_id != 0) {
      impl_->Exec(Cached::kEnqueueBody,
                  "INSERT INTO outbox (item_id, topic, msg_key, headers, body_id) "
                  "VALUES (?, ?, ?, ?, ?)",
                  {row.item_id.value(), row.topic, row.key, row.headers, body_id});
      return;
    }
    if (impl_->pg()) {
      impl_->Exec(
          Cached::kEnqueue,
          "WITH o AS (INSERT INTO outbox (item_id, topic, msg_key, headers) "
          "VALUES (?, ?, ?, ?) RETURNING id) "
          "INSERT INTO outbox_payloads (id, payload) SELECT id, ? FROM o",
          {row.item_id.value(), row.topic, row.key, row.headers, Impl::Param::Blob(row.payload)});
      return;
    }
    impl_->Exec(Cached::kEnqueue,
                "INSERT INTO outbox (item_id, topic, msg_key, headers) VALUES (?, ?, ?, ?)",
                {row.item_id.value(), row.topic, row.key, row.headers});
    impl_->Exec(Cached::kEnqueuePayload,
                "INSERT INTO outbox_payloads (id, payload) VALUES (last_insert_rowid(), ?)",
                {Impl::Param::Blob(row.payload)});
  });
}

namespace {
// The columns of an outbox row as its readers select them, the payload from outbox_payloads or,
// for a row that refers to its item's body, from item_bodies (migration 11).
constexpr const char* kOutboxColumns =
    "o.id, o.item_id, o.topic, o.msg_key, p.payload, o.headers, o.body_id, b.item_json FROM "
    "outbox o LEFT JOIN outbox_payloads p ON p.id = o.id LEFT JOIN item_bodies b ON b.id = "
    "o.body_id";

// The payload of a row that refers to a body: the body, which must be there.
void TakeBody(OutboxRow& row, int64_t body_id, std::string body) {
  if (body_id == 0) return;
  if (body.empty()) {
    throw Poco::Exception("outbox row " + std::to_string(row.id) +
                          " refers to an item record that is missing");
  }
  row.payload = std::move(body);
}

// Outbox rows read through Poco: the columns of kOutboxColumns.
struct OutboxColumns {
  std::vector<int64_t> ids, body_ids;
  std::vector<std::string> items, topics, keys, headers, bodies;
  std::vector<Poco::Data::BLOB> payloads;

  void Into(Statement& st) {
    st, into(ids), into(items), into(topics), into(keys), into(payloads), into(headers),
        into(body_ids), into(bodies);
  }
  std::vector<OutboxRow> Rows() {
    std::vector<OutboxRow> rows;
    rows.reserve(ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
      const auto& bytes = payloads[i].content();
      rows.push_back(OutboxRow{ids[i], ItemId(items[i]), topics[i], keys[i],
                               std::string(bytes.begin(), bytes.end()), headers[i], std::nullopt});
      TakeBody(rows.back(), body_ids[i], std::move(bodies[i]));
    }
    return rows;
  }
};
}  // namespace

Result<std::vector<OutboxRow>> Store::PendingOutbox(int limit) {
  std::vector<OutboxRow> rows;
  Status s = internal::Guard("read outbox", [&] {
    OutboxColumns c;
    Statement st(impl_->session);
    st << impl_->Sql(std::string("SELECT ") + kOutboxColumns +
                     " WHERE o.sent = 0 ORDER BY o.id LIMIT ?");
    c.Into(st);
    st, bind(limit);
    st.execute();
    rows = c.Rows();
  });
  if (!s.ok()) return s;
  return rows;
}

Result<std::vector<OutboxRow>> Store::ClaimOutbox(const std::string& owner, int64_t now_unix,
                                                  int64_t lease_until, int limit) {
  // ? owner, lease_until, now, owner, owner, now, limit; then ")" (SQLite) or the row locks
  static constexpr const char* kClaim =
      "UPDATE outbox SET claimed_by = ?, claimed_until = ? WHERE id IN "
      "(SELECT id FROM outbox o WHERE sent = 0 AND "
      "(claimed_until < ? OR claimed_by = ?) AND (o.item_id = '' OR NOT EXISTS "
      "(SELECT 1 FROM outbox e WHERE e.item_id = o.item_id AND e.sent = 0 AND "
      "e.id < o.id AND e.claimed_by <> ? AND e.claimed_until >= ?)) "
      "ORDER BY id LIMIT ?";
  // ? owner, limit
  static const std::string kClaimed =
      std::string(
          "SELECT COALESCE((SELECT i.state FROM items i WHERE i.item_id = o.item_id), "
          "''), ") +
      kOutboxColumns + " WHERE o.sent = 0 AND o.claimed_by = ? ORDER BY o.id LIMIT ?";
  std::vector<OutboxRow> rows;
  std::vector<std::string> states;
  Status s = internal::Guard("claim outbox", [&] {
    if (!impl_->pg()) {
      // Kept statements: Poco prepares each execution again, and the publisher claims every
      // few hundred milliseconds.
      static const std::string sql = std::string(kClaim) + ")";
      NativeStatement& claim = impl_->Native(Cached::kClaimOutbox, sql.c_str());
      claim.Text(1, owner).Int(2, lease_until).Int(3, now_unix).Text(4, owner).Text(5, owner);
      claim.Int(6, now_unix).Int(7, limit).Run();
      NativeStatement& claimed = impl_->Native(Cached::kClaimedOutbox, kClaimed.c_str());
      claimed.Text(1, owner).Int(2, limit);
      try {
        while (claimed.Step()) {
          states.push_back(claimed.ColumnText(0));
          rows.push_back(OutboxRow{claimed.ColumnInt(1), ItemId(claimed.ColumnText(2)),
                                   claimed.ColumnText(3), claimed.ColumnText(4),
                                   claimed.ColumnText(5), claimed.ColumnText(6), std::nullopt});
          TakeBody(rows.back(), claimed.ColumnInt(7), claimed.ColumnText(8));
        }
      } catch (...) {
        claimed.Done();
        throw;
      }
      claimed.Done();
      return;
    }
    std::string who = owner;
    impl_->session << impl_->Sql(std::string(kClaim) + " FOR UPDATE SKIP LOCKED)"), use(who),
        bind(lease_until), bind(now_unix), use(who), use(who), bind(now_unix), bind(limit), now;
    OutboxColumns c;
    Statement st(impl_->session);
    st << impl_->Sql(kClaimed);
    st, into(states);
    c.Into(st);
    st, use(who), bind(limit);
    st.execute();
    rows = c.Rows();
  });
  if (!s.ok()) return s;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (states[i].empty()) continue;
    auto parsed = StoredItemState(states[i], rows[i].item_id.value());
    if (!parsed.ok()) return parsed.status();
    rows[i].item_state = parsed.value();
  }
  return rows;
}

namespace {
// "1,2,3": outbox ids (integers from the store itself) for an IN list.
std::string IdList(std::span<const int64_t> ids) {
  std::string list;
  for (int64_t id : ids) {
    if (!list.empty()) list += ',';
    list += std::to_string(id);
  }
  return list;
}
constexpr size_t kIdsPerStatement = 500;
}  // namespace

Status Store::MarkSentMany(std::span<const int64_t> ids, const std::string& published_topic) {
  if (ids.empty()) return Status::Ok();
  if (Status s = Begin(); !s.ok()) return s;
  Status s = internal::Guard("mark sent", [&] {
    for (size_t at = 0; at < ids.size(); at += kIdsPerStatement) {
      const std::string list = IdList(ids.subspan(at, std::min(kIdsPerStatement, ids.size() - at)));
      std::string topic = published_topic;
      impl_->session << impl_->Sql(
          "UPDATE items SET state = 'published' WHERE state = 'publishing' AND item_id IN "
          "(SELECT item_id FROM outbox WHERE topic = ? AND id IN (" + list + "))"),
          use(topic), now;
      impl_->session << "UPDATE outbox SET sent = 1 WHERE id IN (" + list + ")", now;
    }
  });
  if (s.ok()) s = Commit();
  if (!s.ok()) Rollback();
  return s;
}

Result<std::vector<OutboxClaim>> Store::RenewOutboxClaims(const std::string& owner,
                                                         std::span<const int64_t> ids,
                                                         int64_t lease_until) {
  std::vector<OutboxClaim> lost;
  Status s = internal::Guard("renew outbox claims", [&] {
    for (size_t at = 0; at < ids.size(); at += kIdsPerStatement) {
      const std::string list = IdList(ids.subspan(at, std::min(kIdsPerStatement, ids.size() - at)));
      std::string who = owner;
      impl_->session << impl_->Sql("UPDATE outbox SET claimed_until = ? WHERE claimed_by = ? AND "
                                   "id IN (" + list + ")"),
          bind(lease_until), use(who), now;
      std::vector<int64_t> lost_ids;
      std::vector<std::string> topics, owners;
      impl_->session << impl_->Sql("SELECT id, topic, claimed_by FROM outbox WHERE claimed_by <> ? "
                                   "AND id IN (" + list + ") ORDER BY id"),
          into(lost_ids), into(topics), into(owners), use(who), now;
      for (size_t i = 0; i < lost_ids.size(); ++i) {
        lost.push_back(OutboxClaim{lost_ids[i], topics[i], owners[i]});
      }
    }
  });
  if (!s.ok()) return s;
  return lost;
}

Result<std::vector<OutboxClaim>> Store::ExpiredOutboxClaims(const std::string& owner,
                                                           int64_t now_unix, int limit) {
  std::vector<int64_t> ids;
  std::vector<std::string> topics, owners;
  Status s = internal::Guard("read expired outbox claims", [&] {
    std::string who = owner;
    impl_->session << impl_->Sql(
        "SELECT id, topic, claimed_by FROM outbox WHERE sent = 0 AND claimed_by <> '' AND "
        "claimed_by <> ? AND claimed_until < ? ORDER BY id LIMIT ?"),
        into(ids), into(topics), into(owners), use(who), bind(now_unix), bind(limit), now;
  });
  if (!s.ok()) return s;
  std::vector<OutboxClaim> claims;
  for (size_t i = 0; i < ids.size(); ++i)
    claims.push_back(OutboxClaim{ids[i], topics[i], owners[i]});
  return claims;
}

Status Store::AppendAudit(const std::string& at, const std::string& actor,
                          const std::string& action, const std::string& subject,
                          const std::string& detail) {
  // Instances sharing a PostgreSQL store append one at a time (until their transaction ends).
  if (Status s = LockAuditChain(); !s.ok()) return s;
  return internal::Guard("append audit", [&] {
    AuditRow row;
    row.seq = 1;
    row.prev_hash = std::string(64, '0');
    static constexpr const char* kTail = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1";
    if (!impl_->pg()) {
      NativeStatement& last = impl_->Native(Cached::kAuditTail, kTail);
      if (last.Step()) {
        row.seq = last.ColumnInt(0) + 1;
        row.prev_hash = last.ColumnText(1);
      }
      last.Done();
    } else {
      CachedStatement& tail = impl_->Prepared(Cached::kAuditTail, [&](CachedStatement& p) {
        p.statement << kTail, into(p.out_number), into(p.out_text[0]);
      });
      tail.ClearOutputs();
      impl_->Execute(Cached::kAuditTail);
      if (!tail.out_number.empty()) {
        row.seq = tail.out_number[0] + 1;
        row.prev_hash = tail.out_text[0][0];
      }
    }
    row.at = at;
    row.actor = actor;
    row.action = action;
    row.subject = subject;
    row.detail = detail;
    row.hash = AuditHash(row);
    impl_->Exec(
        Cached::kAuditInsert,
        "INSERT INTO audit (seq, at, actor, action, subject, detail, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        {row.seq, row.at, row.actor, row.action, row.subject, row.detail, row.prev_hash, row.hash});
  });
}

Result<std::optional<int64_t>> Store::VerifyAudit() {
  std::vector<int64_t> seqs;
  std::vector<std::string> at, actor, action, subject, detail, prev, hash;
  Status s = internal::Guard("verify audit", [&] {
    impl_->session << "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit "
                      "ORDER BY seq",
        into(seqs), into(at), into(actor), into(action), into(subject), into(detail), into(prev),
        into(hash), now;
  });
  if (!s.ok()) return s;
  std::optional<int64_t> broken;
  s = internal::Guard("verify audit", [&] {  // AuditHash throws if OpenSSL fails
    std::string expected_prev(64, '0');
    for (size_t i = 0; i < seqs.size(); ++i) {
      AuditRow row{seqs[i], at[i], actor[i], action[i], subject[i], detail[i], prev[i], hash[i]};
      // A deleted row shows as a gap in seq or a prev_hash that does not match.
      if (row.seq != static_cast<int64_t>(i + 1) || row.prev_hash != expected_prev ||
          AuditHash(row) != row.hash) {
        broken = static_cast<int64_t>(i + 1);
        return;
      }
      expected_prev = row.hash;
    }
  });
  if (!s.ok()) return s;
  return broken;
}

Result<int64_t> Store::CountDecisions() {
  int64_t count = 0;
  Status s = internal::Guard("count decisions", [&] {
    impl_->session << "SELECT COUNT(*) FROM decisions", into(count), now;
  });
  if (!s.ok()) return s;
  return count;
}

}  // namespace disclosure::store
