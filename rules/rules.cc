#include "rules/rules.h"

#include <openssl/evp.h>

#include <algorithm>
#include <fstream>
#include <mutex>
#include <sstream>

#include "rules/rule_file.h"

namespace disclosure::rules {
namespace embedded {
std::vector<std::pair<std::string_view, std::string_view>> Files();
}  // namespace embedded

namespace {

using internal::CompiledRules;
using internal::FromDate;

constexpr std::string_view kDefaultCatalogName = "default-catalog.json";
// A revocation no catalog item covers is still retracted: nothing revoked may come out.
constexpr int kRevocationWorkingDays = 3;  // 《行政处罚法》第四十八条: 三日内撤回

// Restrictiveness: withhold > on_request > approval > publish.
int Rank(Route route) {
  switch (route) {
    case Route::kPublish:
      return 0;
    case Route::kApproval:
      return 1;
    case Route::kOnRequest:
      return 2;
    case Route::kWithhold:
      return 3;
    case Route::kRetract:
    case Route::kOutOfScope:
      return 4;
  }
  return 4;
}

// "sha256:" + lower-case hex of SHA-256(bytes); OpenSSL's one-shot EVP digest.
std::string Sha256Version(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    return "";
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "sha256:";
  for (unsigned int i = 0; i < length; ++i) {
    out += kHex[digest[i] >> 4];
    out += kHex[digest[i] & 0xF];
  }
  return out;
}

Date ChinaDate(const Timestamp& t) {
  return Timestamp{t.unix_seconds, kChinaOffsetMinutes}.LocalDate();
}

Date StartDate(FromDate from, const events::CaseEvent& e) {
  if (from == FromDate::kDecidedAt && e.decision && e.decision->decided_at) {
    return *e.decision->decided_at;
  }
  return ChinaDate(e.occurred_at);
}

// Same month and day `years` later; 29 February becomes 28 February in a common year.
Date AddYears(const Date& d, int years) {
  Date out{d.year + years, d.month, d.day};
  if (!Date::IsValid(out.year, out.month, out.day)) out.day = 28;
  return out;
}

}  // namespace

std::string_view ToString(Route route) {
  switch (route) {
    case Route::kPublish:
      return "publish";
    case Route::kApproval:
      return "approval";
    case Route::kOnRequest:
      return "on_request";
    case Route::kWithhold:
      return "withhold";
    case Route::kRetract:
      return "retract";
    case Route::kOutOfScope:
      return "out_of_scope";
  }
  return "out_of_scope";
}

std::optional<Route> ParseRoute(std::string_view name) {
  for (Route r : {Route::kPublish, Route::kApproval, Route::kOnRequest, Route::kWithhold,
                  Route::kRetract, Route::kOutOfScope}) {
    if (ToString(r) == name) return r;
  }
  return std::nullopt;
}

struct RuleSet::Impl {
  CompiledRules rules;
  std::string version;
  std::shared_ptr<const Calendar> calendar;

  void SetDeadline(const internal::DeadlineRule& rule, const events::CaseEvent& e,
                   Decision* d) const {
    Calendar::Deadline deadline =
        calendar->AddWorkingDays(StartDate(rule.from, e), rule.working_days);
    d->deadline_at = Timestamp::EndOfDay(deadline.date, kChinaOffsetMinutes);
    d->deadline_provisional = deadline.provisional;
  }
};

RuleSet::RuleSet(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RuleSet::~RuleSet() = default;

Result<std::shared_ptr<const RuleSet>> RuleSet::FromText(std::string_view text,
                                                         std::string_view source_name,
                                                         std::shared_ptr<const Calendar> calendar) {
  if (!calendar) {
    auto embedded = Calendar::Embedded();
    if (!embedded.ok()) return embedded.status();
    calendar = *embedded;
  }
  Result<CompiledRules> compiled = internal::CompileRuleFile(text, source_name);
  if (!compiled.ok()) return compiled.status();
  auto impl = std::make_unique<Impl>();
  impl->rules = std::move(compiled).value();
  impl->version = Sha256Version(text);
  if (impl->version.empty()) {
    return Status::Internal(std::string(source_name) + ": SHA-256 failed");
  }
  impl->calendar = std::move(calendar);
  return std::shared_ptr<const RuleSet>(new RuleSet(std::move(impl)));
}

Result<std::shared_ptr<const RuleSet>> RuleSet::FromFile(const std::string& path,
                                                         std::shared_ptr<const Calendar> calendar) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open the rule file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": cannot read the rule file");
  return FromText(text.str(), path, std::move(calendar));
}

Result<std::shared_ptr<const RuleSet>> RuleSet::Default(std::shared_ptr<const Calendar> calendar) {
  for (const auto& [name, text] : embedded::Files()) {
    if (name == kDefaultCatalogName) return FromText(text, name, std::move(calendar));
  }
  return Status::Internal("default-catalog.json is not embedded in this binary");
}

