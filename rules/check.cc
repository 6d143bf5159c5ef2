// `rules check`: every problem of a rule file, beyond what the compiler refuses. The reachability
// analysis is conservative: it reports an item as unreachable only when one earlier rule takes
// every event the item could match (it does not combine several earlier rules), and a condition
// as contradictory only for the patterns listed in rules/README.md.
#include <algorithm>
#include <regex>
#include <set>

#include "rules/rule_file.h"
#include "rules/tools.h"

namespace disclosure::rules {
namespace {

using events::Domain;
using events::EventType;
using internal::PartyTest;
using internal::Predicate;
using Kind = internal::Predicate::Kind;

// Domains an event type occurs in (spec/case-event.md, "Event types").
std::vector<Domain> DomainsFor(EventType type) {
  using D = Domain;
  switch (type) {
    case EventType::kCaseReceived:
    case EventType::kMeasureImposed:
      return {D::kCriminal, D::kAdministrative};
    case EventType::kCaseFiled:
    case EventType::kCaseNotFiled:
    case EventType::kCaseWithdrawn:
      return {D::kCriminal};
    case EventType::kCaseClosed:
      return {D::kCriminal,  D::kAdministrative, D::kTraffic,
              D::kHousehold, D::kVehicle,        D::kExitEntry};
    case EventType::kPenaltyDecided:
    case EventType::kPenaltyChanged:
    case EventType::kPenaltyRevoked:
      return {D::kAdministrative, D::kTraffic};
    case EventType::kLicenseDecided:
    case EventType::kLicenseRevoked:
    case EventType::kServiceCompleted:
      return {D::kHousehold, D::kVehicle, D::kExitEntry};
  }
  return {};
}

template <typename T>
bool Contains(const std::vector<T>& v, const T& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}
template <typename T>
bool Subset(const std::vector<T>& small, const std::vector<T>& big) {
  return std::all_of(small.begin(), small.end(), [&big](const T& x) { return Contains(big, x); });
}
template <typename T>
bool Disjoint(const std::vector<T>& a, const std::vector<T>& b) {
  return std::none_of(a.begin(), a.end(), [&b](const T& x) { return Contains(b, x); });
}

// The conjuncts of a condition, with nested all_of flattened.
void Flatten(const Predicate& p, std::vector<const Predicate*>* out) {
  if (p.kind == Kind::kAllOf) {
    for (const Predicate& c : p.children) Flatten(c, out);
  } else {
    out->push_back(&p);
  }
}
std::vector<const Predicate*> Conjuncts(const Predicate& p) {
  std::vector<const Predicate*> out;
  Flatten(p, &out);
  return out;
}

// Roles: empty means every role. Whether the parties in `small` are among those in `big`.
bool RolesWithin(const std::vector<events::Role>& small, const std::vector<events::Role>& big) {
  if (big.empty()) return true;
  return !small.empty() && Subset(small, big);
}
bool SameRoles(const std::vector<events::Role>& a, const std::vector<events::Role>& b) {
  return RolesWithin(a, b) && RolesWithin(b, a);
}

// Every party passing test `x` passes test `y` (y asks nothing x does not).
bool TestImplies(const PartyTest& x, const PartyTest& y) {
  auto same = [](const auto& xv, const auto& yv) { return !yv || (xv && *xv == *yv); };
  bool natural = !y.natural_person ||
                 (x.natural_person && *x.natural_person == *y.natural_person) ||
                 (*y.natural_person && x.kind == events::PartyKind::kPerson);
  bool any = y.id_prefix_any.empty() ||
             (!x.id_prefix_any.empty() && Subset(x.id_prefix_any, y.id_prefix_any));
  return same(x.kind, y.kind) && natural && same(x.minor, y.minor) &&
         same(x.is_police, y.is_police) && same(x.confidential, y.confidential) && any &&
         Subset(y.id_prefix_not, x.id_prefix_not);
}

// No party can pass both tests.
bool TestsExclusive(const PartyTest& x, const PartyTest& y) {
  auto differ = [](const auto& a, const auto& b) { return a && b && *a != *b; };
  bool natural = differ(x.natural_person, y.natural_person) ||
                 (x.kind == events::PartyKind::kPerson && y.natural_person == false) ||
                 (y.kind == events::PartyKind::kPerson && x.natural_person == false);
  return differ(x.kind, y.kind) || natural || differ(x.minor, y.minor) ||
         differ(x.is_police, y.is_police) || differ(x.confidential, y.confidential);
}

bool PartiesImply(const PartyTest& f, const PartyTest& a) {
  using Q = PartyTest::Quantifier;
  switch (a.quantifier) {
    case Q::kAny:
      return (f.quantifier == Q::kAny || f.quantifier == Q::kAll) &&
             RolesWithin(f.roles, a.roles) && TestImplies(f, a);
    case Q::kAll:
      return f.quantifier == Q::kAll && SameRoles(f.roles, a.roles) && TestImplies(f, a);
    case Q::kNone:
      return f.quantifier == Q::kNone && RolesWithin(a.roles, f.roles) && TestImplies(a, f);
  }
  return false;
}

bool PartiesConflict(const PartyTest& x, const PartyTest& y) {
  using Q = PartyTest::Quantifier;
  // all of R pass tx, and some party of roles within R passes ty: exclusive tests conflict.
  if (x.quantifier == Q::kAll && y.quantifier != Q::kNone && RolesWithin(y.roles, x.roles) &&
      TestsExclusive(x, y)) {
    return true;
  }
  // some party of roles within R passes tx (or all do, and there is one), none of R passes ty.
  if (x.quantifier != Q::kNone && y.quantifier == Q::kNone && RolesWithin(x.roles, y.roles) &&
      TestImplies(x, y)) {
    return true;
  }
  return false;
}

bool Equal(const Predicate& a, const Predicate& b);

bool EqualChildren(const Predicate& a, const Predicate& b) {
  if (a.children.size() != b.children.size()) return false;
  for (size_t i = 0; i < a.children.size(); ++i) {
    if (!Equal(a.children[i], b.children[i])) return false;
  }
  return true;
}

bool Equal(const Predicate& a, const Predicate& b) {
  return a.kind == b.kind && internal::Describe(a) == internal::Describe(b) && EqualChildren(a, b);
}

bool Implies(const std::vector<const Predicate*>& facts, const Predicate& a,
             std::optional<EventType> type);

// Whether the single fact `f` guarantees `a`.
bool FactImplies(const Predicate& f, const Predicate& a, std::optional<EventType> type) {
  if (f.kind == Kind::kAnyOf) {
    // Every branch must guarantee it.
    return !f.children.empty() &&
           std::all_of(f.children.begin(), f.children.end(), [&](const Predicate& branch) {
             return Implies(Conjuncts(branch), a, type);
           });
  }
  if (Equal(f, a)) return true;
  if (f.kind == a.kind) {
    switch (a.kind) {
      case Kind::kEventTypes:
        return Subset(f.event_types, a.event_types);
      case Kind::kDomains:
        return Subset(f.domains, a.domains);
      case Kind::kTagsAny:
        return Subset(f.words, a.words);
      case Kind::kContainsAny:
        return Subset(f.fields, a.fields) && Subset(f.words, a.words) && Subset(a.except, f.except);
      case Kind::kFieldIn:
        return f.fields == a.fields && Subset(f.words, a.words);
      case Kind::kFieldNotIn:
        return f.fields == a.fields && Subset(a.words, f.words);
      case Kind::kHasFields:
        return Subset(a.fields, f.fields);
      case Kind::kParties:
        return PartiesImply(f.parties, a.parties);
      case Kind::kNot:  // not X ⇒ not Y when Y ⇒ X
        return Implies(Conjuncts(a.children.front()), f.children.front(), type);
      default:
        return false;
    }
  }
  if (f.kind == Kind::kFieldIn && a.kind == Kind::kFieldNotIn) {
    return f.fields == a.fields && Disjoint(f.words, a.words);
  }
  if (f.kind == Kind::kFieldIn && a.kind == Kind::kHasFields) return Subset(a.fields, f.fields);
  return false;
}

// Whether the conjunction of `facts` (for events of `type`, if given) guarantees `a`.
bool Implies(const std::vector<const Predicate*>& facts, const Predicate& a,
             std::optional<EventType> type) {
  switch (a.kind) {
    case Kind::kAllOf:
      return std::all_of(a.children.begin(), a.children.end(),
                         [&](const Predicate& c) { return Implies(facts, c, type); });
    case Kind::kAnyOf:
      return std::any_of(a.children.begin(), a.children.end(),
                         [&](const Predicate& c) { return Implies(facts, c, type); });
    case Kind::kEventTypes:
      if (type && Contains(a.event_types, *type)) return true;
      break;
    default:
      break;
  }
  return std::any_of(facts.begin(), facts.end(),
                     [&](const Predicate* f) { return FactImplies(*f, a, type); });
}

// Whether two conjuncts can never both hold (as far as the patterns of this check know).
bool Conflict(const Predicate& x, const Predicate& y) {
  if (x.kind == Kind::kEventTypes && y.kind == Kind::kEventTypes) {
    return Disjoint(x.event_types, y.event_types);
  }
  if (x.kind == Kind::kDomains && y.kind == Kind::kDomains) return Disjoint(x.domains, y.domains);
  if (x.kind == Kind::kFieldIn && y.kind == Kind::kFieldIn) {
    return x.fields == y.fields && Disjoint(x.words, y.words);
  }
  if (x.kind == Kind::kFieldIn && y.kind == Kind::kFieldNotIn) {
    return x.fields == y.fields && Subset(x.words, y.words);
  }
  if (x.kind == Kind::kParties && y.kind == Kind::kParties) {
    return PartiesConflict(x.parties, y.parties);
  }
  if (y.kind == Kind::kNot) return Implies({&x}, y.children.front(), std::nullopt);
  if (y.kind == Kind::kAnyOf) {
    return std::all_of(y.children.begin(), y.children.end(), [&x](const Predicate& branch) {
      std::vector<const Predicate*> c = Conjuncts(branch);
      return std::any_of(c.begin(), c.end(), [&x](const Predicate* b) { return Conflict(x, *b); });
    });
  }
  return false;
}

// A description of why `condition` can never hold, or "".
std::string Contradiction(const Predicate& condition) {
  std::vector<const Predicate*> c = Conjuncts(condition);
  for (size_t i = 0; i < c.size(); ++i) {
    for (size_t j = 0; j < c.size(); ++j) {
      if (i != j && Conflict(*c[i], *c[j])) {
        return "\"" + internal::Describe(*c[i]) + "\" and \"" + internal::Describe(*c[j]) +
               "\" cannot both hold";
      }
    }
  }
  // Domains that never occur with the event types (spec/case-event.md).
  std::vector<EventType> types = internal::EventTypesOf(condition);
  std::vector<Domain> domains = internal::DomainsOf(condition);
  bool possible = false;
  for (EventType t : types) {
    for (Domain d : DomainsFor(t)) possible |= Contains(domains, d);
  }
  if (!possible) {
    std::string names;
    for (Domain d : domains)
      names += (names.empty() ? "" : ", ") + std::string(internal::NameOf(d));
    return "no event of its event types has domain " + names +
           " (spec/case-event.md, \"Event types\")";
  }
  return "";
}

// Domains a condition lists that never occur with any of its event types.
std::vector<Domain> UnusedDomains(const Predicate& condition) {
  std::vector<Domain> unused;
  bool has_domains = false;
  for (const Predicate* c : Conjuncts(condition)) has_domains |= c->kind == Kind::kDomains;
  if (!has_domains) return unused;
  for (Domain d : internal::DomainsOf(condition)) {
    bool used = false;
    for (EventType t : internal::EventTypesOf(condition)) used |= Contains(DomainsFor(t), d);
    if (!used) unused.push_back(d);
  }
  return unused;
}

class Checker {
 public:
  Checker(const internal::PartialCompile& compiled, CheckReport* report)
      : rules_(compiled.rules), report_(report) {}

