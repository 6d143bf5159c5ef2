// `disclosure audit verify` on a store whose audit table was edited behind its back.
#include <gtest/gtest.h>

#include <Poco/Data/Session.h>

#include "cli/cli_support.h"
#include "store/store.h"

namespace disclosure::testing {
namespace {

// Given a store filled by `disclosure process`, when `sql` is run on its file, then `audit
// verify` reports the result.
CommandResult TamperAndVerify(const TempDir& dir, const std::string& sql) {
  const std::string db = dir / "store.db";
  auto processed = RunDisclosure("process --quiet --input '" + SourceDir() +
                                 "/examples/events.jsonl' --out-dir '" + (dir / "out") +
                                 "' --db 'sqlite:" + db + "'");
  EXPECT_EQ(processed.exit_code, 0) << processed.err;
  EXPECT_EQ(RunDisclosure("audit verify --db 'sqlite:" + db + "'").exit_code, 0);
  {
    auto store = store::Store::Open("sqlite:" + db);  // registers the SQLite connector
    EXPECT_TRUE(store.ok());
    Poco::Data::Session session("SQLite", db);
    session << sql, Poco::Data::Keywords::now;
  }
  return RunDisclosure("audit verify --db 'sqlite:" + db + "'");
}

TEST(AuditVerifyCli, GivenOneAuditRowEditedThenVerifyNamesItAndExitsOne) {
  TempDir dir("audit-edit");
  auto r = TamperAndVerify(dir, "UPDATE audit SET detail = detail || ' edited' WHERE seq = 4");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("BROKEN at entry 4"), std::string::npos) << r.out;
}

TEST(AuditVerifyCli, GivenOneAuditRowDeletedThenVerifyNamesTheGapAndExitsOne) {
  TempDir dir("audit-delete");
  auto r = TamperAndVerify(dir, "DELETE FROM audit WHERE seq = 6");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("BROKEN at entry 6"), std::string::npos) << r.out;
}

TEST(AuditVerifyCli, GivenUntouchedStoreThenVerifyIsIntact) {
  TempDir dir("audit-intact");
  auto r = TamperAndVerify(dir, "SELECT 1");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("intact"), std::string::npos);
}

}  // namespace
}  // namespace disclosure::testing
