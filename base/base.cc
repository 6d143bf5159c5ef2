#include "base/base.h"

#include <chrono>
#include <cstdio>
#include <ostream>

namespace disclosure {

std::string Status::ToString() const {
  const char* name = "ok";
  switch (code_) {
    case Code::kOk: return "ok";
    case Code::kInvalidArgument: name = "invalid argument"; break;
    case Code::kNotFound: name = "not found"; break;
    case Code::kIoError: name = "I/O error"; break;
    case Code::kCorruption: name = "corruption"; break;
    case Code::kConflict: name = "conflict"; break;
    case Code::kInternal: name = "internal error"; break;
  }
  return std::string(name) + ": " + message_;
}

std::ostream& PrintPersonalPlaceholder(std::ostream& os) { return os << "[personal]"; }

namespace {

bool ParseDigits(std::string_view text, size_t pos, size_t count, int* out) {
  if (pos + count > text.size()) return false;
  int value = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    char c = text[i];
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  *out = value;
  return true;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

int Date::DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

std::optional<Date> Date::Parse(std::string_view text) {
  Date d;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!ParseDigits(text, 0, 4, &d.year) || !ParseDigits(text, 5, 2, &d.month) ||
      !ParseDigits(text, 8, 2, &d.day) || !IsValid(d.year, d.month, d.day)) {
    return std::nullopt;
  }
  return d;
}

int64_t Date::ToDays() const {
  using namespace std::chrono;
  return sys_days(std::chrono::year(year) / std::chrono::month(static_cast<unsigned>(month)) /
                  std::chrono::day(static_cast<unsigned>(day)))
      .time_since_epoch()
      .count();
}

Date Date::FromDays(int64_t days) {
  using namespace std::chrono;
  year_month_day ymd{sys_days(std::chrono::days(days))};
  return Date{static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
              static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  int64_t w = (ToDays() + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

namespace {
// Writes `value` as exactly `width` decimal digits (zero-padded) at `out`; the formatting of
// dates and times is on every event's path, where snprintf was a measurable cost.
char* PutDigits(char* out, int value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
  return out + width;
}

char* PutDate(char* out, const Date& d) {
  if (d.year < 0 || d.year > 9999) {
    int n = std::snprintf(out, 16, "%04d-%02d-%02d", d.year, d.month, d.day);
    return out + n;
  }
  out = PutDigits(out, d.year, 4);
  *out++ = '-';
  out = PutDigits(out, d.month, 2);
  *out++ = '-';
  return PutDigits(out, d.day, 2);
}
}  // namespace

std::string Date::ToString() const {
  char buf[16];
  return std::string(buf, PutDate(buf, *this));
}

int AgeOn(const Date& birth, const Date& on) {
  int age = on.year - birth.year;
  if (on.month < birth.month || (on.month == birth.month && on.day < birth.day)) --age;
  return age;
}

std::optional<Timestamp> Timestamp::Parse(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)
  if (text.size() < 20) return std::nullopt;
  auto date = Date::Parse(text.substr(0, 10));
  if (!date || (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':') {
    return std::nullopt;
  }
  int hh, mm, ss;
  if (!ParseDigits(text, 11, 2, &hh) || !ParseDigits(text, 14, 2, &mm) ||
      !ParseDigits(text, 17, 2, &ss) || hh > 23 || mm > 59 || ss > 60) {
    return std::nullopt;
  }
  size_t pos = 19;
  if (pos < text.size() && text[pos] == '.') {
    size_t start = ++pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') ++pos;
    if (pos == start) return std::nullopt;
  }
  int offset = 0;
  if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
    ++pos;
  } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
    int oh, om;
    if (pos + 6 != text.size() || text[pos + 3] != ':' || !ParseDigits(text, pos + 1, 2, &oh) ||
        !ParseDigits(text, pos + 4, 2, &om) || oh > 23 || om > 59) {
      return std::nullopt;
    }
    offset = (oh * 60 + om) * (text[pos] == '-' ? -1 : 1);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;
  Timestamp t;
  t.offset_minutes = offset;
  t.unix_seconds = date->ToDays() * 86400 + hh * 3600 + mm * 60 + (ss == 60 ? 59 : ss) -
                   static_cast<int64_t>(offset) * 60;
  return t;
}

Date Timestamp::LocalDate() const {
  int64_t local = unix_seconds + static_cast<int64_t>(offset_minutes) * 60;
  int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  return Date::FromDays(days);
}

std::string Timestamp::ToString() const {
  int64_t local = unix_seconds + static_cast<int64_t>(offset_minutes) * 60;
  int64_t days = local >= 0 ? local / 86400 : (local - 86399) / 86400;
  int64_t secs = local - days * 86400;
  Date d = Date::FromDays(days);
  int off = offset_minutes < 0 ? -offset_minutes : offset_minutes;
  char buf[40];
  char* out = PutDate(buf, d);
  *out++ = 'T';
  out = PutDigits(out, static_cast<int>(secs / 3600), 2);
  *out++ = ':';
  out = PutDigits(out, static_cast<int>(secs / 60 % 60), 2);
  *out++ = ':';
  out = PutDigits(out, static_cast<int>(secs % 60), 2);
  *out++ = offset_minutes < 0 ? '-' : '+';
  out = PutDigits(out, off / 60 % 100, 2);
  *out++ = ':';
  out = PutDigits(out, off % 60, 2);
  return std::string(buf, out);
}

Timestamp Timestamp::EndOfDay(const Date& date, int offset_minutes) {
  Timestamp t;
  t.offset_minutes = offset_minutes;
  t.unix_seconds = date.ToDays() * 86400 + 86399 - static_cast<int64_t>(offset_minutes) * 60;
  return t;
}

namespace {
class SystemClockImpl final : public Clock {
 public:
  Timestamp Now() const override {
    using namespace std::chrono;
    Timestamp t;
    t.unix_seconds = duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
    t.offset_minutes = kChinaOffsetMinutes;
    return t;
  }
};
}  // namespace

const Clock& SystemClock() {
  static const SystemClockImpl clock;
  return clock;
}

}  // namespace disclosure
