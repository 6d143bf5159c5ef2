// The shortcuts taken when an item's parties are prepared, against the general path they skip:
// a number written as digits alone goes in without folding and normalizing. On random values of
// digits, X and x, separators, full-width and CJK characters.
#include <gtest/gtest.h>

#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "redaction/detectors.h"
#include "redaction/text.h"

namespace {

namespace internal = disclosure::redaction::internal;

// Digits alone, with at most an upper-case X last (IsPlainNumber's contract, stated plainly).
bool PlainByDefinition(std::string_view value) {
  if (value.empty()) return false;
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    if (c >= '0' && c <= '9') continue;
    if (c == 'X' && i + 1 == value.size()) continue;
    return false;
  }
  return true;
}

TEST(RedactPrepare, GivenRandomNumbers_WhenPlain_ThenDigitsAreTheValueAsFoldedAndNormalized) {
  // Mostly digits, as IDs and phones are, with the rest spread thinly; lengths around the
  // 8-byte words the shortcut tests (a word, a word and a tail, two words …), and 86 and 0086
  // prefixes at the lengths that cut them.
  const std::vector<std::string> kPieces = {"0", "1", "3", "5", "8",  "9",  "6",  "X", "x",
                                            " ", "-", "+", "(", "１", "Ｘ", "中", "a", "\xC2\xB7"};
  std::mt19937 rng(29112026);
  size_t plain = 0;
  size_t not_plain = 0;
  for (int round = 0; round < 50000; ++round) {
    std::string value;
    if (rng() % 4 == 0) value = rng() % 2 == 0 ? "86" : "0086";
    const size_t length = rng() % 20;
    for (size_t k = 0; k < length; ++k) {
      const size_t pick = rng() % 8 != 0 ? rng() % 7 : rng() % kPieces.size();
      value += kPieces[pick];
    }
    if (rng() % 4 == 0) value += "X";
    const bool expected = PlainByDefinition(value);
    ASSERT_EQ(internal::IsPlainNumber(value), expected) << "round " << round;
    if (!expected) {
      ++not_plain;
      continue;
    }
    ++plain;
    // What the shortcut skips: the value folds to itself, and its digits are the value less
    // the country code.
    const std::string folded = internal::FoldValue(value);
    ASSERT_EQ(folded, value) << "round " << round;
    ASSERT_EQ(internal::NormalizeDigits(folded), std::string(internal::WithoutCountryCode(value)))
        << "round " << round;
  }
  // Both branches were taken many times.
  EXPECT_GT(plain, 10000u);
  EXPECT_GT(not_plain, 10000u);
}

}  // namespace
