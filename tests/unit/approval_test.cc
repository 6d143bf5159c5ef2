#include "approval/approval.h"

#include <gtest/gtest.h>

namespace disclosure::approval {
namespace {

TEST(ApprovalStateMachine, GivenPendingWhenClaimedAndApprovedThenApproved) {
  auto claimed = Next(State::kPending, Action::kClaim);
  ASSERT_TRUE(claimed.ok());
  EXPECT_EQ(claimed.value(), State::kClaimed);
  auto approved = Next(claimed.value(), Action::kApprove);
  ASSERT_TRUE(approved.ok());
  EXPECT_EQ(approved.value(), State::kApproved);
  EXPECT_TRUE(MayPublish(approved.value()));
}

TEST(ApprovalStateMachine, GivenDecidedItemWhenDecidedAgainThenConflict) {
  for (State decided : {State::kApproved, State::kRejected, State::kCancelled}) {
    for (Action a : {Action::kApprove, Action::kReject, Action::kClaim, Action::kCancel}) {
      auto next = Next(decided, a);
      ASSERT_FALSE(next.ok()) << ToString(decided) << " " << ToString(a);
      EXPECT_EQ(next.status().code(), Status::Code::kConflict);
    }
  }
}

TEST(ApprovalStateMachine, GivenUnclaimedItemWhenApprovedThenConflictFailClosed) {
  EXPECT_FALSE(Next(State::kPending, Action::kApprove).ok());
  EXPECT_FALSE(MayPublish(State::kPending));
  EXPECT_FALSE(MayPublish(State::kClaimed));
  EXPECT_FALSE(MayPublish(State::kRejected));
}

TEST(ApprovalStateMachine, GivenWaitingItemWhenRevokedThenCancelled) {
  EXPECT_EQ(Next(State::kPending, Action::kCancel).value(), State::kCancelled);
  EXPECT_EQ(Next(State::kClaimed, Action::kCancel).value(), State::kCancelled);
  EXPECT_EQ(Next(State::kClaimed, Action::kRelease).value(), State::kPending);
}

}  // namespace
}  // namespace disclosure::approval
