#include "rules/predicate.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>  // memmem (glibc)
#include <utility>

namespace disclosure::rules::internal {
namespace {

using events::Domain;
using events::EventType;
using events::PartyKind;
using events::Role;

// The wire names come from events/ (one table for the whole project); these arrays only add
// the list form that error messages need for "did you mean".
template <typename T, size_t N>
std::array<std::pair<std::string_view, T>, N> NamesFromEvents() {
  std::array<std::pair<std::string_view, T>, N> table;
  for (size_t i = 0; i < N; ++i) {
    const T value = static_cast<T>(i);
    table[i] = {events::ToString(value), value};
  }
  return table;
}
const auto kEventTypes = NamesFromEvents<EventType, kEventTypeCount>();
const auto kDomains = NamesFromEvents<Domain, 6>();
const auto kRoles = NamesFromEvents<Role, 8>();
constexpr std::array<std::pair<std::string_view, TextField>, 11> kFields = {{
    {"title", TextField::kTitle},
    {"summary", TextField::kSummary},
    {"category", TextField::kCategory},
    {"decision.text", TextField::kDecisionText},
    {"decision.result", TextField::kDecisionResult},
    {"decision.document_no", TextField::kDecisionDocumentNo},
    {"decision.legal_basis", TextField::kDecisionLegalBasis},
    {"source.system", TextField::kSourceSystem},
    {"source.unit_code", TextField::kSourceUnitCode},
    {"source.unit_name", TextField::kSourceUnitName},
    {"refers_to", TextField::kRefersTo},
}};

template <typename T, size_t N>
std::optional<T> Lookup(const std::array<std::pair<std::string_view, T>, N>& table,
                        std::string_view name) {
  for (const auto& [n, value] : table) {
    if (n == name) return value;
  }
  return std::nullopt;
}

template <typename T, size_t N>
std::vector<std::string_view> NameViews(
    const std::array<std::pair<std::string_view, T>, N>& table) {
  std::vector<std::string_view> out;
  for (const auto& entry : table) out.push_back(entry.first);
  return out;
}

// The members a condition object may have (see CompilePredicate).
constexpr std::array<std::string_view, 12> kConditionNames = {
    "event_types",  "domains",  "tags_any",     "category_contains_any",
    "contains_any", "field_in", "field_not_in", "has_fields",
    "parties",      "any_of",   "all_of",       "not"};

template <typename T, size_t N>
std::string NamesOf(const std::array<std::pair<std::string_view, T>, N>& table) {
  std::string out;
  for (const auto& entry : table) {
    if (!out.empty()) out += ", ";
    out += entry.first;
  }
  return out;
}

// Reads a list of names through `table`, reporting unknown ones with the allowed names.
template <typename T, size_t N>
std::vector<T> NameList(const JsonNode& node, const std::string& path, std::string_view what,
                        const std::array<std::pair<std::string_view, T>, N>& table,
                        ErrorList* errors) {
  std::vector<T> out;
  if (!ExpectType(node, JsonNode::Type::kArray, path, errors)) return out;
  if (node.items.empty()) errors->Add(node.offset, path, "must not be empty");
  for (size_t i = 0; i < node.items.size(); ++i) {
    const JsonNode& item = node.items[i];
    std::string item_path = ObjectReader::ElementPath(path, i);
    if (!ExpectType(item, JsonNode::Type::kString, item_path, errors)) continue;
    std::optional<T> value = Lookup(table, item.string);
    if (!value) {
      errors->Add(item.offset, item_path,
                  "unknown " + std::string(what) + " \"" + item.string + "\"" +
                      DidYouMean(item.string, NameViews(table)) + " (expected one of " +
                      NamesOf(table) + ")");
      continue;
    }
    out.push_back(*value);
  }
  return out;
}

std::vector<std::string> Strings(const JsonNode& node, const std::string& path, ErrorList* errors) {
  std::vector<std::string> out;
  if (!ExpectType(node, JsonNode::Type::kArray, path, errors)) return out;
  if (node.items.empty()) errors->Add(node.offset, path, "must not be empty");
  for (size_t i = 0; i < node.items.size(); ++i) {
    const JsonNode& item = node.items[i];
    std::string item_path = ObjectReader::ElementPath(path, i);
    if (!ExpectType(item, JsonNode::Type::kString, item_path, errors)) continue;
    if (item.string.empty()) {
      errors->Add(item.offset, item_path, "must not be empty");
      continue;
    }
    out.push_back(item.string);
  }
  return out;
}

std::optional<PartyTest> CompileParties(const JsonNode& node, const std::string& path,
                                        ErrorList* errors) {
  ObjectReader r(node, path, errors);
  PartyTest test;
  if (std::optional<std::string> q = r.String("quantifier", false)) {
    if (*q == "any") {
      test.quantifier = PartyTest::Quantifier::kAny;
    } else if (*q == "all") {
      test.quantifier = PartyTest::Quantifier::kAll;
    } else if (*q == "none") {
      test.quantifier = PartyTest::Quantifier::kNone;
    } else {
      errors->Add(r.Find("quantifier")->offset, r.PathOf("quantifier"),
                  "unknown quantifier \"" + *q + "\" (expected any, all, none)");
    }
  }
  if (const JsonNode* roles = r.Find("roles")) {
    test.roles = NameList(*roles, r.PathOf("roles"), "role", kRoles, errors);
  }
  if (std::optional<std::string> kind = r.String("kind", false)) {
    if (*kind == "person") {
      test.kind = PartyKind::kPerson;
    } else if (*kind == "organization") {
      test.kind = PartyKind::kOrganization;
    } else {
      errors->Add(r.Find("kind")->offset, r.PathOf("kind"),
                  "unknown kind \"" + *kind + "\" (expected person, organization)");
    }
  }
  test.natural_person = r.Bool("natural_person");
  test.minor = r.Bool("minor");
  test.is_police = r.Bool("is_police");
  test.confidential = r.Bool("confidential");
  if (auto p = r.StringList("id_prefix_any", false)) test.id_prefix_any = std::move(*p);
  if (auto p = r.StringList("id_prefix_not", false)) test.id_prefix_not = std::move(*p);
  r.Finish();
  return test;
}

}  // namespace

const std::vector<std::pair<std::string_view, EventType>>& AllEventTypes() {
  static const auto* all = new std::vector<std::pair<std::string_view, EventType>>(
      kEventTypes.begin(), kEventTypes.end());
  return *all;
}
const std::vector<std::pair<std::string_view, Domain>>& AllDomains() {
  static const auto* all =
      new std::vector<std::pair<std::string_view, Domain>>(kDomains.begin(), kDomains.end());
  return *all;
}

namespace {
template <typename T, size_t N>
std::string_view NameIn(const std::array<std::pair<std::string_view, T>, N>& table, T value) {
  for (const auto& [name, v] : table) {
    if (v == value) return name;
  }
  return "?";
}
}  // namespace

std::string_view NameOf(EventType type) { return NameIn(kEventTypes, type); }
std::string_view NameOf(Domain domain) { return NameIn(kDomains, domain); }
std::string_view NameOf(Role role) { return NameIn(kRoles, role); }
std::string_view NameOf(TextField field) { return NameIn(kFields, field); }

std::optional<EventType> EventTypeFromName(std::string_view name) {
  return Lookup(kEventTypes, name);
}
std::optional<Domain> DomainFromName(std::string_view name) { return Lookup(kDomains, name); }
std::optional<Role> RoleFromName(std::string_view name) { return Lookup(kRoles, name); }

bool IsRevocationType(EventType type) { return events::IsRevocation(type); }

std::optional<Predicate> CompilePredicate(const JsonNode& node, const std::string& path,
                                          ErrorList* errors) {
  if (!ExpectType(node, JsonNode::Type::kObject, path, errors)) return std::nullopt;
  if (node.members.empty()) {
    errors->Add(node.offset, path, "empty condition (it would match everything)");
    return std::nullopt;
  }
  Predicate all;
  all.kind = Predicate::Kind::kAllOf;
  bool ok = true;
  std::vector<std::string_view> seen;
  for (const JsonMember& m : node.members) {
    std::string mpath = path + "." + m.key;
    const JsonNode& v = m.value;
    if (std::find(seen.begin(), seen.end(), m.key) != seen.end()) {
      errors->Add(m.key_offset, mpath, "duplicate field");
      ok = false;
      continue;
    }
    seen.push_back(m.key);
    Predicate p;
    if (m.key == "event_types") {
      p.kind = Predicate::Kind::kEventTypes;
      p.event_types = NameList(v, mpath, "event type", kEventTypes, errors);
    } else if (m.key == "domains") {
      p.kind = Predicate::Kind::kDomains;
      p.domains = NameList(v, mpath, "domain", kDomains, errors);
    } else if (m.key == "tags_any") {
      p.kind = Predicate::Kind::kTagsAny;
      p.words = Strings(v, mpath, errors);
    } else if (m.key == "category_contains_any") {
      p.kind = Predicate::Kind::kContainsAny;
      p.fields = {TextField::kCategory};
      p.words = Strings(v, mpath, errors);
    } else if (m.key == "contains_any") {
      p.kind = Predicate::Kind::kContainsAny;
      ObjectReader r(v, mpath, errors);
      if (const JsonNode* f = r.Find("fields")) {
        p.fields = NameList(*f, r.PathOf("fields"), "field", kFields, errors);
      } else {
        errors->Add(v.offset, mpath, "missing field \"fields\"");
      }
      if (auto words = r.StringList("words", true)) p.words = std::move(*words);
      if (auto except = r.StringList("except", false)) p.except = std::move(*except);
      r.Finish();
    } else if (m.key == "field_in" || m.key == "field_not_in") {
      // {"decision.result": ["警告"], …}: one condition per field, all must hold.
      if (!ExpectType(v, JsonNode::Type::kObject, mpath, errors)) {
        ok = false;
        continue;
      }
      if (v.members.empty()) errors->Add(v.offset, mpath, "must not be empty");
      for (const JsonMember& f : v.members) {
        Predicate fp;
        fp.kind = m.key == "field_in" ? Predicate::Kind::kFieldIn : Predicate::Kind::kFieldNotIn;
        std::optional<TextField> field = Lookup(kFields, f.key);
        if (!field) {
          errors->Add(f.key_offset, mpath + "." + f.key,
                      "unknown field name" + DidYouMean(f.key, NameViews(kFields)) +
                          " (expected one of " + NamesOf(kFields) + ")");
          ok = false;
          continue;
        }
        fp.fields = {*field};
        fp.words = Strings(f.value, mpath + "." + f.key, errors);
        all.children.push_back(std::move(fp));
      }
      continue;
    } else if (m.key == "has_fields") {
      p.kind = Predicate::Kind::kHasFields;
      p.fields = NameList(v, mpath, "field", kFields, errors);
    } else if (m.key == "parties") {
      p.kind = Predicate::Kind::kParties;
      std::optional<PartyTest> t = CompileParties(v, mpath, errors);
      if (!t) {
        ok = false;
        continue;
      }
      p.parties = std::move(*t);
    } else if (m.key == "any_of" || m.key == "all_of") {
      p.kind = m.key == "any_of" ? Predicate::Kind::kAnyOf : Predicate::Kind::kAllOf;
      if (!ExpectType(v, JsonNode::Type::kArray, mpath, errors)) {
        ok = false;
        continue;
      }
      if (v.items.empty()) errors->Add(v.offset, mpath, "must not be empty");
      for (size_t i = 0; i < v.items.size(); ++i) {
        std::optional<Predicate> child =
            CompilePredicate(v.items[i], ObjectReader::ElementPath(mpath, i), errors);
        if (!child) {
          ok = false;
          continue;
        }
        p.children.push_back(std::move(*child));
      }
    } else if (m.key == "not") {
      p.kind = Predicate::Kind::kNot;
      std::optional<Predicate> child = CompilePredicate(v, mpath, errors);
      if (!child) {
        ok = false;
        continue;
      }
      p.children.push_back(std::move(*child));
    } else {
      std::vector<std::string_view> names(kConditionNames.begin(), kConditionNames.end());
      errors->Add(m.key_offset, mpath, "unknown condition" + DidYouMean(m.key, names));
      ok = false;
      continue;
    }
    all.children.push_back(std::move(p));
  }
  if (!ok) return std::nullopt;
  return all;
}

namespace {

std::optional<std::string_view> FieldValue(TextField field, const events::CaseEvent& e) {
  auto personal = [](const std::optional<PersonalText>& t) -> std::optional<std::string_view> {
    if (!t) return std::nullopt;
    return std::string_view(t->reveal());
  };
  auto plain = [](const std::optional<std::string>& t) -> std::optional<std::string_view> {
    if (!t) return std::nullopt;
    return std::string_view(*t);
  };
  switch (field) {
    case TextField::kTitle:
      return personal(e.title);
    case TextField::kSummary:
      return personal(e.summary);
    case TextField::kCategory:
      return std::string_view(e.category);
    case TextField::kDecisionText:
      return e.decision ? personal(e.decision->text) : std::nullopt;
    case TextField::kDecisionResult:
      return e.decision ? plain(e.decision->result) : std::nullopt;
    case TextField::kDecisionDocumentNo:
      return e.decision ? plain(e.decision->document_no) : std::nullopt;
    case TextField::kDecisionLegalBasis:
      return e.decision ? plain(e.decision->legal_basis) : std::nullopt;
    case TextField::kSourceSystem:
      return std::string_view(e.source.system);
    case TextField::kSourceUnitCode:
      return std::string_view(e.source.unit_code);
    case TextField::kSourceUnitName:
      return std::string_view(e.source.unit_name);
    case TextField::kRefersTo:
      if (!e.refers_to) return std::nullopt;
      return std::string_view(e.refers_to->value());
  }
  return std::nullopt;
}

// Strips ASCII and ideographic spaces and a final 。 so that "警告。" equals "警告".
std::string_view Trim(std::string_view s) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  constexpr std::string_view kFullStop = "\xE3\x80\x82";  // 。
  bool changed = true;
  while (changed && !s.empty()) {
    changed = false;
    if (std::isspace(static_cast<unsigned char>(s.front()))) {
      s.remove_prefix(1);
      changed = true;
    } else if (s.starts_with(kIdeographicSpace)) {
      s.remove_prefix(kIdeographicSpace.size());
      changed = true;
    }
    if (s.empty()) break;
    if (std::isspace(static_cast<unsigned char>(s.back()))) {
      s.remove_suffix(1);
      changed = true;
    } else if (s.ends_with(kIdeographicSpace)) {
      s.remove_suffix(kIdeographicSpace.size());
      changed = true;
    } else if (s.ends_with(kFullStop)) {
      s.remove_suffix(kFullStop.size());
      changed = true;
    }
  }
  return s;
}

// The first occurrence of `word` in `text` at or after `from`, or npos. glibc's memmem skips
// ahead by the word; string_view::find stops at every byte equal to the word's first, which in
// Chinese text (a handful of lead bytes) is every other character.
size_t FindWord(std::string_view text, std::string_view word, size_t from = 0) {
  if (from > text.size()) return std::string_view::npos;
  if (word.empty()) return from;
  const void* at = ::memmem(text.data() + from, text.size() - from, word.data(), word.size());
  return at == nullptr ? std::string_view::npos
                       : static_cast<size_t>(static_cast<const char*>(at) - text.data());
}

// Whether `word` occurs in `text` other than inside an occurrence of one of `except`.
bool ContainsOutside(std::string_view text, std::string_view word,
                     const std::vector<std::string>& except) {
  for (size_t pos = FindWord(text, word); pos != std::string_view::npos;
       pos = FindWord(text, word, pos + 1)) {
    bool covered = false;
    for (const std::string& phrase : except) {
      // An occurrence of `phrase` covering [pos, pos + word.size()) starts in this window.
      size_t lo = pos + word.size() > phrase.size() ? pos + word.size() - phrase.size() : 0;
      for (size_t at = FindWord(text, phrase, lo); at != std::string_view::npos && at <= pos;
           at = FindWord(text, phrase, at + 1)) {
        if (at + phrase.size() >= pos + word.size()) {
          covered = true;
          break;
        }
      }
      if (covered) break;
    }
    if (!covered) return true;
  }
  return false;
}

// Birth date from an 18-digit resident ID (YYYYMMDD at 7–14), if it is a real date.
std::optional<Date> BirthDateOfResidentId(std::string_view id) {
  if (id.size() != 18) return std::nullopt;
  for (size_t i = 0; i < 17; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(id[i]))) return std::nullopt;
  }
  std::string text = std::string(id.substr(6, 4)) + "-" + std::string(id.substr(10, 2)) + "-" +
                     std::string(id.substr(12, 2));
  return Date::Parse(text);
}

