// The operators' rule tools (rules/tools.h): check, golden cases, explain, diff, catalog; and
// RuleSetHolder and the (type, domain) index of Decide.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "rules/rules.h"
#include "rules/tools.h"

namespace disclosure::rules {
namespace {

std::string ReadSource(const std::string& relative) {
  std::ifstream in(std::string(DISCLOSURE_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> ExampleLines() {
  std::vector<std::string> lines;
  std::istringstream in(ReadSource("examples/events.jsonl"));
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::shared_ptr<const events::Parser> NewParser() {
  auto parser = events::Parser::Create();
  EXPECT_TRUE(parser.ok()) << parser.status().message();
  return parser.value();
}

std::shared_ptr<const RuleSet> Compile(std::string_view text) {
  auto set = RuleSet::FromText(text, "t.json", nullptr);
  EXPECT_TRUE(set.ok()) << set.status().message();
  return set.ok() ? set.value() : nullptr;
}

// Findings as "line:column: severity-word text" without the file name, for readable asserts.
std::vector<std::string> Lines(const CheckReport& report) {
  std::vector<std::string> out;
  for (const CheckFinding& f : report.findings) out.push_back(f.ToString());
  return out;
}

bool AnyContains(const std::vector<std::string>& lines, const std::string& a,
                 const std::string& b = "") {
  for (const std::string& l : lines) {
    if (l.find(a) != std::string::npos && l.find(b) != std::string::npos) return true;
  }
  return false;
}

// A small valid rule file; `items` is spliced into its items array.
std::string RuleFile(const std::string& items, const std::string& extra_top = "") {
  return "{\n"
         "  \"catalog_version\": \"t\",\n" +
         extra_top + "  \"items\": [\n" + items +
         "  ]\n"
         "}\n";
}

const char* kOrgItem =
    "    {\"id\": \"org\", \"name\": \"单位处罚\", \"basis\": \"b\", \"route\": \"publish\",\n"
    "     \"deadline\": {\"working_days\": 7, \"from\": \"decision.decided_at\"},\n"
    "     \"match\": {\"event_types\": [\"penalty.decided\"],\n"
    "               \"parties\": {\"quantifier\": \"all\", \"roles\": [\"offender\"], "
    "\"natural_person\": false}}}";

// ---- check ----------------------------------------------------------------------------------

TEST(RulesCheck, GivenDefaultCatalog_WhenChecked_ThenNoFindings) {
  CheckReport report = CheckRuleText(DefaultCatalogText(), "default-catalog.json");
  EXPECT_TRUE(report.findings.empty()) << ::testing::PrintToString(Lines(report));
}

TEST(RulesCheck, GivenUnknownFieldAndUnreachableItem_WhenChecked_ThenBothReportedWithLines) {
  // Line 8: a misspelt field, and an item that the item on lines 4-7 shadows (a narrower match
  // of the same event type comes after a broader one).
  std::string text =
      RuleFile(std::string(kOrgItem) + ",\n" +  // lines 4-7
               "    {\"id\": \"org-traffic\", \"name\": \"交通\", \"bassis\": \"b\", "
               "\"time_limit\": \"7日\",\n"
               "     \"route\": \"publish\", \"match\": {\"event_types\": [\"penalty.decided\"],\n"
               "     \"domains\": [\"traffic\"], \"parties\": {\"quantifier\": \"all\", \"roles\": "
               "[\"offender\"], \"natural_person\": false}}}\n");
  CheckReport report = CheckRuleText(text, "f.json");
  std::vector<std::string> lines = Lines(report);
  EXPECT_TRUE(AnyContains(lines, "f.json:8:41: error: items[1].bassis: unknown field",
                          "did you mean \"basis\"?"))
      << ::testing::PrintToString(lines);
  EXPECT_TRUE(AnyContains(lines, "f.json:8:5: error: items[1]: item \"org-traffic\" is unreachable",
                          "item items[0] \"org\""))
      << ::testing::PrintToString(lines);
  EXPECT_EQ(report.errors(), 3) << ::testing::PrintToString(lines);  // + missing "basis"
}

TEST(RulesCheck, GivenSyntaxError_WhenChecked_ThenParsingStopsAtItsLineAndColumn) {
  // The parser does not recover: a syntax error is reported alone (documented in README).
  std::string text = "{\n  \"catalog_version\": \"t\"\n  \"items\": []\n}\n";
  CheckReport report = CheckRuleText(text, "s.json");
  ASSERT_EQ(report.findings.size(), 1u);
  EXPECT_EQ(report.findings[0].where, "s.json:3:3");
  EXPECT_NE(report.findings[0].what.find("syntax error"), std::string::npos);
}

TEST(RulesCheck, GivenMisspeltConditionAndValue_WhenChecked_ThenNearestNamesSuggested) {
  std::string text = RuleFile(
      "    {\"id\": \"a\", \"name\": \"n\", \"basis\": \"b\", \"time_limit\": \"t\", \"route\": "
      "\"publish\",\n"
      "     \"match\": {\"event_types\": [\"penalty.decide\"], \"domain\": [\"traffic\"]}}\n");
  std::vector<std::string> lines = Lines(CheckRuleText(text, "f.json"));
  EXPECT_TRUE(AnyContains(lines, "f.json:5:", "did you mean \"penalty.decided\"?"))
      << ::testing::PrintToString(lines);
  EXPECT_TRUE(AnyContains(lines, "match.domain: unknown condition", "did you mean \"domains\"?"))
      << ::testing::PrintToString(lines);
}

TEST(RulesCheck, GivenContradictoryConditions_WhenChecked_ThenEachItemNeverMatches) {
  std::string text = RuleFile(
      "    {\"id\": \"a\", \"name\": \"n\", \"basis\": \"b\", \"time_limit\": \"t\", \"route\": "
      "\"publish\",\n"
      "     \"match\": {\"event_types\": [\"license.decided\"], \"domains\": [\"traffic\"]}},\n"
      "    {\"id\": \"b\", \"name\": \"n\", \"basis\": \"b\", \"time_limit\": \"t\", \"route\": "
      "\"publish\",\n"
      "     \"match\": {\"event_types\": [\"penalty.decided\"], \"field_in\": "
      "{\"decision.result\": "
      "[\"警告\"]}, \"field_not_in\": {\"decision.result\": [\"警告\", \"罚款\"]}}},\n"
      "    {\"id\": \"c\", \"name\": \"n\", \"basis\": \"b\", \"time_limit\": \"t\", \"route\": "
      "\"publish\",\n"
      "     \"match\": {\"event_types\": [\"license.decided\"], \"parties\": {\"quantifier\": "
      "\"all\", \"roles\": [\"applicant\"], \"kind\": \"organization\"},\n"
      "       \"all_of\": [{\"parties\": {\"roles\": [\"applicant\"], \"natural_person\": true, "
      "\"kind\": \"person\"}}]}}\n");
  std::vector<std::string> lines = Lines(CheckRuleText(text, "f.json"));
  EXPECT_TRUE(AnyContains(
      lines, "f.json:5:15: error: items[0].match: ", "item \"a\" can never match: no event"))
      << ::testing::PrintToString(lines);
  EXPECT_TRUE(
      AnyContains(lines, "f.json:7:15: error: items[1].match: ", "item \"b\" can never match"))
      << ::testing::PrintToString(lines);
  EXPECT_TRUE(
      AnyContains(lines, "f.json:9:15: error: items[2].match: ", "item \"c\" can never match"))
      << ::testing::PrintToString(lines);
}

TEST(RulesCheck, GivenItemShadowedByExclusionForOneOfTwoTypes_WhenChecked_ThenWarningOnly) {
  std::string text = RuleFile(
      "    {\"id\": \"closed\", \"name\": \"n\", \"basis\": \"b\", \"time_limit\": \"t\", "
      "\"route\": \"on_request\",\n"
      "     \"match\": {\"event_types\": [\"case.closed\", \"case.filed\"], \"domains\": "
      "[\"criminal\"]}}\n",
      "  \"exclusions\": [{\"id\": \"x\", \"says\": \"s\", \"match\": {\"event_types\": "
      "[\"case.closed\"]}}],\n");
  CheckReport report = CheckRuleText(text, "f.json");
  EXPECT_EQ(report.errors(), 0) << ::testing::PrintToString(Lines(report));
  EXPECT_TRUE(AnyContains(Lines(report), "warning:", "unreachable for case.closed"))
      << ::testing::PrintToString(Lines(report));
}

TEST(RulesCheck, GivenNoTimeLimitAndUndefinedProfile_WhenChecked_ThenBothAreErrors) {
  std::string text = RuleFile(
      "    {\"id\": \"a\", \"name\": \"n\", \"basis\": \"b\", \"route\": \"on_request\", "
      "\"profile\": \"shuang-gongshi\",\n"
      "     \"match\": {\"event_types\": [\"license.decided\"]}}\n",
      "  \"profiles\": {\"shuang-gongshi-listing\": {\"keep_legal_representative\": true}},\n");
  std::vector<std::string> lines = Lines(CheckRuleText(text, "f.json"));
  EXPECT_TRUE(AnyContains(lines, "item \"a\" has no \"time_limit\""))
      << ::testing::PrintToString(lines);
  EXPECT_TRUE(AnyContains(lines, "undefined profile \"shuang-gongshi\"",
                          "did you mean \"shuang-gongshi-listing\"?"))
      << ::testing::PrintToString(lines);
}

TEST(RulesCheck, GivenDefinedProfile_WhenCompiled_ThenRuleSetFindsIt) {
  auto set =
      Compile(RuleFile(std::string(kOrgItem) + "\n",
                       "  \"profiles\": {\"listing\": {\"keep_legal_representative\": true}},\n"));
  ASSERT_NE(set, nullptr);
  ASSERT_NE(set->FindProfile("listing"), nullptr);
  EXPECT_TRUE(set->FindProfile("listing")->keep_legal_representative);
  EXPECT_NE(set->FindProfile("default"), nullptr);
  EXPECT_EQ(set->FindProfile("other"), nullptr);
}

// ---- golden cases ---------------------------------------------------------------------------

TEST(GoldenCases, GivenShippedCases_WhenRunOnDefaultCatalog_ThenAllPass) {
  auto cases = LoadGoldenCases(std::string(DISCLOSURE_SOURCE_DIR) + "/rules/cases");
  ASSERT_TRUE(cases.ok()) << cases.status().message();
  auto set = RuleSet::Default(nullptr);
  ASSERT_TRUE(set.ok());
  auto parser = NewParser();
  for (const GoldenCase& c : cases.value()) {
    CaseResult r = RunGoldenCase(**set, *parser, c);
    EXPECT_TRUE(r.passed) << c.name << ": " << ::testing::PrintToString(r.failures);
  }
}

TEST(GoldenCases, GivenDefaultCatalog_ThenEveryRuleIdIsCoveredBySomeCase) {
  auto cases = LoadGoldenCases(std::string(DISCLOSURE_SOURCE_DIR) + "/rules/cases");
  ASSERT_TRUE(cases.ok()) << cases.status().message();
  std::set<std::string> covered;
  for (const GoldenCase& c : cases.value()) {
    if (c.reasons) covered.insert(c.reasons->begin(), c.reasons->end());
  }
  auto set = RuleSet::Default(nullptr);
  ASSERT_TRUE(set.ok());
  std::vector<std::string> ids = RuleIds(**set);
  EXPECT_EQ(ids.size(), 2u + 11u + 6u);  // exclusions, items, overrides
  for (const std::string& id : ids) {
    EXPECT_TRUE(covered.count(id)) << "rule \"" << id << "\" has no golden case in rules/cases";
  }
}

TEST(GoldenCases, GivenWrongExpectation_WhenRun_ThenFailureNamesFieldAndBothValues) {
  std::string line = ExampleLines()[1];  // EX-0002: publish
  auto c = ParseGoldenCase(
      "{\"event\": " + line + ", \"expect\": {\"route\": \"withhold\", \"deadline_at\": null}}",
      "wrong.json");
  ASSERT_TRUE(c.ok()) << c.status().message();
  auto set = RuleSet::Default(nullptr);
  ASSERT_TRUE(set.ok());
  CaseResult r = RunGoldenCase(**set, *NewParser(), c.value());
  EXPECT_FALSE(r.passed);
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_EQ(r.failures[0], "route: expected withhold, got publish");
  EXPECT_EQ(r.failures[1], "deadline_at: expected (none), got 2026-12-01T23:59:59+08:00");
  EXPECT_NE(FormatCaseTable({r}).find("0 of 1 cases passed, 1 failed"), std::string::npos);
}

TEST(GoldenCases, GivenUnknownExpectField_WhenParsed_ThenErrorNamesIt) {
  auto c = ParseGoldenCase("{\"event\": {}, \"expect\": {\"route\": \"publish\", \"rout\": 1}}",
                           "x.json");
  ASSERT_FALSE(c.ok());
  EXPECT_NE(c.status().message().find("x.json: expect.rout: unknown field"), std::string::npos);
}

// ---- explain --------------------------------------------------------------------------------

TEST(RulesExplain, GivenWeekendDecision_WhenExplained_ThenCountingAndSkippedDaysShown) {
  auto parsed = NewParser()->Parse(ExampleLines()[1]);  // EX-0002, decided Sat 2026-11-21
  ASSERT_TRUE(std::holds_alternative<events::CaseEvent>(parsed));
  auto set = RuleSet::Default(nullptr);
  ASSERT_TRUE(set.ok());
  std::string text = ExplainDecision(**set, std::get<events::CaseEvent>(parsed));
  EXPECT_NE(text.find("MATCH penalty-traffic-person"), std::string::npos) << text;
  EXPECT_NE(text.find("from decision.decided_at 2026-11-21 Sat"), std::string::npos) << text;
  EXPECT_NE(text.find("1: 2026-11-23 Mon"), std::string::npos) << text;
  EXPECT_NE(text.find("2026-11-22 Sun weekend"), std::string::npos) << text;
  EXPECT_NE(text.find("7: 2026-12-01 Tue"), std::string::npos) << text;
  EXPECT_EQ(text.find("PROVISIONAL"), std::string::npos) << text;
}

// ---- diff -----------------------------------------------------------------------------------

TEST(RulesDiff, GivenIdenticalFiles_WhenDiffed_ThenNoChanges) {
  auto set = RuleSet::Default(nullptr);
  ASSERT_TRUE(set.ok());
  DiffReport r = DiffRuleSets(**set, **set, *NewParser(), ExampleLines());
  EXPECT_EQ(r.decided, 13);
  EXPECT_TRUE(r.changes.empty());
}

TEST(RulesDiff, GivenTrafficItemMadeOnRequest_WhenDiffed_ThenTrafficPublishesChange) {
  std::string text(DefaultCatalogText());
  std::string from =
      "\"route\": \"publish\",\n      \"deadline\": {\"working_days\": 7, "
      "\"from\": \"decision.decided_at\"},\n      // Natural persons";
  size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, from.size(), "\"route\": \"on_request\",\n      // Natural persons");
  std::string expires = "\"expires\": {\"years\": 2, \"from\": \"decision.decided_at\"},";
  text.erase(text.find(expires), expires.size());
  std::string method =
      "\"time_limit\": \"作出决定之日起7个工作日内\",\n      \"method\": "
      "\"主动公开\",\n      \"channel\": [\"政府网站\", \"政务新媒体\"],\n      "
      "\"audience\": \"社会公众\",\n      \"match\": {\n        \"event_types\": "
      "[\"penalty.decided\"],\n        \"domains\": [\"traffic\"]";
  at = text.find(method);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, method.size(),
               "\"time_limit\": \"t\",\n      \"match\": {\n        \"event_types\": "
               "[\"penalty.decided\"],\n        \"domains\": [\"traffic\"]");
  auto old_set = RuleSet::Default(nullptr);
  auto new_set = Compile(text);
  ASSERT_TRUE(old_set.ok());
  ASSERT_NE(new_set, nullptr);
  DiffReport r = DiffRuleSets(**old_set, *new_set, *NewParser(), ExampleLines());
  // EX-0002 publish → on_request; EX-0003 stays approval-level? No: on_request outranks approval.
  ASSERT_EQ(r.changes.size(), 2u) << FormatDiff(r, "old", "new");
  EXPECT_EQ(r.changes[0].event_id, "EX-0002");
  EXPECT_EQ(r.changes[1].event_id, "EX-0003");
  EXPECT_EQ((r.changed_pairs[{Route::kPublish, Route::kOnRequest}]), 1);
  EXPECT_EQ((r.changed_pairs[{Route::kApproval, Route::kOnRequest}]), 1);
  EXPECT_NE(FormatDiff(r, "old", "new").find("EX-0002  publish → on_request"), std::string::npos);
}

// ---- catalog --------------------------------------------------------------------------------

TEST(Catalog, GivenDefaultCatalog_ThenEveryItemIsPlacedInTheStandardCatalogGroups) {
  auto calendar = Calendar::Embedded();
  ASSERT_TRUE(calendar.ok());
  auto set = RuleSet::Default(calendar.value());
  ASSERT_TRUE(set.ok());
  ASSERT_FALSE(set.value()->items().empty());
  for (const CatalogItem& item : set.value()->items()) {
    EXPECT_FALSE(item.group1.empty()) << item.id;  // 一级事项
    EXPECT_FALSE(item.group2.empty()) << item.id;  // 二级事项
    EXPECT_FALSE(item.tier.empty()) << item.id;    // 公开层级
  }
}

TEST(Catalog, GivenFieldsWithCommaQuoteAndNewline_WhenCsv_ThenRfc4180Quoted) {
  auto set = Compile(RuleFile(
      "    {\"id\": \"a\", \"name\": \"甲, \\\"乙\\\"\", \"basis\": \"第一条\\n第二条\", "
      "\"time_limit\": \"7日\", \"route\": \"on_request\", \"channel\": [\"网站\", \"窗口\"],\n"
      "     \"match\": {\"event_types\": [\"license.decided\"]}}\n",
      "  \"responsible_unit\": \"梁河县公安局\",\n"));
  ASSERT_NE(set, nullptr);
  std::string csv = RenderCatalog(*set, CatalogFormat::kCsv);
  EXPECT_EQ(
      csv,
      "序号,编号,一级事项,二级事项,名称,内容,依据,时限,主体,方式,渠道,公开对象,公开层级\r\n"
      "1,a,,,\"甲, \"\"乙\"\"\",,\"第一条\n第二条\",7日,梁河县公安局,依申请公开,网站、窗口,,\r\n");
}

TEST(Catalog, GivenMarkupInText_WhenHtml_ThenEscapedAndStandalone) {
  auto set = Compile(RuleFile(
      "    {\"id\": \"a\", \"name\": \"<b>许可</b> & 决定\", \"basis\": \"b\", \"time_limit\": "
      "\"t\", \"route\": \"on_request\", \"match\": {\"event_types\": [\"license.decided\"]}}\n"));
  ASSERT_NE(set, nullptr);
  std::string html = RenderCatalog(*set, CatalogFormat::kHtml);
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("&lt;b&gt;许可&lt;/b&gt; &amp; 决定"), std::string::npos);
  EXPECT_EQ(html.find("<b>许可"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_NE(html.find("<td>作出决定的公安机关</td>"), std::string::npos);  // default 主体
  for (const char* h : {"名称", "内容", "依据", "时限", "主体", "方式", "渠道", "公开对象"}) {
    EXPECT_NE(html.find(std::string("<th>") + h + "</th>"), std::string::npos) << h;
  }
}

TEST(Catalog, GivenDefaultCatalog_WhenJson_ThenEveryItemWithEightElements) {
  auto set = RuleSet::Default(nullptr);
  ASSERT_TRUE(set.ok());
  rapidjson::Document d;
  d.Parse(RenderCatalog(**set, CatalogFormat::kJson).c_str());
  ASSERT_FALSE(d.HasParseError());
  ASSERT_EQ(d["items"].Size(), 11u);
  for (const auto& item : d["items"].GetArray()) {
    for (const char* k :
         {"name", "content", "basis", "time_limit", "unit", "method", "channel", "audience"}) {
      EXPECT_TRUE(item.HasMember(k)) << k;
    }
  }
}

// ---- index and reload -----------------------------------------------------------------------

TEST(RuleSetIndex, GivenManyItemsForOtherTypesAndDomains_WhenDeciding_ThenSameDecisions) {
  std::string text(DefaultCatalogText());
  std::string extra;
  for (int i = 0; i < 200; ++i) {
    extra += "{\"id\": \"x" + std::to_string(i) +
             "\", \"name\": \"n\", \"basis\": \"b\", \"time_limit\": \"t\", \"route\": "
             "\"withhold\", \"match\": {\"event_types\": [\"penalty.decided\", "
             "\"license.decided\"], \"domains\": [\"vehicle\"]}},\n";
  }
  text.insert(text.find("\"items\": [") + 10, extra);
  auto big = Compile(text);
  auto small = RuleSet::Default(nullptr);
  ASSERT_NE(big, nullptr);
  ASSERT_TRUE(small.ok());
  auto parser = NewParser();
  for (const std::string& line : ExampleLines()) {
    auto parsed = parser->Parse(line);
    ASSERT_TRUE(std::holds_alternative<events::CaseEvent>(parsed));
    const auto& e = std::get<events::CaseEvent>(parsed);
    Decision a = (*small)->Decide(e), b = big->Decide(e);
    EXPECT_EQ(a.route, b.route) << e.event_id.value();
    EXPECT_EQ(a.reasons.size(), b.reasons.size()) << e.event_id.value();
  }
  // And an event of the extra items' domain does reach them (they were inserted first).
  std::string vehicle_license = ExampleLines()[5];  // EX-0006, household → vehicle
  vehicle_license.replace(vehicle_license.find("\"household\""), 11, "\"vehicle\"");
  auto parsed = parser->Parse(vehicle_license);
  ASSERT_TRUE(std::holds_alternative<events::CaseEvent>(parsed));
  Decision d = big->Decide(std::get<events::CaseEvent>(parsed));
  ASSERT_FALSE(d.reasons.empty());
  EXPECT_EQ(d.reasons[0].rule, "x0");
}

TEST(RuleSetHolder, GivenBadReload_WhenReloading_ThenOldSetKeptAndErrorReturned) {
  auto first = RuleSet::Default(nullptr);
  ASSERT_TRUE(first.ok());
  RuleSetHolder holder(first.value());
  Status s = holder.Reload([] { return RuleSet::FromText("{\"items\": [}", "new.json", nullptr); });
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("new.json:1:"), std::string::npos) << s.message();
  EXPECT_EQ(holder.Get(), first.value());
}

TEST(RuleSetHolder, GivenGoodReloadWhileReadersRun_WhenReloading_ThenNewSetSwappedIn) {
  auto first = RuleSet::Default(nullptr);
  ASSERT_TRUE(first.ok());
  RuleSetHolder holder(first.value());
  std::atomic<bool> stop = false;
  std::atomic<int> null_reads = 0;
  std::vector<std::thread> readers;
  for (int i = 0; i < 4; ++i) {
    readers.emplace_back([&] {
      while (!stop) {
        std::shared_ptr<const RuleSet> set = holder.Get();
        if (!set || set->items().empty()) ++null_reads;
      }
    });
  }
  std::shared_ptr<const RuleSet> second;
  for (int i = 0; i < 20; ++i) {
    Status s = holder.Reload([&second] {
      auto next = RuleSet::FromText(RuleFile(std::string(kOrgItem) + "\n"), "n.json", nullptr);
      if (next.ok()) second = next.value();
      return next;
    });
    ASSERT_TRUE(s.ok()) << s.message();
  }
  stop = true;
  for (auto& t : readers) t.join();
  EXPECT_EQ(null_reads, 0);
  EXPECT_EQ(holder.Get(), second);
  EXPECT_EQ(holder.Get()->items().size(), 1u);
}

}  // namespace
}  // namespace disclosure::rules
