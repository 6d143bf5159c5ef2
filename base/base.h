// base: the vocabulary every other room of the project speaks — Status/Result for errors,
// strong identifier types, the Personal<T> wrapper for personal data, and civil dates.
// Header-light on purpose (no Poco, no RapidJSON): everything includes it.
#pragma once

#include <compare>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace disclosure {

// Outcome of an operation that can fail. The message names the file, line, field or rule at
// fault and never holds personal data. Cheap to copy when ok.
class Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kIoError, kCorruption, kConflict, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) { return {Code::kInvalidArgument, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {Code::kNotFound, std::move(msg)}; }
  static Status IoError(std::string msg) { return {Code::kIoError, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {Code::kCorruption, std::move(msg)}; }
  static Status Conflict(std::string msg) { return {Code::kConflict, std::move(msg)}; }
  static Status Internal(std::string msg) { return {Code::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "invalid argument: <message>" etc.; "ok" when ok.
  std::string ToString() const;

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status explaining why there is none. value() on an error is a programming
// error (asserts in debug builds).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}           // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}    // NOLINT: implicit by design

  bool ok() const { return data_.index() == 0; }
  const T& value() const& { return std::get<0>(data_); }
  T& value() & { return std::get<0>(data_); }
  T&& value() && { return std::get<0>(std::move(data_)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }
  // A reference that lives as long as the Result (an ok Result gives a shared ok Status).
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<1>(data_);
  }

 private:
  std::variant<T, Status> data_;
};

// A string identifier that cannot be mixed up with another kind: a raw case id cannot go where
// a pseudonym belongs. Tag is an empty struct naming the kind.
template <typename Tag>
class StrongId {
 public:
  StrongId() = default;
  explicit StrongId(std::string value) : value_(std::move(value)) {}
  const std::string& value() const { return value_; }
  bool empty() const { return value_.empty(); }
  auto operator<=>(const StrongId&) const = default;

 private:
  std::string value_;
};

using EventId = StrongId<struct EventIdTag>;  // event_id of a case event (not personal)
using CaseRef = StrongId<struct CaseRefTag>;  // "cr_" + HMAC pseudonym of a case id
using ItemId = StrongId<struct ItemIdTag>;    // "pi_" + HMAC pseudonym of an event id

std::ostream& PrintPersonalPlaceholder(std::ostream& os);  // writes "[personal]"

// Personal data (个人信息). Printing it gives a placeholder, so a log line cannot leak it; the
// value is reachable only through reveal(), which reviewers can grep for.
template <typename T>
class Personal {
 public:
  Personal() = default;
  explicit Personal(T value) : value_(std::move(value)) {}
  const T& reveal() const { return value_; }
  friend std::ostream& operator<<(std::ostream& os, const Personal&) {
    return PrintPersonalPlaceholder(os);
  }

 private:
  T value_{};
};
using PersonalText = Personal<std::string>;

// A proleptic Gregorian calendar date (no time zone).
struct Date {
  int year = 0;
  int month = 0;
  int day = 0;
  auto operator<=>(const Date&) const = default;

  // Parses exactly "YYYY-MM-DD" and checks that the day exists.
  static std::optional<Date> Parse(std::string_view text);
  // Whether the day exists, in years 1–9999. Inline, a day up to the 28th first (it is in every
  // month): redaction tests every date-shaped number it reads.
  static bool IsValid(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           (day <= 28 || day <= DaysInMonth(year, month));
  }
  static int DaysInMonth(int year, int month);  // month 1–12
  // Days since 1970-01-01 and back.
  int64_t ToDays() const;
  static Date FromDays(int64_t days);
  // 0 = Monday … 6 = Sunday.
  int Weekday() const;
  Date AddDays(int64_t n) const { return FromDays(ToDays() + n); }
  std::string ToString() const;  // "YYYY-MM-DD"
};

// Age in whole years on `on` of someone born on `birth`.
int AgeOn(const Date& birth, const Date& on);

// An instant with the UTC offset it was written in, as RFC 3339 carries it.
struct Timestamp {
  int64_t unix_seconds = 0;  // instant
  int offset_minutes = 0;    // offset of the local time it was written in (+08:00 → 480)
  auto operator<=>(const Timestamp&) const = default;

  // Strict RFC 3339 ("2026-11-20T16:30:00+08:00", fraction allowed, "Z" allowed).
  static std::optional<Timestamp> Parse(std::string_view text);
  Date LocalDate() const;
  // RFC 3339 in its own offset, seconds precision.
  std::string ToString() const;
  static Timestamp EndOfDay(const Date& date, int offset_minutes);  // 23:59:59 local
};

constexpr int kChinaOffsetMinutes = 8 * 60;

// Source of "now", injected so that pure stages and tests never read the wall clock.
class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp Now() const = 0;
};
// The system clock, rendered at +08:00.
const Clock& SystemClock();

// A clock that always says the same time (replays with --now, tests).
class FixedClock final : public Clock {
 public:
  explicit FixedClock(Timestamp t) : t_(t) {}
  Timestamp Now() const override { return t_; }

 private:
  Timestamp t_;
};

}  // namespace disclosure