// Minority as policy §2 defines it: the flag, else birth date, else the ID number. The events
// stage normally settles it; this covers parties whose basis was left unknown.
bool IsMinor(const events::Party& party, const Date& on) {
  if (party.minor || party.minor_basis != events::MinorBasis::kUnknown) return party.minor;
  if (party.kind != PartyKind::kPerson) return false;
  std::optional<Date> birth;
  if (party.birth_date) birth = Date::Parse(party.birth_date->reveal());
  if (!birth && party.id_number) birth = BirthDateOfResidentId(party.id_number->reveal());
  return birth && *birth <= on && AgeOn(*birth, on) < 18;
}

bool StartsWithAny(const std::optional<PersonalText>& id, const std::vector<std::string>& p) {
  if (!id) return false;
  std::string_view v = id->reveal();
  return std::any_of(p.begin(), p.end(), [v](const std::string& s) { return v.starts_with(s); });
}

bool PartyPasses(const PartyTest& t, const events::Party& party, const Date& on) {
  if (t.kind && party.kind != *t.kind) return false;
  if (t.natural_person) {
    bool natural = party.kind == PartyKind::kPerson || StartsWithAny(party.id_number, {"92"});
    if (natural != *t.natural_person) return false;
  }
  if (t.minor && IsMinor(party, on) != *t.minor) return false;
  if (t.is_police && party.is_police != *t.is_police) return false;
  if (t.confidential && party.confidential != *t.confidential) return false;
  if (!t.id_prefix_any.empty() && !StartsWithAny(party.id_number, t.id_prefix_any)) return false;
  if (!t.id_prefix_not.empty() && StartsWithAny(party.id_number, t.id_prefix_not)) return false;
  return true;
}

