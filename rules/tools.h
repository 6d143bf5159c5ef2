// rules/tools: the operators' tools over rule files (spec/cli.md: `disclosure rules check |
// test | explain | diff` and `disclosure catalog`), as functions of their inputs so that they
// are testable without the binary. The commands in app/ only read files and print.
//
// Pure and thread-compatible, except LoadGoldenCases, which reads a folder. Output never holds
// personal data: rule ids, condition descriptions, event ids, routes and dates only.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/base.h"
#include "events/events.h"
#include "rules/rules.h"

namespace disclosure::rules {

// ---- rules check ----------------------------------------------------------------------------

struct CheckFinding {
  enum class Severity { kError, kWarning };
  Severity severity = Severity::kError;
  std::string where;  // "file:line:column"
  std::string what;   // "json.path: message"
  // "file:line:column: error: json.path: message"
  std::string ToString() const;
};

struct CheckReport {
  std::vector<CheckFinding> findings;  // in source order
  int errors() const;
  int warnings() const;
};

// Validates one rule file and reports every problem found (see rules/README.md, "Checking a
// rule file"): syntax (parsing stops at the first syntax error), schema and unknown fields
// (with the nearest valid name), undefined profiles, items without basis or time_limit, items
// and exclusions that can never match (shadowed by an earlier rule, or contradictory
// conditions), overrides that can never fire. `source_name` names the file in each finding.
CheckReport CheckRuleText(std::string_view text, std::string_view source_name);

// Adds the problems of a calendar load status (Calendar::WithDirectory) to `report`.
void AddCalendarErrors(const Status& calendar_status, CheckReport* report);

// ---- rules test: golden cases ---------------------------------------------------------------

// One golden case (rules/README.md, "Golden cases"): an event and what Decide must say.
struct GoldenCase {
  std::string name;                                 // file name
  std::string description;                          // optional, for the reader
  std::string event_json;                           // the "event" object, re-serialised
  std::string route;                                // expected route
  std::optional<std::vector<std::string>> reasons;  // exact reason ids in order, if given
  // For the optional fields: absent = not checked; present and "" = must be absent (null).
  std::optional<std::string> catalog_id;
  std::optional<std::string> deadline_at;  // RFC 3339 as Timestamp::ToString writes it
  std::optional<bool> deadline_provisional;
  std::optional<std::string> expires_at;
};

// Parses one case file's text; errors name `name` and the field.
Result<GoldenCase> ParseGoldenCase(std::string_view text, const std::string& name);
// Reads every *.json file of `dir` (sorted by name). Fails when the folder cannot be read or a
// file is not a valid case.
Result<std::vector<GoldenCase>> LoadGoldenCases(const std::string& dir);

struct CaseResult {
  std::string name;
  bool passed = false;
  std::string route;                  // the route Decide gave ("rejected" if the event was)
  std::vector<std::string> failures;  // "route: expected publish, got withhold"
};
CaseResult RunGoldenCase(const RuleSet& rules, const events::Parser& parser,
                         const GoldenCase& golden_case);
// The pass/fail table and a summary line.
std::string FormatCaseTable(const std::vector<CaseResult>& results);

// The text of the shipped default catalog (rules/default-catalog.json, compiled in).
std::string_view DefaultCatalogText();

// Every rule id of a rule set: exclusions, items, overrides, in file order.
std::vector<std::string> RuleIds(const RuleSet& rules);

// ---- rules explain --------------------------------------------------------------------------

// How Decide reached its decision for `event`: each exclusion, item and override with each of
// its conditions held or not, the route, and the deadline counted day by day (working days
// counted, weekends and holidays skipped, years without calendar data). Multi-line text.
std::string ExplainDecision(const RuleSet& rules, const events::CaseEvent& event);

// ---- rules diff -----------------------------------------------------------------------------

struct RouteChange {
  std::string event_id;
  Route old_route = Route::kOutOfScope;
  Route new_route = Route::kOutOfScope;
  std::vector<std::string> old_reasons;  // rule ids
  std::vector<std::string> new_reasons;
};

struct DiffReport {
  int64_t lines = 0;     // non-blank input lines
  int64_t rejected = 0;  // lines the event parser refused (not decided)
  int64_t decided = 0;
  std::map<Route, int64_t> old_routes, new_routes;           // totals per route
  std::map<std::pair<Route, Route>, int64_t> changed_pairs;  // old → new, changed only
  std::vector<RouteChange> changes;                          // in input order
  int64_t reasons_changed = 0;                               // same route, different reasons
  int64_t deadline_changed = 0;                              // same route, different deadline
};

// Decides every event line under both rule sets.
DiffReport DiffRuleSets(const RuleSet& old_rules, const RuleSet& new_rules,
                        const events::Parser& parser, const std::vector<std::string>& lines);
std::string FormatDiff(const DiffReport& report, std::string_view old_name,
                       std::string_view new_name);

// ---- catalog --------------------------------------------------------------------------------

enum class CatalogFormat { kHtml, kCsv, kJson };
std::optional<CatalogFormat> ParseCatalogFormat(std::string_view name);

// The responsible unit (主体) written when the file names none.
inline constexpr std::string_view kDefaultResponsibleUnit = "作出决定的公安机关";

// The disclosure catalog (事项目录) with the eight elements per item: 名称、内容、依据、时限、
// 主体、方式、渠道、公开对象. HTML: a standalone printable page (inline CSS); CSV: RFC 4180
// (header row, CRLF, quoted where needed); JSON: one object with an "items" array.
std::string RenderCatalog(const RuleSet& rules, CatalogFormat format);

}  // namespace disclosure::rules