  void Run() {
    CheckExclusions();
    CheckItems();
    CheckOverrides();
    CheckProfiles();
  }

 private:
  void Add(CheckFinding::Severity severity, const std::string& where, const std::string& path,
           const std::string& message) {
    report_->findings.push_back({severity, where, path.empty() ? message : path + ": " + message});
  }
  void Error(const std::string& where, const std::string& path, const std::string& message) {
    Add(CheckFinding::Severity::kError, where, path, message);
  }
  void Warning(const std::string& where, const std::string& path, const std::string& message) {
    Add(CheckFinding::Severity::kWarning, where, path, message);
  }

  void CheckExclusions() {
    for (size_t i = 0; i < rules_.exclusions.size(); ++i) {
      const auto& place = rules_.exclusion_places[i];
      const Predicate& match = rules_.exclusions[i].match;
      if (std::string why = Contradiction(match); !why.empty()) {
        Error(place.match_where, place.path + ".match", "can never match: " + why);
        continue;
      }
      for (size_t j = 0; j < i; ++j) {
        if (CoversAllTypes(rules_.exclusions[j].match, match)) {
          Error(place.where, place.path,
                "exclusion \"" + rules_.exclusions[i].id + "\" is unreachable: every event it " +
                    "matches is already excluded by " + rules_.exclusion_places[j].path + " \"" +
                    rules_.exclusions[j].id + "\" (the first exclusion that matches decides)");
          break;
        }
      }
    }
  }

