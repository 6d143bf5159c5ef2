// The red-team documents (tests/redteam/*.jsonl): realistic documents written by hand, without
// reading the engine, with every planted person's name, other personal value and must-keep value
// listed (scripts/redteam.py prints the leaks one by one). Redacted as text no party names, they
// still leak some names (redaction/README.md, "where it can miss"): this test holds the counts
// measured when they were last lowered, so that a change that leaks more, or masks a value that
// must stay, fails. Lower the limits when a change leaks less.
#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/redaction.h"

namespace disclosure::redaction {
namespace {

struct Limits {
  const char* file;
  int documents;
  int names_leaked;  // "names" entries still written in the output
  int pii_leaked;    // "pii" entries still written in the output
  int keeps_lost;    // "keep" entries written fewer times than in the input
};

// (Set L's must-keep values lost went from 4 to 5 in session forty-eight, on purpose: its
// 团结村委会 is masked where a house-level address holds it, 团结村委会曼勐队27号, since the
// policy takes a village with its numbers as one chunk.)
// (Set I's went from 20 to 23 in session fifty, on purpose: a translator's line,
// 电话0998-2890316转外语学院办公室, is masked with the translator, who is no officer; and two
// heads of village committees (村民委员会主任黄志勇), who act for no state organ, as the other
// sets' writers and the engine since session thirty-nine have it.) Set M's went from 24 to 25
// then: a forest's certificate number (林权证号：麻林证字（2019）第0871号) is masked, as the
// policy has property certificates' numbers and set A's writer has it. Set H's went from 3 to
// 4 and set I's from 23 to 25 then too: four minors' schools (南宁市青秀区凤岭初级中学初一（4）班)
// are masked where no party marks a minor, as the policy has a minor's school (未成年人保护法
// Art. 103) and set M's writer has it. Set H's went from 4 to 5 in session fifty-one: a village
// committee's clerk as a form's 经办人 (经办人：马晓燕（村委会文书）) is masked, as sets B and D
// have such handlers and as the engine has village committees' members since session
// thirty-nine. Set L's went from 4 to 5 in session fifty-two: a class's QQ group number
// (班级QQ群（群号738261094）) is masked, as sets E, F and I's writers have such numbers.
// Set S's names went from 53 to 55 in session fifty-three, the session that added it: a chat
// speaker after a time must now be led as a name is (a surname, 阿 小 老, a character of names by
// their sound, or two of given names), so that a police log's steps stay (14:20 到达现场：).
// Set O's values lost went from 8 to 9 in session sixty-six: the streamer's name 婷婷, masked
// where a chat calls her 婷婷姐 (GivenNameBeforeElderWord), is masked in her shop's name too
// (“婷婷优选”), as every mention of a name found is.
constexpr Limits kSets[] = {
    {"set-a.jsonl", 40, 12, 0, 0},  {"set-b.jsonl", 40, 33, 0, 0},  {"set-c.jsonl", 40, 15, 0, 2},
    {"set-d.jsonl", 40, 24, 1, 5},  {"set-e.jsonl", 40, 36, 1, 3},  {"set-f.jsonl", 40, 74, 1, 1},
    {"set-g.jsonl", 40, 49, 2, 8},  {"set-h.jsonl", 40, 44, 4, 6},  {"set-i.jsonl", 40, 26, 5, 25},
    {"set-j.jsonl", 40, 39, 0, 5},  {"set-k.jsonl", 40, 13, 0, 2},  {"set-l.jsonl", 40, 41, 9, 4},
    {"set-m.jsonl", 40, 43, 4, 21}, {"set-n.jsonl", 40, 47, 4, 18}, {"set-o.jsonl", 40, 19, 2, 9},
    {"set-p.jsonl", 20, 18, 1, 0},  {"set-q.jsonl", 20, 23, 2, 0},  {"set-r.jsonl", 20, 29, 3, 2},
    {"set-s.jsonl", 20, 24, 2, 1},  {"set-t.jsonl", 20, 33, 3, 0},  {"set-u.jsonl", 20, 20, 2, 0},
    {"set-v.jsonl", 20, 10, 5, 0},  {"set-w.jsonl", 20, 9, 5, 4},   {"set-x.jsonl", 20, 31, 2, 0},
    {"set-y.jsonl", 20, 45, 6, 0},  {"set-z.jsonl", 20, 39, 7, 1},  {"set-aa.jsonl", 20, 55, 2, 5},
    {"set-ab.jsonl", 20, 36, 0, 0}, {"set-ac.jsonl", 20, 30, 1, 4}, {"set-ad.jsonl", 20, 46, 1, 1},
    {"set-ae.jsonl", 20, 33, 4, 1}, {"set-af.jsonl", 20, 44, 7, 2}, {"set-ag.jsonl", 20, 21, 0, 0},
    {"set-ah.jsonl", 20, 20, 0, 1}, {"set-ai.jsonl", 20, 31, 0, 1}, {"set-aj.jsonl", 20, 15, 3, 5},
    {"set-ak.jsonl", 20, 37, 1, 1}, {"set-al.jsonl", 20, 39, 1, 3},
};

size_t Count(std::string_view text, std::string_view value) {
  size_t n = 0;
  for (size_t at = text.find(value); !value.empty() && at != std::string_view::npos;
       at = text.find(value, at + 1)) {
    ++n;
  }
  return n;
}

// The times `value` is written in `text` but inside a longer planted value, which is masked with
// it (110 in an ID that starts 110105…, 红砂村 in the address 红砂村5组27号), as
// scripts/redteam.py counts them.
size_t CountOutside(std::string_view text, std::string_view value,
                    const std::vector<std::string>& names, const std::vector<std::string>& pii) {
  std::vector<std::pair<size_t, size_t>> planted;
  for (const auto* values : {&names, &pii}) {
    for (const std::string& v : *values) {
      for (size_t at = text.find(v); !v.empty() && at != std::string_view::npos;
           at = text.find(v, at + 1)) {
        planted.emplace_back(at, at + v.size());
      }
    }
  }
  size_t n = 0;
  for (size_t at = text.find(value); !value.empty() && at != std::string_view::npos;
       at = text.find(value, at + 1)) {
    const size_t end = at + value.size();
    n += std::none_of(planted.begin(), planted.end(), [&](const auto& p) {
      return p.first <= at && end <= p.second && p.second - p.first > value.size();
    });
  }
  return n;
}

std::vector<std::string> Strings(const rapidjson::Value& doc, const char* key) {
  std::vector<std::string> out;
  if (!doc.HasMember(key)) return out;
  for (const auto& v : doc[key].GetArray()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

// Calls f(doc) for each document of the set `file`, parsed (a line that does not parse fails the
// test where it is).
template <typename F>
void ForEachDocument(const char* file, F&& f) {
  std::ifstream in(std::string(DISCLOSURE_SOURCE_DIR) + "/tests/redteam/" + file);
  ASSERT_TRUE(in.good());
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty()) continue;
    rapidjson::Document doc;
    doc.Parse(line.data(), line.size());
    ASSERT_FALSE(doc.HasParseError()) << file << ":" << number;
    f(doc);
  }
}

TEST(RedactRedTeam,
     GivenTheRedTeamDocuments_WhenRedactedWithoutParties_ThenNoMoreLeaksThanRecorded) {
  for (const Limits& set : kSets) {
    SCOPED_TRACE(set.file);
    int documents = 0, names_leaked = 0, pii_leaked = 0, keeps_lost = 0, names = 0;
    ForEachDocument(set.file, [&](const rapidjson::Document& doc) {
      const std::string id = doc["id"].GetString();
      const std::string_view text(doc["text"].GetString(), doc["text"].GetStringLength());
      const Field fields[] = {{"text", text}};
      const RedactedItem item = Redact({}, {}, fields);
      const std::string& out = item.fields.at(0).second;
      ++documents;
      // (Entries by their index, never their values: the data are synthetic, but a test's
      // output should not teach anyone to print personal values.)
      const std::vector<std::string> planted = Strings(doc, "names");
      names += static_cast<int>(planted.size());
      for (size_t k = 0; k < planted.size(); ++k) {
        if (Count(out, planted[k]) > 0) {
          ++names_leaked;
          std::printf("%s: names[%zu] leaked\n", id.c_str(), k);
        }
      }
      const std::vector<std::string> pii = Strings(doc, "pii");
      for (size_t k = 0; k < pii.size(); ++k) {
        if (Count(out, pii[k]) > 0) {
          ++pii_leaked;
          std::printf("%s: pii[%zu] leaked\n", id.c_str(), k);
        }
      }
      const std::vector<std::string> keep = Strings(doc, "keep");
      for (size_t k = 0; k < keep.size(); ++k) {
        if (Count(out, keep[k]) < CountOutside(text, keep[k], planted, pii)) {
          ++keeps_lost;
          std::printf("%s: keep[%zu] lost\n", id.c_str(), k);
        }
      }
    });
    EXPECT_EQ(documents, set.documents);
    EXPECT_GT(names, 0);
    EXPECT_LE(names_leaked, set.names_leaked);
    EXPECT_LE(pii_leaked, set.pii_leaked);
    EXPECT_LE(keeps_lost, set.keeps_lost);
    std::printf("%s: %d documents, %d of %d names leaked, %d pii leaked, %d keeps lost\n", set.file,
                documents, names_leaked, names, pii_leaked, keeps_lost);
  }
}

// Every red-team document cut at every 29th byte, its prefix and its suffix each redacted
// alone: no throw (a text that ends or starts in the middle of a context, 他前妻“ab, 称：“, as a
// truncated field does: a 600 s fuzz run's finding in session seventy-one, where a compare past
// the text's end threw std::out_of_range and so would have stopped the pipeline). The fuzzer
// checks arbitrary bytes; this, the contexts the rules read.
TEST(RedactRedTeam, GivenTheRedTeamDocumentsCut_WhenEachPartRedacted_ThenNoThrow) {
  // (Every 29th byte: at every 7th the AddressSanitizer build took 290 s, at every byte the
  // plain one 60 s. ASan's run at every 7th found FamiliarNameAt reading the byte before a text
  // that starts 小刚", fixed in session seventy-one.)
  constexpr size_t kStep = 29;
  size_t parts = 0;
  for (const Limits& set : kSets) {
    SCOPED_TRACE(set.file);
    ForEachDocument(set.file, [&](const rapidjson::Document& doc) {
      const std::string_view text(doc["text"].GetString(), doc["text"].GetStringLength());
      for (size_t cut = 0; cut <= text.size(); cut += kStep) {
        for (const std::string_view part : {text.substr(0, cut), text.substr(cut)}) {
          const Field fields[] = {{"text", part}};
          EXPECT_NO_THROW((void)Redact({}, {}, fields)) << doc["id"].GetString() << " cut " << cut;
          ++parts;
        }
      }
    });
  }
  EXPECT_GT(parts, 100000u);
}

}  // namespace
}  // namespace disclosure::redaction
