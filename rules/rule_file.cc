#include "rules/rule_file.h"

#include <algorithm>
#include <set>
#include <utility>

namespace disclosure::rules::internal {
namespace {

constexpr std::string_view kFormat = "disclosure-rules/1";

constexpr std::array<std::string_view, 10> kPublishFields = {
    "title", "document_no", "parties", "category",   "facts",
    "text",  "legal_basis", "result",  "decided_at", "unit_name"};

// Ids are lower-case words joined by '-' or '.'; built-in reasons use '_' and cannot clash.
bool IsValidId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (size_t i = 0; i < id.size(); ++i) {
    char c = id[i];
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!alnum && (i == 0 || (c != '-' && c != '.'))) return false;
  }
  return true;
}

// The 公开方式 that goes with a route.
std::string_view MethodOf(Route route) {
  switch (route) {
    case Route::kPublish:
    case Route::kApproval:
    case Route::kRetract:
      return "主动公开";
    case Route::kOnRequest:
      return "依申请公开";
    case Route::kWithhold:
      return "不予公开";
    case Route::kOutOfScope:
      return "";
  }
  return "";
}

class Compiler {
 public:
  Compiler(std::string_view text, std::string_view source_name)
      : text_(text), where_(source_name, text), errors_(&where_) {}

  Result<CompiledRules> Run() {
    Result<JsonNode> root = ParseJsonTree(text_, where_);
    if (!root.ok()) return root.status();
    ReadFile(*root);
    if (!errors_.empty()) return errors_.ToStatus();
    BuildIndex();
    return std::move(out_);
  }

  PartialCompile RunPartial() {
    PartialCompile partial;
    Result<JsonNode> root = ParseJsonTree(text_, where_);
    if (!root.ok()) {
      // "name:line:column: syntax error: …": split the place from the message.
      const std::string& m = root.status().message();
      size_t cut = m.find(": syntax error");
      partial.syntax_error = true;
      partial.errors.push_back({0, cut == std::string::npos ? where_.name() : m.substr(0, cut),
                                cut == std::string::npos ? m : m.substr(cut + 2)});
      return partial;
    }
    ReadFile(*root);
    BuildIndex();
    partial.rules = std::move(out_);
    partial.errors = errors_.errors();
    partial.dropped_errors = errors_.dropped();
    return partial;
  }

 private:
  void ReadFile(const JsonNode& root) {
    ObjectReader file(root, "", &errors_);
    if (std::optional<std::string> format = file.String("format", false)) {
      if (*format != kFormat) {
        errors_.Add(
            file.Find("format")->offset, "format",
            "unsupported format \"" + *format + "\" (expected " + std::string(kFormat) + ")");
      }
    }
    if (auto v = file.String("catalog_version", true)) out_.catalog_version = *v;
    if (auto v = file.String("responsible_unit", false)) out_.responsible_unit = *v;
    if (const JsonNode* d = file.Find("default_deadline")) {
      if (auto rule = ReadDeadline(*d, "default_deadline")) out_.default_deadline = *rule;
    }
    out_.profiles.push_back(RedactionProfile{"default", false});
    if (const JsonNode* p = file.Find("profiles")) ReadProfiles(*p, "profiles");
    ForEach(file, "exclusions", false,
            [this](const JsonNode& n, const std::string& path) { ReadExclusion(n, path); });
    ForEach(file, "items", true,
            [this](const JsonNode& n, const std::string& path) { ReadItem(n, path); });
    ForEach(file, "overrides", false,
            [this](const JsonNode& n, const std::string& path) { ReadOverride(n, path); });
    file.Finish();
  }

  void BuildIndex() {
    auto index = [](const Predicate& match, size_t i, auto* table) {
      std::vector<events::Domain> domains = DomainsOf(match);
      for (events::EventType type : EventTypesOf(match)) {
        for (events::Domain domain : domains) {
          (*table)[static_cast<size_t>(type)][static_cast<size_t>(domain)].push_back(i);
        }
      }
    };
    for (size_t i = 0; i < out_.item_rules.size(); ++i) {
      index(out_.item_rules[i].match, i, &out_.items_by_type_domain);
    }
    for (size_t i = 0; i < out_.exclusions.size(); ++i) {
      index(out_.exclusions[i].match, i, &out_.exclusions_by_type_domain);
    }
  }

  RulePlace PlaceOf(const JsonNode& node, const std::string& path, const JsonNode* condition) {
    return RulePlace{where_.Where(node.offset), path,
                     where_.Where(condition ? condition->offset : node.offset)};
  }

