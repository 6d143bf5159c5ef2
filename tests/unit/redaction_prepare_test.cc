// The shortcuts taken when an item's parties are prepared, against the general path they skip:
// a number written as digits alone goes in without folding and normalizing (on random values of
// digits, X and x, separators, full-width and CJK characters); an address's house-level chunks
// are looked for back from its numbers, not at each of its characters (on random texts of place
// names, suffix words, units, ASCII and CJK numbers, other and broken UTF-8), and a chunk's
// place name is found with one bit test a character; a name of ideographs alone gets its masked
// and given forms without the walk over its characters (on random names of common and compound
// surnames, other ideographs, middle dots, ASCII and broken UTF-8); the tables of names and
// numbers compare short keys by fixed-size loads (on strings that differ in one byte).
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

// A random text made mostly of what an address is (place names, suffix words, ASCII house
// numbers and units), with the rest spread thinly: what makes other chunks or none, and what
// breaks the common shape (other characters, a 4-byte ideograph, ideographs of extension A and
// the compatibility block, broken UTF-8: a stray continuation byte, a lead alone or cut short,
// an overlong and a surrogate form, FF).
std::string RandomAddress(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {
      // The common pieces (kCommon): place names, suffix words, house numbers and units.
      "南", "甸", "横", "勐", "宋", "云", "路", "村", "街", "小区", "社区", "新村", "花园", "大道",
      "道", "庄", "家园", "1", "3", "27", "903", "组", "号", "幢", "室", "单元", "栋", "小组", "第",
      "村民", "区", "期", "段", "东",
      // Stops, parts of suffix words, other units.
      "乡", "县", "镇", "和", "小", "大", "新", "社", "家", "园", "楼", "号楼", "号院", "层", "户",
      "队", "座", "排",
      // CJK numbers, words after which a number is none, ASCII, full-width forms.
      "一", "二", "三", "十", "九", "百", "零", "〇", "两", "年", "元", "a", "B", "x", "-", " ",
      "１", "Ａ",
      // Other characters, broken UTF-8.
      "é", "😀", "𠀀", "㐀", "豈", "\x80", "\xE5", "\xFF", "\xE6\x9D", "\xE0\x80\x80",
      "\xED\xA0\x80", "\xF0\xA0\x80"};
  constexpr size_t kCommon = 34;  // the first pieces
  std::string text;
  const size_t pieces = rng() % 40;
  for (size_t k = 0; k < pieces; ++k) {
    text += kPieces[MostlyCommonPiece(rng, kPieces.size(), 0, kCommon, 3)];
  }
  // As folding leaves it (the address rules read folded text, valid UTF-8): each byte of the
  // broken pieces becomes kInvalidByte; the full-width forms stay, to be read as no digit.
  std::string valid;
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    const size_t len = internal::DecodeUtf8Checked(text, i, &cp);
    if (len == 1 && static_cast<unsigned char>(text[i]) >= 0x80) {
      valid += internal::kInvalidByte;
    } else {
      valid.append(text, i, len);
    }
    i += len;
  }
  return valid;
}

// Where the place name before the suffix at i starts, stated plainly: a zone word (区 期 段)
// first back over its mark (one or two ASCII letters or digits, else one of 东西南北中一…十; not
// after 第; without one no chunk: kNone) and a place suffix word of two characters or one (not
// a zone word) right before it; then a villagers' group (小组) back over 村民, its number (ASCII
// digits, then CJK numerals) and 第 if there was a number; then up to five ideographs back, to
// one of kAddressStops.
constexpr size_t kNone = static_cast<size_t>(-1);
size_t PlaceNameStartCharacterByCharacter(std::string_view s, size_t i) {
  size_t start = i;
  auto one_of = [](std::string_view list, std::string_view ch) {
    for (size_t at = 0; at + 3 <= list.size(); at += 3) {
      if (list.substr(at, 3) == ch) return true;
    }
    return false;
  };
  if (one_of("区期段", s.substr(i, 3))) {
    auto alnum = [](char c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    };
    while (start > 0 && i - start < 2 && alnum(s[start - 1])) --start;
    if (start == i && start >= 3 &&
        one_of("东西南北中一二三四五六七八九十", s.substr(start - 3, 3))) {
      start -= 3;
    }
    if (start == i || (start >= 3 && s.substr(start - 3, 3) == "第")) return kNone;
    const std::vector<std::string_view> two = {"小区", "社区", "新村", "花园", "公寓",
                                               "大厦", "大道", "胡同", "家园", "小组"};
    const std::string_view one = "村路街巷弄道苑寨屯庄";
    if (start >= 6 && std::find(two.begin(), two.end(), s.substr(start - 6, 6)) != two.end()) {
      start -= 6;
    } else if (start >= 3 && one_of(one, s.substr(start - 3, 3))) {
      start -= 3;
    }
  }
  if (s.substr(start, 6) == "小组") {
    if (start >= 6 && s.substr(start - 6, 6) == "村民") start -= 6;
    const size_t number_end = start;
    while (start > 0 && s[start - 1] >= '0' && s[start - 1] <= '9') --start;
    const std::string_view numerals = "一二三四五六七八九十百零〇两";
    while (start >= 3) {
      bool numeral = false;
      for (size_t at = 0; at < numerals.size(); at += 3) {
        numeral = numeral || numerals.substr(at, 3) == s.substr(start - 3, 3);
      }
      if (!numeral) break;
      start -= 3;
    }
    if (start < number_end && start >= 3 && s.substr(start - 3, 3) == "第") start -= 3;
  }
  for (int k = 0; k < 5 && start > 0; ++k) {
    char32_t cp;
    const size_t prev = internal::PrevChar(s, start, &cp);
    const std::string_view ch = s.substr(prev, start - prev);
    bool stop = false;
    for (size_t at = 0; at < internal::kAddressStops.size(); at += 3) {
      stop = stop || internal::kAddressStops.substr(at, 3) == ch;
    }
    if (!internal::IsIdeograph(cp) || stop) break;
    // (Nor back past a subdistrict's 街道: since session forty-two.)
    if (ch == "道" && prev >= 3 && s.substr(prev - 3, 3) == "街") break;
    start = prev;
  }
  return start;
}

