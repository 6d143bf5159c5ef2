// `disclosure redact [--parties F.json] [--explain]` end to end.
#include <gtest/gtest.h>

#include <string>

#include "cli/cli_support.h"

namespace disclosure::testing {
namespace {

TEST(RedactCli, GivenPartiesAndText_WhenRedacted_ThenKnownValuesAndPatternsMasked) {
  TempDir dir("redact-cli");
  WriteFile(dir / "parties.json",
            R"([{"party_id":"P1","kind":"person","role":"offender","name":"杨建华",)"
            R"("id_number":"53312219961022306X","phone":"13543571610","aliases":["阿华"]},)"
            R"({"party_id":"P2","kind":"person","role":"victim","name":"李小明","minor":true}])");
  WriteFile(dir / "in.txt",
            "杨建华（阿华）殴打李小明（15岁），建华电话＋86 135-4357-1610，身份证53312219961022306x，"
            "MAC 00:1A:2B:3C:4D:5E。可拨打12345。\n");
  const CommandResult r = RunDisclosure("redact --parties '" + (dir / "parties.json") +
                                            "' --explain",
                                        dir / "in.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "杨某（杨某）殴打[未成年人]（[未成年人信息]），杨某电话[电话]，身份证[身份证号]，"
            "MAC [联系方式]。可拨打12345。\n");
  // --explain: classes and how, never a value.
  EXPECT_NE(r.err.find("person_name\tknown_value"), std::string::npos);
  EXPECT_NE(r.err.find("minor_detail\tpattern"), std::string::npos);
  EXPECT_EQ(r.err.find("建华"), std::string::npos);
  EXPECT_EQ(r.err.find("1610"), std::string::npos);
}

TEST(RedactCli, GivenBadPartiesFile_WhenRedacted_ThenUsageErrorWithoutValues) {
  TempDir dir("redact-cli-bad");
  WriteFile(dir / "parties.json", R"([{"name":"杨建华","role":"nobody"}])");
  WriteFile(dir / "in.txt", "x");
  const CommandResult r =
      RunDisclosure("redact --parties '" + (dir / "parties.json") + "'", dir / "in.txt");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err.find("杨建华"), std::string::npos);
}

// An organization's kind spelled otherwise, or a phone written as a JSON number, was taken
// silently (the company masked as a person; the phone not listed): now an error that names the
// party and the field, and no value.
TEST(RedactCli, GivenAWrongKindOrAValueOfAnotherType_WhenRedacted_ThenErrorNamingTheField) {
  TempDir dir("redact-cli-types");
  WriteFile(dir / "in.txt", "x");
  const struct {
    const char* parties;
    const char* field;
  } kCases[] = {
      {R"([{"name":"瑞丽市金孔雀娱乐有限公司","kind":"organisation"}])", "/0/kind"},
      {R"([{"name":"杨建华"},{"name":"李晓东","phone":13987654321}])", "/1/phone"},
      {R"([{"name":"杨建华","aliases":"建华"}])", "/0/aliases"},
      {R"([{"name":"杨建华","aliases":["华哥",7]}])", "/0/aliases/1"},
  };
  for (const auto& c : kCases) {
    WriteFile(dir / "parties.json", c.parties);
    const CommandResult r =
        RunDisclosure("redact --parties '" + (dir / "parties.json") + "'", dir / "in.txt");
    EXPECT_EQ(r.exit_code, 2) << c.field;
    EXPECT_NE(r.err.find(std::string("parties.json: ") + c.field + ":"), std::string::npos)
        << r.err;
    for (const char* value : {"金孔雀", "李晓东", "13987654321", "华哥"}) {
      EXPECT_EQ(r.err.find(value), std::string::npos) << c.field;
    }
  }
  // The two kinds as written in the case-event format are taken.
  WriteFile(dir / "parties.json",
            R"([{"name":"杨建华","kind":"person"},{"name":"某某公司","kind":"organization"}])");
  EXPECT_EQ(
      RunDisclosure("redact --parties '" + (dir / "parties.json") + "'", dir / "in.txt").exit_code,
      0);
}

}  // namespace
}  // namespace disclosure::testing