  // "profiles": {"name": {"keep_legal_representative": bool}}; "default" is built in.
  void ReadProfiles(const JsonNode& node, const std::string& path) {
    if (!ExpectType(node, JsonNode::Type::kObject, path, &errors_)) return;
    for (const JsonMember& m : node.members) {
      std::string p = path + "." + m.key;
      if (!IsValidId(m.key)) {
        errors_.Add(m.key_offset, p,
                    "\"" + m.key +
                        "\" is not a valid profile name (lower-case letters, digits, "
                        "'-', '.')");
        continue;
      }
      bool known = std::any_of(out_.profiles.begin(), out_.profiles.end(),
                               [&m](const RedactionProfile& e) { return e.name == m.key; });
      if (known) {
        errors_.Add(m.key_offset, p, "profile \"" + m.key + "\" is defined twice (or is built in)");
        continue;
      }
      ObjectReader r(m.value, p, &errors_);
      RedactionProfile profile{m.key, r.Bool("keep_legal_representative").value_or(false)};
      r.String("says", false);
      r.Finish();
      out_.profiles.push_back(std::move(profile));
    }
  }

  template <typename Fn>
  void ForEach(ObjectReader& parent, std::string_view key, bool required, Fn fn) {
    const JsonNode* list = parent.Find(key);
    std::string path(key);
    if (!list) {
      if (required) errors_.Add(parent.node().offset, "", "missing field \"" + path + "\"");
      return;
    }
    if (!ExpectType(*list, JsonNode::Type::kArray, path, &errors_)) return;
    if (required && list->items.empty()) errors_.Add(list->offset, path, "must not be empty");
    for (size_t i = 0; i < list->items.size(); ++i) {
      fn(list->items[i], ObjectReader::ElementPath(path, i));
    }
  }

  // Reads "id", checks its form and that no other rule has it.
  std::string ReadId(ObjectReader& r) {
    std::optional<std::string> id = r.String("id", true);
    if (!id) return "";
    if (!IsValidId(*id)) {
      errors_.Add(r.Find("id")->offset, r.PathOf("id"),
                  "\"" + *id + "\" is not a valid id (lower-case letters, digits, '-', '.')");
    } else if (!ids_.insert(*id).second) {
      errors_.Add(r.Find("id")->offset, r.PathOf("id"), "id \"" + *id + "\" is used twice");
    }
    return *id;
  }

  std::optional<FromDate> ReadFrom(ObjectReader& r) {
    std::optional<std::string> from = r.String("from", true);
    if (!from) return std::nullopt;
    if (*from == "decision.decided_at") return FromDate::kDecidedAt;
    if (*from == "occurred_at") return FromDate::kOccurredAt;
    errors_.Add(r.Find("from")->offset, r.PathOf("from"),
                "unknown date \"" + *from + "\" (expected decision.decided_at, occurred_at)");
    return std::nullopt;
  }

  std::optional<DeadlineRule> ReadDeadline(const JsonNode& node, const std::string& path) {
    ObjectReader r(node, path, &errors_);
    std::optional<int64_t> days = r.Integer("working_days", true, 1, 365);
    std::optional<FromDate> from = ReadFrom(r);
    r.Finish();
    if (!days || !from) return std::nullopt;
    return DeadlineRule{static_cast<int>(*days), *from};
  }

  std::optional<ExpiryRule> ReadExpiry(const JsonNode& node, const std::string& path) {
    ObjectReader r(node, path, &errors_);
    std::optional<int64_t> years = r.Integer("years", true, 1, 100);
    std::optional<FromDate> from = ReadFrom(r);
    r.Finish();
    if (!years || !from) return std::nullopt;
    return ExpiryRule{static_cast<int>(*years), *from};
  }

  std::optional<Route> ReadRoute(ObjectReader& r, std::initializer_list<Route> allowed) {
    std::optional<std::string> name = r.String("route", true);
    if (!name) return std::nullopt;
    std::optional<Route> route = ParseRoute(*name);
    bool ok = route && std::find(allowed.begin(), allowed.end(), *route) != allowed.end();
    if (!ok) {
      std::string names;
      for (Route a : allowed) names += (names.empty() ? "" : ", ") + std::string(ToString(a));
      errors_.Add(r.Find("route")->offset, r.PathOf("route"),
                  (route ? "route \"" : "unknown route \"") + *name + "\" not allowed here " +
                      "(expected one of " + names + ")");
      return std::nullopt;
    }
    return route;
  }