TEST(RedactPrepare, GivenRandomAddresses_WhenChunkFound_ThenStartsWhereCharacterWalkBackStops) {
  std::mt19937 rng(29112026);
  size_t chunks = 0;
  size_t from_name = 0;
  size_t zones = 0;
  for (int round = 0; round < 200000; ++round) {
    const std::string text = RandomAddress(rng);
    for (size_t i = 0; i < text.size(); ++i) {
      internal::Range r;
      const size_t start = PlaceNameStartCharacterByCharacter(text, i);
      if (!internal::HouseAddressAt(text, i, &r)) continue;
      ASSERT_NE(start, kNone) << "round " << round;
      ASSERT_EQ(r.begin, start) << "round " << round;
      ++chunks;
      if (r.begin < i) ++from_name;
      const std::string_view word = std::string_view(text).substr(i, 3);
      if (word == "区" || word == "期" || word == "段") ++zones;
    }
  }
  // Many chunks, most with a place name before the suffix, many of a zone.
  EXPECT_GT(chunks, 35000u);
  EXPECT_GT(from_name, 27000u);
  EXPECT_GT(zones, 1000u);
}

// FindAddressDetails as it first walked: a character a step, and at each the test ScanPatterns
// makes at a place suffix.
std::vector<internal::Range> AddressDetailsCharacterByCharacter(std::string_view s) {
  std::vector<internal::Range> found;
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    const size_t length = internal::DecodeUtf8(s, i, &cp);
    internal::Range r;
    if (length == 3 && internal::HouseAddressAt(s, i, &r)) found.push_back(r);
    i += length;
  }
  return found;
}

// Since session forty-five: the name heuristic's pre-test by pairs of characters answers yes for
// every pair added, and no for most others.
TEST(RedactPrepare, GivenPairsAdded_WhenFilterAsked_ThenEveryPairAddedAndFewOthersPass) {
  std::mt19937 rng(4122026);
  std::uniform_int_distribution<uint32_t> ideograph(0x4E00, 0x9FFF);
  internal::CharPairFilter filter;
  std::vector<std::pair<char32_t, char32_t>> added;
  for (int k = 0; k < 500; ++k) {
    added.emplace_back(ideograph(rng), ideograph(rng));
    filter.Add(added.back().first, added.back().second);
  }
  for (const auto& [a, b] : added) EXPECT_TRUE(filter.MayContain(a, b));
  int passed = 0;
  for (int k = 0; k < 100000; ++k) passed += filter.MayContain(ideograph(rng), ideograph(rng));
  EXPECT_LT(passed, 2000);  // (500 bits of 65,536 set: about 760 expected)
}

TEST(RedactPrepare, GivenRandomAddresses_WhenFindingDetails_ThenSameChunksAsCharacterByCharacter) {
  std::mt19937 rng(29112026);
  size_t chunks = 0;
  size_t of_cjk_numbers = 0;
  size_t after_two_characters = 0;
  std::vector<internal::Range> found;
  for (int round = 0; round < 200000; ++round) {
    const std::string text = RandomAddress(rng);
    const std::vector<internal::Range> expected = AddressDetailsCharacterByCharacter(text);
    internal::FindAddressDetails(text, &found);
    ASSERT_EQ(found.size(), expected.size()) << "round " << round;
    for (size_t k = 0; k < found.size(); ++k) {
      ASSERT_EQ(found[k].begin, expected[k].begin) << "round " << round << " chunk " << k;
      ASSERT_EQ(found[k].end, expected[k].end) << "round " << round << " chunk " << k;
      const std::string_view chunk =
          std::string_view(text).substr(found[k].begin, found[k].end - found[k].begin);
      ++chunks;
      if (chunk.find_first_of("0123456789aBx") == std::string_view::npos) ++of_cjk_numbers;
      for (std::string_view word : {"小区", "社区", "新村", "花园", "大道", "家园"}) {
        if (chunk.find(word) != std::string_view::npos) ++after_two_characters;
      }
    }
  }
  // Words of one character and of two, before ASCII and CJK numbers, made many chunks.
  EXPECT_GT(chunks, 35000u);
  // (7,347 since session forty-five, where 两 alone is a count and starts no house number.)
  EXPECT_GT(of_cjk_numbers, 7000u);
  EXPECT_GT(after_two_characters, 24000u);
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

// The name and number tables compare their keys by EqualShort's fixed-size loads: the same
// answer as ==, at every length up to past sixteen, for strings that differ in any one byte.
TEST(RedactPrepare, GivenStringsDifferingInOneByte_WhenComparedShort_ThenSameAsEquals) {
  std::mt19937 rng(5);
  for (size_t n = 0; n <= 20; ++n) {
    for (int round = 0; round < 200; ++round) {
      std::string a(n, '\0');
      for (char& c : a) c = static_cast<char>(rng() % 4 == 0 ? 0xE5 : '0' + rng() % 3);
      std::string b = a;
      if (n > 0 && rng() % 2 == 0) b[rng() % n] ^= static_cast<char>(1 + rng() % 255);
      if (rng() % 8 == 0) b.push_back('0');  // lengths differ
      EXPECT_EQ(internal::EqualShort(a, b), a == b) << "length " << n << ", round " << round;
    }
  }
}
