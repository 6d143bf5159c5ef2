// Tests of rules/: the working-day calendar, the rule-file format and its errors, and the
// decisions of the default catalog (../shared/spec/policy.md, ../shared/examples/expected.md).
//
// Events are built by hand (EventBuilder below) so that these tests do not depend on the
// events/ parser.

#include "rules/rules.h"

#include <gtest/gtest.h>
#include <openssl/evp.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace disclosure::rules {
namespace {

using events::CaseEvent;
using events::Domain;
using events::EventType;
using events::MinorBasis;
using events::Party;
using events::PartyKind;
using events::Role;

Date D(std::string_view text) {
  std::optional<Date> d = Date::Parse(text);
  EXPECT_TRUE(d.has_value()) << text;
  return d.value_or(Date{});
}

Timestamp T(std::string_view text) {
  std::optional<Timestamp> t = Timestamp::Parse(text);
  EXPECT_TRUE(t.has_value()) << text;
  return t.value_or(Timestamp{});
}

Party Person(Role role, std::string name) {
  Party p;
  p.party_id = "P";
  p.kind = PartyKind::kPerson;
  p.role = role;
  p.name = PersonalText(std::move(name));
  return p;
}

Party Organization(Role role, std::string name, std::string credit_code) {
  Party p;
  p.party_id = "O";
  p.kind = PartyKind::kOrganization;
  p.role = role;
  p.name = PersonalText(std::move(name));
  p.id_number = PersonalText(std::move(credit_code));
  return p;
}

Party WithId(Party p, std::string id) {
  p.id_number = PersonalText(std::move(id));
  return p;
}

Party WithBirthDate(Party p, std::string birth) {
  p.birth_date = PersonalText(std::move(birth));
  return p;
}

// A case event with what the rules read; everything else left empty.
class EventBuilder {
 public:
  EventBuilder(std::string id, EventType type, std::string_view occurred_at, Domain domain,
               std::string category) {
    e_.event_id = EventId(std::move(id));
    e_.type = type;
    e_.occurred_at = T(occurred_at);
    e_.source = {"执法办案系统", "533122030000", "梁河县公安局九保派出所"};
    e_.case_id = PersonalText("A0000");
    e_.domain = domain;
    e_.category = std::move(category);
  }
  EventBuilder& Decided(std::string_view date, std::string result) {
    Decision().decided_at = D(date);
    Decision().result = std::move(result);
    return *this;
  }
  EventBuilder& Text(std::string text) {
    Decision().text = PersonalText(std::move(text));
    return *this;
  }
  EventBuilder& LegalBasis(std::string basis) {
    Decision().legal_basis = std::move(basis);
    return *this;
  }
  EventBuilder& Title(std::string title) {
    e_.title = PersonalText(std::move(title));
    return *this;
  }
  EventBuilder& Summary(std::string summary) {
    e_.summary = PersonalText(std::move(summary));
    return *this;
  }
  EventBuilder& Tag(std::string tag) {
    e_.tags.push_back(std::move(tag));
    return *this;
  }
  EventBuilder& With(Party party) {
    e_.parties.push_back(std::move(party));
    return *this;
  }
  EventBuilder& RefersTo(std::string id) {
    e_.refers_to = EventId(std::move(id));
    return *this;
  }
  CaseEvent Build() const { return e_; }

 private:
  events::DecisionInfo& Decision() {
    if (!e_.decision) e_.decision.emplace();
    return *e_.decision;
  }
  CaseEvent e_;
};

std::vector<std::string> RuleIds(const Decision& d) {
  std::vector<std::string> ids;
  for (const Reason& r : d.reasons) ids.push_back(r.rule);
  return ids;
}

std::string DeadlineText(const Decision& d) {
  return d.deadline_at ? d.deadline_at->ToString() : "none";
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &n, EVP_sha256(), nullptr);
  std::string out;
  char buf[3];
  for (unsigned int i = 0; i < n; ++i) {
    std::snprintf(buf, sizeof buf, "%02x", digest[i]);
    out += buf;
  }
  return out;
}

class RulesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto calendar = Calendar::Embedded();
    ASSERT_TRUE(calendar.ok()) << calendar.status().ToString();
    calendar_ = *calendar;
    auto rules = RuleSet::Default(calendar_);
    ASSERT_TRUE(rules.ok()) << rules.status().ToString();
    rules_ = *rules;
  }

  Decision Decide(const CaseEvent& e) const { return rules_->Decide(e); }

  // Compiles `text` as "bad.json" and returns the error message ("" when it compiled).
  std::string CompileError(std::string_view text) const {
    auto rules = RuleSet::FromText(text, "bad.json", calendar_);
    return rules.ok() ? "" : rules.status().message();
  }

  std::shared_ptr<const Calendar> calendar_;
  std::shared_ptr<const RuleSet> rules_;
};

// ---------------------------------------------------------------------------------------------
// Calendar

TEST_F(RulesTest, CalendarKnowsHolidaysAndSwappedWorkingDays) {
  EXPECT_TRUE(calendar_->HasYear(2025));
  EXPECT_TRUE(calendar_->HasYear(2026));
  EXPECT_FALSE(calendar_->HasYear(2027));
  bool known = false;
  EXPECT_FALSE(calendar_->IsWorkingDay(D("2026-10-01"), &known));  // 国庆 (Thu)
  EXPECT_TRUE(known);
  EXPECT_TRUE(calendar_->IsWorkingDay(D("2026-10-10"), &known));   // Sat, 调休上班
  EXPECT_TRUE(calendar_->IsWorkingDay(D("2026-02-14"), &known));   // Sat, 调休上班
  EXPECT_FALSE(calendar_->IsWorkingDay(D("2026-02-23"), &known));  // Mon, 春节
  EXPECT_FALSE(calendar_->IsWorkingDay(D("2026-11-21"), &known));  // plain Saturday
  EXPECT_TRUE(calendar_->IsWorkingDay(D("2026-11-23"), &known));   // plain Monday
  EXPECT_FALSE(calendar_->IsWorkingDay(D("2025-10-08"), &known));  // 2025 国庆+中秋
  EXPECT_TRUE(calendar_->IsWorkingDay(D("2025-10-11"), &known));   // Sat, 调休上班
  EXPECT_TRUE(calendar_->IsWorkingDay(D("2025-01-26"), &known));   // Sun, 调休上班
  EXPECT_FALSE(calendar_->IsWorkingDay(D("2025-06-02"), &known));  // 端午 (Mon)
  EXPECT_TRUE(calendar_->IsWorkingDay(D("2027-01-01"), &known));   // no data: a Friday
  EXPECT_FALSE(known);
}

