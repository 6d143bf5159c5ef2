// `disclosure users` and `disclosure approvals` from a terminal, on a store seeded by
// `disclosure process` over the shipped examples (EX-0003 goes to approval, four-eyes).
#include <gtest/gtest.h>

#include "cli/cli_support.h"

namespace disclosure::testing {
namespace {

class ConsoleCli : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = "sqlite:" + (dir_ / "store.db");
    auto r = RunDisclosure("process --quiet --input '" + SourceDir() +
                           "/examples/events.jsonl' --out-dir '" + (dir_ / "out") + "' --db '" +
                           db_ + "'");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    WriteFile(dir_ / "pw", "a-test-password-1\n");
    for (const char* user : {"appr1", "appr2"}) {
      r = RunDisclosure("users add --db '" + db_ + "' " + user + " --role approver", dir_ / "pw");
      ASSERT_EQ(r.exit_code, 0) << r.err;
    }
    r = RunDisclosure("users add --db '" + db_ + "' super1 --role supervisor", dir_ / "pw");
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  std::string ItemId() {
    auto r = RunDisclosure("approvals list --db '" + db_ + "'");
    auto pos = r.out.find("pi_");
    return pos == std::string::npos ? "" : r.out.substr(pos, r.out.find(' ', pos) - pos);
  }
  TempDir dir_{"console-cli"};
  std::string db_;
};

TEST_F(ConsoleCli, GivenShortPasswordOrBadRoleThenUsersAddRefuses) {
  WriteFile(dir_ / "short", "short\n");
  EXPECT_EQ(RunDisclosure("users add --db '" + db_ + "' x1 --role approver", dir_ / "short").exit_code, 2);
  EXPECT_EQ(RunDisclosure("users add --db '" + db_ + "' x2 --role root", dir_ / "pw").exit_code, 2);
  EXPECT_EQ(RunDisclosure("users add --db '" + db_ + "' appr1 --role approver", dir_ / "pw").exit_code, 1);
}

TEST_F(ConsoleCli, GivenPendingItemThenShowPrintsTheOriginalOnlyForApprovers) {
  const std::string id = ItemId();
  ASSERT_FALSE(id.empty());
  auto as_super = RunDisclosure("approvals show --db '" + db_ + "' --as super1 " + id);
  EXPECT_EQ(as_super.exit_code, 0) << as_super.err;
  EXPECT_NE(as_super.out.find("police-misconduct"), std::string::npos);
  EXPECT_EQ(as_super.out.find("-- original"), std::string::npos);
  auto as_appr = RunDisclosure("approvals show --db '" + db_ + "' --as appr1 " + id);
  EXPECT_NE(as_appr.out.find("-- original"), std::string::npos);
}

TEST_F(ConsoleCli, GivenFourEyesItemThenTwoDifferentApproversAreNeeded) {
  const std::string id = ItemId();
  ASSERT_FALSE(id.empty());
  EXPECT_EQ(RunDisclosure("approvals approve --db '" + db_ + "' --as super1 " + id).exit_code, 1);
  auto first = RunDisclosure("approvals approve --db '" + db_ + "' --as appr1 " + id);
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("second approver"), std::string::npos);
  EXPECT_EQ(RunDisclosure("approvals approve --db '" + db_ + "' --as appr1 " + id).exit_code, 1);
  auto second = RunDisclosure("approvals approve --db '" + db_ + "' --as appr2 " + id);
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_EQ(RunDisclosure("approvals reject --db '" + db_ + "' --as appr2 " + id +
                          " --comment x").exit_code,
            1);
  EXPECT_EQ(RunDisclosure("audit verify --db '" + db_ + "'").exit_code, 0);
}

}  // namespace
}  // namespace disclosure::testing
