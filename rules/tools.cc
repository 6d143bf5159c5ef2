// rules/tools: golden cases, explain, diff and the catalog renderer (rules check is check.cc).
#include "rules/tools.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "rules/rule_file.h"

namespace disclosure::rules {
namespace embedded {
std::vector<std::pair<std::string_view, std::string_view>> Files();
}  // namespace embedded

namespace {

using internal::CompiledRules;
using internal::FromDate;
using internal::Predicate;

std::string Serialize(const rapidjson::Value& value) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  value.Accept(writer);
  return std::string(buffer.GetString(), buffer.GetSize());
}

std::string Join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += separator;
    out += p;
  }
  return out;
}

std::vector<std::string> ReasonIds(const Decision& d) {
  std::vector<std::string> ids;
  for (const Reason& r : d.reasons) ids.push_back(r.rule);
  return ids;
}

std::string TimeOrNone(const std::optional<Timestamp>& t) { return t ? t->ToString() : "(none)"; }

// Reads an optional string-or-null member: absent → nullopt; null → ""; string → it.
Status OptionalText(const rapidjson::Value& object, const char* key, const std::string& where,
                    std::optional<std::string>* out) {
  auto it = object.FindMember(key);
  if (it == object.MemberEnd()) return Status::Ok();
  if (it->value.IsNull()) {
    *out = "";
  } else if (it->value.IsString()) {
    *out = std::string(it->value.GetString(), it->value.GetStringLength());
  } else {
    return Status::InvalidArgument(where + ": expect." + key + ": expected a string or null");
  }
  return Status::Ok();
}

}  // namespace

// ---- golden cases ---------------------------------------------------------------------------

Result<GoldenCase> ParseGoldenCase(std::string_view text, const std::string& name) {
  rapidjson::Document doc;
  std::string copy(text);
  doc.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(copy.c_str());
  if (doc.HasParseError()) {
    return Status::InvalidArgument(
        name + ": byte " + std::to_string(doc.GetErrorOffset()) +
        ": syntax error: " + rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsObject()) return Status::InvalidArgument(name + ": a case is a JSON object");
  GoldenCase c;
  c.name = name;
  for (const auto& m : doc.GetObject()) {
    std::string key = m.name.GetString();
    if (key != "description" && key != "event" && key != "expect") {
      return Status::InvalidArgument(name + ": " + key +
                                     ": unknown field (expected description, event, expect)");
    }
  }
  if (doc.HasMember("description") && doc["description"].IsString()) {
    c.description = doc["description"].GetString();
  }
  if (!doc.HasMember("event") || !doc["event"].IsObject()) {
    return Status::InvalidArgument(name + ": event: missing, or not an object (a case-event/1)");
  }
  c.event_json = Serialize(doc["event"]);
  if (!doc.HasMember("expect") || !doc["expect"].IsObject()) {
    return Status::InvalidArgument(name + ": expect: missing, or not an object");
  }
  const rapidjson::Value& expect = doc["expect"];
  static const std::set<std::string> kKnown = {
      "route", "reasons", "catalog_id", "deadline_at", "deadline_provisional", "expires_at"};
  for (const auto& m : expect.GetObject()) {
    if (!kKnown.count(m.name.GetString())) {
      return Status::InvalidArgument(name + ": expect." + m.name.GetString() +
                                     ": unknown field (expected route, reasons, catalog_id, "
                                     "deadline_at, deadline_provisional, expires_at)");
    }
  }
  if (!expect.HasMember("route") || !expect["route"].IsString() ||
      !ParseRoute(expect["route"].GetString())) {
    return Status::InvalidArgument(
        name +
        ": expect.route: required, one of publish, approval, on_request, withhold, "
        "retract, out_of_scope");
  }
  c.route = expect["route"].GetString();
  if (expect.HasMember("reasons")) {
    const rapidjson::Value& r = expect["reasons"];
    if (!r.IsArray()) return Status::InvalidArgument(name + ": expect.reasons: expected an array");
    c.reasons.emplace();
    for (const auto& id : r.GetArray()) {
      if (!id.IsString()) {
        return Status::InvalidArgument(name + ": expect.reasons: expected rule ids (strings)");
      }
      c.reasons->push_back(id.GetString());
    }
  }
  for (auto [key, out] :
       {std::pair{"catalog_id", &c.catalog_id}, std::pair{"deadline_at", &c.deadline_at},
        std::pair{"expires_at", &c.expires_at}}) {
    if (Status s = OptionalText(expect, key, name, out); !s.ok()) return s;
  }
  if (expect.HasMember("deadline_provisional")) {
    if (!expect["deadline_provisional"].IsBool()) {
      return Status::InvalidArgument(name + ": expect.deadline_provisional: expected true/false");
    }
    c.deadline_provisional = expect["deadline_provisional"].GetBool();
  }
  return c;
}

Result<std::vector<GoldenCase>> LoadGoldenCases(const std::string& dir) {
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".json") files.push_back(it->path());
  }
  if (ec) return Status::IoError(dir + ": cannot read the cases folder: " + ec.message());
  if (files.empty()) return Status::InvalidArgument(dir + ": no *.json case files");
  std::sort(files.begin(), files.end());
  std::vector<GoldenCase> cases;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in) return Status::IoError(path.string() + ": cannot read");
    Result<GoldenCase> c = ParseGoldenCase(text.str(), path.filename().string());
    if (!c.ok()) return Status::InvalidArgument(dir + "/" + c.status().message());
    cases.push_back(std::move(c).value());
  }
  return cases;
}

