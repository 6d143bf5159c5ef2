// The working-day calendar: one JSON file per year (rules/README.md, "Calendar files").

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "rules/json_tree.h"
#include "rules/rules.h"

namespace disclosure::rules {
namespace embedded {
std::vector<std::pair<std::string_view, std::string_view>> Files();
}  // namespace embedded

using internal::ErrorList;
using internal::JsonNode;
using internal::ObjectReader;
using internal::SourceMap;

// One year's facts. `kind` has one entry per day of the year (index = days since Jan 1).
struct Calendar::Year {
  enum Kind : uint8_t { kByWeekday, kHoliday, kWorkingWeekend };
  int year = 0;
  std::vector<uint8_t> kind;
  std::string source;
};

namespace {

// "2026.json" → 2026; nullopt for any other name.
std::optional<int> YearOfFileName(std::string_view name) {
  if (name.size() != 9 || name.substr(4) != ".json") return std::nullopt;
  int year = 0;
  for (char c : name.substr(0, 4)) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    year = year * 10 + (c - '0');
  }
  return year;
}

bool IsWeekend(const Date& d) { return d.Weekday() >= 5; }

// Reads one date string of the file's year; reports errors against `path`.
std::optional<Date> ReadDate(const JsonNode& node, const std::string& path, int year,
                             ErrorList* errors) {
  if (!internal::ExpectType(node, JsonNode::Type::kString, path, errors)) return std::nullopt;
  std::optional<Date> d = Date::Parse(node.string);
  if (!d) {
    errors->Add(node.offset, path, "not a date YYYY-MM-DD");
    return std::nullopt;
  }
  if (d->year != year) {
    errors->Add(node.offset, path,
                "date " + node.string + " lies outside the file's year " + std::to_string(year));
    return std::nullopt;
  }
  return d;
}

}  // namespace

// Builds Calendars; the friend that may call the private constructor.
struct CalendarBuilder {
  // Parses and validates one year file; `name` (a path or a file name) prefixes errors.
  static Result<std::shared_ptr<const Calendar::Year>> ParseYearFile(std::string_view name,
                                                                     std::string_view text) {
    SourceMap where(name, text);
    Result<JsonNode> root = internal::ParseJsonTree(text, where);
    if (!root.ok()) return root.status();
    ErrorList errors(&where);
    ObjectReader file(*root, "", &errors);
    auto year = std::make_shared<Calendar::Year>();
    std::optional<int64_t> y = file.Integer("year", true, 1949, 9999);
    std::optional<int> named = YearOfFileName(name.substr(name.find_last_of('/') + 1));
    if (y && named && *y != *named) {
      errors.Add(
          file.Find("year")->offset, "year",
          "is " + std::to_string(*y) + " but the file is named for " + std::to_string(*named));
    }
    if (std::optional<std::string> source = file.String("source", true)) year->source = *source;
    const JsonNode* holidays = file.Find("holidays");
    const JsonNode* working = file.Find("working_weekends");
    if (!holidays) errors.Add(root->offset, "", "missing field \"holidays\"");
    if (!working) errors.Add(root->offset, "", "missing field \"working_weekends\"");
    file.Finish();
    if (!y) return errors.ToStatus();

    year->year = static_cast<int>(*y);
    Date jan1{year->year, 1, 1};
    int days = static_cast<int>(Date{year->year + 1, 1, 1}.ToDays() - jan1.ToDays());
    year->kind.assign(days, Calendar::Year::kByWeekday);
    auto index = [&](const Date& d) { return static_cast<size_t>(d.ToDays() - jan1.ToDays()); };

    if (holidays && internal::ExpectType(*holidays, JsonNode::Type::kArray, "holidays", &errors)) {
      for (size_t i = 0; i < holidays->items.size(); ++i) {
        const JsonNode& span = holidays->items[i];
        std::string path = ObjectReader::ElementPath("holidays", i);
        std::optional<Date> first, last;
        if (span.type == JsonNode::Type::kString) {  // a one-day holiday
          first = last = ReadDate(span, path, year->year, &errors);
        } else if (span.type == JsonNode::Type::kArray && span.items.size() == 2) {
          first = ReadDate(span.items[0], path + "[0]", year->year, &errors);
          last = ReadDate(span.items[1], path + "[1]", year->year, &errors);
        } else {
          errors.Add(span.offset, path, "expected [\"first day\", \"last day\"] or one date");
          continue;
        }
        if (!first || !last) continue;
        if (*last < *first) {
          errors.Add(span.offset, path, "last day is before the first day");
          continue;
        }
        for (Date d = *first; d <= *last; d = d.AddDays(1)) {
          if (year->kind[index(d)] == Calendar::Year::kHoliday) {
            errors.Add(span.offset, path, d.ToString() + " is already in an earlier span");
            break;
          }
          year->kind[index(d)] = Calendar::Year::kHoliday;
        }
      }
    }
    if (working &&
        internal::ExpectType(*working, JsonNode::Type::kArray, "working_weekends", &errors)) {
      for (size_t i = 0; i < working->items.size(); ++i) {
        std::string path = ObjectReader::ElementPath("working_weekends", i);
        std::optional<Date> d = ReadDate(working->items[i], path, year->year, &errors);
        if (!d) continue;
        if (!IsWeekend(*d)) {
          errors.Add(working->items[i].offset, path,
                     d->ToString() + " is not a Saturday or Sunday");
        } else if (year->kind[index(*d)] == Calendar::Year::kHoliday) {
          errors.Add(working->items[i].offset, path, d->ToString() + " is also a holiday");
        } else {
          year->kind[index(*d)] = Calendar::Year::kWorkingWeekend;
        }
      }
    }
    if (!errors.empty()) return errors.ToStatus();
    return std::shared_ptr<const Calendar::Year>(std::move(year));
  }