bool EvaluateParties(const PartyTest& t, const events::CaseEvent& e) {
  Date on = Timestamp{e.occurred_at.unix_seconds, kChinaOffsetMinutes}.LocalDate();
  size_t considered = 0, passed = 0;
  for (const events::Party& party : e.parties) {
    if (!t.roles.empty() &&
        std::find(t.roles.begin(), t.roles.end(), party.role) == t.roles.end()) {
      continue;
    }
    ++considered;
    if (PartyPasses(t, party, on)) ++passed;
  }
  switch (t.quantifier) {
    case PartyTest::Quantifier::kAny:
      return passed > 0;
    case PartyTest::Quantifier::kAll:
      return considered > 0 && passed == considered;
    case PartyTest::Quantifier::kNone:
      return passed == 0;
  }
  return false;
}

}  // namespace

bool Evaluate(const Predicate& p, const events::CaseEvent& e) {
  switch (p.kind) {
    case Predicate::Kind::kAllOf:
      return std::all_of(p.children.begin(), p.children.end(),
                         [&e](const Predicate& c) { return Evaluate(c, e); });
    case Predicate::Kind::kAnyOf:
      return std::any_of(p.children.begin(), p.children.end(),
                         [&e](const Predicate& c) { return Evaluate(c, e); });
    case Predicate::Kind::kNot:
      return !Evaluate(p.children.front(), e);
    case Predicate::Kind::kEventTypes:
      return std::find(p.event_types.begin(), p.event_types.end(), e.type) != p.event_types.end();
    case Predicate::Kind::kDomains:
      return std::find(p.domains.begin(), p.domains.end(), e.domain) != p.domains.end();
    case Predicate::Kind::kTagsAny:
      return std::any_of(e.tags.begin(), e.tags.end(), [&p](const std::string& tag) {
        return std::find(p.words.begin(), p.words.end(), tag) != p.words.end();
      });
    case Predicate::Kind::kContainsAny:
      for (TextField f : p.fields) {
        std::optional<std::string_view> text = FieldValue(f, e);
        if (!text) continue;
        for (const std::string& word : p.words) {
          if (ContainsOutside(*text, word, p.except)) return true;
        }
      }
      return false;
    case Predicate::Kind::kFieldIn:
    case Predicate::Kind::kFieldNotIn: {
      std::optional<std::string_view> value = FieldValue(p.fields.front(), e);
      bool in = value && std::find(p.words.begin(), p.words.end(), Trim(*value)) != p.words.end();
      return p.kind == Predicate::Kind::kFieldIn ? in : !in;
    }
    case Predicate::Kind::kHasFields:
      return std::all_of(p.fields.begin(), p.fields.end(), [&e](TextField f) {
        std::optional<std::string_view> v = FieldValue(f, e);
        return v && !v->empty();
      });
    case Predicate::Kind::kParties:
      return EvaluateParties(p.parties, e);
  }
  return false;
}

