// Internal to store/: the state behind Store, shared by the files that implement its parts
// (store.cc: decisions, items, outbox, audit; further files: the approval queue, …).
#pragma once

#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

#include <string>

#include "store/store.h"

namespace disclosure::store {

struct Store::Impl {
  explicit Impl(Poco::Data::Session s) : session(std::move(s)) {}
  Poco::Data::Session session;
  int version = 0;
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
