// The approval queue, console users, sessions and login throttling (approval/): migration 2 and
// the Store methods of the "Approval queue and users" section of store/store.h.
//
// Concurrency: every change is one conditional UPDATE (compare-and-set) that takes SQLite's
// write lock first, so two connections deciding one item cannot both win. The four-eyes rule
// and the finality of a decision are enforced by the schema itself (CHECK and triggers), not
// only by this code. The queue's membership follows the items table through the store's own
// writers of items and decisions (QueueItem and friends below; triggers until migration 4).
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include <string>
#include <vector>

#include "store/impl.h"
#include "store/store.h"

namespace disclosure::store {
namespace internal {

namespace {

std::vector<std::string> SqliteApprovalMigration() {
  return {
      "CREATE TABLE approvals ("
      " item_id TEXT PRIMARY KEY,"
      " state TEXT NOT NULL DEFAULT 'pending'"
      "  CHECK (state IN ('pending','claimed','approved','rejected','cancelled')),"
      " claimed_by TEXT NOT NULL DEFAULT '',"
      " lease_until INTEGER NOT NULL DEFAULT 0,"
      " version INTEGER NOT NULL DEFAULT 0,"
      " needs_second INTEGER NOT NULL DEFAULT 0,"
      " first_by TEXT NOT NULL DEFAULT '', first_at TEXT NOT NULL DEFAULT '',"
      " decided_by TEXT NOT NULL DEFAULT '', decided_at TEXT NOT NULL DEFAULT '',"
      " comment TEXT NOT NULL DEFAULT '',"
      " edits_json TEXT NOT NULL DEFAULT '[]',"
      " reasons_json TEXT NOT NULL DEFAULT '[]',"
      " catalog_id TEXT NOT NULL DEFAULT '',"
      " escalation_level INTEGER NOT NULL DEFAULT 0,"
      " catalog_name TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
      // Four-eyes (双人审批): an approved item that needs a second approver names two people.
      " CONSTRAINT four_eyes CHECK (state <> 'approved' OR needs_second = 0 OR"
      "  (first_by <> '' AND decided_by <> '' AND first_by <> decided_by)),"
      " CONSTRAINT decided_by_someone CHECK (state NOT IN ('approved','rejected') OR"
      "  decided_by <> ''))",
      "CREATE INDEX approvals_state ON approvals (state)",
      // The queue is read in deadline order: walk this index and stop at the page's end.
      "CREATE INDEX items_state_deadline ON items (state, deadline_at, item_id)",
      "CREATE TRIGGER approvals_keep_four_eyes BEFORE UPDATE OF needs_second ON approvals "
      "WHEN OLD.needs_second = 1 AND NEW.needs_second = 0 "
      "BEGIN SELECT RAISE(ABORT, 'four-eyes requirement cannot be lifted'); END",
      // A decided item stays decided.
      "CREATE TRIGGER approvals_final BEFORE UPDATE OF state ON approvals "
      "WHEN OLD.state IN ('approved','rejected','cancelled') AND NEW.state <> OLD.state "
      "BEGIN SELECT RAISE(ABORT, 'a decided approval cannot change'); END",
      "CREATE TABLE four_eyes_reasons (rule TEXT PRIMARY KEY)",
      "INSERT INTO four_eyes_reasons (rule) VALUES ('police-misconduct')",
      // Queue membership follows the items table, whoever writes it.
      "CREATE TRIGGER queue_on_item AFTER INSERT ON items WHEN NEW.state = 'pending_approval' "
      "BEGIN INSERT OR IGNORE INTO approvals (item_id) VALUES (NEW.item_id); END",
      "CREATE TRIGGER queue_on_item_state AFTER UPDATE OF state ON items "
      "WHEN NEW.state = 'cancelled' BEGIN UPDATE approvals SET state = 'cancelled', "
      "claimed_by = '', version = version + 1 WHERE item_id = NEW.item_id AND "
      "state IN ('pending','claimed'); END",
      "CREATE TRIGGER queue_on_decision AFTER INSERT ON decisions WHEN NEW.route = 'approval' "
      "BEGIN UPDATE approvals SET catalog_id = NEW.catalog_id, "
      "catalog_name = COALESCE(json_extract(NEW.decision_json, '$.item.catalog.name'), ''), "
      "title = COALESCE(json_extract(NEW.decision_json, '$.item.content.title'), ''), "
      "reasons_json = COALESCE(json_extract(NEW.decision_json, '$.reasons'), '[]'), "
      "needs_second = MAX(needs_second, EXISTS (SELECT 1 FROM "
      "json_each(NEW.decision_json, '$.reasons') r JOIN four_eyes_reasons f "
      "ON f.rule = json_extract(r.value, '$.rule'))) "
      "WHERE item_id IN (SELECT item_id FROM items WHERE event_id = NEW.event_id); END",
      // Items already waiting when this migration runs.
      "INSERT OR IGNORE INTO approvals (item_id, catalog_id, catalog_name, title, reasons_json, "
      "needs_second) SELECT i.item_id, COALESCE(d.catalog_id, ''), "
      "COALESCE(json_extract(i.item_json, '$.catalog.name'), ''), "
      "COALESCE(json_extract(i.item_json, '$.content.title'), ''), "
      "COALESCE(json_extract(d.decision_json, '$.reasons'), '[]'), "
      "COALESCE((SELECT EXISTS (SELECT 1 FROM json_each(d.decision_json, '$.reasons') r "
      "JOIN four_eyes_reasons f ON f.rule = json_extract(r.value, '$.rule'))), 0) "
      "FROM items i LEFT JOIN decisions d ON d.event_id = i.event_id "
      "WHERE i.state = 'pending_approval'",
      "CREATE TABLE users (name TEXT PRIMARY KEY,"
      " role TEXT NOT NULL CHECK (role IN ('approver','operator','supervisor','admin')),"
      " password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,"
      " created_at TEXT NOT NULL)",
      "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL,"
      " created_unix INTEGER NOT NULL, expires_unix INTEGER NOT NULL)",
      "CREATE INDEX sessions_user ON sessions (user_name)",
      "CREATE TABLE login_failures (subject TEXT PRIMARY KEY, failures INTEGER NOT NULL,"
      " first_unix INTEGER NOT NULL, locked_until INTEGER NOT NULL DEFAULT 0)",
  };
}

// The same schema and the same enforcement on PostgreSQL: the tables as for SQLite (types
// translated), the triggers as PL/pgSQL functions, JSON through the json type.
std::vector<std::string> PostgresApprovalMigration() {
  std::vector<std::string> sqlite = SqliteApprovalMigration();
  auto table = [](const std::string& sql) { return PostgresTypes(sql); };
  return {
      table(sqlite[0]),  // approvals, with the four_eyes and decided_by_someone CHECKs
      sqlite[1], sqlite[2],
      // The rules of a decision's reasons array (empty for anything else).
      "CREATE FUNCTION reason_rules(reasons TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE AS "
      "$$ SELECT e ->> 'rule' FROM json_array_elements(CASE WHEN "
      "json_typeof(reasons::json) = 'array' THEN reasons::json ELSE '[]'::json END) e $$",
      "CREATE FUNCTION approvals_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
      "IF OLD.needs_second = 1 AND NEW.needs_second = 0 THEN "
      "RAISE EXCEPTION 'four-eyes requirement cannot be lifted'; END IF; "
      // A decided item stays decided.
      "IF OLD.state IN ('approved','rejected','cancelled') AND NEW.state <> OLD.state THEN "
      "RAISE EXCEPTION 'a decided approval cannot change'; END IF; "
      "RETURN NEW; END $$",
      "CREATE TRIGGER approvals_guard BEFORE UPDATE ON approvals FOR EACH ROW "
      "EXECUTE FUNCTION approvals_guard()",
      sqlite[5],  // four_eyes_reasons
      sqlite[6],
      // Queue membership follows the items table, whoever writes it.
      "CREATE FUNCTION queue_on_item() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
      "INSERT INTO approvals (item_id) VALUES (NEW.item_id) ON CONFLICT DO NOTHING; "
      "RETURN NULL; END $$",
      "CREATE TRIGGER queue_on_item AFTER INSERT ON items FOR EACH ROW "
      "WHEN (NEW.state = 'pending_approval') EXECUTE FUNCTION queue_on_item()",
      "CREATE FUNCTION queue_on_item_state() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
      "UPDATE approvals SET state = 'cancelled', claimed_by = '', version = version + 1 "
      "WHERE item_id = NEW.item_id AND state IN ('pending','claimed'); RETURN NULL; END $$",
      "CREATE TRIGGER queue_on_item_state AFTER UPDATE OF state ON items FOR EACH ROW "
      "WHEN (NEW.state = 'cancelled') EXECUTE FUNCTION queue_on_item_state()",
      "CREATE FUNCTION queue_on_decision() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
      "UPDATE approvals SET catalog_id = NEW.catalog_id, "
      "catalog_name = COALESCE(NEW.decision_json::json #>> '{item,catalog,name}', ''), "
      "title = COALESCE(NEW.decision_json::json #>> '{item,content,title}', ''), "
      "reasons_json = COALESCE((NEW.decision_json::json -> 'reasons')::text, '[]'), "
      "needs_second = GREATEST(needs_second, CASE WHEN EXISTS (SELECT 1 FROM "
      "reason_rules((NEW.decision_json::json -> 'reasons')::text) r (rule) "
      "JOIN four_eyes_reasons f ON f.rule = r.rule) THEN 1 ELSE 0 END) "
      "WHERE item_id IN (SELECT item_id FROM items WHERE event_id = NEW.event_id); "
      "RETURN NULL; END $$",
      "CREATE TRIGGER queue_on_decision AFTER INSERT ON decisions FOR EACH ROW "
      "WHEN (NEW.route = 'approval') EXECUTE FUNCTION queue_on_decision()",
      // Items already waiting when this migration runs.
      "INSERT INTO approvals (item_id, catalog_id, catalog_name, title, reasons_json, "
      "needs_second) SELECT i.item_id, COALESCE(d.catalog_id, ''), "
      "COALESCE(i.item_json::json #>> '{catalog,name}', ''), "
      "COALESCE(i.item_json::json #>> '{content,title}', ''), "
      "COALESCE((d.decision_json::json -> 'reasons')::text, '[]'), "
      "CASE WHEN EXISTS (SELECT 1 FROM reason_rules((d.decision_json::json -> 'reasons')::text) "
      "r (rule) JOIN four_eyes_reasons f ON f.rule = r.rule) THEN 1 ELSE 0 END "
      "FROM items i LEFT JOIN decisions d ON d.event_id = i.event_id "
      "WHERE i.state = 'pending_approval' ON CONFLICT DO NOTHING",
      table(sqlite[11]),  // users
      table(sqlite[12]),  // sessions
      sqlite[13],
      table(sqlite[14]),  // login_failures
  };
}

}  // namespace

std::vector<std::string> ApprovalMigration(Dialect dialect) {
  return dialect == Dialect::kPostgres ? PostgresApprovalMigration() : SqliteApprovalMigration();
}

// Migration 4: queue membership is kept by the store's own writers of items and decisions
// (InsertItem, InsertDecision, UpdateItemState → the functions below) instead of triggers on
// those tables. On SQLite a trigger on a table makes every INSERT or UPDATE of it keep a
// statement journal, which cost a fifth of the instructions of `disclosure process`; the
// four-eyes and finality guards on approvals stay triggers and CHECKs.
std::vector<std::string> QueueInStoreMigration(Dialect dialect) {
  if (dialect == Dialect::kPostgres) {
    return {
        "DROP TRIGGER queue_on_item ON items",         "DROP TRIGGER queue_on_item_state ON items",
        "DROP TRIGGER queue_on_decision ON decisions", "DROP FUNCTION queue_on_item()",
        "DROP FUNCTION queue_on_item_state()",         "DROP FUNCTION queue_on_decision()",
    };
  }
  return {
      "DROP TRIGGER queue_on_item",
      "DROP TRIGGER queue_on_item_state",
      "DROP TRIGGER queue_on_decision",
  };
}

namespace {

// The statement that describes an approval row (catalog, title, reasons, the four-eyes flag):
// parameters catalog_id, then four values, then event_id. The values are either the ones its
// caller wrote into the decision (`given`: catalog name, title, reasons, reasons again) or the
// decision itself four times, read with the database's JSON functions.
std::string DescribeSql(Dialect dialect, bool given) {
  const bool pg = dialect == Dialect::kPostgres;
  // A value bound as it is, or read out of the decision.
  auto value = [&](const char* from_decision) { return std::string(given ? "?" : from_decision); };
  const std::string name = value(pg ? "COALESCE(?::json #>> '{item,catalog,name}', '')"
                                    : "COALESCE(json_extract(?, '$.item.catalog.name'), '')");
  const std::string title = value(pg ? "COALESCE(?::json #>> '{item,content,title}', '')"
                                     : "COALESCE(json_extract(?, '$.item.content.title'), '')");
  const std::string reasons = value(pg ? "COALESCE((?::json -> 'reasons')::text, '[]')"
                                       : "COALESCE(json_extract(?, '$.reasons'), '[]')");
  // On SQLite, json_each over the reasons alone: json_extract reuses the document parsed for
  // the columns above, json_each would parse all of it (the item included) again.
  const std::string rules = pg ? (given ? "?::text" : "(?::json -> 'reasons')::text")
                               : (given ? "?" : "json_extract(?, '$.reasons')");
  const std::string four_eyes =
      pg ? "GREATEST(needs_second, CASE WHEN EXISTS (SELECT 1 FROM reason_rules(" + rules +
               ") r (rule) JOIN four_eyes_reasons f ON f.rule = r.rule) THEN 1 ELSE 0 END)"
         : "MAX(needs_second, EXISTS (SELECT 1 FROM json_each(" + rules +
               ") r JOIN four_eyes_reasons f ON f.rule = json_extract(r.value, '$.rule')))";
  return "UPDATE approvals SET catalog_id = ?, catalog_name = " + name + ", title = " + title +
         ", reasons_json = " + reasons + ", needs_second = " + four_eyes +
         " WHERE item_id = (SELECT item_id FROM items WHERE event_id = ?)";
}

}  // namespace

const char* QueueSql(Dialect dialect, QueueChange change) {
  switch (change) {
    case QueueChange::kAdd:  // ? item_id
      return "INSERT INTO approvals (item_id) VALUES (?) ON CONFLICT DO NOTHING";
    case QueueChange::kDescribe:       // ? catalog_id, decision_json ×4, event_id
    case QueueChange::kDescribeGiven:  // ? catalog_id, catalog_name, title, reasons ×2, event_id
    {
      // Built once per dialect and form (the statements are kept prepared).
      static const std::string kSql[2][2] = {
          {DescribeSql(Dialect::kSqlite, false), DescribeSql(Dialect::kSqlite, true)},
          {DescribeSql(Dialect::kPostgres, false), DescribeSql(Dialect::kPostgres, true)}};
      return kSql[dialect == Dialect::kPostgres][change == QueueChange::kDescribeGiven].c_str();
    }
    case QueueChange::kCancel:  // ? item_id
      return "UPDATE approvals SET state = 'cancelled', claimed_by = '', "
             "version = version + 1 WHERE item_id = ? AND state IN ('pending','claimed')";
  }
  return "";
}

}  // namespace internal

namespace {

using namespace Poco::Data::Keywords;
using internal::Guard;
using Poco::Data::Session;
using Poco::Data::Statement;

constexpr const char* kQueueColumns =
    "a.item_id, i.event_id, a.state, a.claimed_by, a.lease_until, a.version, a.needs_second, "
    "a.first_by, a.first_at, a.decided_by, a.decided_at, a.comment, a.edits_json, "
    "a.reasons_json, a.catalog_id, i.unit_code, i.deadline_at, a.escalation_level, "
    "a.catalog_name, a.title";

// Column vectors of one queue query, turned into rows.
struct QueueColumns {
  std::vector<std::string> item_id, event_id, state, claimed_by;
  std::vector<int64_t> lease_until, version;
  std::vector<int> needs_second;
  std::vector<std::string> first_by, first_at, decided_by, decided_at, comment, edits, reasons,
      catalog, unit, deadline;
  std::vector<int> level;
  std::vector<std::string> catalog_name, title;

