// Internal to store/: the state behind Store, shared by the files that implement its parts
// (store.cc: decisions, items, outbox, audit; further files: the approval queue, …).
#pragma once

#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

#include <string>
#include <string_view>

#include "store/store.h"

namespace disclosure::store {

// The SQL dialect of the session. Everything that differs between the backends is switched on
// this in one place per statement: Impl::Sql (placeholders), the migrations, and the few JSON
// expressions of the approval queue.
enum class Dialect { kSqlite, kPostgres };

struct Store::Impl {
  Impl(Poco::Data::Session s, Dialect d) : session(std::move(s)), dialect(d) {}
  Poco::Data::Session session;
  Dialect dialect = Dialect::kSqlite;
  int version = 0;

  bool pg() const { return dialect == Dialect::kPostgres; }
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

}  // namespace internal
}  // namespace disclosure::store
