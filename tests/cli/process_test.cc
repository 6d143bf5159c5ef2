// `disclosure process` end to end: the shipped examples against examples/expected.md and
// expected-items.md, every bad-input class, idempotency on a store file.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/pointer.h>

#include <regex>

#include "cli/cli_support.h"
#include "store/store.h"

namespace disclosure::testing {
namespace {

const char* kNow = "2026-11-29T10:00:00+08:00";

// The route each event must get, read from the first word of examples/expected.md's table.
std::map<std::string, std::string> ExpectedRoutes() {
  std::map<std::string, std::string> routes;
  std::istringstream in(ReadFile(SourceDir() + "/examples/expected.md"));
  std::string line;
  std::regex row(R"(^\| (EX-\d+) \| ([a-z_]+) )");
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_search(line, m, row)) routes[m[1]] = m[2];
  }
  return routes;
}

// The exact redacted texts of examples/expected-items.md: (event, field) → text.
std::map<std::pair<std::string, std::string>, std::string> ExpectedTexts() {
  std::map<std::pair<std::string, std::string>, std::string> texts;
  std::istringstream in(ReadFile(SourceDir() + "/examples/expected-items.md"));
  std::string line;
  std::regex head(R"(^\*\*(EX-\d+)\*\* `([a-z._]+)` →$)");
  std::pair<std::string, std::string> pending;
  while (std::getline(in, line)) {
    std::smatch m;
    if (std::regex_match(line, m, head)) {
      pending = {m[1], m[2]};
    } else if (!pending.first.empty() && !line.empty()) {
      texts[pending] = line;
      pending = {};
    }
  }
  return texts;
}

rapidjson::Document Parse(const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str());
  EXPECT_FALSE(d.HasParseError());
  return d;
}

std::string At(const rapidjson::Document& d, const char* pointer) {
  const rapidjson::Value* v = rapidjson::Pointer(pointer).Get(d);
  if (v == nullptr || !v->IsString()) return "<absent>";
  return v->GetString();
}

class ProcessExamples : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("examples");
    result_ = new CommandResult(RunDisclosure("process --input '" + SourceDir() +
                                              "/examples/events.jsonl' --out-dir '" +
                                              *dir_ / "out" + "' --now " + kNow + " --quiet"));
    decisions_ =
        new std::map<std::string, std::string>(DecisionsById(*dir_ / "out/decisions.jsonl"));
  }
  static void TearDownTestSuite() {
    delete decisions_;
    delete result_;
    delete dir_;
  }
  static rapidjson::Document Decision(const std::string& id) {
    auto it = decisions_->find(id);
    EXPECT_NE(it, decisions_->end()) << id;
    return Parse(it == decisions_->end() ? "{}" : it->second);
  }
  static TempDir* dir_;
  static CommandResult* result_;
  static std::map<std::string, std::string>* decisions_;
};
TempDir* ProcessExamples::dir_ = nullptr;
CommandResult* ProcessExamples::result_ = nullptr;
std::map<std::string, std::string>* ProcessExamples::decisions_ = nullptr;

TEST_F(ProcessExamples, GivenExamplesThenEveryRouteIsAsExpectedMdSays) {
  ASSERT_EQ(result_->exit_code, 0) << result_->err;
  auto expected = ExpectedRoutes();
  ASSERT_EQ(expected.size(), 13u);
  ASSERT_EQ(decisions_->size(), 13u);
  for (const auto& [id, route] : expected) {
    EXPECT_EQ(At(Decision(id), "/route"), route) << id;
  }
  EXPECT_NE(result_->out.find("13 records = 13 decisions + 0 dead letters: ok"), std::string::npos)
      << result_->out;
}

TEST_F(ProcessExamples, GivenExamplesThenRedactedTextsMatchExpectedItemsExactly) {
  auto texts = ExpectedTexts();
  ASSERT_EQ(texts.size(), 3u);
  for (const auto& [key, text] : texts) {
    ASSERT_EQ(key.second, "case.summary");
    EXPECT_EQ(At(Decision(key.first), "/item/content/facts"), text) << key.first;
  }
  std::string text = At(Decision("EX-0012"), "/item/content/text");
  EXPECT_NE(text.find("该宾馆值班经理张某1、前台服务员张某2未查验旅客身份证件"), std::string::npos)
      << text;
  for (const char* kept :
       {"梁公(治)行罚决字〔2026〕081号", "梁河县南甸宾馆有限公司", "91533122905366566K",
        "住所云南省德宏州梁河县遮岛镇长安路8号", "《中华人民共和国反恐怖主义法》第八十六条第二款",
        "罚款二千元", "李正华"}) {
    EXPECT_NE(text.find(kept), std::string::npos) << kept;
  }
}

