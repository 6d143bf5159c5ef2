// approval: the legal brigade's (法制大队) approval queue — its state machine now; the queue in
// the store, its HTTP API and the web console come with the console work.
//
// Pure: a function of (state, action). An item never decided is never published (fail closed):
// only kApproved leads to publication.
#pragma once

#include <optional>
#include <string_view>

#include "base/base.h"

namespace disclosure::approval {

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

// The state after `action`, or kConflict naming both when the action is not allowed in `from`
// (e.g. a second approval of an item already approved).
Result<State> Next(State from, Action action);

// Whether an item in `state` may be published.
inline bool MayPublish(State state) { return state == State::kApproved; }

}  // namespace disclosure::approval