CaseResult RunGoldenCase(const RuleSet& rules, const events::Parser& parser, const GoldenCase& c) {
  CaseResult result;
  result.name = c.name;
  events::ParseOutcome parsed = parser.Parse(c.event_json);
  if (const auto* rejection = std::get_if<events::Rejection>(&parsed)) {
    result.route = "rejected";
    result.failures.push_back("event rejected: " + std::string(ToString(rejection->reason)) +
                              (rejection->detail.empty() ? "" : " " + rejection->detail));
    return result;
  }
  Decision d = rules.Decide(std::get<events::CaseEvent>(parsed));
  result.route = std::string(ToString(d.route));
  auto expect = [&result](const char* what, const std::string& want, const std::string& got) {
    if (want != got) {
      result.failures.push_back(std::string(what) + ": expected " + want + ", got " + got);
    }
  };
  expect("route", c.route, result.route);
  if (c.reasons) {
    expect("reasons", "[" + Join(*c.reasons, ", ") + "]", "[" + Join(ReasonIds(d), ", ") + "]");
  }
  auto none = [](const std::string& s) { return s.empty() ? std::string("(none)") : s; };
  if (c.catalog_id) {
    expect("catalog_id", none(*c.catalog_id), d.catalog ? d.catalog->id : "(none)");
  }
  if (c.deadline_at) expect("deadline_at", none(*c.deadline_at), TimeOrNone(d.deadline_at));
  if (c.deadline_provisional) {
    expect("deadline_provisional", *c.deadline_provisional ? "true" : "false",
           d.deadline_provisional ? "true" : "false");
  }
  if (c.expires_at) expect("expires_at", none(*c.expires_at), TimeOrNone(d.expires_at));
  result.passed = result.failures.empty();
  return result;
}

std::string FormatCaseTable(const std::vector<CaseResult>& results) {
  size_t width = 4;
  for (const CaseResult& r : results) width = std::max(width, r.name.size());
  std::ostringstream out;
  auto pad = [](const std::string& s, size_t n) {
    return s + std::string(n > s.size() ? n - s.size() : 0, ' ');
  };
  out << pad("case", width) << "  result  route\n";
  int passed = 0;
  for (const CaseResult& r : results) {
    out << pad(r.name, width) << "  " << (r.passed ? "pass  " : "FAIL  ") << "  " << r.route
        << "\n";
    for (const std::string& f : r.failures) out << pad("", width) << "          " << f << "\n";
    passed += r.passed ? 1 : 0;
  }
  out << passed << " of " << results.size() << " cases passed";
  if (passed != static_cast<int>(results.size())) {
    out << ", " << results.size() - passed << " failed";
  }
  out << "\n";
  return out.str();
}

std::string_view DefaultCatalogText() {
  for (const auto& [name, text] : embedded::Files()) {
    if (name == "default-catalog.json") return text;
  }
  return "";
}