TEST_F(ProcessExamples, GivenTrafficPenaltyThenDeadlineIsSevenWorkingDaysAndItemIsComplete) {
  auto d = Decision("EX-0002");
  EXPECT_EQ(At(d, "/deadline_at"), "2026-12-01T23:59:59+08:00");
  EXPECT_EQ(At(d, "/item/catalog/subject"), "梁河县公安局交警大队");
  EXPECT_EQ(At(d, "/item/content/parties/0/name"), "李某");
  EXPECT_EQ(At(d, "/item/published_at"), kNow);
  EXPECT_EQ(At(d, "/item/index_no").rfind("533122400000/202611-", 0), 0u)
      << At(d, "/item/index_no");
  EXPECT_EQ(At(d, "/item/item_id").rfind("pi_", 0), 0u);
  EXPECT_EQ(At(d, "/item/case_ref").rfind("cr_", 0), 0u);
  // The internal case number is never published.
  EXPECT_EQ((*decisions_)["EX-0002"].find("A5331224000002026110007"), std::string::npos);
  for (const char* element :
       {"/item/catalog/name", "/item/catalog/content", "/item/catalog/basis",
        "/item/catalog/time_limit", "/item/catalog/method", "/item/catalog/audience"}) {
    EXPECT_NE(At(d, element), "<absent>") << element;
    EXPECT_FALSE(At(d, element).empty()) << element;
  }
}

TEST_F(ProcessExamples, GivenRevocationThenTheOriginalIsRetractedWithItsReason) {
  auto d = Decision("EX-0005");
  EXPECT_EQ(At(d, "/route"), "retract");
  EXPECT_EQ(At(d, "/deadline_at"), "2026-12-02T23:59:59+08:00");
  EXPECT_EQ(At(d, "/item/action"), "retract");
  EXPECT_EQ(At(d, "/item/item_id"), At(Decision("EX-0002"), "/item/item_id"));
  EXPECT_NE(At(d, "/item/reason").find("撤销"), std::string::npos);
}

TEST_F(ProcessExamples, GivenExamplesThenNoPlantedValueOfTheExamplesIsInAnyDecision) {
  std::string all;
  for (const auto& [id, line] : *decisions_) all += line;
  for (const char* leaked : {"330106198503143895",
                             "13692332146",
                             "17773699356",
                             "13880635817",
                             "138 8063 5817",
                             "3K721",
                             "15705232792",
                             "欧阳秀兰",
                             "E12345678",
                             "6225881112422623854",
                             "13065286303",
                             "310115201202026326",
                             "黄志强",
                             "周子轩",
                             "川M20567",
                             "13302761612",
                             "张伟",
                             "张敏",
                             "杨建华",
                             "李强",
                             "王永福",
                             "孙梓涵",
                             "马海燕",
                             "勐宋村3组15号"}) {
    EXPECT_EQ(all.find(leaked), std::string::npos) << "leaked value #" << leaked[0];
  }
}

TEST_F(ProcessExamples, GivenSensitiveEventsThenNothingOfThemIsPublishedWithoutApproval) {
  EXPECT_EQ(At(Decision("EX-0003"), "/item/published_at"), "<absent>");  // null
  for (const char* id : {"EX-0001", "EX-0004", "EX-0009", "EX-0011"}) {
    EXPECT_EQ(At(Decision(id), "/route"), "withhold") << id;
  }
}

// A good event, used to surround each bad record.
std::string GoodEvent(const std::string& id) {
  return R"({"schema":"case-event/1","event_id":")" + id +
         R"(","event_type":"case.received","occurred_at":"2026-11-25T08:10:00+08:00","source":{"system":"执法办案系统","unit_code":"533122030000","unit_name":"梁河县公安局九保派出所"},"case":{"case_id":"A1","domain":"administrative","category":"噪音扰民"}})";
}