TEST_F(RulesTest, DeadlineAcrossNationalDay2026) {
  // Given a decision on Wed 2026-09-30, when 7 working days are counted, then Oct 1–7 are off
  // and Sat Oct 10 counts: Oct 8, 9, 10, 12, 13, 14, 15.
  Calendar::Deadline d = calendar_->AddWorkingDays(D("2026-09-30"), 7);
  EXPECT_EQ(d.date, D("2026-10-15"));
  EXPECT_FALSE(d.provisional);
}

TEST_F(RulesTest, DeadlineAcrossSpringFestival2026WithMakeupDays) {
  // Fri Feb 13 + 7: Sat Feb 14 (works), Feb 15–23 off, Feb 24–27, Sat Feb 28 (works), Mon Mar 2.
  EXPECT_EQ(calendar_->AddWorkingDays(D("2026-02-13"), 7).date, D("2026-03-02"));
  EXPECT_EQ(calendar_->AddWorkingDays(D("2026-02-13"), 1).date, D("2026-02-14"));
  EXPECT_EQ(calendar_->AddWorkingDays(D("2026-02-13"), 2).date, D("2026-02-24"));
  EXPECT_EQ(calendar_->AddWorkingDays(D("2026-02-13"), 6).date, D("2026-02-28"));
}

TEST_F(RulesTest, DeadlineFromAHoliday) {
  // Decided on Sat 2026-10-03, inside 国庆: counting starts on Oct 8.
  EXPECT_EQ(calendar_->AddWorkingDays(D("2026-10-03"), 7).date, D("2026-10-15"));
  // Decided on Sat 2026-05-02 (劳动节): May 6, 7, 8, then Sat May 9 works.
  EXPECT_EQ(calendar_->AddWorkingDays(D("2026-05-02"), 3).date, D("2026-05-08"));
  EXPECT_EQ(calendar_->AddWorkingDays(D("2026-05-02"), 4).date, D("2026-05-09"));
}

TEST_F(RulesTest, YearWithoutDataIsCountedOnWeekendsAndProvisional) {
  Calendar::Deadline d = calendar_->AddWorkingDays(D("2027-03-01"), 7);
  EXPECT_EQ(d.date, D("2027-03-10"));
  EXPECT_TRUE(d.provisional);
  // Across the year end: Dec 29, 30, 31, then Jan 1 2027 counts as a plain Friday.
  d = calendar_->AddWorkingDays(D("2026-12-28"), 7);
  EXPECT_EQ(d.date, D("2027-01-06"));
  EXPECT_TRUE(d.provisional);
  // Ending on Dec 31 examines nothing of 2027.
  d = calendar_->AddWorkingDays(D("2026-12-28"), 3);
  EXPECT_EQ(d.date, D("2026-12-31"));
  EXPECT_FALSE(d.provisional);
}

TEST_F(RulesTest, CalendarFileErrorsNameFileAndField) {
  auto bad = Calendar::FromTexts({{"2026.json", R"({
  "year": 2026,
  "holidays": [["2026-12-31", "2027-01-01"]],
  "working_weekends": [],
  "source": "x"
})"}});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("2026.json:3:"), std::string::npos)
      << bad.status().message();
  EXPECT_NE(bad.status().message().find("holidays[0][1]"), std::string::npos);
  EXPECT_NE(bad.status().message().find("outside the file's year 2026"), std::string::npos);

  auto weekday = Calendar::FromTexts(
      {{"2026.json",
        R"({"year": 2026, "holidays": [], "working_weekends": ["2026-01-05"], "source": "x"})"}});
  ASSERT_FALSE(weekday.ok());
  EXPECT_NE(weekday.status().message().find("working_weekends[0]"), std::string::npos);
  EXPECT_NE(weekday.status().message().find("not a Saturday or Sunday"), std::string::npos);

  auto unknown = Calendar::FromTexts(
      {{"2026.json",
        R"({"year": 2026, "holidays": [], "working_weekends": [], "source": "x", "holiday": []})"}});
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("2026.json:1:"), std::string::npos);
  EXPECT_NE(unknown.status().message().find("holiday: unknown field"), std::string::npos);

  auto misnamed = Calendar::FromTexts(
      {{"2027.json", R"({"year": 2026, "holidays": [], "working_weekends": [], "source": "x"})"}});
  ASSERT_FALSE(misnamed.ok());
  EXPECT_NE(misnamed.status().message().find("named for 2027"), std::string::npos);
}

TEST_F(RulesTest, CalendarDirectoryAddsAYear) {
  auto dir =
      std::filesystem::temp_directory_path() /
      ("rules_test_calendar_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(dir);
  {
    std::ofstream out(dir / "2027.json");
    out << R"({"year": 2027, "holidays": [["2027-01-01", "2027-01-03"]],
               "working_weekends": [], "source": "test"})";
  }
  auto calendar = Calendar::WithDirectory(dir.string());
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(calendar.ok()) << calendar.status().ToString();
  EXPECT_TRUE((*calendar)->HasYear(2026));  // embedded years stay
  Calendar::Deadline d = (*calendar)->AddWorkingDays(D("2026-12-31"), 1);
  EXPECT_EQ(d.date, D("2027-01-04"));
  EXPECT_FALSE(d.provisional);
}

