// internal::Fold, which copies plain stretches (ASCII and CJK) in words of eight bytes, against a
// character-by-character statement of the folding with its own UTF-8 decoder (RFC 3629's table):
// on random texts where full-width forms, invalid sequences and cut characters fall at every
// offset of those words.
#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "random_pieces.h"
#include "redaction/text.h"

namespace {

using disclosure::test_support::MostlyCommonPiece;

struct Folded {
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> breaks;
  bool valid = true;
};

// The length of the well-formed UTF-8 sequence at s[i] (RFC 3629, section 4), or 0.
size_t WellFormedLength(std::string_view s, size_t i) {
  auto at = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0x100u; };
  auto in = [](unsigned b, unsigned lo, unsigned hi) { return b >= lo && b <= hi; };
  const unsigned b0 = at(i);
  if (b0 <= 0x7F) return 1;
  if (in(b0, 0xC2, 0xDF)) return in(at(i + 1), 0x80, 0xBF) ? 2 : 0;
  unsigned lo = 0x80, hi = 0xBF;
  if (b0 == 0xE0) lo = 0xA0;
  if (b0 == 0xED) hi = 0x9F;
  if (in(b0, 0xE0, 0xEF)) return in(at(i + 1), lo, hi) && in(at(i + 2), 0x80, 0xBF) ? 3 : 0;
  if (b0 == 0xF0) lo = 0x90;
  if (b0 == 0xF4) hi = 0x8F;
  if (in(b0, 0xF0, 0xF4)) {
    return in(at(i + 1), lo, hi) && in(at(i + 2), 0x80, 0xBF) && in(at(i + 3), 0x80, 0xBF) ? 4 : 0;
  }
  return 0;
}

