// rules-internal: a rule file (disclosure-rules/1, see rules/README.md) compiled into the tables
// RuleSet::Decide reads. Built once, then read only.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/predicate.h"
#include "rules/rules.h"

namespace disclosure::rules::internal {

// Which date a period is counted from.
enum class FromDate {
  kDecidedAt,   // decision.decided_at, else the local (+08:00) date of occurred_at
  kOccurredAt,  // the local (+08:00) date of occurred_at
};

struct DeadlineRule {
  int working_days = 0;
  FromDate from = FromDate::kDecidedAt;
};

struct ExpiryRule {
  int years = 0;
  FromDate from = FromDate::kDecidedAt;
};

// What a catalog item decides, beside its published elements (CatalogItem).
struct ItemRule {
  Route route = Route::kPublish;
  std::string says;
  Predicate match;
  std::optional<DeadlineRule> deadline;  // none: the general deadline when the route publishes
  std::optional<ExpiryRule> expires;
};

struct OverrideRule {
  std::string id;
  Route route = Route::kWithhold;
  std::string says;
  std::string basis;
  Predicate when;
};

// An event that is no catalog item's business (不属于公开事项), with the reason why.
struct ExclusionRule {
  std::string id;
  std::string says;
  std::string basis;
  Predicate match;
};

// Where a rule was written, for tools that report on compiled rules (rules check).
struct RulePlace {
  std::string where;        // "file:line:column" of the rule object
  std::string path;         // "items[3]"
  std::string match_where;  // "file:line:column" of its match / when condition
};

struct CompiledRules {
  std::string catalog_version;
  std::string responsible_unit;            // 主体 (catalog-level; may be empty)
  std::vector<RedactionProfile> profiles;  // "default" first, then the file's, in file order
  std::vector<CatalogItem> items;          // file order
  std::vector<ItemRule> item_rules;        // parallel to `items`
  std::vector<OverrideRule> overrides;
  std::vector<ExclusionRule> exclusions;
  DeadlineRule default_deadline{20, FromDate::kDecidedAt};  // 政府信息公开条例 Art. 26
  // Per event type and domain (by enum values): indexes into `items` of the items that can match
  // such an event, in file order. Decide looks only at these, so its cost does not grow with
  // items for other types or domains.
  std::array<std::array<std::vector<size_t>, kDomainCount>, kEventTypeCount> items_by_type_domain;
  // The same for `exclusions`.
  std::array<std::array<std::vector<size_t>, kDomainCount>, kEventTypeCount>
      exclusions_by_type_domain;
  // Parallel to items, exclusions, overrides.
  std::vector<RulePlace> item_places, exclusion_places, override_places;
};

// Compiles one rule file. Errors are listed one a line as "source:line:column: path: what".
Result<CompiledRules> CompileRuleFile(std::string_view text, std::string_view source_name);

// For `rules check`: compiles what can be compiled and keeps every error. `rules` holds the
// rules that compiled well enough to be evaluated (a rule with an error in an optional member is
// kept). After a syntax error nothing else is known.
struct PartialCompile {
  CompiledRules rules;
  std::vector<SourceError> errors;
  size_t dropped_errors = 0;
  bool syntax_error = false;
};
PartialCompile CompileRuleFileForCheck(std::string_view text, std::string_view source_name);

}  // namespace disclosure::rules::internal