// ---------------------------------------------------------------------------------------------
// The 13 examples of ../shared/examples/events.jsonl under the default catalog.

TEST_F(RulesTest, Ex0001PublicOrderPenaltyOfAPersonIsSealed) {
  CaseEvent e = EventBuilder("EX-0001", EventType::kPenaltyDecided, "2026-11-20T16:30:00+08:00",
                             Domain::kAdministrative, "殴打他人")
                    .Title("杨建华殴打他人案")
                    .Decided("2026-11-20", "行政拘留五日，并处罚款二百元")
                    .With(WithBirthDate(Person(Role::kOffender, "杨建华"), "1985-03-14"))
                    .With(Person(Role::kVictim, "陈丽"))
                    .Build();
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kWithhold);
  EXPECT_EQ(RuleIds(d), std::vector<std::string>{"penalty-public-order-person"});
  EXPECT_NE(d.reasons[0].says.find("第一百三十六条"), std::string::npos);
  ASSERT_NE(d.catalog, nullptr);
  EXPECT_EQ(d.catalog->method, "不予公开");
  EXPECT_FALSE(d.deadline_at);
  EXPECT_FALSE(d.expires_at);
  EXPECT_EQ(d.rule_version, rules_->version());
}

CaseEvent Ex0002() {
  return EventBuilder("EX-0002", EventType::kPenaltyDecided, "2026-11-21T10:05:00+08:00",
                      Domain::kTraffic, "饮酒后驾驶机动车")
      .Summary("2026年11月21日1时许，李强驾驶小型轿车行经梁河县遮岛镇南甸路时被查获。")
      .Decided("2026-11-21", "罚款一千元，暂扣机动车驾驶证六个月")
      .With(WithId(Person(Role::kOffender, "李强"), "330106197801300436"))
      .Build();
}

TEST_F(RulesTest, Ex0002TrafficPenaltyIsPublishedWithin7WorkingDays) {
  Decision d = Decide(Ex0002());
  EXPECT_EQ(d.route, Route::kPublish);
  EXPECT_EQ(RuleIds(d), std::vector<std::string>{"penalty-traffic-person"});
  ASSERT_NE(d.catalog, nullptr);
  EXPECT_EQ(d.catalog->id, "penalty-traffic-person");
  // Sat 2026-11-21 + 7 working days: Nov 23–27, Nov 30, Dec 1.
  EXPECT_EQ(DeadlineText(d), "2026-12-01T23:59:59+08:00");
  EXPECT_FALSE(d.deadline_provisional);
  ASSERT_TRUE(d.expires_at);
  EXPECT_EQ(d.expires_at->ToString(), "2028-11-21T23:59:59+08:00");  // 2 years, natural person
  EXPECT_EQ(d.catalog->publish_roles, std::vector<Role>{Role::kOffender});
  EXPECT_EQ(d.catalog->publish_fields.size(), 10u);
}

TEST_F(RulesTest, Ex0003PoliceOffenderGoesToApprovalKeepingTheDeadline) {
  Party offender = WithId(Person(Role::kOffender, "王永福"), "530102196912010375");
  offender.is_police = true;
  CaseEvent e = EventBuilder("EX-0003", EventType::kPenaltyDecided, "2026-11-22T09:00:00+08:00",
                             Domain::kTraffic, "饮酒后驾驶机动车")
                    .Tag("涉警")
                    .Decided("2026-11-22", "罚款一千元，暂扣机动车驾驶证六个月")
                    .With(offender)
                    .Build();
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kApproval);
  EXPECT_EQ(RuleIds(d), (std::vector<std::string>{"penalty-traffic-person", "police-misconduct"}));
  EXPECT_EQ(DeadlineText(d), "2026-12-01T23:59:59+08:00");
  EXPECT_TRUE(d.expires_at);
}

TEST_F(RulesTest, Ex0004MinorOffenderDerivedFromBirthDateIsWithheld) {
  // The minor flag is absent: the events stage left the basis unknown; derive from birth_date.
  CaseEvent e = EventBuilder("EX-0004", EventType::kPenaltyDecided, "2026-11-23T11:00:00+08:00",
                             Domain::kAdministrative, "盗窃")
                    .Decided("2026-11-23", "警告")
                    .With(WithId(WithBirthDate(Person(Role::kOffender, "周子轩"), "2010-06-20"),
                                 "530111201006201559"))
                    .With(Person(Role::kGuardian, "周建国"))
                    .Build();
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kWithhold);
  EXPECT_EQ(RuleIds(d), (std::vector<std::string>{"penalty-public-order-person", "minor-party"}));
  // The same when the events stage has already set the flag.
  e.parties[0].minor = true;
  e.parties[0].minor_basis = MinorBasis::kBirthDate;
  EXPECT_EQ(RuleIds(Decide(e)),
            (std::vector<std::string>{"penalty-public-order-person", "minor-party"}));
}

TEST_F(RulesTest, Ex0005RevocationIsRetractedWithin3WorkingDays) {
  CaseEvent e = EventBuilder("EX-0005", EventType::kPenaltyRevoked, "2026-11-28T15:00:00+08:00",
                             Domain::kTraffic, "饮酒后驾驶机动车")
                    .Summary("经梁河县人民政府行政复议，行政处罚决定被撤销。")
                    .RefersTo("EX-0002")
                    .Build();
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kRetract);
  EXPECT_EQ(RuleIds(d), std::vector<std::string>{"penalty-retraction"});
  // Sat 2026-11-28 + 3: Nov 30, Dec 1, Dec 2.
  EXPECT_EQ(DeadlineText(d), "2026-12-02T23:59:59+08:00");
  EXPECT_FALSE(d.expires_at);
}