  // Whether `earlier` matches every event that `later` matches, for each of later's types.
  bool CoversAllTypes(const Predicate& earlier, const Predicate& later) {
    std::vector<const Predicate*> facts = Conjuncts(later);
    for (EventType t : internal::EventTypesOf(later)) {
      if (!Implies(facts, earlier, t)) return false;
    }
    return true;
  }

  void CheckItems() {
    for (size_t i = 0; i < rules_.items.size(); ++i) {
      const CatalogItem& item = rules_.items[i];
      const internal::ItemRule& rule = rules_.item_rules[i];
      const auto& place = rules_.item_places[i];
      if (item.time_limit.empty() && rule.route != Route::kWithhold) {
        Error(place.where, place.path,
              "item \"" + item.id + "\" has no \"time_limit\" (时限, one of the eight elements " +
                  "of the catalog; e.g. \"收到申请之日起20个工作日内答复\")");
      }
      if (std::string why = Contradiction(rule.match); !why.empty()) {
        Error(place.match_where, place.path + ".match",
              "item \"" + item.id + "\" can never match: " + why);
        continue;
      }
      for (Domain d : UnusedDomains(rule.match)) {
        Warning(place.match_where, place.path + ".match.domains",
                "domain " + std::string(internal::NameOf(d)) +
                    " does not occur with the item's event types (spec/case-event.md)");
      }
      CheckShadowing(i);
    }
  }

