// The console's JSON API over real HTTP (port 0, temp SQLite file): the role × endpoint matrix,
// sessions, CSRF, login lockout, security headers, conflicts and four-eyes.
#include <gtest/gtest.h>

#include <Poco/Data/Session.h>
#include <Poco/Data/SQLite/Connector.h>

#include <filesystem>
#include <map>
#include <thread>

#include "approval/approval.h"
#include "approval_testing.h"

namespace disclosure::approval {
namespace {

using testing::Http;
using testing::HttpResult;

constexpr const char* kPassword = "correct-horse-42";

struct Login {
  std::string cookie;
  std::string csrf;
};

class ConsoleApi : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("disclosure-console-test-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    url_ = "sqlite:" + (dir_ / "store.db").string();
    auto store = store::Store::Open(url_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    store_ = std::move(store).value();
    for (const char* id : {"a", "b", "c", "d"}) {
      testing::SeedOptions o;
      if (std::string(id) == "d") o.reason = "police-misconduct";
      if (std::string(id) == "a") o.deadline_at = "2026-11-20T23:59:59+08:00";  // overdue
      ASSERT_TRUE(testing::SeedPending(store_.get(), std::string("pi_") + id,
                                       std::string("T-") + id, o)
                      .ok());
    }
    for (auto [name, role] : std::vector<std::pair<std::string, Role>>{
             {"appr1", Role::kApprover}, {"appr2", Role::kApprover}, {"oper1", Role::kOperator},
             {"super1", Role::kSupervisor}, {"admin1", Role::kAdmin}}) {
      ASSERT_TRUE(AddUser(store_.get(), name, role, kPassword, clock_).ok());
    }
    ConsoleOptions options;
    options.port = 0;
    options.clock = &clock_;
    options.escalation_interval_seconds = 0;
    auto console = Console::Start(url_, options);
    ASSERT_TRUE(console.ok()) << console.status().ToString();
    console_ = std::move(console).value();
    port_ = console_->port();
  }
  void TearDown() override {
    console_.reset();
    store_.reset();
    std::filesystem::remove_all(dir_);
  }

  Login LogIn(const std::string& name) {
    HttpResult r = Http(port_, "POST", "/api/login",
                        R"({"name":")" + name + R"(","password":")" + kPassword + R"("})");
    EXPECT_EQ(r.status, 200) << name;
    return {testing::CookieToken(r.set_cookie), testing::JsonString(r.body, "csrf")};
  }

  int OutboxRowsFor(const std::string& item_id) {
    auto rows = store_->PendingOutbox(1000);
    int n = 0;
    for (const auto& row : rows.value()) {
      n += row.item_id.value() == item_id && row.topic == "disclosure.published";
    }
    return n;
  }

  testing::ManualClock clock_{testing::kTestNow};
  std::filesystem::path dir_;
  std::string url_;
  std::unique_ptr<store::Store> store_;
  std::unique_ptr<Console> console_;
  int port_ = 0;
};

struct Endpoint {
  std::string method;
  std::string path;
  std::string body;
  std::map<std::string, int> expected;  // by role name
};

TEST_F(ConsoleApi, GivenEachRoleWhenCallingEachEndpointThenAnsweredAsDesigned) {
  const std::map<std::string, std::string> user_of = {{"approver", "appr1"},
                                                      {"operator", "oper1"},
                                                      {"supervisor", "super1"},
                                                      {"admin", "admin1"}};
  auto only = [](std::map<std::string, int> allowed) {
    std::map<std::string, int> m = {{"approver", 403}, {"operator", 403}, {"supervisor", 403},
                                    {"admin", 403}};
    for (auto& [k, v] : allowed) m[k] = v;
    return m;
  };
  // Rows in order: the approver's state changes run after every other role was refused.
  const std::vector<Endpoint> matrix = {
      {"GET", "/api/session", "", only({{"approver", 200}, {"operator", 200}, {"supervisor", 200}, {"admin", 200}})},
      {"GET", "/api/items", "", only({{"approver", 200}, {"supervisor", 200}})},
      {"GET", "/api/items/pi_a", "", only({{"approver", 200}, {"supervisor", 200}})},
      {"POST", "/api/items/pi_a/claim", "{}", only({{"approver", 200}})},
      {"POST", "/api/items/pi_a/preview", R"({"edits":[]})", only({{"approver", 200}})},
      {"POST", "/api/items/pi_a/release", "{}", only({{"approver", 200}})},
      {"POST", "/api/items/pi_a/approve", R"({"edits":[]})", only({{"approver", 200}})},
      {"POST", "/api/items/pi_b/reject", R"({"comment":"事实不清"})", only({{"approver", 200}})},
      {"GET", "/api/users", "", only({{"admin", 200}})},
      {"POST", "/api/users/nobody/disable", "{}", only({{"admin", 404}})},
      {"GET", "/api/audit/verify", "", only({{"supervisor", 200}, {"admin", 200}})},
  };
  std::map<std::string, Login> logins;
  for (const auto& [role, user] : user_of) logins[role] = LogIn(user);

  for (const auto& e : matrix) {
    // Given no session, when called, then 401.
    EXPECT_EQ(Http(port_, e.method, e.path, e.body).status, 401) << e.method << " " << e.path;
    for (const char* role : {"operator", "supervisor", "admin", "approver"}) {
      const Login& l = logins[role];
      if (e.method == "POST") {
        // Given a session but no CSRF token (or a wrong one), then 403 csrf, nothing changes.
        HttpResult no_token = Http(port_, e.method, e.path, e.body, l.cookie);
        EXPECT_EQ(no_token.status, 403) << role << " " << e.path;
        EXPECT_NE(no_token.body.find("\"csrf\""), std::string::npos) << role << " " << e.path;
        HttpResult wrong = Http(port_, e.method, e.path, e.body, l.cookie, std::string(64, 'a'));
        EXPECT_EQ(wrong.status, 403) << role << " " << e.path;
      }
      HttpResult r = Http(port_, e.method, e.path, e.body, l.cookie, l.csrf);
      EXPECT_EQ(r.status, e.expected.at(role)) << role << " " << e.method << " " << e.path << " "
                                               << r.body;
      EXPECT_EQ(r.cache_control, "no-store") << e.path;
    }
  }
  // Logout ends the session.
  const Login& l = logins["supervisor"];
  EXPECT_EQ(Http(port_, "POST", "/api/logout", "{}", l.cookie, l.csrf).status, 200);
  EXPECT_EQ(Http(port_, "GET", "/api/session", "", l.cookie).status, 401);
}

TEST_F(ConsoleApi, GivenSupervisorWhenShowingItemThenRedactedOnlyAndApproverSeesOriginal) {
  Login sup = LogIn("super1"), appr = LogIn("appr1");
  HttpResult as_sup = Http(port_, "GET", "/api/items/pi_c", "", sup.cookie);
  ASSERT_EQ(as_sup.status, 200);
  EXPECT_NE(as_sup.body.find("\"original_shown\":false"), std::string::npos);
  EXPECT_EQ(as_sup.body.find("\"original\""), std::string::npos);
  EXPECT_EQ(as_sup.body.find("赵测试"), std::string::npos);  // the synthetic party's name
  HttpResult as_appr = Http(port_, "GET", "/api/items/pi_c", "", appr.cookie);
  ASSERT_EQ(as_appr.status, 200);
  EXPECT_NE(as_appr.body.find("\"original_shown\":true"), std::string::npos);
  EXPECT_NE(as_appr.body.find("\"class\":\"person_name\""), std::string::npos);
}

TEST_F(ConsoleApi, GivenApprovedAndRejectedItemsThenOnlyTheApprovedReachesTheOutbox) {
  Login l = LogIn("appr1");
  ASSERT_EQ(Http(port_, "POST", "/api/items/pi_a/approve", "{}", l.cookie, l.csrf).status, 200);
  ASSERT_EQ(Http(port_, "POST", "/api/items/pi_b/reject", R"({"comment":"不予公开"})", l.cookie,
                 l.csrf)
                .status,
            200);
  EXPECT_EQ(OutboxRowsFor("pi_a"), 1);
  EXPECT_EQ(OutboxRowsFor("pi_b"), 0);
  auto rows = store_->PendingOutbox(100).value();
  for (const auto& row : rows) {
    if (row.item_id.value() != "pi_a") continue;
    EXPECT_NE(row.payload.find(R"("approval":{"by":"appr1","at":"2026-11-29T10:00:00+08:00"})"),
              std::string::npos);
    EXPECT_NE(row.payload.find(R"("published_at":"2026-11-29T10:00:00+08:00")"), std::string::npos);
    EXPECT_EQ(row.key, "pi_a");
  }
  // A second decision on a decided item is a conflict, never a double decision.
  EXPECT_EQ(Http(port_, "POST", "/api/items/pi_a/approve", "{}", l.cookie, l.csrf).status, 409);
  EXPECT_EQ(Http(port_, "POST", "/api/items/pi_b/approve", "{}", l.cookie, l.csrf).status, 409);
  EXPECT_EQ(OutboxRowsFor("pi_a"), 1);
  EXPECT_EQ(OutboxRowsFor("pi_b"), 0);
  // Rejection needs a comment.
  EXPECT_EQ(Http(port_, "POST", "/api/items/pi_c/reject", "{}", l.cookie, l.csrf).status, 400);
}

TEST_F(ConsoleApi, GivenTwoApproversAtOnceThenOneWinsAndTheOtherGetsConflict) {
  Login one = LogIn("appr1"), two = LogIn("appr2");
  for (int round = 0; round < 1; ++round) {
    int statuses[2] = {0, 0};
    std::thread a([&] {
      statuses[0] = Http(port_, "POST", "/api/items/pi_c/approve", "{}", one.cookie, one.csrf).status;
    });
    std::thread b([&] {
      statuses[1] = Http(port_, "POST", "/api/items/pi_c/approve", "{}", two.cookie, two.csrf).status;
    });
    a.join();
    b.join();
    EXPECT_EQ((statuses[0] == 200) + (statuses[1] == 200), 1);
    EXPECT_EQ((statuses[0] == 409) + (statuses[1] == 409), 1);
  }
  EXPECT_EQ(OutboxRowsFor("pi_c"), 1);
}

TEST_F(ConsoleApi, GivenClaimWhenLeaseRunsOutThenAnotherApproverMayTakeIt) {
  Login one = LogIn("appr1"), two = LogIn("appr2");
  ASSERT_EQ(Http(port_, "POST", "/api/items/pi_c/claim", "{}", one.cookie, one.csrf).status, 200);
  EXPECT_EQ(Http(port_, "POST", "/api/items/pi_c/claim", "{}", two.cookie, two.csrf).status, 409);
  EXPECT_EQ(Http(port_, "POST", "/api/items/pi_c/approve", "{}", two.cookie, two.csrf).status, 409);
  clock_.Advance(601);  // the default lease is 600 s
  EXPECT_EQ(Http(port_, "POST", "/api/items/pi_c/claim", "{}", two.cookie, two.csrf).status, 200);
  EXPECT_EQ(Http(port_, "POST", "/api/items/pi_c/approve", "{}", one.cookie, one.csrf).status, 409);
  EXPECT_EQ(Http(port_, "POST", "/api/items/pi_c/approve", "{}", two.cookie, two.csrf).status, 200);
}

TEST_F(ConsoleApi, GivenFourEyesReasonThenTheSecondApproverMustDiffer) {
  Login one = LogIn("appr1"), two = LogIn("appr2");
  HttpResult first = Http(port_, "POST", "/api/items/pi_d/approve", "{}", one.cookie, one.csrf);
  ASSERT_EQ(first.status, 200);
  EXPECT_NE(first.body.find("first_approval"), std::string::npos);
  EXPECT_EQ(OutboxRowsFor("pi_d"), 0);
  EXPECT_EQ(Http(port_, "POST", "/api/items/pi_d/approve", "{}", one.cookie, one.csrf).status, 409);
  EXPECT_EQ(OutboxRowsFor("pi_d"), 0);
  HttpResult second = Http(port_, "POST", "/api/items/pi_d/approve", "{}", two.cookie, two.csrf);
  EXPECT_EQ(second.status, 200);
  EXPECT_NE(second.body.find("\"approved\""), std::string::npos);
  EXPECT_EQ(OutboxRowsFor("pi_d"), 1);
}

TEST_F(ConsoleApi, GivenFourEyesItemWhenTheStoreIsWrittenDirectlyThenTheSchemaRefuses) {
  // Bypassing all code: the CHECK constraint itself forbids one person approving twice.
  Poco::Data::Session db("SQLite", (dir_ / "store.db").string());
  db << "UPDATE approvals SET first_by = 'appr1' WHERE item_id = 'pi_d'", Poco::Data::Keywords::now;
  EXPECT_ANY_THROW((db << "UPDATE approvals SET state = 'approved', decided_by = 'appr1' "
                          "WHERE item_id = 'pi_d'",
                    Poco::Data::Keywords::now));
  EXPECT_ANY_THROW((db << "UPDATE approvals SET needs_second = 0 WHERE item_id = 'pi_d'",
                    Poco::Data::Keywords::now));
  EXPECT_NO_THROW((db << "UPDATE approvals SET state = 'approved', decided_by = 'appr2' "
                         "WHERE item_id = 'pi_d'",
                   Poco::Data::Keywords::now));
}

TEST_F(ConsoleApi, GivenItemRetractedWhilePendingThenItIsCancelledAndNeverPublished) {
  ASSERT_TRUE(store_->UpdateItemState(ItemId("pi_c"), store::ItemState::kCancelled).ok());
  Login l = LogIn("appr1");
  EXPECT_EQ(Http(port_, "POST", "/api/items/pi_c/approve", "{}", l.cookie, l.csrf).status, 409);
  EXPECT_EQ(OutboxRowsFor("pi_c"), 0);
  HttpResult list = Http(port_, "GET", "/api/items", "", l.cookie);
  EXPECT_EQ(list.body.find("pi_c"), std::string::npos);
}

TEST_F(ConsoleApi, GivenFiveWrongPasswordsThenTheUserIsLockedEvenWithTheRightOne) {
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(Http(port_, "POST", "/api/login", R"({"name":"appr1","password":"wrong-password"})")
                  .status,
              401);
  }
  EXPECT_EQ(Http(port_, "POST", "/api/login",
                 std::string(R"({"name":"appr1","password":")") + kPassword + "\"}")
                .status,
            429);
  clock_.Advance(901);
  EXPECT_EQ(Http(port_, "POST", "/api/login",
                 std::string(R"({"name":"appr1","password":")") + kPassword + "\"}")
                .status,
            200);
}

TEST_F(ConsoleApi, GivenAnyResponseThenSecurityHeadersAndHttpOnlyStrictCookie) {
  HttpResult page = Http(port_, "GET", "/");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.csp.find("default-src 'self'"), std::string::npos);
  EXPECT_NE(page.csp.find("frame-ancestors 'none'"), std::string::npos);
  EXPECT_EQ(page.csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(page.frame_options, "DENY");
  EXPECT_EQ(page.nosniff, "nosniff");
  EXPECT_EQ(page.body.find("<script>"), std::string::npos);  // no inline script
  HttpResult login = Http(port_, "POST", "/api/login",
                          std::string(R"({"name":"appr1","password":")") + kPassword + "\"}");
  EXPECT_NE(login.set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(login.set_cookie.find("SameSite=Strict"), std::string::npos);
  EXPECT_EQ(testing::CookieToken(login.set_cookie).size(), 64u);  // 32 random bytes
}

TEST_F(ConsoleApi, GivenEditsWhenApprovedThenMasksApplyAndUnmaskNeedsAReason) {
  Login l = LogIn("appr1");
  // Unmask without a reason is refused; a mask of a plain stretch is applied.
  EXPECT_EQ(Http(port_, "POST", "/api/items/pi_c/preview",
                 R"({"edits":[{"op":"unmask","field":"content.facts","span":0,"reason":""}]})",
                 l.cookie, l.csrf)
                .status,
            400);
  HttpResult approved = Http(
      port_, "POST", "/api/items/pi_c/approve",
      R"({"edits":[{"op":"mask","field":"content.facts","text":"长安路","class":"address"}]})",
      l.cookie, l.csrf);
  ASSERT_EQ(approved.status, 200) << approved.body;
  auto rows = store_->PendingOutbox(100).value();
  bool seen = false;
  for (const auto& row : rows) {
    if (row.item_id.value() != "pi_c") continue;
    seen = true;
    EXPECT_NE(row.payload.find("在[住址]被查获"), std::string::npos) << row.payload;
  }
  EXPECT_TRUE(seen);
}

TEST_F(ConsoleApi, GivenOverdueItemsWhenEscalatingThenNoticesAreAuditedOnce) {
  auto store = store::Store::Open(url_);
  ASSERT_TRUE(store.ok());
  Queue queue(store.value().get(), &clock_, QueueOptions{});
  auto added = queue.Escalate();
  ASSERT_TRUE(added.ok());
  EXPECT_EQ(added.value(), 1);  // pi_a is overdue; the others are due 2026-12-01
  EXPECT_EQ(queue.Escalate().value(), 0);
  auto audit = store.value()->AuditFor(ItemId("pi_a"), EventId("T-a")).value();
  EXPECT_EQ(audit.back().action, "escalate");
  EXPECT_EQ(store.value()->VerifyAudit().value(), std::nullopt);
}

}  // namespace
}  // namespace disclosure::approval