TEST_F(RulesTest, Ex0006OrganizationLicenseIsPublished) {
  CaseEvent e =
      EventBuilder("EX-0006", EventType::kLicenseDecided, "2026-11-19T14:20:00+08:00",
                   Domain::kHousehold, "旅馆业特种行业许可")
          .Summary("梁河县南甸宾馆有限公司申请旅馆业特种行业许可证，准予许可。")
          .Decided("2026-11-19", "准予许可")
          .With(Organization(Role::kApplicant, "梁河县南甸宾馆有限公司", "91533122905366566K"))
          .With(WithId(Person(Role::kAgent, "欧阳秀兰"), "530111199909096200"))
          .Build();
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kPublish);
  EXPECT_EQ(RuleIds(d), std::vector<std::string>{"license-organization"});
  // Thu 2026-11-19 + 7: Nov 20, 23–27, 30.
  EXPECT_EQ(DeadlineText(d), "2026-11-30T23:59:59+08:00");
  ASSERT_TRUE(d.expires_at);
  EXPECT_EQ(d.expires_at->ToString(), "2029-11-19T23:59:59+08:00");
  EXPECT_EQ(d.catalog->publish_roles, std::vector<Role>{Role::kApplicant});
}

TEST_F(RulesTest, Ex0007PersonLicenseIsOnRequest) {
  CaseEvent e = EventBuilder("EX-0007", EventType::kLicenseDecided, "2026-11-19T15:00:00+08:00",
                             Domain::kExitEntry, "普通护照签发")
                    .Decided("2026-11-19", "准予许可")
                    .With(WithId(Person(Role::kApplicant, "孙梓涵"), "370203198808182637"))
                    .Build();
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kOnRequest);
  EXPECT_EQ(RuleIds(d), std::vector<std::string>{"license-person"});
  EXPECT_FALSE(d.deadline_at);
  EXPECT_FALSE(d.expires_at);
}

TEST_F(RulesTest, Ex0008CriminalFilingIsOnRequest) {
  CaseEvent e = EventBuilder("EX-0008", EventType::kCaseFiled, "2026-11-24T10:00:00+08:00",
                             Domain::kCriminal, "诈骗")
                    .Summary("被害人报称其通过网络购物被骗。")
                    .With(Person(Role::kVictim, "马海燕"))
                    .With(Person(Role::kComplainant, "马海燕"))
                    .Build();
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kOnRequest);
  EXPECT_EQ(RuleIds(d), std::vector<std::string>{"criminal-case-progress"});
  EXPECT_FALSE(d.deadline_at);
}

TEST_F(RulesTest, Ex0009CoerciveMeasureIsWithheldAndMinorByIdNumberIsNamed) {
  CaseEvent e = EventBuilder("EX-0009", EventType::kMeasureImposed, "2026-11-24T18:00:00+08:00",
                             Domain::kCriminal, "故意伤害")
                    .With(WithId(Person(Role::kSuspect, "黄志强"), "310115201202026326"))
                    .Build();
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kWithhold);
  EXPECT_EQ(RuleIds(d), (std::vector<std::string>{"coercive-measure", "minor-party"}));
}

TEST_F(RulesTest, Ex0010CaseReceivedIsOutOfScope) {
  CaseEvent e = EventBuilder("EX-0010", EventType::kCaseReceived, "2026-11-25T08:10:00+08:00",
                             Domain::kAdministrative, "噪音扰民")
                    .Summary("群众来电反映夜间噪音扰民。")
                    .Build();
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kOutOfScope);
  EXPECT_EQ(d.catalog, nullptr);
  EXPECT_EQ(RuleIds(d), std::vector<std::string>{"case-received"});
  EXPECT_FALSE(d.deadline_at);
}

TEST_F(RulesTest, Ex0011IntimatePrivacyCategoryIsWithheld) {
  CaseEvent e = EventBuilder("EX-0011", EventType::kPenaltyDecided, "2026-11-25T09:30:00+08:00",
                             Domain::kAdministrative, "卖淫")
                    .Decided("2026-11-25", "行政拘留十日")
                    .With(Person(Role::kOffender, "韦丽娟"))
                    .Build();
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kWithhold);
  EXPECT_EQ(RuleIds(d),
            (std::vector<std::string>{"penalty-public-order-person", "intimate-privacy"}));
}

CaseEvent Ex0012() {
  return EventBuilder("EX-0012", EventType::kPenaltyDecided, "2026-11-26T10:00:00+08:00",
                      Domain::kAdministrative, "未按规定登记住宿旅客信息")
      .Summary("2026年11月24日，民警检查发现梁河县南甸宾馆有限公司未按规定登记住宿旅客信息。")
      .Decided("2026-11-26", "罚款二千元")
      .LegalBasis("《中华人民共和国反恐怖主义法》第八十六条第二款")
      .Text("根据《中华人民共和国反恐怖主义法》第八十六条第二款之规定，现决定罚款二千元。")
      .With(Organization(Role::kOffender, "梁河县南甸宾馆有限公司", "91533122905366566K"))
      .With(Person(Role::kWitness, "张伟"))
      .With(Person(Role::kWitness, "张敏"))
      .Build();
}

TEST_F(RulesTest, Ex0012OrganizationPenaltyIsPublishedDespiteTheLawTitle) {
  // "反恐怖主义法" contains the keyword 恐怖 but is an exception of the keyword rule.
  Decision d = Decide(Ex0012());
  EXPECT_EQ(d.route, Route::kPublish);
  EXPECT_EQ(RuleIds(d), std::vector<std::string>{"penalty-organization"});
  ASSERT_NE(d.reasons.size(), 0u);
  // Thu 2026-11-26 + 7: Nov 27, 30, Dec 1–4, Dec 7.
  EXPECT_EQ(DeadlineText(d), "2026-12-07T23:59:59+08:00");
  ASSERT_TRUE(d.expires_at);
  EXPECT_EQ(d.expires_at->ToString(), "2029-11-26T23:59:59+08:00");
}

