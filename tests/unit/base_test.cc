#include "base/base.h"

#include <gtest/gtest.h>

#include <sstream>

namespace disclosure {
namespace {

TEST(Date, GivenRealAndUnrealDatesThenParseAcceptsOnlyReal) {
  EXPECT_TRUE(Date::Parse("2024-02-29"));
  EXPECT_FALSE(Date::Parse("2026-02-29"));
  EXPECT_FALSE(Date::Parse("2026-13-01"));
  EXPECT_FALSE(Date::Parse("2026-1-01"));
  EXPECT_EQ(Date::Parse("2026-11-21")->Weekday(), 5);  // Saturday
  EXPECT_EQ(Date::Parse("2026-11-21")->AddDays(10).ToString(), "2026-12-01");
}

TEST(Date, GivenDaysAroundEachMonthsEndThenIsValidKnowsTheMonthsLength) {
  // Up to the 28th every month has the day; after it, the month's length and the leap years.
  struct Case {
    int year, month, day;
    bool valid;
  };
  constexpr Case kCases[] = {
      {2026, 2, 28, true},   {2026, 2, 29, false}, {2024, 2, 29, true},  {2000, 2, 29, true},
      {1900, 2, 29, false},  {2026, 4, 30, true},  {2026, 4, 31, false}, {2026, 12, 31, true},
      {2026, 12, 32, false}, {2026, 1, 0, false},  {2026, 0, 1, false},  {0, 1, 1, false},
      {10000, 1, 1, false},
  };
  for (const Case& c : kCases) {
    EXPECT_EQ(Date::IsValid(c.year, c.month, c.day), c.valid)
        << c.year << "-" << c.month << "-" << c.day;
  }
  EXPECT_EQ(Date::DaysInMonth(2024, 2), 29);
  EXPECT_EQ(Date::DaysInMonth(2026, 9), 30);
}

TEST(Timestamp, GivenRfc3339ThenInstantAndOffsetKept) {
  auto t = Timestamp::Parse("2026-11-20T16:30:00+08:00");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->offset_minutes, 480);
  EXPECT_EQ(t->ToString(), "2026-11-20T16:30:00+08:00");
  EXPECT_EQ(Timestamp::Parse("2026-11-20T08:30:00Z")->unix_seconds, t->unix_seconds);
  EXPECT_EQ(Timestamp::Parse("2026-11-20T00:30:00+08:00")->LocalDate().ToString(), "2026-11-20");
  EXPECT_FALSE(Timestamp::Parse("2026-11-20T16:30:00"));
  EXPECT_FALSE(Timestamp::Parse("2026-11-20 16:30:00+08:00"));
  EXPECT_FALSE(Timestamp::Parse("2026-11-31T16:30:00+08:00"));
  EXPECT_EQ(Timestamp::EndOfDay(*Date::Parse("2026-12-01"), 480).ToString(),
            "2026-12-01T23:59:59+08:00");
}

TEST(Timestamp, GivenOffsetsOfEverySignThenFormattedAsParsed) {
  for (const char* text : {"2026-01-05T00:00:00+00:00", "2025-12-31T23:59:59-09:30",
                           "0999-03-04T05:06:07+05:45", "2026-02-28T12:00:09+14:00"}) {
    auto t = Timestamp::Parse(text);
    ASSERT_TRUE(t) << text;
    EXPECT_EQ(t->ToString(), text);
  }
  EXPECT_EQ(Timestamp::Parse("2026-11-20T08:30:00Z")->ToString(), "2026-11-20T08:30:00+00:00");
  EXPECT_EQ(Date::Parse("0007-01-02")->ToString(), "0007-01-02");
}

TEST(AgeOn, GivenBirthdayTomorrowThenStillYounger) {
  Date birth = *Date::Parse("2008-11-30");
  EXPECT_EQ(AgeOn(birth, *Date::Parse("2026-11-29")), 17);
  EXPECT_EQ(AgeOn(birth, *Date::Parse("2026-11-30")), 18);
}

TEST(Personal, GivenPersonalValueWhenPrintedThenPlaceholderOnly) {
  PersonalText name("杨建华");
  std::ostringstream os;
  os << name;
  EXPECT_EQ(os.str(), "[personal]");
  EXPECT_EQ(name.reveal(), "杨建华");
}

TEST(Result, GivenErrorThenStatusCarriesMessage) {
  Result<int> r = Status::InvalidArgument("rules.json:3:5: bad");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().ToString(), "invalid argument: rules.json:3:5: bad");
  Result<int> v = 7;
  EXPECT_EQ(v.value(), 7);
}

}  // namespace
}  // namespace disclosure