std::vector<std::string> RuleIds(const RuleSet& rules) {
  const CompiledRules& compiled = internal::RuleSetAccess::Rules(rules);
  std::vector<std::string> ids;
  for (const auto& e : compiled.exclusions) ids.push_back(e.id);
  for (const auto& i : compiled.items) ids.push_back(i.id);
  for (const auto& o : compiled.overrides) ids.push_back(o.id);
  return ids;
}

// ---- explain --------------------------------------------------------------------------------

namespace {

const char* kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

std::string DayName(const Date& d) { return d.ToString() + " " + kWeekdays[d.Weekday()]; }

// Each top-level condition of a rule, held or not.
void ExplainCondition(const Predicate& condition, const events::CaseEvent& event,
                      std::ostringstream& out) {
  std::vector<const Predicate*> parts;
  if (condition.kind == Predicate::Kind::kAllOf) {
    for (const Predicate& c : condition.children) parts.push_back(&c);
  } else {
    parts.push_back(&condition);
  }
  for (const Predicate* p : parts) {
    out << "        " << (internal::Evaluate(*p, event) ? "[holds] " : "[fails] ")
        << internal::Describe(*p) << "\n";
  }
}

Date StartDateOf(FromDate from, const events::CaseEvent& e, std::string* from_name) {
  if (from == FromDate::kDecidedAt && e.decision && e.decision->decided_at) {
    *from_name = "decision.decided_at";
    return *e.decision->decided_at;
  }
  *from_name = from == FromDate::kDecidedAt
                   ? "occurred_at (+08:00; the event has no decision.decided_at)"
                   : "occurred_at (+08:00)";
  return Timestamp{e.occurred_at.unix_seconds, kChinaOffsetMinutes}.LocalDate();
}

void ExplainDeadline(const Calendar& calendar, const internal::DeadlineRule& rule,
                     const std::string& source, const events::CaseEvent& event,
                     std::ostringstream& out) {
  std::string from_name;
  Date from = StartDateOf(rule.from, event, &from_name);
  out << "deadline: " << rule.working_days << " working days (" << source << ") from " << from_name
      << " " << DayName(from) << " (that day is not counted)\n";
  std::vector<std::string> counted, skipped;
  std::set<int> unknown_years;
  Date day = from;
  for (int n = 0; n < rule.working_days;) {
    day = day.AddDays(1);
    bool known = true;
    bool working = calendar.IsWorkingDay(day, &known);
    if (!known) unknown_years.insert(day.year);
    bool weekend = day.Weekday() >= 5;
    if (working) {
      ++n;
      counted.push_back(std::to_string(n) + ": " + DayName(day) +
                        (weekend ? " (working weekend, 调休)" : "") +
                        (known ? "" : " (no calendar data)"));
    } else {
      skipped.push_back(DayName(day) + (weekend ? " weekend" : " holiday"));
    }
  }
  out << "  counted:";
  for (const std::string& c : counted) out << "\n    " << c;
  out << "\n  skipped:" << (skipped.empty() ? " none" : "");
  for (const std::string& s : skipped) out << "\n    " << s;
  out << "\n";
  if (!unknown_years.empty()) {
    out << "  PROVISIONAL: no calendar data for";
    for (int y : unknown_years) out << " " << y;
    out << "; those days were counted on weekends alone (holidays not yet published)\n";
  }
  out << "  → deadline_at " << Timestamp::EndOfDay(day, kChinaOffsetMinutes).ToString()
      << " (end of the last working day)\n";
}

}  // namespace