TEST_F(RulesTest, Ex0013TrafficWarningAloneIsOutOfScope) {
  CaseEvent e = EventBuilder("EX-0013", EventType::kPenaltyDecided, "2026-11-27T09:10:00+08:00",
                             Domain::kTraffic, "不按规定使用安全带")
                    .Decided("2026-11-27", "警告")
                    .With(Person(Role::kOffender, "孟欣怡"))
                    .Build();
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kOutOfScope);
  EXPECT_EQ(d.catalog, nullptr);
  EXPECT_EQ(RuleIds(d), std::vector<std::string>{"traffic-warning-only"});
  // A warning with a fine is not a warning alone.
  e.decision->result = "警告，并处罚款二百元";
  EXPECT_EQ(Decide(e).route, Route::kPublish);
}

// ---------------------------------------------------------------------------------------------
// Catalog rows beyond the examples

TEST_F(RulesTest, IndividualBusinessCountsAsANaturalPerson) {
  // A 个体工商户 (credit code 92…) offender under 治安管理处罚 is sealed like a person.
  CaseEvent e = EventBuilder("E-1", EventType::kPenaltyDecided, "2026-11-26T10:00:00+08:00",
                             Domain::kAdministrative, "未按规定登记住宿旅客信息")
                    .Decided("2026-11-26", "罚款五百元")
                    .With(Organization(Role::kOffender, "梁河县某某旅社", "92533122MA6K0000X1"))
                    .Build();
  EXPECT_EQ(RuleIds(Decide(e)), std::vector<std::string>{"penalty-public-order-person"});
  // A licence to a 个体工商户 is on request.
  CaseEvent license = EventBuilder("E-2", EventType::kLicenseDecided, "2026-11-26T10:00:00+08:00",
                                   Domain::kHousehold, "旅馆业")
                          .Decided("2026-11-26", "准予许可")
                          .With(Organization(Role::kApplicant, "某某旅社", "92533122MA6K0000X1"))
                          .Build();
  EXPECT_EQ(Decide(license).route, Route::kOnRequest);
}

TEST_F(RulesTest, OtherRowsOfTheCatalog) {
  auto route_of = [this](EventType type, Domain domain) {
    return Decide(EventBuilder("E", type, "2026-11-26T10:00:00+08:00", domain, "x").Build());
  };
  EXPECT_EQ(route_of(EventType::kCaseClosed, Domain::kCriminal).route, Route::kOnRequest);
  EXPECT_EQ(route_of(EventType::kCaseNotFiled, Domain::kCriminal).route, Route::kOnRequest);
  EXPECT_EQ(route_of(EventType::kCaseWithdrawn, Domain::kCriminal).route, Route::kOnRequest);
  Decision closed = route_of(EventType::kCaseClosed, Domain::kAdministrative);
  EXPECT_EQ(closed.route, Route::kOnRequest);
  EXPECT_EQ(RuleIds(closed), std::vector<std::string>{"administrative-case-closed"});
  EXPECT_EQ(route_of(EventType::kServiceCompleted, Domain::kVehicle).route, Route::kOnRequest);
  EXPECT_EQ(route_of(EventType::kServiceCompleted, Domain::kExitEntry).route, Route::kOnRequest);
  Decision license_revoked = route_of(EventType::kLicenseRevoked, Domain::kHousehold);
  EXPECT_EQ(license_revoked.route, Route::kRetract);
  EXPECT_EQ(RuleIds(license_revoked), std::vector<std::string>{"license-retraction"});
  // Sat 2026-11-26 is a Thursday: Nov 27, Nov 30, Dec 1.
  EXPECT_EQ(DeadlineText(license_revoked), "2026-12-01T23:59:59+08:00");
  EXPECT_EQ(route_of(EventType::kPenaltyChanged, Domain::kTraffic).route, Route::kRetract);
  // Not in the catalog: an administrative case being filed.
  Decision unlisted = route_of(EventType::kCaseFiled, Domain::kAdministrative);
  EXPECT_EQ(unlisted.route, Route::kOutOfScope);
  EXPECT_EQ(RuleIds(unlisted), std::vector<std::string>{"no_catalog_item"});
}

TEST_F(RulesTest, DeadlineFallsBackToTheLocalDateOfOccurredAt) {
  // No decided_at; occurred_at written in UTC is already Nov 21 in China (Saturday).
  CaseEvent e = Ex0002();
  e.decision->decided_at.reset();
  e.occurred_at = T("2026-11-20T20:00:00Z");
  EXPECT_EQ(DeadlineText(Decide(e)), "2026-12-01T23:59:59+08:00");
}

TEST_F(RulesTest, ExpiryOnLeapDayAndDeadlineInAYearWithoutData) {
  CaseEvent e = Ex0012();
  e.decision->decided_at = D("2028-02-29");
  e.occurred_at = T("2028-02-29T10:00:00+08:00");
  Decision d = Decide(e);
  ASSERT_TRUE(d.expires_at);
  EXPECT_EQ(d.expires_at->ToString(), "2031-02-28T23:59:59+08:00");
  EXPECT_TRUE(d.deadline_provisional);
  EXPECT_EQ(DeadlineText(d), "2028-03-09T23:59:59+08:00");  // weekends only
}

// ---------------------------------------------------------------------------------------------
// Overrides