  // Later entries replace earlier ones of the same year when `replace` is set; otherwise a
  // second file for a year is an error.
  static Result<std::shared_ptr<const Calendar>> Build(
      const std::vector<std::pair<std::string, std::string>>& files,
      std::map<int, std::shared_ptr<const Calendar::Year>> years, bool replace) {
    std::map<int, std::string> named;
    for (const auto& [name, text] : files) {
      Result<std::shared_ptr<const Calendar::Year>> year = ParseYearFile(name, text);
      if (!year.ok()) return year.status();
      int y = (*year)->year;
      if (!replace && named.count(y)) {
        return Status::InvalidArgument(name + ": year " + std::to_string(y) +
                                       " is already given by " + named[y]);
      }
      named[y] = name;
      years[y] = *year;
    }
    std::shared_ptr<Calendar> calendar(new Calendar());
    for (auto& [y, year] : years) calendar->years_.push_back(year);
    return std::shared_ptr<const Calendar>(std::move(calendar));
  }

  static Result<std::map<int, std::shared_ptr<const Calendar::Year>>> EmbeddedYears() {
    std::map<int, std::shared_ptr<const Calendar::Year>> years;
    for (const auto& [name, text] : embedded::Files()) {
      if (!YearOfFileName(name)) continue;  // the default catalog lives here too
      Result<std::shared_ptr<const Calendar::Year>> year = ParseYearFile(name, text);
      if (!year.ok()) return Status::Internal("embedded calendar: " + year.status().message());
      years[(*year)->year] = *year;
    }
    return years;
  }
};

Result<std::shared_ptr<const Calendar>> Calendar::Embedded() {
  auto years = CalendarBuilder::EmbeddedYears();
  if (!years.ok()) return years.status();
  return CalendarBuilder::Build({}, std::move(years).value(), false);
}

Result<std::shared_ptr<const Calendar>> Calendar::WithDirectory(const std::string& dir) {
  auto years = CalendarBuilder::EmbeddedYears();
  if (!years.ok()) return years.status();
  std::vector<std::pair<std::string, std::string>> files;
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec);
  if (ec) return Status::IoError(dir + ": cannot list the calendar folder: " + ec.message());
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : it) {
    if (entry.path().extension() == ".json") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    std::string name = path.filename().string();
    if (!YearOfFileName(name)) {
      return Status::InvalidArgument(path.string() + ": a calendar file is named YYYY.json");
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) return Status::IoError(path.string() + ": cannot read");
    files.emplace_back(path.string(), text.str());
  }
  // Files of the folder replace embedded years.
  return CalendarBuilder::Build(files, std::move(years).value(), true);
}

Result<std::shared_ptr<const Calendar>> Calendar::FromTexts(
    const std::vector<std::pair<std::string, std::string>>& name_and_text) {
  return CalendarBuilder::Build(name_and_text, {}, false);
}

bool Calendar::HasYear(int year) const {
  return std::any_of(years_.begin(), years_.end(),
                     [year](const auto& y) { return y->year == year; });
}

bool Calendar::IsWorkingDay(const Date& day, bool* known) const {
  auto it = std::lower_bound(years_.begin(), years_.end(), day.year,
                             [](const auto& y, int year) { return y->year < year; });
  bool weekday = !IsWeekend(day);
  if (it == years_.end() || (*it)->year != day.year) {
    if (known) *known = false;
    return weekday;
  }
  if (known) *known = true;
  const Year& year = **it;
  switch (year.kind[day.ToDays() - Date{day.year, 1, 1}.ToDays()]) {
    case Year::kHoliday:
      return false;
    case Year::kWorkingWeekend:
      return true;
    default:
      return weekday;
  }
}

Calendar::Deadline Calendar::AddWorkingDays(const Date& from, int n) const {
  Deadline result{from, false};
  for (int counted = 0; counted < n;) {
    result.date = result.date.AddDays(1);
    bool known = true;
    if (IsWorkingDay(result.date, &known)) ++counted;
    if (!known) result.provisional = true;
  }
  return result;
}

}  // namespace disclosure::rules