std::string ExplainDecision(const RuleSet& rules, const events::CaseEvent& event) {
  const CompiledRules& compiled = internal::RuleSetAccess::Rules(rules);
  const Calendar& calendar = internal::RuleSetAccess::CalendarOf(rules);
  std::ostringstream out;
  out << "event " << event.event_id.value() << ": " << internal::NameOf(event.type) << ", domain "
      << internal::NameOf(event.domain) << "\n";
  out << "rules: catalog " << compiled.catalog_version << ", " << rules.version() << "\n\n";

  const size_t type = static_cast<size_t>(event.type);
  const size_t domain = static_cast<size_t>(event.domain);
  const std::vector<size_t>& exclusions = compiled.exclusions_by_type_domain[type][domain];
  const std::vector<size_t>& items = compiled.items_by_type_domain[type][domain];

  out << "1. exclusions (the first that matches makes the event out_of_scope): "
      << exclusions.size() << " of " << compiled.exclusions.size()
      << " can match this event type and domain\n";
  const internal::ExclusionRule* excluded = nullptr;
  for (size_t i : exclusions) {
    const auto& e = compiled.exclusions[i];
    bool fired = internal::Evaluate(e.match, event);
    out << "   " << (fired ? "MATCH " : "no    ") << e.id << "\n";
    ExplainCondition(e.match, event, out);
    if (fired) {
      excluded = &e;
      break;
    }
  }
  const internal::ItemRule* rule = nullptr;
  const CatalogItem* item = nullptr;
  if (!excluded) {
    out << "2. catalog items (the first that matches decides): " << items.size() << " of "
        << compiled.items.size() << " can match this event type and domain\n";
    for (size_t i : items) {
      bool fired = internal::Evaluate(compiled.item_rules[i].match, event);
      out << "   " << (fired ? "MATCH " : "no    ") << compiled.items[i].id << " → "
          << ToString(compiled.item_rules[i].route) << "\n";
      ExplainCondition(compiled.item_rules[i].match, event, out);
      if (fired) {
        rule = &compiled.item_rules[i];
        item = &compiled.items[i];
        break;
      }
    }
    if (!rule) {
      out << "   no item matches: "
          << (internal::IsRevocationType(event.type)
                  ? "a revocation is still retracted (reason revocation, 3 working days)"
                  : "out_of_scope (reason no_catalog_item)")
          << "\n";
    }
  }
  if (rule && rule->route != Route::kRetract) {
    out << "3. overrides (every one that fires is a reason; the most restrictive route wins: "
           "withhold > on_request > approval > publish)\n";
    for (const auto& o : compiled.overrides) {
      bool fired = internal::Evaluate(o.when, event);
      out << "   " << (fired ? "FIRES " : "no    ") << o.id << " → " << ToString(o.route) << "\n";
      ExplainCondition(o.when, event, out);
    }
  } else if (rule) {
    out << "3. overrides: not evaluated (a retraction stays a retraction)\n";
  }

  Decision d = rules.Decide(event);
  out << "\nroute: " << ToString(d.route);
  if (item) out << " (item " << item->id << ": " << ToString(rule->route) << ")";
  out << "\nreasons:";
  for (const Reason& r : d.reasons) out << "\n  " << r.rule << ": " << r.says;
  out << "\n";
  const bool publishes = d.route == Route::kPublish || d.route == Route::kApproval;
  if (publishes || d.route == Route::kRetract) {
    internal::DeadlineRule deadline{3, FromDate::kOccurredAt};
    std::string source = "built-in revocation deadline, 《行政处罚法》第四十八条";
    if (rule && rule->deadline) {
      deadline = *rule->deadline;
      source = "item " + item->id;
    } else if (rule && publishes) {
      deadline = compiled.default_deadline;
      source = "default_deadline, 政府信息公开条例第二十六条";
    } else if (rule) {
      source = "retraction default";
    }
    ExplainDeadline(calendar, deadline, source, event, out);
  } else {
    out << "deadline: none (route " << ToString(d.route) << ")\n";
  }
  if (d.expires_at) {
    std::string from_name;
    Date from = StartDateOf(rule->expires->from, event, &from_name);
    out << "expires: " << rule->expires->years << " years from " << from_name << " "
        << from.ToString() << " → " << d.expires_at->ToString() << "\n";
  }
  out << "decision: route " << ToString(d.route) << ", deadline_at " << TimeOrNone(d.deadline_at)
      << (d.deadline_provisional ? " (provisional)" : "") << ", expires_at "
      << TimeOrNone(d.expires_at) << "\n";
  return out.str();
}

// ---- diff -----------------------------------------------------------------------------------