  // Per event type of item i: the first earlier exclusion or item that takes all its events.
  void CheckShadowing(size_t i) {
    const Predicate& match = rules_.item_rules[i].match;
    std::vector<const Predicate*> facts = Conjuncts(match);
    std::vector<EventType> types = internal::EventTypesOf(match);
    std::vector<std::string> by;  // per type: "items[1] \"x\"", or "" when reachable
    for (EventType t : types) {
      std::string taker;
      for (size_t j = 0; j < rules_.exclusions.size() && taker.empty(); ++j) {
        if (Implies(facts, rules_.exclusions[j].match, t)) {
          taker = "exclusion " + rules_.exclusion_places[j].path + " \"" + rules_.exclusions[j].id +
                  "\"";
        }
      }
      for (size_t j = 0; j < i && taker.empty(); ++j) {
        const Predicate& earlier = rules_.item_rules[j].match;
        if (Contains(internal::EventTypesOf(earlier), t) && Implies(facts, earlier, t)) {
          taker = "item " + rules_.item_places[j].path + " \"" + rules_.items[j].id + "\"";
        }
      }
      by.push_back(taker);
    }
    const auto& place = rules_.item_places[i];
    const std::string& id = rules_.items[i].id;
    bool all = std::all_of(by.begin(), by.end(), [](const std::string& s) { return !s.empty(); });
    if (all && !by.empty()) {
      std::string takers;
      for (const std::string& s : by) {
        if (takers.find(s) == std::string::npos) takers += (takers.empty() ? "" : ", ") + s;
      }
      Error(place.where, place.path,
            "item \"" + id + "\" is unreachable: every event it matches is taken by " + takers +
                " earlier in the file (the first rule that matches decides; put narrow items "
                "before broad ones)");
      return;
    }
    for (size_t k = 0; k < types.size(); ++k) {
      if (by[k].empty()) continue;
      Warning(place.where, place.path,
              "item \"" + id + "\" is unreachable for " + std::string(internal::NameOf(types[k])) +
                  ": those events are taken by " + by[k] + " earlier in the file");
    }
  }

