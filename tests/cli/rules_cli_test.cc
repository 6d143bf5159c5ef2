// `disclosure rules check|test|explain|diff` and `disclosure catalog`, run as the operators run
// them.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <map>
#include <regex>
#include <set>

#include "cli/cli_support.h"
#include "events/events.h"
#include "rules/rules.h"

namespace disclosure::testing {
namespace {

std::string Catalog() { return SourceDir() + "/rules/default-catalog.json"; }

std::string GenEvents() {
  return std::filesystem::path(Binary()).parent_path().string() + "/gen_events";
}

TEST(RulesCheckCli, GivenDefaultCatalog_WhenChecked_ThenCleanAndExit0) {
  CommandResult r = RunDisclosure("rules check '" + Catalog() + "'");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("0 errors, 0 warnings"), std::string::npos) << r.out;
}

TEST(RulesCheckCli, GivenUnknownFieldAndUnreachableItem_WhenChecked_ThenBothLinesAndExit1) {
  TempDir dir("rules-check");
  // Line 5 has a misspelt field; the item on lines 6-8 is shadowed by the one on lines 3-5.
  WriteFile(
      dir / "r.json",
      "{\"catalog_version\": \"t\",\n"
      " \"items\": [\n"
      "  {\"id\": \"any-license\", \"name\": \"许可\", \"basis\": \"b\", \"time_limit\": \"t\",\n"
      "   \"route\": \"on_request\", \"match\": {\"event_types\": [\"license.decided\"]},\n"
      "   \"chanel\": [\"网站\"]},\n"
      "  {\"id\": \"org-license\", \"name\": \"许可\", \"basis\": \"b\", \"time_limit\": \"t\",\n"
      "   \"route\": \"publish\", \"match\": {\"event_types\": [\"license.decided\"],\n"
      "   \"parties\": {\"quantifier\": \"all\", \"natural_person\": false}}}\n"
      " ]}\n");
  CommandResult r = RunDisclosure("rules check '" + dir / "r.json" + "'");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  std::string f = dir / "r.json";
  EXPECT_NE(r.out.find(f + ":5:4: error: items[0].chanel: unknown field (did you mean "
                           "\"channel\"?)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find(f + ":6:3: error: items[1]: item \"org-license\" is unreachable"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("2 errors, 0 warnings"), std::string::npos) << r.out;
}

TEST(RulesCheckCli, GivenSyntaxError_WhenChecked_ThenLineColumnAndExit1) {
  TempDir dir("rules-syntax");
  WriteFile(dir / "r.json",
            "{\"catalog_version\": \"t\",\n \"items\": [\n  {\"id\": \"a\",,}\n]}\n");
  CommandResult r = RunDisclosure("rules check '" + dir / "r.json" + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find(dir / "r.json" + ":3:14: error: syntax error"), std::string::npos) << r.out;
}

TEST(RulesCheckCli, GivenMissingFile_WhenChecked_ThenExit2) {
  CommandResult r = RunDisclosure("rules check /nonexistent/rules.json");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/rules.json: cannot read"), std::string::npos) << r.err;
}

// The ctest the issue asks for: the shipped golden cases against the shipped catalog.
TEST(RulesTestCli, GivenShippedCases_WhenRunAgainstDefaultCatalog_ThenAllPass) {
  CommandResult r =
      RunDisclosure("rules test '" + Catalog() + "' --cases '" + SourceDir() + "/rules/cases'");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("ex-0013-traffic-warning-only.json"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("FAIL"), std::string::npos) << r.out;
}

TEST(RulesTestCli, GivenCaseWithWrongRoute_WhenRun_ThenFailRowAndExit1) {
  TempDir dir("rules-cases");
  std::string event = ReadLines(SourceDir() + "/examples/events.jsonl")[9];  // EX-0010
  WriteFile(dir / "a.json", "{\"event\": " + event + ", \"expect\": {\"route\": \"publish\"}}");
  CommandResult r = RunDisclosure("rules test default --cases '" + dir.path().string() + "'");
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("route: expected publish, got out_of_scope"), std::string::npos) << r.out;
}

TEST(RulesExplainCli, GivenProvisionalCase_WhenExplained_ThenYearWithoutCalendarNamed) {
  TempDir dir("rules-explain");
  rapidjson::Document c;
  c.Parse(ReadFile(SourceDir() + "/rules/cases/rule-deadline-provisional.json").c_str());
  ASSERT_TRUE(c.IsObject());
  rapidjson::StringBuffer b;
  rapidjson::Writer<rapidjson::StringBuffer> w(b);
  c["event"].Accept(w);
  WriteFile(dir / "e.json", b.GetString());
  CommandResult r = RunDisclosure("rules explain default --event '" + dir / "e.json" + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("4: 2027-01-01 Fri (no calendar data)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("PROVISIONAL: no calendar data for 2027"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("deadline_at 2027-01-06T23:59:59+08:00 (provisional)"), std::string::npos)
      << r.out;
}

// ---- diff -----------------------------------------------------------------------------------

int Rank(const std::string& route) {
  static const std::map<std::string, int> kRank = {
      {"publish", 0}, {"approval", 1}, {"on_request", 2}, {"withhold", 3}};
  auto it = kRank.find(route);
  return it == kRank.end() ? -1 : it->second;
}

TEST(RulesDiffCli, GivenOneOverrideRemoved_WhenDiffed_ThenExactlyTheEventsItDecidedChange) {
  TempDir dir("rules-diff");
  const std::string removed = "police-misconduct";
  // The copy without the override: cut its object out of the overrides array.
  std::string text = ReadFile(Catalog());
  size_t start = text.rfind("{", text.find("\"id\": \"" + removed + "\""));
  size_t end = text.find("\n    {", start);
  ASSERT_NE(end, std::string::npos);
  WriteFile(dir / "new.json", text.substr(0, start) + text.substr(end + 5));
  // Events: the examples and 600 generated ones (some tagged 涉警 or with police parties).
  ASSERT_EQ(std::system(("'" + GenEvents() + "' --count 600 --seed 11 --out '" + dir / "g.jsonl" +
                         "' 2>/dev/null")
                            .c_str()),
            0);
  std::string events = ReadFile(SourceDir() + "/examples/events.jsonl") + ReadFile(dir / "g.jsonl");
  WriteFile(dir / "all.jsonl", events);

  // Expected, independently of the diff code: the route of each override and item from the file;
  // under the new file an event gets the most restrictive of its item's route and the routes of
  // the overrides that fired, minus the removed one.
  rapidjson::Document file;
  file.Parse<rapidjson::kParseCommentsFlag | rapidjson::kParseTrailingCommasFlag>(text.c_str());
  ASSERT_FALSE(file.HasParseError());
  std::map<std::string, std::string> route_of;
  for (const char* list : {"items", "overrides"}) {
    for (const auto& r : file[list].GetArray())
      route_of[r["id"].GetString()] = r["route"].GetString();
  }
  auto rules = rules::RuleSet::Default(nullptr);
  auto parser = events::Parser::Create();
  ASSERT_TRUE(rules.ok() && parser.ok());
  std::set<std::string> expected;
  int police_fired = 0;
  for (const std::string& line : ReadLines(dir / "all.jsonl")) {
    auto parsed = parser.value()->Parse(line);
    if (!std::holds_alternative<events::CaseEvent>(parsed)) continue;
    const auto& e = std::get<events::CaseEvent>(parsed);
    rules::Decision d = (*rules)->Decide(e);
    std::string old_route(rules::ToString(d.route));
    if (Rank(old_route) < 0 || d.catalog == nullptr) continue;  // retract, out_of_scope
    std::string new_route = route_of[d.catalog->id];
    for (size_t i = 1; i < d.reasons.size(); ++i) {
      if (d.reasons[i].rule == removed) {
        ++police_fired;
        continue;
      }
      if (Rank(route_of[d.reasons[i].rule]) > Rank(new_route))
        new_route = route_of[d.reasons[i].rule];
    }
    if (new_route != old_route)
      expected.insert(e.event_id.value() + " " + old_route + " → " + new_route);
  }
  // Both kinds occur: events the override moved, and events where it fired without effect.
  ASSERT_FALSE(expected.empty());
  ASSERT_GT(police_fired, static_cast<int>(expected.size()));

  CommandResult r = RunDisclosure("rules diff '" + Catalog() + "' '" + dir / "new.json" +
                                  "' --events '" + dir / "all.jsonl" + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::set<std::string> reported;
  std::regex row(R"(^  (\S+)  (\S+) → (\S+)  \(reasons)");
  std::istringstream out(r.out);
  for (std::string line; std::getline(out, line);) {
    std::smatch m;
    if (std::regex_search(line, m, row))
      reported.insert(m[1].str() + " " + m[2].str() + " → " + m[3].str());
  }
  EXPECT_EQ(reported, expected) << r.out;
  EXPECT_NE(r.out.find("route changes: " + std::to_string(expected.size())), std::string::npos)
      << r.out;
}

// ---- catalog --------------------------------------------------------------------------------

TEST(CatalogCli, GivenDefaultCatalog_WhenRenderedInEachFormat_ThenEveryItemListed) {
  CommandResult html = RunDisclosure("catalog '" + Catalog() + "' --format html");
  EXPECT_EQ(html.exit_code, 0) << html.err;
  EXPECT_NE(html.out.find("<html lang=\"zh-CN\">"), std::string::npos);
  EXPECT_NE(html.out.find("<th>公开对象</th>"), std::string::npos);
  EXPECT_NE(html.out.find("行政许可决定（法人和其他组织）"), std::string::npos);
  CommandResult csv = RunDisclosure("catalog default --format csv");
  EXPECT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind(
                "序号,编号,一级事项,二级事项,名称,内容,依据,时限,主体,方式,渠道,公开对象,公开层级\r\n", 0), 0u);
  size_t rows = 0;
  for (size_t at = 0; (at = csv.out.find("\r\n", at)) != std::string::npos; at += 2) ++rows;
  EXPECT_EQ(rows, 12u);  // header + 11 items (no field of the default catalog holds a CRLF)
  CommandResult json = RunDisclosure("catalog default --format json");
  rapidjson::Document d;
  d.Parse(json.out.c_str());
  ASSERT_FALSE(d.HasParseError());
  EXPECT_EQ(d["items"].Size(), 11u);
  EXPECT_EQ(RunDisclosure("catalog default --format pdf").exit_code, 2);
}

}  // namespace
}  // namespace disclosure::testing