// text.h's folding, one character at a time.
Folded Reference(std::string_view s) {
  Folded out;
  for (size_t i = 0; i < s.size();) {
    const size_t len = WellFormedLength(s, i);
    if (len == 0) {
      // Each byte of an invalid sequence becomes kInvalidByte: the folded text is valid UTF-8.
      out.valid = false;
      out.text += disclosure::redaction::internal::kInvalidByte;
      ++i;
      continue;
    }
    char32_t cp = 0;
    if (len == 3) {
      cp = (static_cast<unsigned char>(s[i]) & 0x0Fu) << 12 |
           (static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6 |
           (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    }
    std::string folded;
    bool dropped = false;
    if (cp >= 0xFF01 && cp <= 0xFF5E) {
      folded = std::string(1, static_cast<char>(cp - 0xFF01 + 0x21));
    } else if (cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
               (len == 2 && s[i] == '\xC2' && s[i + 1] == '\xA0')) {
      folded = " ";  // spaces, U+00A0 among them
    } else if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) {
      folded = "-";  // dashes
    } else if (cp == 0x30FB || cp == 0xFF65 || cp == 0x2022 || cp == 0x2027) {
      folded = "\xC2\xB7";
    } else if (cp == 0x2169 || cp == 0x2179) {
      folded = "X";  // Ⅹ ⅹ, typed for an ID's check character
    } else if (len == 2 && s[i] == '\xC3' && s[i + 1] == '\x97') {
      folded = "x";  // ×, the same
    } else if ((cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF ||
               (len == 2 && s[i] == '\xC2' && s[i + 1] == '\xAD')) {
      dropped = true;  // invisible characters and the soft hyphen
    }
    if (folded.empty() && !dropped) {
      out.text.append(s.substr(i, len));
    } else {
      out.text += folded;
      out.breaks.emplace_back(static_cast<uint32_t>(out.text.size()),
                              static_cast<uint32_t>(i + len));
    }
    i += len;
  }
  return out;
}

TEST(RedactFold, GivenRandomMixedTexts_WhenFolded_ThenSameAsCharacterByCharacter) {
  // Plain characters (ASCII, CJK with leads E4–EC), characters that fold, other valid ones
  // (2- and 4-byte, leads E0–E3 and ED–EF that stay) and invalid pieces: cut characters,
  // stray continuation bytes, overlong and surrogate forms, bytes that never occur.
  const std::vector<std::string> kPieces = {"a",
                                            "7",
                                            " ",
                                            ",",
                                            "中",
                                            "文",
                                            "字",
                                            "\xEC\x9E\x80",
                                            "，",
                                            "１",
                                            "Ａ",
                                            "：",
                                            "。",
                                            "\xE3\x80\x80",
                                            "〔",
                                            "》",
                                            "\xE3\x83\xBA",
                                            "\xE3\x80",
                                            "\xE3",
                                            "・",
                                            "•",
                                            "\xEF\xBD\xA5",
                                            "·",
                                            "é",
                                            "😀",
                                            "\xEF\xBF\xBD",
                                            "\xE2\x80\x94",
                                            "\xE2\x80\x83",
                                            "\xE2\x88\x92",
                                            "\xE2\x80\xA6",
                                            "\xC2\xA0",
                                            "\xC2\xAD",
                                            "×",
                                            "Ⅹ",
                                            "ⅹ",
                                            "\xE2\x80\x8B",
                                            "\xE2\x80\x8F",
                                            "\xE2\x81\xA0",
                                            "\xEF\xBB\xBF",
                                            "\xC2",
                                            "\xED\x9F\xBF",
                                            "\xE4",
                                            "\xE4\xB8",
                                            "\x80",
                                            "\xBF",
                                            "\xC0\xAF",
                                            "\xE0\x80\xAF",
                                            "\xED\xA0\x80",
                                            "\xF4\x90\x80\x80",
                                            "\xFF",
                                            "\xF0\x9F"};
  std::mt19937 rng(29112026);
  size_t folded_texts = 0;
  // Folded into again every round, long texts and short ones, valid and not: what a text left
  // in it (its bytes, breaks or validity) must not show in the next.
  disclosure::redaction::internal::FoldedText reused;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t pieces = rng() % 60;
    // Mostly plain, as narrative text is, with the rest spread thinly; every other round, with
    // full-width forms among the common pieces (中文字 with ，１Ａ：。), so that several fold
    // within one block of sixteen bytes, and one at each of its lanes.
    const size_t first = round % 2 == 0 ? 0 : 4;
    for (size_t k = 0; k < pieces; ++k) {
      const size_t pick = MostlyCommonPiece(rng, kPieces.size(), first, first == 0 ? 8 : 9, 4);
      text += kPieces[pick];
    }
    const Folded expected = Reference(text);
    const disclosure::redaction::internal::FoldedText got =
        disclosure::redaction::internal::Fold(text);
    ASSERT_EQ(std::string(got.text), expected.text) << "round " << round;
    ASSERT_EQ(got.breaks, expected.breaks) << "round " << round;
    ASSERT_EQ(got.valid_utf8, expected.valid) << "round " << round;
    ASSERT_EQ(got.text.data()[got.text.size()], '\0') << "round " << round;
    // Valid UTF-8, which the scanners' decoding without tests (Decode3) relies on; and there it
    // reads what the tested decoding reads, at every byte.
    for (size_t k = 0; k < got.text.size();) {
      const size_t len = WellFormedLength(got.text, k);
      ASSERT_NE(len, 0u) << "round " << round << ", byte " << k;
      k += len;
    }
    for (size_t k = 0; k < got.text.size(); ++k) {
      ASSERT_EQ(disclosure::redaction::internal::Decode3(got.text, k),
                disclosure::redaction::internal::Decode3Checked(got.text, k))
          << "round " << round << ", byte " << k;
    }
    disclosure::redaction::internal::Fold(text, &reused);
    ASSERT_EQ(std::string(reused.text), expected.text) << "round " << round;
    ASSERT_EQ(reused.breaks, expected.breaks) << "round " << round;
    ASSERT_EQ(reused.valid_utf8, expected.valid) << "round " << round;
    ASSERT_EQ(reused.text.data()[reused.text.size()], '\0') << "round " << round;
    ASSERT_EQ(disclosure::redaction::internal::FoldValue(text), expected.text) << "round " << round;
    std::string buffer;  // FoldedValue: `text` itself unless a lead that may fold is in it
    ASSERT_EQ(std::string(disclosure::redaction::internal::FoldedValue(text, &buffer)),
              expected.text)
        << "round " << round;
    if (text.size() >= 32 && text != expected.text) ++folded_texts;
  }
  EXPECT_GT(folded_texts, 5000u);
}

// internal::FindBytes (sixteen places at a time, where the needle's second and last bytes
// match) against std::string_view::find: needles cut from the text itself and made up, at
// every offset of the blocks of sixteen and near the text's end.
TEST(RedactFold, GivenRandomTextsAndNeedles_WhenSearched_ThenSameAsFind) {
  const std::vector<std::string> kPieces = {"王", "建", "国", "李",      "某",
                                            "，", "a",  "1",  "\xE7\x8E"};
  std::mt19937 rng(2122026);
  size_t found = 0;
  size_t missed = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const size_t pieces = rng() % 50;
    for (size_t k = 0; k < pieces; ++k) text += kPieces[rng() % kPieces.size()];
    std::string needle;
    if (!text.empty() && rng() % 2 == 0) {
      const size_t at = rng() % text.size();
      needle = text.substr(at, 2 + rng() % 12);
    } else {
      const size_t count = 1 + rng() % 4;
      for (size_t k = 0; k < count; ++k) needle += kPieces[rng() % kPieces.size()];
    }
    const std::string_view hay(text);
    for (size_t from : {size_t{0}, hay.size() / 3}) {
      const size_t expected = hay.substr(from).find(needle);
      ASSERT_EQ(disclosure::redaction::internal::FindBytes(hay.substr(from), needle), expected)
          << "round " << round << ", from " << from;
      ++(expected == std::string_view::npos ? missed : found);
    }
  }
  // Both answers, often.
  EXPECT_GT(found, 5000u);
  EXPECT_GT(missed, 5000u);
}

}  // namespace