TEST_F(RulesTest, EveryOverrideFires) {
  struct Case {
    std::string expected_rule;
    Route expected_route;
    CaseEvent event;
  };
  auto base = [] {
    return EventBuilder("E", EventType::kPenaltyDecided, "2026-11-26T10:00:00+08:00",
                        Domain::kTraffic, "超速行驶")
        .Decided("2026-11-26", "罚款二百元")
        .With(Person(Role::kOffender, "赵六"));
  };
  Party minor_victim = Person(Role::kVictim, "小红");
  minor_victim.minor = true;
  minor_victim.minor_basis = MinorBasis::kFlag;
  Party police = Person(Role::kWitness, "某警官");
  police.is_police = true;
  std::vector<Case> cases = {
      {"minor-party", Route::kWithhold, base().With(minor_victim).Build()},
      {"state-secret", Route::kWithhold, base().Tag("机密").Build()},
      {"state-secret", Route::kWithhold, base().Tag("技术侦查").Build()},
      {"police-misconduct", Route::kApproval, base().Tag("涉警").Build()},
      {"police-misconduct", Route::kApproval, base().With(police).Build()},
      {"political-stability", Route::kApproval, base().Tag("群体性事件").Build()},
      {"political-stability", Route::kApproval, base().Tag("涉外").Build()},
      {"sensitive-keywords", Route::kApproval, base().Summary("车辆起火后爆炸").Build()},
      {"sensitive-keywords", Route::kApproval, base().Title("致一人死亡").Build()},
      {"sensitive-keywords", Route::kApproval,
       base().Text("依据《反恐怖主义法》……涉嫌宣扬恐怖主义").Build()},
  };
  for (const Case& c : cases) {
    Decision d = Decide(c.event);
    EXPECT_EQ(d.route, c.expected_route) << c.expected_rule;
    EXPECT_EQ(RuleIds(d), (std::vector<std::string>{"penalty-traffic-person", c.expected_rule}));
  }
  CaseEvent privacy = EventBuilder("E", EventType::kCaseFiled, "2026-11-26T10:00:00+08:00",
                                   Domain::kCriminal, "强奸")
                          .Build();
  EXPECT_EQ(RuleIds(Decide(privacy)),
            (std::vector<std::string>{"criminal-case-progress", "intimate-privacy"}));
  EXPECT_EQ(Decide(privacy).route, Route::kWithhold);
}

TEST_F(RulesTest, OverridesThatDoNotApply) {
  // A minor witness or guardian is not a minor party in the sense of §2.
  Party minor_witness = Person(Role::kWitness, "小明");
  minor_witness.minor = true;
  minor_witness.minor_basis = MinorBasis::kFlag;
  CaseEvent e = Ex0002();
  e.parties.push_back(minor_witness);
  EXPECT_EQ(Decide(e).route, Route::kPublish);
  // An explicit minor: false wins over the birth date.
  CaseEvent flagged = Ex0002();
  flagged.parties[0] = WithBirthDate(flagged.parties[0], "2015-01-01");
  flagged.parties[0].minor_basis = MinorBasis::kFlag;
  EXPECT_EQ(Decide(flagged).route, Route::kPublish);
  // 反恐怖主义法 alone does not fire the keyword rule (EX-0012) — nor in the title.
  CaseEvent law = Ex0012();
  law.title = PersonalText("违反《反恐怖主义法》案");
  EXPECT_EQ(Decide(law).route, Route::kPublish);
}

TEST_F(RulesTest, MostRestrictiveRouteWinsAndEveryOverrideIsListed) {
  CaseEvent e = Ex0002();
  e.tags = {"涉警", "机密"};
  e.summary = PersonalText("发生爆炸");
  Decision d = Decide(e);
  EXPECT_EQ(d.route, Route::kWithhold);
  EXPECT_EQ(RuleIds(d), (std::vector<std::string>{"penalty-traffic-person", "state-secret",
                                                  "police-misconduct", "sensitive-keywords"}));
  EXPECT_FALSE(d.deadline_at);  // withheld: nothing comes out
  EXPECT_FALSE(d.expires_at);

  // on_request beats approval: a person's licence tagged 涉警 stays on request.
  CaseEvent license = EventBuilder("E", EventType::kLicenseDecided, "2026-11-19T15:00:00+08:00",
                                   Domain::kExitEntry, "普通护照签发")
                          .Tag("涉警")
                          .With(Person(Role::kApplicant, "孙梓涵"))
                          .Build();
  Decision on_request = Decide(license);
  EXPECT_EQ(on_request.route, Route::kOnRequest);
  EXPECT_EQ(RuleIds(on_request), (std::vector<std::string>{"license-person", "police-misconduct"}));
}

TEST_F(RulesTest, RetractionsAndOutOfScopeAreNotOverridden) {
  CaseEvent revoked = EventBuilder("E", EventType::kPenaltyRevoked, "2026-11-28T15:00:00+08:00",
                                   Domain::kTraffic, "卖淫")
                          .Tag("机密")
                          .RefersTo("EX-0002")
                          .Build();
  Decision d = Decide(revoked);
  EXPECT_EQ(d.route, Route::kRetract);
  EXPECT_EQ(RuleIds(d), std::vector<std::string>{"penalty-retraction"});

  CaseEvent received = EventBuilder("E", EventType::kCaseReceived, "2026-11-25T08:10:00+08:00",
                                    Domain::kCriminal, "x")
                           .Tag("机密")
                           .Build();
  EXPECT_EQ(Decide(received).route, Route::kOutOfScope);
  EXPECT_EQ(RuleIds(Decide(received)), std::vector<std::string>{"case-received"});
}

TEST_F(RulesTest, RedactionDoubtSendsPublishToApprovalOnly) {
  Decision d = Decide(Ex0002());
  ApplyRedactionDoubt(&d);
  EXPECT_EQ(d.route, Route::kApproval);
  ASSERT_EQ(d.reasons.size(), 2u);
  EXPECT_EQ(d.reasons[1].rule, "redaction_review");
  EXPECT_EQ(d.reasons[1].says, "脱敏存疑，须人工审核");
  EXPECT_EQ(DeadlineText(d), "2026-12-01T23:59:59+08:00");

  Decision withheld;
  withheld.route = Route::kWithhold;
  ApplyRedactionDoubt(&withheld);
  EXPECT_EQ(withheld.route, Route::kWithhold);
  EXPECT_TRUE(withheld.reasons.empty());
}

// ---------------------------------------------------------------------------------------------
// The rule file

constexpr std::string_view kMinimal = R"({
  // comments and trailing commas are allowed
  "catalog_version": "t1",
  "items": [
    {
      "id": "penalty",
      "name": "行政处罚决定",
      "basis": "《中华人民共和国行政处罚法》第四十八条",
      "match": {"event_types": ["penalty.decided"],},
      "route": "publish",
    },
  ],
})";