DiffReport DiffRuleSets(const RuleSet& old_rules, const RuleSet& new_rules,
                        const events::Parser& parser, const std::vector<std::string>& lines) {
  DiffReport report;
  for (const std::string& line : lines) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++report.lines;
    events::ParseOutcome parsed = parser.Parse(line);
    const auto* event = std::get_if<events::CaseEvent>(&parsed);
    if (!event) {
      ++report.rejected;
      continue;
    }
    ++report.decided;
    Decision a = old_rules.Decide(*event);
    Decision b = new_rules.Decide(*event);
    ++report.old_routes[a.route];
    ++report.new_routes[b.route];
    if (a.route != b.route) {
      ++report.changed_pairs[{a.route, b.route}];
      report.changes.push_back(
          {event->event_id.value(), a.route, b.route, ReasonIds(a), ReasonIds(b)});
    } else if (ReasonIds(a) != ReasonIds(b)) {
      ++report.reasons_changed;
    } else if (a.deadline_at != b.deadline_at) {
      ++report.deadline_changed;
    }
  }
  return report;
}

std::string FormatDiff(const DiffReport& r, std::string_view old_name, std::string_view new_name) {
  std::ostringstream out;
  out << "old: " << old_name << "\nnew: " << new_name << "\n";
  out << "events: " << r.lines << " read, " << r.decided << " decided, " << r.rejected
      << " rejected by the event parser (not decided)\n\n";
  out << "route          old      new\n";
  for (Route route : {Route::kPublish, Route::kApproval, Route::kOnRequest, Route::kWithhold,
                      Route::kRetract, Route::kOutOfScope}) {
    auto count = [route](const std::map<Route, int64_t>& m) {
      auto it = m.find(route);
      return it == m.end() ? int64_t{0} : it->second;
    };
    char line[96];
    std::snprintf(line, sizeof line, "%-12s %6lld   %6lld\n", std::string(ToString(route)).c_str(),
                  static_cast<long long>(count(r.old_routes)),
                  static_cast<long long>(count(r.new_routes)));
    out << line;
  }
  out << "\nroute changes: " << r.changes.size() << "\n";
  for (const auto& [pair, n] : r.changed_pairs) {
    out << "  " << ToString(pair.first) << " → " << ToString(pair.second) << ": " << n << "\n";
  }
  out << "same route, other reasons: " << r.reasons_changed
      << "; same route and reasons, other deadline: " << r.deadline_changed << "\n";
  if (!r.changes.empty()) out << "\nchanged events:\n";
  for (const RouteChange& c : r.changes) {
    out << "  " << c.event_id << "  " << ToString(c.old_route) << " → " << ToString(c.new_route)
        << "  (reasons " << Join(c.old_reasons, ", ") << " → " << Join(c.new_reasons, ", ")
        << ")\n";
  }
  return out.str();
}

// ---- catalog --------------------------------------------------------------------------------

std::optional<CatalogFormat> ParseCatalogFormat(std::string_view name) {
  if (name == "html") return CatalogFormat::kHtml;
  if (name == "csv") return CatalogFormat::kCsv;
  if (name == "json") return CatalogFormat::kJson;
  return std::nullopt;
}