TEST(ProcessBadInput, GivenEveryBadClassThenEachIsADeadLetterWithItsReasonAndGoodOnesAreDecided) {
  TempDir dir("bad-input");
  std::string bad_role = GoodEvent("BAD-ROLE");
  bad_role.insert(bad_role.size() - 1,
                  R"(,"parties":[{"party_id":"P1","kind":"person","role":"boss","name":"某"}])");
  std::vector<std::pair<std::string, std::string>> bad = {
      {"invalid_json", R"({"schema":"case-event/1","event_id":)"},
      {"invalid_utf8", "{\"schema\":\"case-event/1\",\"event_id\":\"\xff\xfe\"}"},
      {"too_large", GoodEvent("BIG").substr(0, 40) + std::string(1100000, ' ') + "}"},
      {"unsupported_schema", R"({"schema":"case-event/2","event_id":"X"})"},
      {"schema_violation", bad_role},
      {"schema_violation", R"([{"schema":"case-event/1"}])"},
      {"unknown_reference",
       R"({"schema":"case-event/1","event_id":"R-1","event_type":"penalty.revoked","occurred_at":"2026-11-28T15:00:00+08:00","refers_to":"NEVER-SEEN","source":{"system":"执法办案系统","unit_code":"533122400000","unit_name":"梁河县公安局交警大队"},"case":{"case_id":"A2","domain":"traffic","category":"饮酒后驾驶机动车"}})"},
  };
  std::string input;
  int n = 0;
  for (const auto& [reason, record] : bad) {
    input += GoodEvent("G-" + std::to_string(n++)) + "\n" + record + "\n";
  }
  input += GoodEvent("G-" + std::to_string(n++)) + "\n\n";
  WriteFile(dir / "in.jsonl", input);

  auto r = RunDisclosure("process --input '" + dir / "in.jsonl" + "' --out-dir '" + dir / "out" +
                         "' --quiet");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto decisions = ReadLines(dir / "out/decisions.jsonl");
  auto dead = ReadLines(dir / "out/dead_letter.jsonl");
  EXPECT_EQ(decisions.size(), static_cast<size_t>(n));
  ASSERT_EQ(dead.size(), bad.size());
  for (size_t i = 0; i < bad.size(); ++i) {
    auto d = Parse(dead[i]);
    EXPECT_EQ(At(d, "/reason"), bad[i].first) << i;
    EXPECT_EQ(At(d, "/schema"), "dead-letter/1");
    // Records are lines 2, 4, 6, … of the input.
    EXPECT_EQ(d["source"]["line"].GetInt64(), static_cast<int64_t>(2 * i + 2));
  }
  // The original bytes come back untouched (base64 of the invalid UTF-8 record).
  EXPECT_EQ(At(Parse(dead[1]), "/payload_base64"),
            "eyJzY2hlbWEiOiJjYXNlLWV2ZW50LzEiLCJldmVudF9pZCI6Iv/+In0=");
  EXPECT_NE(At(Parse(dead[4]), "/detail").find("/parties/0/role"), std::string::npos);
  EXPECT_EQ(At(Parse(dead[4]), "/detail").find("boss"), std::string::npos);
  EXPECT_NE(r.out.find("15 records = 8 decisions + 7 dead letters: ok"), std::string::npos)
      << r.out;
}

TEST(ProcessIdempotency, GivenSameStoreFileWhenRunTwiceThenNoSecondDecision) {
  TempDir dir("idempotent");
  std::string args = "process --input '" + SourceDir() +
                     "/examples/events.jsonl' --db 'sqlite:" + dir / "store.db" + "' --now " +
                     kNow + " --quiet --out-dir '";
  auto first = RunDisclosure(args + dir / "one" + "'");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("(new 13, already decided 0)"), std::string::npos) << first.out;
  auto second = RunDisclosure(args + dir / "two" + "'");
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("(new 0, already decided 13)"), std::string::npos) << second.out;
  // The second run reports the stored decisions: the same records, item ids and index numbers.
  EXPECT_EQ(ReadFile(dir / "one/decisions.jsonl"), ReadFile(dir / "two/decisions.jsonl"));
  auto audit = RunDisclosure("audit verify --db 'sqlite:" + dir / "store.db" + "'");
  EXPECT_EQ(audit.exit_code, 0) << audit.out << audit.err;
}