TEST_F(RulesTest, MinimalFileUsesTheGeneralDeadlineAndDefaults) {
  auto rules = RuleSet::FromText(kMinimal, "minimal.json", calendar_);
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  const CatalogItem* item = (*rules)->FindItem("penalty");
  ASSERT_NE(item, nullptr);
  EXPECT_EQ(item->method, "主动公开");
  EXPECT_EQ(item->profile, "default");
  EXPECT_EQ((*rules)->items().size(), 1u);
  EXPECT_EQ((*rules)->FindItem("nope"), nullptr);
  Decision d = (*rules)->Decide(Ex0002());
  EXPECT_EQ(d.route, Route::kPublish);
  EXPECT_EQ(d.reasons[0].says, "行政处罚决定 主动公开");
  // 政府信息公开条例 Art. 26: 20 working days after Sat 2026-11-21 → Fri 2026-12-18.
  EXPECT_EQ(DeadlineText(d), "2026-12-18T23:59:59+08:00");
  EXPECT_FALSE(d.expires_at);
  // A revocation no item covers is still retracted, 3 working days.
  CaseEvent revoked = EventBuilder("E", EventType::kPenaltyRevoked, "2026-11-28T15:00:00+08:00",
                                   Domain::kTraffic, "x")
                          .RefersTo("EX-0002")
                          .Build();
  Decision r = (*rules)->Decide(revoked);
  EXPECT_EQ(r.route, Route::kRetract);
  EXPECT_EQ(RuleIds(r), std::vector<std::string>{"revocation"});
  EXPECT_EQ(DeadlineText(r), "2026-12-02T23:59:59+08:00");
}

TEST_F(RulesTest, FirstMatchingItemWinsInFileOrder) {
  std::string text = R"({"catalog_version": "t", "items": [
    {"id": "a", "name": "A", "basis": "b", "route": "on_request",
     "match": {"event_types": ["penalty.decided"], "domains": ["traffic"]}},
    {"id": "b", "name": "B", "basis": "b", "route": "publish",
     "match": {"event_types": ["penalty.decided"]}}]})";
  auto rules = RuleSet::FromText(text, "order.json", calendar_);
  ASSERT_TRUE(rules.ok()) << rules.status().ToString();
  EXPECT_EQ(RuleIds((*rules)->Decide(Ex0002())), std::vector<std::string>{"a"});
  EXPECT_EQ(RuleIds((*rules)->Decide(Ex0012())), std::vector<std::string>{"b"});
}

TEST_F(RulesTest, VersionIsTheSha256OfTheFileBytes) {
  auto a = RuleSet::FromText(kMinimal, "a.json", calendar_);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ((*a)->version(), "sha256:" + Sha256Hex(kMinimal));
  std::string changed(kMinimal);
  changed += " ";
  auto b = RuleSet::FromText(changed, "b.json", calendar_);
  ASSERT_TRUE(b.ok());
  EXPECT_NE((*a)->version(), (*b)->version());
  EXPECT_EQ((*b)->version(), "sha256:" + Sha256Hex(changed));
  EXPECT_EQ((*a)->Decide(Ex0002()).rule_version, (*a)->version());
  EXPECT_EQ(rules_->version().size(), 7u + 64u);
}

TEST_F(RulesTest, FromFileReadsAndNamesThePath) {
  auto missing = RuleSet::FromFile("/nonexistent/rules.json", calendar_);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/rules.json"), std::string::npos);
  auto shipped = RuleSet::FromFile(DISCLOSURE_SOURCE_DIR "/rules/default-catalog.json", calendar_);
  ASSERT_TRUE(shipped.ok()) << shipped.status().ToString();
  EXPECT_EQ((*shipped)->version(), rules_->version());
}

TEST_F(RulesTest, SyntaxErrorNamesLineAndColumn) {
  std::string error = CompileError("{\n  \"catalog_version\": \"t\",\n  \"items\": [ }\n}");
  EXPECT_NE(error.find("bad.json:3:14: syntax error"), std::string::npos) << error;
}

TEST_F(RulesTest, UnknownFieldNamesFileLineColumnAndPath) {
  std::string error = CompileError(R"({
  "catalog_version": "t",
  "items": [
    {"id": "x", "name": "X", "basis": "b", "route": "publish",
     "match": {"event_types": ["penalty.decided"]},
     "colour": "red"}
  ]
})");
  EXPECT_NE(error.find("bad.json:6:6: items[0].colour: unknown field"), std::string::npos) << error;
}

TEST_F(RulesTest, ColumnsCountCharactersAndNestingIsLimited) {
  // Columns count characters, not bytes: "版本" is two columns.
  std::string error = CompileError(R"({"catalog_version": "版本", "colour": 1, "items": []})");
  EXPECT_NE(error.find("bad.json:1:27: colour: unknown field"), std::string::npos) << error;
  // Nesting deeper than the limit is refused, not followed.
  std::string deep = R"({"catalog_version": "t", "items": [], "x": )" + std::string(200, '[') +
                     std::string(200, ']') + "}";
  error = CompileError(deep);
  EXPECT_NE(error.find("syntax error: nested deeper than"), std::string::npos) << error;
}

TEST_F(RulesTest, BadRouteAndBadNamesAreErrors) {
  std::string error = CompileError(R"({"catalog_version": "t", "items": [
    {"id": "x", "name": "X", "basis": "b", "route": "publsh",
     "match": {"event_types": ["penalty.decided"], "domains": ["trafic"]}}]})");
  EXPECT_NE(error.find("bad.json:2:53: items[0].route: unknown route \"publsh\""),
            std::string::npos)
      << error;
  EXPECT_NE(error.find("items[0].match.domains[0]: unknown domain \"trafic\""), std::string::npos)
      << error;

  error = CompileError(R"({"catalog_version": "t", "items": [
    {"id": "x", "name": "X", "basis": "b", "route": "publish",
     "match": {"event_types": ["penalty.decided"], "parties": {"roles": ["boss"]}}}],
    "overrides": [{"id": "o", "route": "publish", "says": "s", "when": {"tags_any": ["a"]}}]})");
  EXPECT_NE(error.find("items[0].match.parties.roles[0]: unknown role \"boss\""), std::string::npos)
      << error;
  EXPECT_NE(error.find("overrides[0].route: route \"publish\" not allowed here"), std::string::npos)
      << error;
}