namespace {

std::string HtmlEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// RFC 4180: quoted when it holds a comma, quote, CR or LF; quotes doubled.
std::string CsvField(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

struct Row {
  std::string id, group1, group2, name, content, basis, time_limit, unit, method, channel,
      audience, tier;
};

std::vector<Row> CatalogRows(const RuleSet& rules) {
  std::string unit = rules.responsible_unit().empty() ? std::string(kDefaultResponsibleUnit)
                                                      : rules.responsible_unit();
  std::vector<Row> rows;
  for (const CatalogItem& i : rules.items()) {
    std::string channel;
    for (const std::string& c : i.channel) channel += (channel.empty() ? "" : "、") + c;
    rows.push_back({i.id, i.group1, i.group2, i.name, i.content, i.basis, i.time_limit, unit,
                    i.method, channel, i.audience, i.tier});
  }
  return rows;
}

// 一级事项、二级事项, the eight elements (八要素), and the 公开层级.
const char* kHeaders[] = {"一级事项", "二级事项", "名称", "内容",     "依据",    "时限",
                          "主体",     "方式",     "渠道", "公开对象", "公开层级"};

std::string RenderHtml(const RuleSet& rules) {
  std::ostringstream out;
  std::string title = "公安机关政务公开事项目录";
  out << "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<title>" << title << "</title>\n<style>\n"
      << "body{font-family:\"Source Han Sans SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\","
         "\"PingFang SC\",SimSun,sans-serif;color:#222;margin:2em auto;max-width:1200px;"
         "padding:0 1em;line-height:1.6}\n"
      << "h1{font-size:1.6em;text-align:center;margin:0 0 .3em}\n"
      << ".meta{text-align:center;color:#555;font-size:.9em;margin-bottom:1.2em}\n"
      << "table{border-collapse:collapse;width:100%;font-size:.9em}\n"
      << "th,td{border:1px solid #999;padding:.4em .5em;vertical-align:top;text-align:left}\n"
      << "th{background:#eef2f7;font-weight:bold;white-space:nowrap}\n"
      << "tbody tr:nth-child(even){background:#fafafa}\n"
      << "td.no{text-align:center;white-space:nowrap}\n"
      << "@media print{body{margin:0;max-width:none;font-size:10.5pt}"
         "@page{size:A4 landscape;margin:1.5cm}thead{display:table-header-group}"
         "tr{page-break-inside:avoid}tbody tr:nth-child(even){background:none}"
         "th{background:#eee;-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n"
      << "</style>\n</head>\n<body>\n<h1>" << title << "</h1>\n"
      << "<p class=\"meta\">目录版本 " << HtmlEscape(rules.catalog_version()) << "　共 "
      << rules.items().size() << " 项</p>\n<table>\n<thead>\n<tr><th>序号</th>";
  for (const char* h : kHeaders) out << "<th>" << h << "</th>";
  out << "</tr>\n</thead>\n<tbody>\n";
  int n = 0;
  for (const Row& r : CatalogRows(rules)) {
    out << "<tr><td class=\"no\">" << ++n << "</td>";
    for (const std::string* cell : {&r.group1, &r.group2, &r.name, &r.content, &r.basis,
                                    &r.time_limit, &r.unit, &r.method, &r.channel, &r.audience,
                                    &r.tier}) {
      out << "<td>" << (cell->empty() ? "—" : HtmlEscape(*cell)) << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</tbody>\n</table>\n</body>\n</html>\n";
  return out.str();
}

std::string RenderCsv(const RuleSet& rules) {
  std::string out = "序号,编号";
  for (const char* h : kHeaders) out += std::string(",") + h;
  out += "\r\n";
  int n = 0;
  for (const Row& r : CatalogRows(rules)) {
    out += std::to_string(++n);
    for (const std::string* cell : {&r.id, &r.group1, &r.group2, &r.name, &r.content, &r.basis,
                                    &r.time_limit, &r.unit, &r.method, &r.channel, &r.audience,
                                    &r.tier}) {
      out += "," + CsvField(*cell);
    }
    out += "\r\n";
  }
  return out;
}

std::string RenderJson(const RuleSet& rules) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  auto str = [&w](const std::string& s) {
    w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
  };
  w.StartObject();
  w.Key("catalog_version");
  str(rules.catalog_version());
  w.Key("rule_version");
  str(rules.version());
  w.Key("items");
  w.StartArray();
  for (const CatalogItem& i : rules.items()) {
    w.StartObject();
    w.Key("id");
    str(i.id);
    w.Key("group1");  // 一级事项
    str(i.group1);
    w.Key("group2");  // 二级事项
    str(i.group2);
    w.Key("name");  // 名称
    str(i.name);
    w.Key("content");  // 内容
    str(i.content);
    w.Key("basis");  // 依据
    str(i.basis);
    w.Key("time_limit");  // 时限
    str(i.time_limit);
    w.Key("unit");  // 主体
    str(rules.responsible_unit().empty() ? std::string(kDefaultResponsibleUnit)
                                         : rules.responsible_unit());
    w.Key("method");  // 方式
    str(i.method);
    w.Key("channel");  // 渠道
    w.StartArray();
    for (const std::string& c : i.channel) str(c);
    w.EndArray();
    w.Key("audience");  // 公开对象
    str(i.audience);
    w.Key("tier");  // 公开层级
    str(i.tier);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace

std::string RenderCatalog(const RuleSet& rules, CatalogFormat format) {
  switch (format) {
    case CatalogFormat::kHtml:
      return RenderHtml(rules);
    case CatalogFormat::kCsv:
      return RenderCsv(rules);
    case CatalogFormat::kJson:
      return RenderJson(rules);
  }
  return "";
}

}  // namespace disclosure::rules
