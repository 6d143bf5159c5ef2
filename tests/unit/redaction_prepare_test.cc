// The shortcuts taken when an item's parties are prepared, against the general path they skip:
// a number written as digits alone goes in without folding and normalizing (on random values of
// digits, X and x, separators, full-width and CJK characters); an address's characters that
// start no place suffix are passed over two at a time (on random texts of suffixes, other CJK,
// ASCII and other or broken UTF-8 at every offset), and the place name of a house-level chunk is
// found with one bit test a character (on random texts of place names, suffix words, units,
// numbers, other and broken UTF-8); a name of ideographs alone gets its masked and given forms
// without the walk over its characters (on random names of common and compound surnames, other
// ideographs, middle dots, ASCII and broken UTF-8).
#include <gtest/gtest.h>

#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "random_pieces.h"
#include "redaction/detectors.h"
#include "redaction/text.h"

namespace {

using disclosure::test_support::MostlyCommonPiece;

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
      const size_t pick = MostlyCommonPiece(rng, kPieces.size(), 0, 7, 8);
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

// SkipNonSuffixes as its contract states it: one byte or one character a step.
size_t SkipOneByOne(std::string_view s, size_t i) {
  const auto& suffixes = internal::PlaceSuffixSet();
  while (i < s.size()) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
      ++i;
      continue;
    }
    if (i + 2 >= s.size() || (b0 & 0xF0) != 0xE0) break;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    const auto b2 = static_cast<unsigned char>(s[i + 2]);
    if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) break;
    const char32_t cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
    if (suffixes.contains(cp)) break;
    i += 3;
  }
  return i;
}

TEST(RedactPrepare, GivenRandomAddresses_WhenSkippingToPlaceSuffixes_ThenSameStopsAsOneByOne) {
  const std::vector<std::string> kPieces = {
      "村", "路", "小", "区", "庄", "南", "甸", "县", "乡", "幢", "室", "组",     "号",
      "云", "1",  "8",  "a",  "-",  " ",  "é",  "😀",  "ä",  "ä¸", "", "à", "í "};
  std::mt19937 rng(29112026);
  size_t stops_at_suffix = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t pieces = rng() % 40;
    // Mostly ideographs that start no suffix, as an address is, with the rest spread thinly.
    for (size_t k = 0; k < pieces; ++k) {
      text += kPieces[MostlyCommonPiece(rng, kPieces.size(), 4, 10, 4)];
    }
    for (size_t i = 0; i <= text.size(); ++i) {
      const size_t expected = SkipOneByOne(text, i);
      ASSERT_EQ(internal::SkipNonSuffixes(text, i), expected) << "round " << round << " at " << i;
      if (expected < text.size() && expected >= i + 6 && text.compare(expected, 3, "村") == 0) {
        ++stops_at_suffix;
      }
    }
  }
  // The two-a-step loop ran up to suffixes many times.
  EXPECT_GT(stops_at_suffix, 5000u);
}

// A random text made mostly of what an address is (place names, suffix words, ASCII house
// numbers and units), with the rest spread thinly: what makes other chunks or none, and what
// breaks the common shape (other characters, a 4-byte ideograph, ideographs of extension A and
// the compatibility block, broken UTF-8: a stray continuation byte, a lead alone or cut short,
// an overlong and a surrogate form, FF).
std::string RandomAddress(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {
      // The common pieces (kCommon): place names, suffix words, house numbers and units.
      "南", "甸", "横", "勐", "宋", "云", "路", "村", "街", "小区", "社区", "新村", "花园", "大道",
      "道", "庄", "家园", "1", "3", "27", "903", "组", "号", "幢", "室", "单元", "栋",
      // Stops, parts of suffix words, other units.
      "乡", "县", "镇", "和", "区", "小", "大", "新", "社", "家", "园", "楼", "号楼", "号院", "层",
      "户", "队", "座", "排",
      // CJK numbers, words after which a number is none, ASCII, full-width forms.
      "一", "二", "三", "十", "九", "百", "零", "〇", "两", "年", "元", "a", "B", "x", "-", " ",
      "１", "Ａ",
      // Other characters, broken UTF-8.
      "é", "😀", "𠀀", "㐀", "豈", "\x80", "\xE5", "\xFF", "\xE6\x9D", "\xE0\x80\x80",
      "\xED\xA0\x80", "\xF0\xA0\x80"};
  constexpr size_t kCommon = 27;  // the first pieces
  std::string text;
  const size_t pieces = rng() % 40;
  for (size_t k = 0; k < pieces; ++k) {
    text += kPieces[MostlyCommonPiece(rng, kPieces.size(), 0, kCommon, 3)];
  }
  return text;
}

