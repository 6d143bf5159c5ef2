// Passwords, roles, escalation and the edit format: the pure parts of approval/.
#include <gtest/gtest.h>

#include "approval/approval.h"

namespace disclosure::approval {
namespace {

TEST(ApprovalPasswords, GivenHashWhenVerifiedThenOnlyTheSamePasswordMatches) {
  auto hash = HashPassword("a long enough secret", 1000);
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash.value().rfind("pbkdf2-sha256$1000$", 0), 0u);
  EXPECT_TRUE(VerifyPassword("a long enough secret", hash.value()));
  EXPECT_FALSE(VerifyPassword("a long enough secreT", hash.value()));
  EXPECT_FALSE(VerifyPassword("a long enough secret", "pbkdf2-sha256$1000$zz$00"));
  EXPECT_FALSE(VerifyPassword("a long enough secret", ""));
}

TEST(ApprovalPasswords, GivenSamePasswordTwiceThenSaltsDiffer) {
  auto a = HashPassword("same password", 1000), b = HashPassword("same password", 1000);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_NE(a.value(), b.value());
}

TEST(ApprovalPasswords, GivenDefaultThenAtLeast600000Iterations) {
  EXPECT_GE(kPasswordIterations, 600000);
}

TEST(ApprovalRoles, GivenEachRoleThenItsNameRoundTrips) {
  for (Role r : {Role::kApprover, Role::kOperator, Role::kSupervisor, Role::kAdmin}) {
    EXPECT_EQ(ParseRole(ToString(r)), r);
  }
  EXPECT_FALSE(ParseRole("root"));
}

TEST(ApprovalEscalation, GivenDeadlineThenReminderWhenNearAndSupervisorWhenPast) {
  Timestamp now = *Timestamp::Parse("2026-11-29T10:00:00+08:00");
  EXPECT_EQ(EscalationAt("2026-12-05T23:59:59+08:00", now, 86400), Escalation::kNone);
  EXPECT_EQ(EscalationAt("2026-11-29T23:59:59+08:00", now, 86400), Escalation::kReminder);
  EXPECT_EQ(EscalationAt("2026-11-28T23:59:59+08:00", now, 86400), Escalation::kSupervisor);
  EXPECT_EQ(EscalationAt("", now, 86400), Escalation::kNone);
}

TEST(ApprovalEdits, GivenEditsWhenSerialisedThenTheyParseBack) {
  std::vector<MaskEdit> edits(2);
  edits[0].op = MaskEdit::Op::kMask;
  edits[0].field = "content.facts";
  edits[0].text = "长安路";
  edits[0].cls = "address";
  edits[1].op = MaskEdit::Op::kUnmask;
  edits[1].field = "content.facts";
  edits[1].span = 2;
  edits[1].reason = "地名，非人名";
  auto parsed = ParseEdits(EditsToJson(edits));
  ASSERT_TRUE(parsed.ok());
  ASSERT_EQ(parsed.value().size(), 2u);
  EXPECT_EQ(parsed.value()[0].text, "长安路");
  EXPECT_EQ(parsed.value()[1].span, 2);
  EXPECT_EQ(parsed.value()[1].reason, "地名，非人名");
}

TEST(ApprovalEdits, GivenMalformedEditsThenInvalidArgument) {
  for (const char* bad : {"", "{}", "[1]", R"([{"op":"drop","field":"x"}])",
                          R"([{"op":"unmask","field":"content.facts"}])"}) {
    auto parsed = ParseEdits(bad);
    EXPECT_FALSE(parsed.ok()) << bad;
  }
}

}  // namespace
}  // namespace disclosure::approval
