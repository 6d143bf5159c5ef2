// disclosure rules check|test|explain|diff: the operators' rule tools (spec/cli.md). The logic
// lives in rules/tools.h; this file reads the files, prints, and maps outcomes to exit codes.
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "app/commands.h"
#include "rules/rules.h"
#include "rules/tools.h"

namespace disclosure::app {
namespace {

constexpr const char* kRulesHelp =
    "usage: disclosure rules check F [--calendar-dir D]\n"
    "       disclosure rules test F --cases DIR [--calendar-dir D]\n"
    "       disclosure rules explain F --event E.json [--calendar-dir D]\n"
    "       disclosure rules diff OLD NEW --events F.jsonl [--calendar-dir D]\n\n"
    "  check    validate a rule file; every problem one a line as F:LINE:COL: error|warning:\n"
    "           syntax, unknown fields (with the nearest valid name), unreachable items,\n"
    "           contradictory conditions, undefined profiles, items without basis or\n"
    "           time_limit. Exit 1 if there is an error.\n"
    "  test     run the golden cases of DIR (one JSON file per case, rules/README.md) and\n"
    "           print a pass/fail table. Exit 1 if a case fails.\n"
    "  explain  show which rules fired for one event, in order, and how the route, the\n"
    "           deadline (working days counted, days skipped) and the expiry came out\n"
    "  diff     decide the events under both files and list what changes. Exit 0.\n\n"
    "F may be 'default' for the shipped catalog. --calendar-dir lays YYYY.json calendar\n"
    "files over the embedded ones. Exit 2: bad usage or unreadable input.\n";

int Usage(const std::string& message) {
  std::fprintf(stderr, "disclosure rules: %s\n\n%s", message.c_str(), kRulesHelp);
  return 2;
}

int Unreadable(const std::string& message) {
  std::fprintf(stderr, "disclosure rules: %s\n", message.c_str());
  return 2;
}

bool ReadText(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) return false;
  *text = s.str();
  return true;
}

Result<std::shared_ptr<const rules::Calendar>> LoadCalendar(const Options& opt) {
  return opt.Has("calendar-dir") ? rules::Calendar::WithDirectory(opt.Get("calendar-dir"))
                                 : rules::Calendar::Embedded();
}

// Loads a rule file ("default": the shipped catalog); prints why not and returns null.
std::shared_ptr<const rules::RuleSet> LoadRules(const std::string& path,
                                                std::shared_ptr<const rules::Calendar> calendar) {
  auto set = path == "default" ? rules::RuleSet::Default(std::move(calendar))
                               : rules::RuleSet::FromFile(path, std::move(calendar));
  if (!set.ok()) {
    std::fprintf(stderr,
                 "disclosure rules: %s\n(run 'disclosure rules check %s' for every problem)\n",
                 set.status().message().c_str(), path.c_str());
    return nullptr;
  }
  return set.value();
}

std::shared_ptr<const events::Parser> MakeParser() {
  auto parser = events::Parser::Create();
  if (!parser.ok()) {
    std::fprintf(stderr, "disclosure rules: %s\n", parser.status().message().c_str());
    return nullptr;
  }
  return parser.value();
}

int Check(const Options& opt) {
  if (opt.positional().size() != 2) return Usage("check takes one rule file");
  const std::string& path = opt.positional()[1];
  std::string text;
  if (!ReadText(path, &text)) return Unreadable(path + ": cannot read the rule file");
  rules::CheckReport report = rules::CheckRuleText(text, path);
  if (opt.Has("calendar-dir")) {
    rules::AddCalendarErrors(LoadCalendar(opt).status(), &report);
  }
  for (const rules::CheckFinding& f : report.findings) std::printf("%s\n", f.ToString().c_str());
  std::printf("%s: %d error%s, %d warning%s\n", path.c_str(), report.errors(),
              report.errors() == 1 ? "" : "s", report.warnings(),
              report.warnings() == 1 ? "" : "s");
  return report.errors() > 0 ? 1 : 0;
}

int Test(const Options& opt) {
  if (opt.positional().size() != 2 || !opt.Has("cases")) {
    return Usage("test takes one rule file and --cases DIR");
  }
  auto calendar = LoadCalendar(opt);
  if (!calendar.ok()) return Unreadable(calendar.status().message());
  auto set = LoadRules(opt.positional()[1], calendar.value());
  if (!set) return 2;
  auto cases = rules::LoadGoldenCases(opt.Get("cases"));
  if (!cases.ok()) return Unreadable(cases.status().message());
  auto parser = MakeParser();
  if (!parser) return 2;
  std::vector<rules::CaseResult> results;
  bool all_passed = true;
  for (const rules::GoldenCase& c : cases.value()) {
    results.push_back(rules::RunGoldenCase(*set, *parser, c));
    all_passed &= results.back().passed;
  }
  std::printf("%s", rules::FormatCaseTable(results).c_str());
  return all_passed ? 0 : 1;
}

int Explain(const Options& opt) {
  if (opt.positional().size() != 2 || !opt.Has("event")) {
    return Usage("explain takes one rule file and --event E.json");
  }
  auto calendar = LoadCalendar(opt);
  if (!calendar.ok()) return Unreadable(calendar.status().message());
  auto set = LoadRules(opt.positional()[1], calendar.value());
  if (!set) return 2;
  std::string text;
  const std::string event_path = opt.Get("event");
  if (!ReadText(event_path, &text)) return Unreadable(event_path + ": cannot read the event");
  auto parser = MakeParser();
  if (!parser) return 2;
  events::ParseOutcome parsed = parser->Parse(text);
  if (const auto* rejection = std::get_if<events::Rejection>(&parsed)) {
    return Unreadable(event_path + ": not an acceptable case event: " +
                      std::string(events::ToString(rejection->reason)) + " " + rejection->detail);
  }
  std::printf("%s", rules::ExplainDecision(*set, std::get<events::CaseEvent>(parsed)).c_str());
  return 0;
}

int Diff(const Options& opt) {
  if (opt.positional().size() != 3 || !opt.Has("events")) {
    return Usage("diff takes two rule files and --events F.jsonl");
  }
  auto calendar = LoadCalendar(opt);
  if (!calendar.ok()) return Unreadable(calendar.status().message());
  auto old_set = LoadRules(opt.positional()[1], calendar.value());
  if (!old_set) return 2;
  auto new_set = LoadRules(opt.positional()[2], calendar.value());
  if (!new_set) return 2;
  const std::string events_path = opt.Get("events");
  std::ifstream in(events_path, std::ios::binary);
  if (!in) return Unreadable(events_path + ": cannot read the events");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(std::move(line));
  auto parser = MakeParser();
  if (!parser) return 2;
  rules::DiffReport report = rules::DiffRuleSets(*old_set, *new_set, *parser, lines);
  std::printf("%s", rules::FormatDiff(report, opt.positional()[1], opt.positional()[2]).c_str());
  return 0;
}

}  // namespace

int Rules(const Args& args) {
  Options opt(args, {"cases", "event", "events", "calendar-dir"}, {"help"});
  if (opt.Has("help")) {
    std::printf("%s", kRulesHelp);
    return 0;
  }
  if (!opt.ok()) return Usage(opt.error());
  if (opt.positional().empty()) return Usage("which tool? check, test, explain or diff");
  const std::string& tool = opt.positional()[0];
  if (tool == "check") return Check(opt);
  if (tool == "test") return Test(opt);
  if (tool == "explain") return Explain(opt);
  if (tool == "diff") return Diff(opt);
  return Usage("unknown tool '" + tool + "' (expected check, test, explain or diff)");
}

}  // namespace disclosure::app