// Where the place name before the suffix at i starts, stated plainly: up to five ideographs
// back, to one of kAddressStops.
size_t PlaceNameStartCharacterByCharacter(std::string_view s, size_t i) {
  size_t start = i;
  for (int k = 0; k < 5 && start > 0; ++k) {
    char32_t cp;
    const size_t prev = internal::PrevChar(s, start, &cp);
    const std::string_view ch = s.substr(prev, start - prev);
    bool stop = false;
    for (size_t at = 0; at < internal::kAddressStops.size(); at += 3) {
      stop = stop || internal::kAddressStops.substr(at, 3) == ch;
    }
    if (!internal::IsIdeograph(cp) || stop) break;
    start = prev;
  }
  return start;
}

TEST(RedactPrepare, GivenRandomAddresses_WhenChunkFound_ThenStartsWhereCharacterWalkBackStops) {
  std::mt19937 rng(29112026);
  size_t chunks = 0;
  size_t from_name = 0;
  for (int round = 0; round < 200000; ++round) {
    const std::string text = RandomAddress(rng);
    for (size_t i = 0; i < text.size(); ++i) {
      internal::Range r;
      if (!internal::HouseAddressAt(text, i, &r)) continue;
      ASSERT_EQ(r.begin, PlaceNameStartCharacterByCharacter(text, i)) << "round " << round;
      ++chunks;
      if (r.begin < i) ++from_name;
    }
  }
  // Many chunks, most with a place name before the suffix.
  EXPECT_GT(chunks, 40000u);
  EXPECT_GT(from_name, 30000u);
}

TEST(RedactPrepare, GivenRandomNames_WhenFormed_ThenSameFormsAsTheGeneralPath) {
  // The first kIdeographs pieces are ideographs (王 and 张 also start compound surnames); the
  // rest break the fast path's shape (a dot, ASCII, a 2- or 4-byte character, a lone lead or
  // continuation byte, a full-width letter, an E3 character).
  constexpr size_t kIdeographs = 10;
  const std::vector<std::string> kPieces = {"王", "孙", "张", "秀",   "兰",   "建", "华",
                                            "阿", "某", "龘", "·",    "•",    "・", "a",
                                            " ",  "é",  "😀",  "\xE4", "\x80", "Ａ", "あ"};
  const std::vector<std::string> kCompound = {"欧阳", "司马", "张廖", "王孙"};
  std::mt19937 rng(29112026);
  size_t fast = 0;
  size_t compound = 0;
  for (int round = 0; round < 50000; ++round) {
    std::string name;
    bool ideographs = true;
    if (rng() % 3 == 0) name = kCompound[rng() % kCompound.size()];
    const size_t length = rng() % 6;
    for (size_t k = 0; k < length; ++k) {
      const size_t pick = MostlyCommonPiece(rng, kPieces.size(), 0, kIdeographs, 8);
      ideographs = ideographs && pick < kIdeographs;
      name += kPieces[pick];
    }
    const internal::NameForm form = internal::NameForms(name);
    ASSERT_EQ(form.Masked(), internal::MaskedName(name)) << "round " << round;
    ASSERT_EQ(form.Given(), internal::GivenName(name)) << "round " << round;
    if (ideographs && !name.empty() && name.size() <= 15) {
      ++fast;
      if (form.Masked().size() == 9) ++compound;
    }
  }
  // The fast path ran many times, on compound surnames too.
  EXPECT_GT(fast, 15000u);
  EXPECT_GT(compound, 3000u);
}

}  // namespace
