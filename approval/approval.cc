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

std::optional<State> ParseState(std::string_view name) {
  for (State s : {State::kPending, State::kClaimed, State::kApproved, State::kRejected,
                  State::kCancelled}) {
    if (ToString(s) == name) return s;
  }
  return std::nullopt;
}

std::string_view ToString(Role role) {
  switch (role) {
    case Role::kApprover: return "approver";
    case Role::kOperator: return "operator";
    case Role::kSupervisor: return "supervisor";
    case Role::kAdmin: return "admin";
  }
  return "supervisor";
}

std::optional<Role> ParseRole(std::string_view name) {
  for (Role r : {Role::kApprover, Role::kOperator, Role::kSupervisor, Role::kAdmin}) {
    if (ToString(r) == name) return r;
  }
  return std::nullopt;
}

std::string_view ToString(Escalation e) {
  switch (e) {
    case Escalation::kNone: return "none";
    case Escalation::kReminder: return "reminder";
    case Escalation::kSupervisor: return "supervisor";
  }
  return "none";
}

Escalation EscalationAt(std::string_view deadline_at, const Timestamp& now,
                        int64_t reminder_seconds) {
  auto deadline = Timestamp::Parse(deadline_at);
  if (!deadline) return Escalation::kNone;
  if (now.unix_seconds > deadline->unix_seconds) return Escalation::kSupervisor;
  if (deadline->unix_seconds - now.unix_seconds <= reminder_seconds) return Escalation::kReminder;
  return Escalation::kNone;
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