const std::string& RuleSet::version() const { return impl_->version; }
const std::string& RuleSet::catalog_version() const { return impl_->rules.catalog_version; }
const std::string& RuleSet::responsible_unit() const { return impl_->rules.responsible_unit; }

const RedactionProfile* RuleSet::FindProfile(std::string_view name) const {
  for (const RedactionProfile& p : impl_->rules.profiles) {
    if (p.name == name) return &p;
  }
  return nullptr;
}

namespace internal {
const CompiledRules& RuleSetAccess::Rules(const RuleSet& set) { return set.impl_->rules; }
const Calendar& RuleSetAccess::CalendarOf(const RuleSet& set) { return *set.impl_->calendar; }
}  // namespace internal

RuleSetHolder::RuleSetHolder(std::shared_ptr<const RuleSet> initial)
    : current_(std::move(initial)) {}

std::shared_ptr<const RuleSet> RuleSetHolder::Get() const {
  std::lock_guard<std::mutex> lock(mu_);
  return current_;
}

Status RuleSetHolder::Reload(const Loader& loader) {
  std::lock_guard<std::mutex> reloading(reload_mu_);
  Result<std::shared_ptr<const RuleSet>> next = loader();
  if (!next.ok()) return next.status();
  if (*next == nullptr) return Status::Internal("the rule loader returned no rule set");
  std::lock_guard<std::mutex> lock(mu_);
  current_ = std::move(next).value();
  return Status::Ok();
}
const std::vector<CatalogItem>& RuleSet::items() const { return impl_->rules.items; }

const CatalogItem* RuleSet::FindItem(std::string_view id) const {
  for (const CatalogItem& item : impl_->rules.items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

Decision RuleSet::Decide(const events::CaseEvent& event) const {
  const CompiledRules& rules = impl_->rules;
  Decision d;
  d.rule_version = impl_->version;

  const size_t type = static_cast<size_t>(event.type);
  const size_t domain = static_cast<size_t>(event.domain);
  const bool indexed =
      type < rules.items_by_type_domain.size() && domain < rules.items_by_type_domain[0].size();

  // 1. Exclusions (不属于公开事项) that can match this type and domain, in file order; the
  // first that matches decides.
  if (indexed) {
    for (size_t index : rules.exclusions_by_type_domain[type][domain]) {
      const internal::ExclusionRule& exclusion = rules.exclusions[index];
      if (internal::Evaluate(exclusion.match, event)) {
        d.route = Route::kOutOfScope;
        d.reasons.push_back({exclusion.id, exclusion.says});
        return d;
      }
    }
  }

  // 2. Catalog items of this type and domain, in file order; the first that matches decides.
  const internal::ItemRule* rule = nullptr;
  if (indexed) {
    for (size_t index : rules.items_by_type_domain[type][domain]) {
      if (internal::Evaluate(rules.item_rules[index].match, event)) {
        rule = &rules.item_rules[index];
        d.catalog = &rules.items[index];
        break;
      }
    }
  }
  if (!rule) {
    if (internal::IsRevocationType(event.type)) {
      d.route = Route::kRetract;
      d.reasons.push_back(
          {"revocation",
           "决定已被变更或撤销，撤回已公开的信息（《中华人民共和国行政处罚法》第四十八条）"});
      impl_->SetDeadline({kRevocationWorkingDays, FromDate::kOccurredAt}, event, &d);
    } else {
      d.route = Route::kOutOfScope;
      d.reasons.push_back({"no_catalog_item", "没有对应的公开事项目录条目，不属于公开事项"});
    }
    return d;
  }
  d.route = rule->route;
  d.reasons.push_back({d.catalog->id, rule->says});

  // 3. Overrides act on everything but retractions; the most restrictive route wins and every
  // override that fires is a reason.
  if (d.route != Route::kRetract) {
    for (const internal::OverrideRule& o : rules.overrides) {
      if (!internal::Evaluate(o.when, event)) continue;
      d.reasons.push_back({o.id, o.says});
      if (Rank(o.route) > Rank(d.route)) d.route = o.route;
    }
  }

  // 4. Deadline and expiry for what comes out (approval keeps the item's deadline).
  const bool publishes = d.route == Route::kPublish || d.route == Route::kApproval;
  if (publishes) {
    impl_->SetDeadline(rule->deadline.value_or(rules.default_deadline), event, &d);
  } else if (d.route == Route::kRetract) {
    impl_->SetDeadline(rule->deadline.value_or(
                           internal::DeadlineRule{kRevocationWorkingDays, FromDate::kOccurredAt}),
                       event, &d);
  }
  if (publishes && rule->expires) {
    Date from = StartDate(rule->expires->from, event);
    d.expires_at = Timestamp::EndOfDay(AddYears(from, rule->expires->years), kChinaOffsetMinutes);
  }
  return d;
}

void ApplyRedactionDoubt(Decision* decision) {
  if (decision->route != Route::kPublish) return;
  decision->route = Route::kApproval;
  decision->reasons.push_back({"redaction_review", "脱敏存疑，须人工审核"});
}

}  // namespace disclosure::rules