  std::optional<Predicate> ReadCondition(ObjectReader& r, std::string_view key) {
    const JsonNode* node = r.Find(key);
    if (!node) {
      errors_.Add(r.node().offset, r.path(), "missing field \"" + std::string(key) + "\"");
      return std::nullopt;
    }
    return CompilePredicate(*node, r.PathOf(key), &errors_);
  }

  void ReadExclusion(const JsonNode& node, const std::string& path) {
    ObjectReader r(node, path, &errors_);
    ExclusionRule rule;
    rule.id = ReadId(r);
    if (auto s = r.String("says", true)) rule.says = *s;
    if (auto b = r.String("basis", false)) rule.basis = *b;
    std::optional<Predicate> match = ReadCondition(r, "match");
    r.Finish();
    if (match) {
      rule.match = std::move(*match);
      out_.exclusions.push_back(std::move(rule));
      out_.exclusion_places.push_back(PlaceOf(node, path, r.Find("match")));
    }
  }

  void ReadOverride(const JsonNode& node, const std::string& path) {
    ObjectReader r(node, path, &errors_);
    OverrideRule rule;
    rule.id = ReadId(r);
    std::optional<Route> route =
        ReadRoute(r, {Route::kWithhold, Route::kOnRequest, Route::kApproval});
    if (auto s = r.String("says", true)) rule.says = *s;
    if (auto b = r.String("basis", false)) rule.basis = *b;
    std::optional<Predicate> when = ReadCondition(r, "when");
    r.Finish();
    if (route && when) {
      rule.route = *route;
      rule.when = std::move(*when);
      out_.overrides.push_back(std::move(rule));
      out_.override_places.push_back(PlaceOf(node, path, r.Find("when")));
    }
  }

  void ReadItem(const JsonNode& node, const std::string& path) {
    ObjectReader r(node, path, &errors_);
    CatalogItem item;
    ItemRule rule;
    item.id = ReadId(r);
    if (auto v = r.String("name", true)) item.name = *v;
    if (auto v = r.String("content", false)) item.content = *v;
    if (auto v = r.String("basis", true)) item.basis = *v;
    if (auto v = r.String("audience", false)) item.audience = *v;
    if (auto v = r.String("group1", false)) item.group1 = *v;
    if (auto v = r.String("group2", false)) item.group2 = *v;
    if (auto v = r.String("tier", false)) item.tier = *v;
    if (auto v = r.StringList("channel", false)) item.channel = std::move(*v);
    if (auto v = r.String("profile", false)) {
      item.profile = *v;
      bool defined = std::any_of(out_.profiles.begin(), out_.profiles.end(),
                                 [&v](const RedactionProfile& p) { return p.name == *v; });
      if (!defined) {
        std::vector<std::string_view> names;
        for (const RedactionProfile& p : out_.profiles) names.push_back(p.name);
        errors_.Add(r.Find("profile")->offset, r.PathOf("profile"),
                    "undefined profile \"" + *v + "\"" + DidYouMean(*v, names) +
                        " (define it under \"profiles\")");
      }
    }
    std::optional<Route> route = ReadRoute(r, {Route::kPublish, Route::kApproval, Route::kOnRequest,
                                               Route::kWithhold, Route::kRetract});
    if (!route && r.Has("route")) {
      const JsonNode* n = r.Find("route");
      if (n->type == JsonNode::Type::kString && n->string == "out_of_scope") {
        errors_.Add(n->offset, r.PathOf("route"),
                    "an event outside the catalog is listed under \"exclusions\", not as an item");
      }
    }
    std::optional<Predicate> match = ReadCondition(r, "match");
    const JsonNode* deadline = r.Find("deadline");
    const JsonNode* expires = r.Find("expires");
    if (deadline) rule.deadline = ReadDeadline(*deadline, r.PathOf("deadline"));
    if (expires) rule.expires = ReadExpiry(*expires, r.PathOf("expires"));
    std::optional<std::string> method = r.String("method", false);
    std::optional<std::string> time_limit = r.String("time_limit", false);
    std::optional<std::string> says = r.String("says", false);
    if (const JsonNode* publish = r.Find("publish"))
      ReadPublish(*publish, r.PathOf("publish"), &item);

    if (route) {
      rule.route = *route;
      bool publishes = *route == Route::kPublish || *route == Route::kApproval;
      if (method && *method != MethodOf(*route)) {
        errors_.Add(r.Find("method")->offset, r.PathOf("method"),
                    "method \"" + *method + "\" contradicts route " +
                        std::string(ToString(*route)) + " (expected " +
                        std::string(MethodOf(*route)) + ")");
      }
      item.method = method.value_or(std::string(MethodOf(*route)));
      if (deadline && !publishes && *route != Route::kRetract) {
        errors_.Add(deadline->offset, r.PathOf("deadline"),
                    "a " + std::string(ToString(*route)) + " item has no deadline");
      }
      if (expires && !publishes) {
        errors_.Add(
            expires->offset, r.PathOf("expires"),
            "only a published item expires (route is " + std::string(ToString(*route)) + ")");
      }
      if (match) CheckRevocationTypes(*route, *match, r);
      if (time_limit) {
        item.time_limit = *time_limit;
      } else if (rule.deadline) {
        item.time_limit =
            "作出决定之日起" + std::to_string(rule.deadline->working_days) + "个工作日内";
      } else if (publishes) {
        item.time_limit = "信息形成或者变更之日起" +
                          std::to_string(out_.default_deadline.working_days) + "个工作日内";
      }
    }
    rule.says = says.value_or(item.name + " " + item.method);
    r.Finish();
    if (route && match) {
      rule.match = std::move(*match);
      out_.items.push_back(std::move(item));
      out_.item_rules.push_back(std::move(rule));
      out_.item_places.push_back(PlaceOf(node, path, r.Find("match")));
    }
  }

