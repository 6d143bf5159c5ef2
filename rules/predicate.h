// rules-internal: the conditions of catalog items and overrides ("match", "when"), compiled
// from a rule file into a tree evaluated against one event. See rules/README.md, "Conditions".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "events/events.h"
#include "rules/json_tree.h"

namespace disclosure::rules::internal {

// Wire names of the event vocabulary, as the rule file spells them. Kept here rather than
// borrowed from events/ so that the rule-file vocabulary is defined in one place with the
// format that uses it.
std::optional<events::EventType> EventTypeFromName(std::string_view name);
std::optional<events::Domain> DomainFromName(std::string_view name);
std::optional<events::Role> RoleFromName(std::string_view name);
bool IsRevocationType(events::EventType type);
constexpr int kEventTypeCount = 12;
constexpr int kDomainCount = 6;
// Every event type / domain / role / condition field, with its rule-file name, in enum order.
const std::vector<std::pair<std::string_view, events::EventType>>& AllEventTypes();
const std::vector<std::pair<std::string_view, events::Domain>>& AllDomains();
std::string_view NameOf(events::EventType type);
std::string_view NameOf(events::Domain domain);
std::string_view NameOf(events::Role role);

// Text fields of an event that conditions can read.
enum class TextField {
  kTitle,               // title
  kSummary,             // summary
  kCategory,            // category
  kDecisionText,        // decision.text
  kDecisionResult,      // decision.result
  kDecisionDocumentNo,  // decision.document_no
  kDecisionLegalBasis,  // decision.legal_basis
  kSourceSystem,        // source.system
  kSourceUnitCode,      // source.unit_code
  kSourceUnitName,      // source.unit_name
  kRefersTo,            // refers_to
};

// A test over the parties with the given roles (all roles when empty).
struct PartyTest {
  enum class Quantifier {
    kAny,   // at least one party in the roles passes
    kAll,   // there is at least one party in the roles, and every one passes
    kNone,  // no party in the roles passes
  };
  Quantifier quantifier = Quantifier::kAny;
  std::vector<events::Role> roles;
  std::optional<events::PartyKind> kind;
  std::optional<bool> natural_person;  // a person, or an organization whose code starts "92"
  std::optional<bool> minor;           // the flag, else derived from birth date or resident ID
  std::optional<bool> is_police;
  std::optional<bool> confidential;
  std::vector<std::string> id_prefix_any;  // id_number starts with one of these
  std::vector<std::string> id_prefix_not;  // id_number starts with none of these
};

struct Predicate {
  enum class Kind {
    kAllOf,
    kAnyOf,
    kNot,
    kEventTypes,   // event_types
    kDomains,      // domains
    kTagsAny,      // tags_any
    kContainsAny,  // contains_any, category_contains_any
    kFieldIn,      // field_in: one field, values in `words`
    kFieldNotIn,   // field_not_in
    kHasFields,    // has_fields
    kParties,      // parties
  };
  Kind kind = Kind::kAllOf;
  std::vector<Predicate> children;  // kAllOf, kAnyOf, kNot (one child)
  std::vector<events::EventType> event_types;
  std::vector<events::Domain> domains;
  std::vector<std::string> words;   // tags, keywords or values
  std::vector<std::string> except;  // kContainsAny: a keyword inside one of these does not count
  std::vector<TextField> fields;
  PartyTest parties;
};

// Compiles one condition object (every member a condition; all must hold). Reports errors with
// their place; returns nullopt if there were any.
std::optional<Predicate> CompilePredicate(const JsonNode& node, const std::string& path,
                                          ErrorList* errors);

// Whether `event` satisfies `predicate`. Pure.
bool Evaluate(const Predicate& predicate, const events::CaseEvent& event);

// The event types a compiled condition can match at all: those named by a top-level
// event_types condition (all types when there is none).
std::vector<events::EventType> EventTypesOf(const Predicate& predicate);
// The same for a top-level domains condition (all domains when there is none).
std::vector<events::Domain> DomainsOf(const Predicate& predicate);

// One line describing a condition as the rule file spells it, for `rules explain`
// ("parties: all offender natural_person=false"). Never personal data.
std::string Describe(const Predicate& predicate);
std::string_view NameOf(TextField field);

}  // namespace disclosure::rules::internal
