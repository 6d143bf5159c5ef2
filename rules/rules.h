// rules: the disclosure catalog (政务公开事项目录) as a compiled rule set, and the working-day
// calendar its deadlines are counted on (../shared/spec/policy.md §1, §2, §4).
//
// Stage 2 of the pipeline. Pure: Decide is a function of (event, rule set); no clock, no I/O.
// A RuleSet is immutable once built and shared through std::shared_ptr<const RuleSet>; a reload
// builds a new one. Thread-safe for concurrent Decide calls.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "events/events.h"

namespace disclosure::rules {

// Most restrictive first: withhold > on_request > approval > publish.
enum class Route {
  kPublish,     // 主动公开
  kApproval,    // 报法制大队审批
  kOnRequest,   // 依申请公开
  kWithhold,    // 不予公开
  kRetract,     // 撤回
  kOutOfScope,  // 不属于公开事项
};
std::string_view ToString(Route route);  // "publish", "approval", …
std::optional<Route> ParseRoute(std::string_view name);

struct Reason {
  std::string rule;  // rule or catalog item id
  std::string says;  // in words an operator understands; never personal data
};

// One catalog item: the eight elements (八要素) and what of an event it publishes.
struct CatalogItem {
  std::string id;
  std::string name;                  // 名称
  std::string content;               // 内容
  std::string basis;                 // 依据
  std::string time_limit;            // 时限
  std::string method;                // 方式: 主动公开 / 依申请公开 / 不予公开
  std::vector<std::string> channel;  // 渠道
  std::string audience;              // 公开对象
  // Where the item sits in the 基层政务公开标准目录: 一级事项 / 二级事项, and its 公开层级.
  std::string group1;
  std::string group2;
  std::string tier;
  // Item fields to publish: any of "title", "document_no", "parties", "category", "facts"
  // (case.summary), "text" (decision.text), "legal_basis", "result", "decided_at", "unit_name".
  std::vector<std::string> publish_fields;
  std::vector<events::Role> publish_roles;  // parties listed under content.parties
  std::string profile = "default";          // redaction profile name
};

// The working-day calendar: weekends off, public holidays off, swapped weekend days
// (调休上班) on. One data file per year; a year without one is counted on weekends alone and the
// result is marked provisional. Immutable; thread-safe.
class Calendar {
 public:
  // Loads the calendars compiled into the binary (rules/calendar/*.json).
  static Result<std::shared_ptr<const Calendar>> Embedded();
  // Adds the year files (YYYY.json) in `dir` on top of the embedded ones (a file replaces the
  // embedded year). Errors name the file, line and field.
  static Result<std::shared_ptr<const Calendar>> WithDirectory(const std::string& dir);
  // Parses one year file; `name` is used in error messages.
  static Result<std::shared_ptr<const Calendar>> FromTexts(
      const std::vector<std::pair<std::string, std::string>>& name_and_text);

  bool HasYear(int year) const;
  // Whether `day` is a working day; sets *known = false if its year has no data.
  bool IsWorkingDay(const Date& day, bool* known = nullptr) const;

  struct Deadline {
    Date date;
    bool provisional = false;  // some day counted lies in a year with no data
  };
  // The n-th working day after `from` (from itself is not counted; n ≥ 1).
  Deadline AddWorkingDays(const Date& from, int n) const;

 private:
  struct Year;
  Calendar() = default;
  std::vector<std::shared_ptr<const Year>> years_;  // sorted by year
  friend struct CalendarBuilder;
};

// A redaction profile a catalog item can name (rule file "profiles"); "default" always exists.
struct RedactionProfile {
  std::string name;
  bool keep_legal_representative = false;  // 双公示 listings keep the 法定代表人's name
};

struct Decision {
  Route route = Route::kOutOfScope;
  // The catalog item that matched; null for out_of_scope. Valid while its RuleSet lives.
  const CatalogItem* catalog = nullptr;
  std::vector<Reason> reasons;           // every rule that fired, in evaluation order
  std::optional<Timestamp> deadline_at;  // end of the last allowed working day, +08:00
  // Some day counted lies in a year without calendar data, so the deadline was counted on
  // weekends alone and may move when that year's calendar is published. The connector writes
  // it out as "deadline_provisional": true; `rules explain` names the years.
  bool deadline_provisional = false;
  std::optional<Timestamp> publish_after;  // embargo
  std::optional<Timestamp> expires_at;     // end of the publication period
  std::string rule_version;                // "sha256:<hex of the rule file's bytes>"
};

class RuleSet;
namespace internal {
struct CompiledRules;
// rules-internal: lets the tools (rules/tools.h) read the compiled tables of a RuleSet.
struct RuleSetAccess {
  static const CompiledRules& Rules(const RuleSet& set);
  static const Calendar& CalendarOf(const RuleSet& set);
};
}  // namespace internal

class RuleSet {
 public:
  // The default catalog compiled into the binary (rules/default-catalog.json).
  static Result<std::shared_ptr<const RuleSet>> Default(std::shared_ptr<const Calendar> calendar);
  static Result<std::shared_ptr<const RuleSet>> FromFile(const std::string& path,
                                                         std::shared_ptr<const Calendar> calendar);
  // Errors name `source_name`, line and column, and the rule id or field.
  static Result<std::shared_ptr<const RuleSet>> FromText(std::string_view text,
                                                         std::string_view source_name,
                                                         std::shared_ptr<const Calendar> calendar);
  ~RuleSet();

  // Decides the route of one accepted event. Revocations come out as kRetract with their
  // deadline; whether the original was published is the connector's business.
  Decision Decide(const events::CaseEvent& event) const;

  const std::string& version() const;
  const std::vector<CatalogItem>& items() const;
  const CatalogItem* FindItem(std::string_view id) const;
  const std::string& catalog_version() const;   // the file's "catalog_version"
  const std::string& responsible_unit() const;  // 主体: the file's "responsible_unit", or ""
  // Null when the file defines no profile of that name ("default" always exists).
  const RedactionProfile* FindProfile(std::string_view name) const;

 private:
  friend struct internal::RuleSetAccess;
  struct Impl;
  explicit RuleSet(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The rule set in force, for a process that reloads its rule file while deciding. Get() and
// Reload() are thread-safe; a record keeps the set it got for as long as it needs it.
class RuleSetHolder {
 public:
  using Loader = std::function<Result<std::shared_ptr<const RuleSet>>()>;
  explicit RuleSetHolder(std::shared_ptr<const RuleSet> initial);

  std::shared_ptr<const RuleSet> Get() const;
  // Builds a new set with `loader` (outside any lock Get takes) and swaps it in atomically. On
  // failure keeps the current set and returns the loader's error (file, line, rule). Concurrent
  // reloads run one after the other.
  Status Reload(const Loader& loader);

 private:
  mutable std::mutex mu_;  // guards current_
  std::mutex reload_mu_;   // serialises Reload
  std::shared_ptr<const RuleSet> current_;
};

// The redactor was not sure (policy §2 "redaction doubt"): a publish route becomes approval,
// with reason "redaction_review". Other routes are unchanged.
void ApplyRedactionDoubt(Decision* decision);

}  // namespace disclosure::rules