  // A retract item covers revocations only, and a revocation item retracts.
  void CheckRevocationTypes(Route route, const Predicate& match, ObjectReader& r) {
    const JsonNode* m = r.Find("match");
    bool has_types = false;
    for (const JsonMember& member : m->members) has_types |= member.key == "event_types";
    if (!has_types) {
      errors_.Add(m->offset, r.PathOf("match"),
                  "missing field \"event_types\" (items are indexed by event type)");
      return;
    }
    for (events::EventType type : EventTypesOf(match)) {
      if (IsRevocationType(type) != (route == Route::kRetract)) {
        errors_.Add(m->offset, r.PathOf("match.event_types"),
                    route == Route::kRetract
                        ? "a retract item may match revocations only (penalty.changed, "
                          "penalty.revoked, license.revoked)"
                        : "a revocation (penalty.changed, penalty.revoked, license.revoked) "
                          "can only be retracted (route retract)");
        return;
      }
    }
  }

  void ReadPublish(const JsonNode& node, const std::string& path, CatalogItem* item) {
    ObjectReader r(node, path, &errors_);
    if (const JsonNode* fields = r.Find("fields")) {
      std::string fields_path = r.PathOf("fields");
      if (ExpectType(*fields, JsonNode::Type::kArray, fields_path, &errors_)) {
        for (size_t i = 0; i < fields->items.size(); ++i) {
          const JsonNode& f = fields->items[i];
          std::string f_path = ObjectReader::ElementPath(fields_path, i);
          if (!ExpectType(f, JsonNode::Type::kString, f_path, &errors_)) continue;
          if (std::find(kPublishFields.begin(), kPublishFields.end(), f.string) ==
              kPublishFields.end()) {
            std::string names;
            for (std::string_view n : kPublishFields) {
              names += (names.empty() ? "" : ", ") + std::string(n);
            }
            errors_.Add(f.offset, f_path,
                        "unknown field \"" + f.string + "\" (expected one of " + names + ")");
          } else {
            item->publish_fields.push_back(f.string);
          }
        }
      }
    }
    if (const JsonNode* roles = r.Find("roles")) {
      std::string roles_path = r.PathOf("roles");
      if (ExpectType(*roles, JsonNode::Type::kArray, roles_path, &errors_)) {
        for (size_t i = 0; i < roles->items.size(); ++i) {
          const JsonNode& role_node = roles->items[i];
          std::string role_path = ObjectReader::ElementPath(roles_path, i);
          if (!ExpectType(role_node, JsonNode::Type::kString, role_path, &errors_)) continue;
          std::optional<events::Role> role = RoleFromName(role_node.string);
          if (!role) {
            errors_.Add(role_node.offset, role_path, "unknown role \"" + role_node.string + "\"");
          } else {
            item->publish_roles.push_back(*role);
          }
        }
      }
    }
    r.Finish();
  }

  std::string_view text_;
  SourceMap where_;
  ErrorList errors_;
  std::set<std::string> ids_;
  CompiledRules out_;
};

}  // namespace

Result<CompiledRules> CompileRuleFile(std::string_view text, std::string_view source_name) {
  return Compiler(text, source_name).Run();
}

PartialCompile CompileRuleFileForCheck(std::string_view text, std::string_view source_name) {
  return Compiler(text, source_name).RunPartial();
}

}  // namespace disclosure::rules::internal