TEST_F(RulesTest, StructuralMistakesAreErrors) {
  auto item = [](std::string_view body) {
    return std::string(
               R"({"catalog_version": "t", "items": [{"id": "x", "name": "X", "basis": "b", )") +
           std::string(body) + "}]}";
  };
  struct Case {
    std::string text;
    std::string expected;
  };
  std::vector<Case> cases = {
      {item(R"("route": "retract", "match": {"event_types": ["penalty.decided"]})"),
       "a retract item may match revocations only"},
      {item(R"("route": "publish", "match": {"event_types": ["penalty.revoked"]})"),
       "can only be retracted"},
      {item(R"("route": "out_of_scope", "match": {"event_types": ["case.received"]})"),
       "listed under \"exclusions\""},
      {item(R"("route": "publish", "match": {"domains": ["traffic"]})"),
       "items[0].match: missing field \"event_types\""},
      {item(R"("route": "publish", "match": {})"), "empty condition"},
      {item(R"("route": "on_request", "match": {"event_types": ["case.filed"]},
               "deadline": {"working_days": 3, "from": "occurred_at"})"),
       "items[0].deadline: a on_request item has no deadline"},
      {item(R"("route": "publish", "method": "依申请公开",
               "match": {"event_types": ["case.filed"]})"),
       "items[0].method: method \"依申请公开\" contradicts route publish"},
      {item(R"("route": "publish", "match": {"event_types": ["case.filed"]},
               "deadline": {"working_days": 0, "from": "occurred_at"})"),
       "items[0].deadline.working_days: must be between 1 and 365"},
      {item(R"("route": "publish", "match": {"event_types": ["case.filed"]},
               "deadline": {"working_days": 3, "from": "yesterday"})"),
       "items[0].deadline.from: unknown date \"yesterday\""},
      {item(R"("route": "publish", "match": {"event_types": ["case.filed"], "colour": 1})"),
       "items[0].match.colour: unknown condition"},
      {item(R"("route": "publish", "match": {"event_types": ["case.filed"]},
               "publish": {"fields": ["secret"]})"),
       "items[0].publish.fields[0]: unknown field \"secret\""},
      {item(R"("route": "publish", "match": {"event_types": ["case.filed"]}, "id": "y")"),
       "items[0].id: duplicate field"},
      {R"({"catalog_version": "t", "items": [
           {"id": "x", "name": "X", "basis": "b", "route": "publish",
            "match": {"event_types": ["case.filed"]}},
           {"id": "x", "name": "X", "basis": "b", "route": "publish",
            "match": {"event_types": ["case.filed"]}}]})",
       "items[1].id: id \"x\" is used twice"},
      {R"({"format": "disclosure-rules/9", "catalog_version": "t", "items": []})",
       "format: unsupported format"},
      {R"({"catalog_version": "t"})", "missing field \"items\""},
      {R"({"items": [], "extra": true})", "extra: unknown field"},
      {item(R"("route": "publish", "match": {"event_types": ["case.filed"]}, "name": 5)"),
       "duplicate field"},
      {"[1, 2]", "expected object, found array"},
      {"{\"catalog_version\": \"t\", \"items\": [\"\xff\"]}", "syntax error"},
  };
  for (const Case& c : cases) {
    std::string error = CompileError(c.text);
    EXPECT_NE(error.find(c.expected), std::string::npos)
        << "text: " << c.text << "\nerror: " << error;
    EXPECT_EQ(error.rfind("bad.json:", 0), 0u) << error;
  }
}

TEST_F(RulesTest, AllErrorsOfAFileAreReportedOneALine) {
  std::string error = CompileError(R"({"catalog_version": "t", "items": [
    {"id": "Bad Id", "name": "X", "basis": "b", "route": "publish",
     "match": {"event_types": ["penalty.decided"]}},
    {"id": "y", "basis": "b", "route": "publish", "match": {"event_types": ["nope"]}}]})");
  EXPECT_NE(error.find("items[0].id: \"Bad Id\" is not a valid id"), std::string::npos) << error;
  EXPECT_NE(error.find("items[1]: missing field \"name\""), std::string::npos) << error;
  EXPECT_NE(error.find("items[1].match.event_types[0]: unknown event type \"nope\""),
            std::string::npos)
      << error;
  EXPECT_GE(std::count(error.begin(), error.end(), '\n'), 2);
}

TEST_F(RulesTest, DefaultCatalogCoversEveryRowWithABasis) {
  std::vector<std::string> ids;
  for (const CatalogItem& item : rules_->items()) {
    ids.push_back(item.id);
    EXPECT_FALSE(item.basis.empty()) << item.id;
    EXPECT_FALSE(item.name.empty()) << item.id;
    EXPECT_FALSE(item.method.empty()) << item.id;
  }
  EXPECT_EQ(ids, (std::vector<std::string>{
                     "penalty-organization", "penalty-public-order-person",
                     "penalty-traffic-person", "license-organization", "license-person",
                     "penalty-retraction", "license-retraction", "criminal-case-progress",
                     "administrative-case-closed", "service-result", "coercive-measure"}));
  const CatalogItem* org = rules_->FindItem("penalty-organization");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->time_limit, "作出决定之日起7个工作日内");
  EXPECT_NE(org->basis.find("国办发〔2018〕118号"), std::string::npos);
  EXPECT_EQ(org->channel, (std::vector<std::string>{"政府网站", "政务新媒体"}));
}

}  // namespace
}  // namespace disclosure::rules
