// The default catalog against the policy on 10,000 generated events: every route as the policy
// says (the generator works the route out independently from policy.md), and nothing that the
// policy withholds, holds on request or sends to approval comes out published.
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/pointer.h>

#include "cli/cli_support.h"

namespace disclosure::testing {
namespace {

TEST(PolicyRoutes, GivenTenThousandGeneratedEventsThenEveryRouteMatchesThePolicy) {
  TempDir dir("policy-routes");
  const std::string events = dir / "events.jsonl", planted = dir / "planted.jsonl";
  const std::string gen = "'" + GenEventsBinary() + "' --count 10000 --seed 13 --bad-fraction " +
                          "0.01 --out '" + events + "' --planted '" + planted + "' 2>/dev/null";
  ASSERT_EQ(std::system(gen.c_str()), 0);
  auto run = RunDisclosure("process --input '" + events + "' --out-dir '" + dir / "out" +
                           "' --quiet --now 2026-11-29T10:00:00+08:00");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto decisions = DecisionsById(dir / "out/decisions.jsonl");
  std::map<std::string, int> dead_reasons;
  for (const auto& line : ReadLines(dir / "out/dead_letter.jsonl")) {
    rapidjson::Document d;
    d.Parse(line.c_str());
    ++dead_reasons[d["reason"].GetString()];
  }

  int checked = 0, wrong = 0, published_against_policy = 0, to_review = 0;
  std::map<std::string, int> expected_dead;
  for (const auto& line : ReadLines(planted)) {
    rapidjson::Document p;
    p.Parse(line.c_str());
    const std::string id = p["event_id"].GetString();
    const std::string expected = p["expected_route"].GetString();
    if (expected == "dead_letter") {
      ++expected_dead[p["expected_reason"].GetString()];
      continue;
    }
    auto it = decisions.find(id);
    ASSERT_NE(it, decisions.end()) << id << " has no decision";
    rapidjson::Document d;
    d.Parse(it->second.c_str());
    const std::string route = d["route"].GetString();
    ++checked;
    const rapidjson::Value* published_at = rapidjson::Pointer("/item/published_at").Get(d);
    const bool published = published_at != nullptr && published_at->IsString();
    if (published && expected != "publish") ++published_against_policy;
    if (route == expected) continue;
    // Policy §2: a publishable item the redactor is unsure about goes to approval.
    if (expected == "publish" && route == "approval" &&
        it->second.find("\"redaction_review\"") != std::string::npos) {
      ++to_review;
      continue;
    }
    ++wrong;
    ADD_FAILURE() << id << " (" << p["scenario"].GetString() << "): expected " << expected
                  << ", got " << route;
  }
  EXPECT_GT(checked, 9000);
  EXPECT_EQ(wrong, 0);
  EXPECT_EQ(published_against_policy, 0);
  EXPECT_EQ(dead_reasons, expected_dead);
  // Doubt is the exception, not the rule: at most 1% of all events.
  EXPECT_LT(to_review, checked / 100) << to_review << " items sent to review by doubt";
}

}  // namespace
}  // namespace disclosure::testing