  void Into(Statement& st) {
    st, into(item_id), into(event_id), into(state), into(claimed_by), into(lease_until),
        into(version), into(needs_second), into(first_by), into(first_at), into(decided_by),
        into(decided_at), into(comment), into(edits), into(reasons), into(catalog), into(unit),
        into(deadline), into(level), into(catalog_name), into(title);
  }
  std::vector<QueueRow> Rows() const {
    std::vector<QueueRow> rows(item_id.size());
    for (size_t i = 0; i < rows.size(); ++i) {
      QueueRow& r = rows[i];
      r.item_id = ItemId(item_id[i]);
      r.event_id = EventId(event_id[i]);
      r.state = state[i];
      r.claimed_by = claimed_by[i];
      r.lease_until = lease_until[i];
      r.version = version[i];
      r.needs_second = needs_second[i] != 0;
      r.first_by = first_by[i];
      r.first_at = first_at[i];
      r.decided_by = decided_by[i];
      r.decided_at = decided_at[i];
      r.comment = comment[i];
      r.edits_json = edits[i];
      r.reasons_json = reasons[i];
      r.catalog_id = catalog[i];
      r.unit_code = unit[i];
      r.deadline_at = deadline[i];
      r.escalation_level = level[i];
      r.catalog_name = catalog_name[i];
      r.title = title[i];
    }
    return rows;
  }
};

bool IsConstraintError(const Status& s) {
  const std::string& m = s.message();
  return m.find("constraint") != std::string::npos || m.find("four-eyes") != std::string::npos ||
         m.find("cannot change") != std::string::npos;
}

}  // namespace

Status Store::SetFourEyesReasons(const std::vector<std::string>& rules) {
  return Guard("four-eyes reasons", [&] {
    Session& db = impl_->session;
    db << "DELETE FROM four_eyes_reasons", now;
    for (std::string rule : rules) {
      db << impl_->Sql("INSERT INTO four_eyes_reasons (rule) VALUES (?) ON CONFLICT DO NOTHING"),
          bind(rule), now;
    }
    db << std::string(
              "UPDATE approvals SET needs_second = 1 WHERE needs_second = 0 AND "
              "state IN ('pending','claimed') AND EXISTS (SELECT 1 FROM ") +
              (impl_->pg() ? "reason_rules(reasons_json) r (rule) JOIN four_eyes_reasons f "
                             "ON f.rule = r.rule)"
                           : "json_each(reasons_json) r JOIN four_eyes_reasons f "
                             "ON f.rule = json_extract(r.value, '$.rule'))"),
        now;
  });
}

Result<std::vector<QueueRow>> Store::ListQueue(const QueueFilter& filter) {
  QueueColumns c;
  Status s = Guard("list queue", [&] {
    Statement st(impl_->session);
    // Open items are exactly the pending_approval ones: walk items_state_deadline in deadline
    // order (CROSS JOIN fixes the loop order) and stop at the page's end, with no sort.
    // (PostgreSQL has no CROSS JOIN … ON and plans the join itself.)
    std::string sql = std::string("SELECT ") + kQueueColumns + " FROM items i " +
                      (impl_->pg() ? "JOIN" : "CROSS JOIN") +
                      " approvals a ON a.item_id = i.item_id WHERE 1 = 1";
    if (filter.open_only) {
      sql += " AND i.state = 'pending_approval' AND a.state IN ('pending','claimed')";
    }
    if (!filter.unit_code.empty()) sql += " AND i.unit_code = ?";
    if (!filter.catalog_id.empty()) sql += " AND a.catalog_id = ?";
    if (!filter.reason.empty()) {
      sql += impl_->pg() ? " AND ? IN (SELECT reason_rules(a.reasons_json))"
                         : " AND EXISTS (SELECT 1 FROM json_each(a.reasons_json) r WHERE "
                           "json_extract(r.value, '$.rule') = ?)";
    }
    // Every queued item has a deadline (the catalog's or the general 20 working days).
    sql += " ORDER BY i.deadline_at, i.item_id LIMIT ?";
    st << impl_->Sql(sql);
    c.Into(st);
    std::string unit = filter.unit_code, catalog = filter.catalog_id, reason = filter.reason;
    int limit = filter.limit;
    if (!unit.empty()) st, use(unit);
    if (!catalog.empty()) st, use(catalog);
    if (!reason.empty()) st, use(reason);
    st, use(limit);
    st.execute();
  });
  if (!s.ok()) return s;
  return c.Rows();
}

Result<std::optional<QueueRow>> Store::FindQueueItem(const ItemId& item_id) {
  QueueColumns c;
  std::vector<std::string> json;
  Status s = Guard("find queue item", [&] {
    Statement st(impl_->session);
    std::string id = item_id.value();
    st << impl_->Sql(std::string("SELECT ") + kQueueColumns +
                     ", b.item_json FROM approvals a JOIN items i ON i.item_id = a.item_id "
                     "JOIN item_bodies b ON b.id = i.body_id WHERE a.item_id = ?");
    c.Into(st);
    st, into(json), use(id);
    st.execute();
  });
  if (!s.ok()) return s;
  auto rows = c.Rows();
  if (rows.empty()) return std::optional<QueueRow>();
  rows[0].item_json = json[0];
  return std::optional<QueueRow>(std::move(rows[0]));
}

Result<bool> Store::ClaimQueueItem(const ItemId& item_id, const std::string& user, int64_t now_unix,
                                   int64_t lease_until) {
  size_t changed = 0;
  Status s = Guard("claim", [&] {
    std::string id = item_id.value(), who = user;
    Statement st(impl_->session);
    // Free, or claimed by this user, or a claim whose lease ran out; never the first approver
    // of a four-eyes item.
    st << impl_->Sql(
        "UPDATE approvals SET state = 'claimed', claimed_by = ?, lease_until = ?, "
        "version = version + 1 WHERE item_id = ? AND (state = 'pending' OR "
        "(state = 'claimed' AND (claimed_by = ? OR lease_until < ?))) AND first_by <> ?"),
        use(who), bind(lease_until), use(id), use(who), bind(now_unix), use(who);
    changed = st.execute();
  });
  if (!s.ok()) return s;
  return changed == 1;
}

Status Store::ReleaseQueueItem(const ItemId& item_id, const std::string& user) {
  return Guard("release", [&] {
    std::string id = item_id.value(), who = user;
    impl_->session << impl_->Sql(
        "UPDATE approvals SET state = 'pending', claimed_by = '', lease_until = 0, "
        "version = version + 1 WHERE item_id = ? AND state = 'claimed' AND "
        "claimed_by = ?"),
        use(id), use(who), now;
  });
}

Result<QueueOutcome> Store::DecideQueueItem(const QueueDecision& d) {
  Session& db = impl_->session;
  QueueOutcome outcome = QueueOutcome::kRejected;
  bool lost = false;
  std::string id = d.item_id.value(), who = d.user;
  // The item's new published-item record (edited by the approver, or stamped approved): a body
  // of its own, which the item then points to. Bodies never change once written: the item's
  // decision and publish records may refer to the old one (migration 11).
  auto replace_body = [&](std::string& json) {
    if (impl_->pg()) {
      db << impl_->Sql(
          "WITH b AS (INSERT INTO item_bodies (item_json) VALUES (?) RETURNING id) "
          "UPDATE items SET body_id = (SELECT id FROM b) WHERE item_id = ?"),
          use(json), use(id), now;
      return;
    }
    db << "INSERT INTO item_bodies (item_json) VALUES (?)", use(json), now;
    db << "UPDATE items SET body_id = last_insert_rowid() WHERE item_id = ?", use(id), now;
  };
  Status s = Guard("decide", [&] {
    db.begin();
    try {
      // The compare-and-set comes first, so this transaction holds the write lock from here.
      Statement take(db);
      take << impl_->Sql(
          "UPDATE approvals SET state = 'claimed', claimed_by = ?, version = version + 1 "
          "WHERE item_id = ? AND version = ? AND (state = 'pending' OR (state = 'claimed' "
          "AND (claimed_by = ? OR lease_until < ?)))"),
          use(who), use(id), bind(d.expected_version), use(who), bind(d.now_unix);
      if (take.execute() != 1) {
        lost = true;
        db.rollback();
        return;
      }
      int needs_second = 0;
      std::string first_by;
      db << impl_->Sql("SELECT needs_second, first_by FROM approvals WHERE item_id = ?"),
          into(needs_second), into(first_by), use(id), now;
      std::string edits = d.edits_json, comment = d.comment, at = d.at;
      std::string action;
      if (d.verdict == QueueVerdict::kReject) {
        db << impl_->Sql(
            "UPDATE approvals SET state = 'rejected', decided_by = ?, decided_at = ?, "
            "comment = ?, edits_json = ?, claimed_by = '', version = version + 1 "
            "WHERE item_id = ?"),
            use(who), use(at), use(comment), use(edits), use(id), now;
        db << impl_->Sql(
            "UPDATE items SET state = 'rejected' WHERE item_id = ? AND "
            "state = 'pending_approval'"),
            use(id), now;
        outcome = QueueOutcome::kRejected;
        action = "reject";
      } else if (needs_second != 0 && first_by.empty()) {
        std::string json = d.pending_item_json;
        db << impl_->Sql(
            "UPDATE approvals SET state = 'pending', first_by = ?, first_at = ?, "
            "edits_json = ?, claimed_by = '', lease_until = 0, version = version + 1 "
            "WHERE item_id = ?"),
            use(who), use(at), use(edits), use(id), now;
        if (!json.empty()) {
          replace_body(json);
        }
        outcome = QueueOutcome::kFirstApproval;
        action = "approve-first";
      } else {
        // The four_eyes CHECK refuses first_by = decided_by here, whatever the caller did.
        db << impl_->Sql(
            "UPDATE approvals SET state = 'approved', decided_by = ?, decided_at = ?, "
            "edits_json = ?, claimed_by = '', version = version + 1 WHERE item_id = ?"),
            use(who), use(at), use(edits), use(id), now;
        std::string json = d.published_json;
        Statement item(db);
        item << impl_->Sql(
            "UPDATE items SET state = 'publishing' WHERE item_id = ? AND "
            "state = 'pending_approval'"),
            use(id);
        if (item.execute() != 1) {
          lost = true;
          db.rollback();
          return;
        }
        replace_body(json);
        Status q = Enqueue({0, d.item_id, d.topic, id, d.published_json});
        if (!q.ok()) throw Poco::Exception(q.message());
        outcome = QueueOutcome::kApproved;
        action = "approve";
      }
      Status a = AppendAudit(at, who, action, id, d.audit_detail);
      if (!a.ok()) throw Poco::Exception(a.message());
      db.commit();
    } catch (...) {
      if (db.isTransaction()) db.rollback();
      throw;
    }
  });
  if (!s.ok()) {
    if (IsConstraintError(s)) {
      return Status::Conflict("approval of item " + id +
                              " refused by the store (four-eyes: a second, different approver "
                              "is required; or the item is already decided)");
    }
    return s;
  }
  if (lost) {
    return Status::Conflict("item " + id +
                            " changed meanwhile (decided, cancelled, or claimed by another)");
  }
  return outcome;
}

Result<bool> Store::EscalateQueueItem(const ItemId& item_id, int level, const std::string& at,
                                      const std::string& detail) {
  size_t changed = 0;
  Status s = Guard("escalate", [&] {
    std::string id = item_id.value();
    Statement st(impl_->session);
    st << impl_->Sql(
        "UPDATE approvals SET escalation_level = ? WHERE item_id = ? AND "
        "escalation_level < ? AND state IN ('pending','claimed')"),
        bind(level), use(id), bind(level);
    changed = st.execute();
  });
  if (!s.ok()) return s;
  if (changed == 0) return false;
  Status a = AppendAudit(at, "system", level >= 2 ? "escalate" : "remind", item_id.value(), detail);
  if (!a.ok()) return a;
  return true;
}

Result<std::vector<AuditRow>> Store::AuditFor(const ItemId& item_id, const EventId& event_id) {
  std::vector<int64_t> seq;
  std::vector<std::string> at, actor, action, subject, detail, prev, hash;
  Status s = Guard("audit for", [&] {
    std::string a = item_id.value(), b = event_id.value();
    impl_->session << impl_->Sql(
        "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit "
        "WHERE subject = ? OR subject = ? ORDER BY seq"),
        into(seq), into(at), into(actor), into(action), into(subject), into(detail), into(prev),
        into(hash), use(a), use(b), now;
  });
  if (!s.ok()) return s;
  std::vector<AuditRow> rows;
  for (size_t i = 0; i < seq.size(); ++i) {
    rows.push_back({seq[i], at[i], actor[i], action[i], subject[i], detail[i], prev[i], hash[i]});
  }
  return rows;
}

Status Store::InsertUser(const UserRow& user) {
  int existing = 0;
  Status s = Guard("insert user", [&] {
    UserRow u = user;
    int disabled = u.disabled ? 1 : 0;
    impl_->session << impl_->Sql("SELECT COUNT(*) FROM users WHERE name = ?"), into(existing),
        use(u.name), now;
    if (existing != 0) return;
    impl_->session << impl_->Sql(
        "INSERT INTO users (name, role, password_hash, disabled, created_at) "
        "VALUES (?, ?, ?, ?, ?)"),
        use(u.name), use(u.role), use(u.password_hash), use(disabled), use(u.created_at), now;
  });
  if (!s.ok()) return s;
  if (existing != 0) return Status::Conflict("a user of that name exists");
  return Status::Ok();
}

Result<std::optional<UserRow>> Store::FindUser(const std::string& name) {
  std::vector<std::string> role, hash, created;
  std::vector<int> disabled;
  Status s = Guard("find user", [&] {
    std::string n = name;
    impl_->session << impl_->Sql(
        "SELECT role, password_hash, disabled, created_at FROM users "
        "WHERE name = ?"),
        into(role), into(hash), into(disabled), into(created), use(n), now;
  });
  if (!s.ok()) return s;
  if (role.empty()) return std::optional<UserRow>();
  return std::optional<UserRow>(UserRow{name, role[0], hash[0], disabled[0] != 0, created[0]});
}

Result<std::vector<UserRow>> Store::ListUsers() {
  std::vector<std::string> name, role, created;
  std::vector<int> disabled;
  Status s = Guard("list users", [&] {
    impl_->session << "SELECT name, role, disabled, created_at FROM users ORDER BY name",
        into(name), into(role), into(disabled), into(created), now;
  });
  if (!s.ok()) return s;
  std::vector<UserRow> rows;
  for (size_t i = 0; i < name.size(); ++i) {
    rows.push_back(UserRow{name[i], role[i], "", disabled[i] != 0, created[i]});
  }
  return rows;
}

Status Store::SetUserPassword(const std::string& name, const std::string& password_hash) {
  size_t changed = 0;
  Status s = Guard("set password", [&] {
    std::string n = name, h = password_hash;
    Statement st(impl_->session);
    st << impl_->Sql("UPDATE users SET password_hash = ? WHERE name = ?"), use(h), use(n);
    changed = st.execute();
    impl_->session << impl_->Sql("DELETE FROM sessions WHERE user_name = ?"), use(n), now;
  });
  if (!s.ok()) return s;
  if (changed == 0) return Status::NotFound("no such user");
  return Status::Ok();
}

Status Store::SetUserDisabled(const std::string& name, bool disabled) {
  size_t changed = 0;
  Status s = Guard("disable user", [&] {
    std::string n = name;
    int flag = disabled ? 1 : 0;
    Statement st(impl_->session);
    st << impl_->Sql("UPDATE users SET disabled = ? WHERE name = ?"), use(flag), use(n);
    changed = st.execute();
    if (disabled)
      impl_->session << impl_->Sql("DELETE FROM sessions WHERE user_name = ?"), use(n), now;
  });
  if (!s.ok()) return s;
  if (changed == 0) return Status::NotFound("no such user");
  return Status::Ok();
}

Status Store::InsertSession(const std::string& token_hash, const std::string& user,
                            int64_t now_unix, int64_t expires_unix) {
  return Guard("insert session", [&] {
    std::string h = token_hash, u = user;
    impl_->session << impl_->Sql("DELETE FROM sessions WHERE expires_unix < ?"), bind(now_unix),
        now;
    impl_->session << impl_->Sql(
        "INSERT INTO sessions (token_hash, user_name, created_unix, expires_unix) "
        "VALUES (?, ?, ?, ?)"),
        use(h), use(u), bind(now_unix), bind(expires_unix), now;
  });
}

Result<std::optional<SessionRow>> Store::FindSession(const std::string& token_hash,
                                                     int64_t now_unix) {
  std::vector<std::string> user, role;
  std::vector<int64_t> expires;
  Status s = Guard("find session", [&] {
    std::string h = token_hash;
    impl_->session << impl_->Sql(
        "SELECT s.user_name, u.role, s.expires_unix FROM sessions s JOIN users u "
        "ON u.name = s.user_name WHERE s.token_hash = ? AND s.expires_unix >= ? "
        "AND u.disabled = 0"),
        into(user), into(role), into(expires), use(h), bind(now_unix), now;
  });
  if (!s.ok()) return s;
  if (user.empty()) return std::optional<SessionRow>();
  return std::optional<SessionRow>(SessionRow{token_hash, user[0], role[0], expires[0]});
}

Status Store::DeleteSession(const std::string& token_hash) {
  return Guard("delete session", [&] {
    std::string h = token_hash;
    impl_->session << impl_->Sql("DELETE FROM sessions WHERE token_hash = ?"), use(h), now;
  });
}

Result<int64_t> Store::LoginLockedUntil(const std::string& subject, int64_t now_unix) {
  std::vector<int64_t> until;
  Status s = Guard("login lock", [&] {
    std::string subj = subject;
    impl_->session << impl_->Sql("SELECT locked_until FROM login_failures WHERE subject = ?"),
        into(until), use(subj), now;
  });
  if (!s.ok()) return s;
  if (until.empty() || until[0] <= now_unix) return int64_t{0};
  return until[0];
}

Status Store::RecordLoginFailure(const std::string& subject, int64_t now_unix, int max_failures,
                                 int64_t window_seconds, int64_t lock_seconds) {
  return Guard("login failure", [&] {
    std::string subj = subject;
    Session& db = impl_->session;
    // A failure outside the window (or after a lock ran out) starts a new count.
    db << impl_->Sql(
        "INSERT INTO login_failures (subject, failures, first_unix, locked_until) "
        "VALUES (?, 1, ?, 0) ON CONFLICT (subject) DO UPDATE SET "
        "failures = CASE WHEN first_unix < ? - ? OR (locked_until > 0 AND locked_until <= ?) "
        "THEN 1 ELSE failures + 1 END, "
        "first_unix = CASE WHEN first_unix < ? - ? OR (locked_until > 0 AND locked_until <= ?) "
        "THEN ? ELSE first_unix END, "
        "locked_until = CASE WHEN locked_until > 0 AND locked_until <= ? THEN 0 "
        "ELSE locked_until END"),
        use(subj), bind(now_unix), bind(now_unix), bind(window_seconds), bind(now_unix),
        bind(now_unix), bind(window_seconds), bind(now_unix), bind(now_unix), bind(now_unix), now;
    int64_t lock_until = now_unix + lock_seconds;
    db << impl_->Sql(
        "UPDATE login_failures SET locked_until = ? WHERE subject = ? AND failures >= ? AND "
        "locked_until <= ?"),
        bind(lock_until), use(subj), bind(max_failures), bind(now_unix), now;
  });
}

Status Store::ClearLoginFailures(const std::string& subject) {
  return Guard("clear login failures", [&] {
    std::string subj = subject;
    impl_->session << impl_->Sql("DELETE FROM login_failures WHERE subject = ?"), use(subj), now;
  });
}

}  // namespace disclosure::store