namespace {
// The values a top-level condition of `kind` names (alone or as a child of all_of), or every
// value in `table` when the predicate does not restrict them: what the evaluation index uses.
template <typename T, size_t N>
std::vector<T> TopLevelValues(const Predicate& p, Predicate::Kind kind,
                              std::vector<T> Predicate::*member,
                              const std::array<std::pair<std::string_view, T>, N>& table) {
  if (p.kind == kind) return p.*member;
  if (p.kind == Predicate::Kind::kAllOf) {
    for (const Predicate& c : p.children) {
      if (c.kind == kind) return c.*member;
    }
  }
  std::vector<T> all;
  for (const auto& entry : table) all.push_back(entry.second);
  return all;
}
}  // namespace

std::vector<EventType> EventTypesOf(const Predicate& p) {
  return TopLevelValues(p, Predicate::Kind::kEventTypes, &Predicate::event_types, kEventTypes);
}

std::vector<Domain> DomainsOf(const Predicate& p) {
  return TopLevelValues(p, Predicate::Kind::kDomains, &Predicate::domains, kDomains);
}

namespace {

template <typename T>
std::string JoinNames(const std::vector<T>& values) {
  std::string out;
  for (const T& v : values) {
    if (!out.empty()) out += ", ";
    out += NameOf(v);
  }
  return out;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

std::string DescribeParties(const PartyTest& t) {
  std::string out = "parties: ";
  out += t.quantifier == PartyTest::Quantifier::kAll    ? "all"
         : t.quantifier == PartyTest::Quantifier::kNone ? "none"
                                                        : "any";
  out += " of " + (t.roles.empty() ? std::string("all roles") : JoinNames(t.roles));
  auto flag = [&out](const char* name, const std::optional<bool>& v) {
    if (v) out += std::string(" ") + name + "=" + (*v ? "true" : "false");
  };
  if (t.kind) out += t.kind == PartyKind::kPerson ? " kind=person" : " kind=organization";
  flag("natural_person", t.natural_person);
  flag("minor", t.minor);
  flag("is_police", t.is_police);
  flag("confidential", t.confidential);
  if (!t.id_prefix_any.empty()) out += " id_prefix_any=[" + JoinWords(t.id_prefix_any) + "]";
  if (!t.id_prefix_not.empty()) out += " id_prefix_not=[" + JoinWords(t.id_prefix_not) + "]";
  return out;
}

}  // namespace

std::string Describe(const Predicate& p) {
  switch (p.kind) {
    case Predicate::Kind::kAllOf:
    case Predicate::Kind::kAnyOf: {
      if (p.kind == Predicate::Kind::kAllOf && p.children.size() == 1) {
        return Describe(p.children.front());
      }
      std::string out = p.kind == Predicate::Kind::kAllOf ? "all_of[" : "any_of[";
      for (size_t i = 0; i < p.children.size(); ++i) {
        out += (i ? "; " : "") + Describe(p.children[i]);
      }
      return out + "]";
    }
    case Predicate::Kind::kNot:
      return "not[" + Describe(p.children.front()) + "]";
    case Predicate::Kind::kEventTypes:
      return "event_types: " + JoinNames(p.event_types);
    case Predicate::Kind::kDomains:
      return "domains: " + JoinNames(p.domains);
    case Predicate::Kind::kTagsAny:
      return "tags_any: " + JoinWords(p.words);
    case Predicate::Kind::kContainsAny: {
      std::string out = "contains_any in " + JoinNames(p.fields) + ": " + JoinWords(p.words);
      if (!p.except.empty()) out += " (except " + JoinWords(p.except) + ")";
      return out;
    }
    case Predicate::Kind::kFieldIn:
      return "field_in " + std::string(NameOf(p.fields.front())) + ": " + JoinWords(p.words);
    case Predicate::Kind::kFieldNotIn:
      return "field_not_in " + std::string(NameOf(p.fields.front())) + ": " + JoinWords(p.words);
    case Predicate::Kind::kHasFields:
      return "has_fields: " + JoinNames(p.fields);
    case Predicate::Kind::kParties:
      return DescribeParties(p.parties);
  }
  return "?";
}

}  // namespace disclosure::rules::internal