// Data minimisation: the raw event (personal data and all) is stored only beside an item that
// waits for approval, where the console shows it to approvers.
TEST(ProcessStore, GivenExamplesThenOriginalsAreKeptOnlyForItemsAwaitingApproval) {
  TempDir dir("originals");
  auto run = RunDisclosure("process --input '" + SourceDir() +
                           "/examples/events.jsonl' --db 'sqlite:" + dir / "store.db" + "' --now " +
                           kNow + " --quiet --out-dir '" + dir / "out" + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto store = store::Store::Open("sqlite:" + dir / "store.db");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto routes = ExpectedRoutes();
  ASSERT_GE(routes.size(), 10u);
  int kept = 0;
  for (const auto& [id, route] : routes) {
    auto original = store.value()->FindOriginal(EventId(id));
    ASSERT_TRUE(original.ok()) << id;
    EXPECT_EQ(original.value().has_value(), route == "approval") << id << " " << route;
    kept += original.value().has_value() ? 1 : 0;
  }
  EXPECT_GE(kept, 1);
}

// The pipeline gives the store what the approval queue shows (the catalog's name, the title,
// the reasons) from the values it writes into the decision: each queue row must say what its
// decision record says.
TEST(ProcessStore, GivenGeneratedEventsThenEachApprovalQueueRowShowsWhatItsDecisionSays) {
  TempDir dir("queue");
  std::string events = dir / "events.jsonl";
  std::string gen =
      "'" + GenEventsBinary() + "' --count 2000 --seed 3 --out '" + events + "' 2>/dev/null";
  ASSERT_EQ(std::system(gen.c_str()), 0);
  auto run = RunDisclosure("process --input '" + events + "' --db 'sqlite:" + dir / "store.db" +
                           "' --now " + kNow + " --quiet --out-dir '" + dir / "out" + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto store = store::Store::Open("sqlite:" + dir / "store.db");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  auto queue = store.value()->ListQueue({});
  ASSERT_TRUE(queue.ok());
  ASSERT_GT(queue.value().size(), 50u);
  int four_eyes = 0;
  for (const store::QueueRow& row : queue.value()) {
    auto found = store.value()->FindDecision(row.event_id);
    ASSERT_TRUE(found.ok() && found.value().has_value()) << row.event_id.value();
    rapidjson::Document decision = Parse(found.value()->decision_json);
    const std::string title = At(decision, "/item/content/title");
    EXPECT_EQ(row.title, title == "<absent>" ? "" : title) << row.event_id.value();
    EXPECT_EQ(row.catalog_name, At(decision, "/item/catalog/name")) << row.event_id.value();
    EXPECT_EQ(row.catalog_id, At(decision, "/catalog_id")) << row.event_id.value();
    rapidjson::Document reasons = Parse(row.reasons_json);
    ASSERT_TRUE(reasons.IsArray());
    EXPECT_TRUE(reasons == decision["reasons"]) << row.event_id.value();
    bool misconduct = false;
    for (const auto& r : reasons.GetArray()) {
      misconduct = misconduct || std::string(r["rule"].GetString()) == "police-misconduct";
    }
    EXPECT_EQ(row.needs_second, misconduct) << row.event_id.value();
    four_eyes += row.needs_second ? 1 : 0;
  }
  EXPECT_GT(four_eyes, 0);
}

// The pure stages run on several threads; the store stage takes their results in order, so
// the decisions are byte for byte those of one thread.
TEST(ProcessThreads, GivenFourPrepareThreadsThenTheSameDecisionsAsOne) {
  TempDir dir("threads");
  std::string events = dir / "events.jsonl";
  std::string gen = "'" + GenEventsBinary() +
                    "' --count 3000 --seed 5 --bad-fraction 0.02 --out '" + events +
                    "' 2>/dev/null";
  ASSERT_EQ(std::system(gen.c_str()), 0);
  WriteFile(dir / "config.json", R"({"hmac_key": {"env": "DISCLOSURE_TEST_THREADS_KEY"}})");
  ::setenv("DISCLOSURE_TEST_THREADS_KEY", "threads-test-key-0123456789abcdef", 1);
  for (const char* threads : {"1", "4"}) {
    auto run =
        RunDisclosure("process --config '" + dir / "config.json" + "' --input '" + events +
                      "' --db 'sqlite:" + dir / threads + ".db' --now " + kNow +
                      " --quiet --threads " + threads + " --out-dir '" + dir / threads + "'");
    ASSERT_EQ(run.exit_code, 0) << run.err;
  }
  std::string one = ReadFile(dir / "1/decisions.jsonl");
  EXPECT_GT(ReadLines(dir / "1/decisions.jsonl").size(), 2500u);
  EXPECT_EQ(one, ReadFile(dir / "4/decisions.jsonl"));
  EXPECT_EQ(ReadFile(dir / "1/dead_letter.jsonl"), ReadFile(dir / "4/dead_letter.jsonl"));
  EXPECT_FALSE(ReadFile(dir / "1/dead_letter.jsonl").empty());
}

TEST(ProcessUsage, GivenMissingInputThenExit2AndMessageNamesTheFile) {
  TempDir dir("usage");
  auto r = RunDisclosure("process --input /nonexistent/x.jsonl --out-dir '" + dir / "o" + "'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/nonexistent/x.jsonl"), std::string::npos) << r.err;
  auto help = RunDisclosure("process --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--out-dir"), std::string::npos);
  auto bad = RunDisclosure("process --inptu x");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("unknown option --inptu"), std::string::npos);
}

TEST(Cli, GivenEveryCommandThenHelpAnswersWithExit0) {
  for (const char* command : {"run", "process", "redact", "rules", "catalog", "approvals",
                              "console", "users", "broker", "report", "audit"}) {
    auto r = RunDisclosure(std::string(command) + " --help");
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_NE(r.out.find("usage: disclosure " + std::string(command)), std::string::npos)
        << command << ": " << r.out;
  }
}

}  // namespace
}  // namespace disclosure::testing
