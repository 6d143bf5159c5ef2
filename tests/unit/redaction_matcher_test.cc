// internal::MultiMatcher, which tests a filter on each position's first bytes (or, when every
// pattern has six bytes or more, on every other position's) eight positions at a time, against
// a plain search for every pattern at every offset: on random patterns and
// texts (short and long) of digits, letters, CJK, full-width and other multi-byte characters
// and stray continuation bytes.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "redaction/matcher.h"

namespace {

using disclosure::redaction::internal::MultiMatcher;
using Match = std::tuple<size_t, size_t, int>;  // begin, end, id

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Every occurrence of every pattern of two bytes or more, except those of a pattern of four
// bytes or more at a continuation byte when no such pattern starts with one (the matcher tests
// only character starts then; patterns of 2–3 bytes are tested at every byte).
std::vector<Match> PlainSearch(const std::vector<std::string>& patterns, std::string_view text) {
  bool continuation_start = false;
  for (const std::string& p : patterns) {
    if (p.size() >= 4 && IsContinuation(p[0])) continuation_start = true;
  }
  std::vector<Match> found;
  for (size_t id = 0; id < patterns.size(); ++id) {
    const std::string& p = patterns[id];
    if (p.size() < 2) continue;
    for (size_t i = 0; i + p.size() <= text.size(); ++i) {
      if (text.substr(i, p.size()) != p) continue;
      if (p.size() >= 4 && IsContinuation(text[i]) && !continuation_start) continue;
      found.emplace_back(i, i + p.size(), static_cast<int>(id));
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

bool BeginOrder(const Match& a, const Match& b) { return std::get<0>(a) < std::get<0>(b); }

TEST(RedactMatcher, GivenRandomPatternsAndTexts_WhenScanned_ThenSameAsPlainSearch) {
  static const std::vector<std::string> kPieces = {"1",
                                                   "2",
                                                   "3",
                                                   "X",
                                                   "a",
                                                   " ",
                                                   "张",
                                                   "三",
                                                   "李",
                                                   "号",
                                                   "\xEF\xBC\x91",
                                                   "\xE3\x80\x80",
                                                   "\xC2\xB7",
                                                   "\xF0\x9F\x98\x80",
                                                   "\x80"};
  std::mt19937 rng(29112026);
  size_t matched = 0;
  for (int round = 0; round < 40000; ++round) {
    // Even rounds: ASCII and CJK only (digit runs, names); odd rounds: everything.
    const size_t alphabet = round % 2 == 0 ? 10 : kPieces.size();
    auto piece = [&] { return kPieces[rng() % alphabet]; };
    std::vector<std::string> patterns(1 + rng() % 6);
    MultiMatcher matcher;
    for (size_t id = 0; id < patterns.size(); ++id) {
      if (id > 0 && rng() % 4 == 0) {
        patterns[id] = patterns[rng() % id];  // the same bytes again (two parties' one ID)
      } else {
        for (size_t k = 1 + rng() % 8; k > 0; --k) patterns[id] += piece();
        // A third of the rounds: patterns of six bytes or more (two CJK characters, as the
        // names of a party list), which the matcher tests every other position for.
        while (round % 3 == 2 && patterns[id].size() < 6) patterns[id] += piece();
      }
      matcher.Add(patterns[id], static_cast<int>(id));
    }
    matcher.Build();
    std::string text;
    for (size_t k = rng() % 60; k > 0; --k) {
      text += rng() % 3 == 0 ? patterns[rng() % patterns.size()] : piece() + piece();
    }
    const std::vector<Match> expected = PlainSearch(patterns, text);
    matched += expected.size();
    std::vector<Match> got;
    matcher.Scan(text, [&](size_t begin, size_t end, int id) { got.emplace_back(begin, end, id); });
    // As documented: patterns of four bytes or more first, then the short ones, each in order
    // of begin (Resolve's tie order, the first found, depends on it); equal spans as added.
    auto is_long = [](const Match& m) { return std::get<1>(m) - std::get<0>(m) >= 4; };
    ASSERT_TRUE(std::is_partitioned(got.begin(), got.end(), is_long)) << "round " << round;
    const auto short_first = std::partition_point(got.begin(), got.end(), is_long);
    ASSERT_TRUE(std::is_sorted(got.begin(), short_first, BeginOrder)) << "round " << round;
    ASSERT_TRUE(std::is_sorted(short_first, got.end(), BeginOrder)) << "round " << round;
    // Equal spans (patterns of the same bytes) in the order added: Resolve's tie between
    // them goes to the first found.
    for (size_t a = 0; a < got.size(); ++a) {
      for (size_t b = a + 1; b < got.size(); ++b) {
        if (std::get<0>(got[a]) == std::get<0>(got[b]) &&
            std::get<1>(got[a]) == std::get<1>(got[b])) {
          ASSERT_LT(std::get<2>(got[a]), std::get<2>(got[b])) << "round " << round;
        }
      }
    }
    std::sort(got.begin(), got.end());
    ASSERT_EQ(got, expected) << "round " << round;
  }
  EXPECT_GT(matched, 100000u);
}

}  // namespace
