#include "approval/approval.h"

#include <string>

namespace disclosure::approval {

std::string_view ToString(State state) {
  switch (state) {
    case State::kPending: return "pending";
    case State::kClaimed: return "claimed";
    case State::kApproved: return "approved";
    case State::kRejected: return "rejected";
    case State::kCancelled: return "cancelled";
  }
  return "pending";
}

std::string_view ToString(Action action) {
  switch (action) {
    case Action::kClaim: return "claim";
    case Action::kRelease: return "release";
    case Action::kApprove: return "approve";
    case Action::kReject: return "reject";
    case Action::kCancel: return "cancel";
  }
  return "claim";
}

Result<State> Next(State from, Action action) {
  const bool open = from == State::kPending || from == State::kClaimed;
  switch (action) {
    case Action::kClaim:
      if (from == State::kPending) return State::kClaimed;
      break;
    case Action::kRelease:
      if (from == State::kClaimed) return State::kPending;
      break;
    case Action::kApprove:
    case Action::kReject:
      // Deciding needs a claim: two officers cannot both decide the same item.
      if (from == State::kClaimed) {
        return action == Action::kApprove ? State::kApproved : State::kRejected;
      }
      break;
    case Action::kCancel:
      if (open) return State::kCancelled;
      break;
  }
  return Status::Conflict("cannot " + std::string(ToString(action)) + " an item that is " +
                          std::string(ToString(from)));
}

}  // namespace disclosure::approval