  void CheckOverrides() {
    for (size_t i = 0; i < rules_.overrides.size(); ++i) {
      const auto& place = rules_.override_places[i];
      std::vector<const Predicate*> c = Conjuncts(rules_.overrides[i].when);
      for (size_t a = 0; a < c.size(); ++a) {
        for (size_t b = 0; b < c.size(); ++b) {
          if (a != b && Conflict(*c[a], *c[b])) {
            Error(place.match_where, place.path + ".when",
                  "override \"" + rules_.overrides[i].id + "\" can never fire: \"" +
                      internal::Describe(*c[a]) + "\" and \"" + internal::Describe(*c[b]) +
                      "\" cannot both hold");
            a = c.size();
            break;
          }
        }
      }
    }
  }

  void CheckProfiles() {
    for (size_t p = 1; p < rules_.profiles.size(); ++p) {
      const std::string& name = rules_.profiles[p].name;
      bool used = std::any_of(rules_.items.begin(), rules_.items.end(),
                              [&name](const CatalogItem& item) { return item.profile == name; });
      if (!used && !rules_.item_places.empty()) {
        Warning(rules_.item_places.front().where, "profiles." + name,
                "profile \"" + name + "\" is defined but no item uses it");
      }
    }
  }

  const internal::CompiledRules& rules_;
  CheckReport* report_;
};

// "name:line:column" → (line, column) for sorting; (0, 0) when there is none.
std::pair<long, long> LineColumn(const std::string& where) {
  static const std::regex kTail(R"(:(\d+):(\d+)$)");
  std::smatch m;
  if (!std::regex_search(where, m, kTail)) return {0, 0};
  return {std::stol(m[1]), std::stol(m[2])};
}

}  // namespace

std::string CheckFinding::ToString() const {
  return where + (severity == Severity::kError ? ": error: " : ": warning: ") + what;
}

int CheckReport::errors() const {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(), [](const auto& f) {
    return f.severity == CheckFinding::Severity::kError;
  }));
}
int CheckReport::warnings() const { return static_cast<int>(findings.size()) - errors(); }

CheckReport CheckRuleText(std::string_view text, std::string_view source_name) {
  internal::PartialCompile compiled = internal::CompileRuleFileForCheck(text, source_name);
  CheckReport report;
  for (const internal::SourceError& e : compiled.errors) {
    report.findings.push_back({CheckFinding::Severity::kError, e.where, e.what});
  }
  if (compiled.dropped_errors > 0) {
    report.findings.push_back({CheckFinding::Severity::kError, std::string(source_name),
                               std::to_string(compiled.dropped_errors) + " more errors not shown"});
  }
  if (!compiled.syntax_error) Checker(compiled, &report).Run();
  std::stable_sort(report.findings.begin(), report.findings.end(),
                   [](const CheckFinding& a, const CheckFinding& b) {
                     return LineColumn(a.where) < LineColumn(b.where);
                   });
  return report;
}

void AddCalendarErrors(const Status& status, CheckReport* report) {
  if (status.ok()) return;
  static const std::regex kLine(R"(^(.*?:\d+:\d+): (.*)$)");
  std::string message = status.message();
  size_t start = 0;
  while (start <= message.size()) {
    size_t end = message.find('\n', start);
    std::string line = message.substr(start, end == std::string::npos ? end : end - start);
    std::smatch m;
    if (std::regex_match(line, m, kLine)) {
      report->findings.push_back({CheckFinding::Severity::kError, m[1], m[2]});
    } else if (!line.empty()) {
      report->findings.push_back({CheckFinding::Severity::kError, "calendar", line});
    }
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

}  // namespace disclosure::rules
