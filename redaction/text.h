// redaction internals: UTF-8 helpers and full-width folding with an offset map.
// Not part of the public door (redaction.h); included only by redaction/*.cc and its tests.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <memory_resource>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace disclosure::redaction::internal {

// Two kinds of text reach these helpers:
// - any bytes (an original text, a value as given): DecodeUtf8Checked and Decode3Checked, which
//   test every byte;
// - valid UTF-8 (folded text: Fold and FoldValue replace every invalid byte; folded values;
//   literals): DecodeUtf8, Decode3, PrevCharStart and PrevChar, which trust that a lead E0–EF
//   starts a well-formed 3-byte character, as it does in valid UTF-8 (the commonest characters,
//   CJK, are decoded without the tests; 11 % of the scan's instructions went to them).
// On valid UTF-8 the two kinds give the same answers.

// Decodes the UTF-8 character starting at s[i], in any bytes. Returns its byte length (1–4) and
// stores the code point; an invalid or truncated sequence counts as one byte with code point
// U+FFFD.
size_t DecodeUtf8Checked(std::string_view s, size_t i, char32_t* cp);
constexpr char32_t Decode3(std::string_view s, size_t i);
// The same in valid UTF-8.
inline size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  if (const char32_t c3 = Decode3(s, i); c3 != 0) {  // the common case: CJK
    *cp = c3;
    return 3;
  }
  return DecodeUtf8Checked(s, i, cp);
}
// Start of the character that ends just before byte i (i > 0), in valid UTF-8.
size_t PrevCharStartSlow(std::string_view s, size_t i);
constexpr char32_t Decode3(std::string_view s, size_t i);
inline size_t PrevCharStart(std::string_view s, size_t i) {
  if (static_cast<unsigned char>(s[i - 1]) < 0x80) return i - 1;
  if (i >= 3 && Decode3(s, i - 3) != 0) return i - 3;  // the common case: CJK
  return PrevCharStartSlow(s, i);
}
// The start of the character that ends just before byte i (i > 0) and its code point: the
// same as PrevCharStart(s, i) followed by DecodeUtf8 at that start.
inline size_t PrevChar(std::string_view s, size_t i, char32_t* cp) {
  const auto last = static_cast<unsigned char>(s[i - 1]);
  if (last < 0x80) {
    *cp = last;
    return i - 1;
  }
  if (i >= 3) {
    if (const char32_t c3 = Decode3(s, i - 3); c3 != 0) {
      *cp = c3;
      return i - 3;
    }
  }
  const size_t start = PrevCharStartSlow(s, i);
  DecodeUtf8(s, start, cp);
  return start;
}
void AppendUtf8(char32_t cp, std::string* out);

inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsAlnum(unsigned char c) { return IsDigit(c) || IsAlpha(c); }
// CJK unified ideographs (basic, extension A, compatibility, extensions B+).
constexpr bool IsIdeograph(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3134F);
}

// What an invalid byte becomes in folded text: one byte for one (no break in the offset map),
// ASCII, and no character any rule looks for (SUB, the control character for a character that
// could not be read).
inline constexpr char kInvalidByte = '\x1A';

// Text folded to half-width for detection, with a sparse map back to the original: each
// folded character whose byte length changed ends a "break"; between breaks the offsets move
// together. Origin(k) is the original byte offset of folded offset k for k at a character
// boundary (Origin(text.size()) is the original length).
struct FoldedText {
  std::string_view text;  // in storage, followed by a NUL byte (a scanner's stop)
  std::unique_ptr<char[]> storage;
  size_t capacity = 0;                                // storage's size in bytes
  std::vector<std::pair<uint32_t, uint32_t>> breaks;  // (folded end, original end), ascending
  bool valid_utf8 = true;                             // the original had no invalid sequence
  size_t Origin(size_t k) const;
  // The same for ascending k (a left-to-right walk): *cursor, initially 0, keeps the place.
  size_t Origin(size_t k, size_t* cursor) const {
    while (*cursor < breaks.size() && breaks[*cursor].first <= k) ++*cursor;
    if (*cursor == 0) return k;
    const auto& b = breaks[*cursor - 1];
    return k - b.first + b.second;
  }
};

// Folds ０-９Ａ-Ｚａ-ｚ＠ and the rest of U+FF01–FF5E to ASCII, the ideographic space and the
// other spaces to ' ', dashes to '-', the katakana/half-width middle dots to '·' (U+00B7), and
// the look-alikes of an ID's X (× Ⅹ ⅹ) to x and X; invisible characters are dropped. Each byte of
// an invalid sequence becomes kInvalidByte (valid_utf8 then is false), so that the folded text is
// valid UTF-8, as the scanners' decoding (Decode3) takes it to be. Every other byte is copied. One
// pass; plain runs are copied whole.
FoldedText Fold(std::string_view original);
// The same into `folded`, whose storage and breaks are reused where they have room (a caller
// that folds text after text allocates once).
void Fold(std::string_view original, FoldedText* folded);
// The same folding for a short value (a party's name or number), without the map.
std::string FoldValue(std::string_view value);
// The same into `out` (cleared first), so that a caller can reuse one buffer. Returns whether
// `value` was valid UTF-8 (FoldedText::valid_utf8).
bool FoldValueInto(std::string_view value, std::string* out);
// The folded form of `value`: `value` itself when it is plain (ASCII and characters led by
// E4–EC, valid: nothing folds; most values, no copy), else FoldValueInto(value, buffer) and a
// view of *buffer.
std::string_view FoldedValue(std::string_view value, std::string* buffer);

// Where `needle` (two bytes or more) first occurs in `hay`, or std::string_view::npos: memmem's
// answer, sixteen places at a time. Places are kept where the needle's second and last bytes
// match, and compared whole only there: in CJK text a needle's first byte (a lead, E4–E9) is
// at most places, its second and last at one in 64 each.
size_t FindBytes(std::string_view hay, std::string_view needle);

// Appends `s` with every invalid UTF-8 sequence replaced by U+FFFD.
void AppendValidUtf8(std::string_view s, std::string* out);

// Decodes the 3-byte UTF-8 character at s[i] if there is one (lead E0–EF and two continuation
// bytes, neither overlong nor a surrogate), in any bytes; returns its code point or 0.
[[gnu::always_inline]] constexpr char32_t Decode3Checked(std::string_view s, size_t i) {
  if (i + 2 >= s.size()) return 0;
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const auto b2 = static_cast<unsigned char>(s[i + 2]);
  if ((b0 & 0xF0) != 0xE0 || (b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return 0;
  const char32_t cp = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
  return cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) ? 0 : cp;
}

// The same in valid UTF-8 (folded text): there a byte E0–EF is always the lead of a well-formed
// 3-byte character, so only the lead is tested. The fast path of the scanners: CJK text is
// 3-byte. (The code point is the bytes added, less the bits that mark them 1110xxxx 10xxxxxx
// 10xxxxxx.)
[[gnu::always_inline]] constexpr char32_t Decode3(std::string_view s, size_t i) {
  if (i + 2 >= s.size()) return 0;
  const auto b0 = static_cast<unsigned char>(s[i]);
  if ((b0 & 0xF0) != 0xE0) return 0;
  return (char32_t{b0} << 12) + (char32_t{static_cast<unsigned char>(s[i + 1])} << 6) +
         static_cast<unsigned char>(s[i + 2]) - 0xE2080u;
}

// Eight bytes as one word, byte k in bits 8k to 8k + 7 whatever the machine's byte order.
inline uint64_t LoadLittleEndian(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  if constexpr (std::endian::native == std::endian::big) {
    w = 0;
    for (int k = 0; k < 8; ++k) w |= uint64_t{p[k]} << (8 * k);
  }
  return w;
}

// A hash of a short byte string (names, numbers: a few to a few dozen bytes), eight bytes at a
// time. Not for untrusted keys of an attacker's choosing at scale: the tables it serves hold one
// item's values.
inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
  }
  // The last 0–7 bytes by fixed-size loads (two that may overlap), not a variable-length
  // memcpy: that one goes through the stack, and the load of the word waits for its stores.
  const size_t rest = s.size() - i;
  const char* const tail = s.data() + i;
  uint64_t w = 0;
  if (rest >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, tail, 4);
    std::memcpy(&hi, tail + rest - 4, 4);
    w = uint64_t{hi} << 32 | lo;
  } else if (rest > 0) {
    w = uint64_t{static_cast<unsigned char>(tail[0])} |
        uint64_t{static_cast<unsigned char>(tail[rest / 2])} << 8 |
        uint64_t{static_cast<unsigned char>(tail[rest - 1])} << 16;
  }
  h = (h ^ w) * 0x94D049BB133111EBull;
  return h ^ (h >> 29);
}

// Copies the first and the last sizeof(Word) bytes of `n` (sizeof(Word) <= n <= 2 · sizeof(Word))
// by one load and one store each (they may overlap).
template <typename Word>
inline void CopyFirstAndLast(char* to, const char* from, size_t n) {
  Word first, last;
  std::memcpy(&first, from, sizeof first);
  std::memcpy(&last, from + n - sizeof last, sizeof last);
  std::memcpy(to, &first, sizeof first);
  std::memcpy(to + n - sizeof last, &last, sizeof last);
}

// Copies `n` bytes from `from` to `to` (not overlapping). Up to sixteen bytes (names, numbers)
// by fixed-size loads and stores: a memcpy call of a variable length costs more than the copy
// of a few bytes.
inline void CopyShort(char* to, const char* from, size_t n) {
  if (n > 16) {
    std::memcpy(to, from, n);
  } else if (n >= 8) {
    CopyFirstAndLast<uint64_t>(to, from, n);
  } else if (n >= 4) {
    CopyFirstAndLast<uint32_t>(to, from, n);
  } else if (n > 0) {
    to[0] = from[0];
    to[n / 2] = from[n / 2];
    to[n - 1] = from[n - 1];
  }
}

// Whether the first and the last sizeof(Word) bytes of a and b (of `n` bytes each,
// sizeof(Word) <= n <= 2 · sizeof(Word)) are equal: all of them, by two loads each.
template <typename Word>
inline bool FirstAndLastEqual(const char* a, const char* b, size_t n) {
  Word a0, a1, b0, b1;
  std::memcpy(&a0, a, sizeof a0);
  std::memcpy(&b0, b, sizeof b0);
  std::memcpy(&a1, a + n - sizeof a1, sizeof a1);
  std::memcpy(&b1, b + n - sizeof b1, sizeof b1);
  return ((a0 ^ b0) | (a1 ^ b1)) == 0;
}

// a == b, for short strings (names, numbers) by fixed-size loads, as CopyShort copies them.
inline bool EqualShort(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  if (n > 16) return std::memcmp(a.data(), b.data(), n) == 0;
  if (n >= 8) return FirstAndLastEqual<uint64_t>(a.data(), b.data(), n);
  if (n >= 4) return FirstAndLastEqual<uint32_t>(a.data(), b.data(), n);
  return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

// Short byte strings (names, numbers) stored one after another, for a table that keeps offsets
// into them. Append copies by CopyShort (a std::string's append calls memcpy).
class ByteArena {
 public:
  explicit ByteArena(std::pmr::memory_resource* memory = std::pmr::get_default_resource())
      : memory_(memory) {}
  ~ByteArena() {
    if (data_ != nullptr) memory_->deallocate(data_, capacity_, 1);
  }
  ByteArena(const ByteArena&) = delete;
  ByteArena& operator=(const ByteArena&) = delete;

  // Room for `bytes` bytes in all (optional).
  void Reserve(size_t bytes) {
    if (bytes > capacity_) Grow(bytes - size_);
  }
  // Appends `s`; returns its offset.
  size_t Append(std::string_view s) {
    const size_t offset = size_;
    if (s.size() > capacity_ - size_) Grow(s.size());
    CopyShort(data_ + offset, s.data(), s.size());
    size_ += s.size();
    return offset;
  }
  std::string_view View(size_t offset, size_t length) const { return {data_ + offset, length}; }
  size_t size() const { return size_; }

 private:
  void Grow(size_t more);  // room for `more` bytes past size_ (at least doubling)
  std::pmr::memory_resource* memory_;
  char* data_ = nullptr;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

// Number of characters of valid UTF-8 (invalid bytes count one each).
size_t CharCount(std::string_view s);

// A set of BMP code points, for a quick "may a word start here" test before comparing words.
class CharSet {
 public:
  template <typename Words>
  explicit CharSet(const Words& words) {
    for (std::string_view w : words) {
      char32_t cp;
      if (!w.empty() && DecodeUtf8(w, 0, &cp) > 0 && cp < 0x10000)
        bits_[cp >> 6] |= 1ull << (cp & 63);
    }
  }
  bool contains(char32_t cp) const { return cp < 0x10000 && (bits_[cp >> 6] >> (cp & 63)) & 1; }
  // The bits of the 64 code points [64·block, 64·block + 64): a block whose word is zero holds
  // no member, so a scanner can skip its characters before decoding them fully.
  uint64_t block(size_t block) const { return bits_[block]; }
  const uint64_t* blocks() const { return bits_; }

 private:
  uint64_t bits_[0x10000 / 64] = {};
};

// A set of pairs of code points below U+10000 as a filter: a table of bits indexed by a hash of
// the pair. MayContain never answers no for a pair added; for one not added it answers yes about
// as often as the table's share of bits set (a few hundred pairs: under one in a hundred).
class CharPairFilter {
 public:
  void Add(char32_t a, char32_t b) {
    const uint32_t k = Slot(a, b);
    bits_[k >> 6] |= uint64_t{1} << (k & 63);
  }
  bool MayContain(char32_t a, char32_t b) const {
    const uint32_t k = Slot(a, b);
    return ((bits_[k >> 6] >> (k & 63)) & 1) != 0;
  }

 private:
  // (Fibonacci hashing of the two code points side by side: the top 16 bits of the product.)
  static uint32_t Slot(char32_t a, char32_t b) {
    return static_cast<uint32_t>(((static_cast<uint32_t>(a) << 16) ^ b) * 0x9E3779B1u) >> 16;
  }
  uint64_t bits_[0x10000 / 64] = {};
};

// A small map from code points to nonzero 32-bit values (a few dozen entries, built once from a
// word list): open addressing in a fixed table, so that a scanner finds "the words that start
// with this character" in a probe or two.
class CodePointMap {
 public:
  // Sets the bits of `value` (nonzero) in cp's entry. At most kSlots / 2 code points.
  void Or(char32_t cp, uint64_t value) {
    size_t slot = Home(cp);
    while (slots_[slot].value != 0 && slots_[slot].cp != cp) slot = (slot + 1) % kSlots;
    slots_[slot].cp = cp;
    slots_[slot].value |= value;
  }
  // cp's value, or 0.
  uint64_t Find(char32_t cp) const {
    for (size_t slot = Home(cp);; slot = (slot + 1) % kSlots) {
      if (slots_[slot].value == 0) return 0;
      if (slots_[slot].cp == cp) return slots_[slot].value;
    }
  }

 private:
  static constexpr size_t kSlots = 128;
  static size_t Home(char32_t cp) { return (cp * 0x9E3779B1u) >> 25; }  // 7 bits
  struct Slot {
    char32_t cp = 0;
    uint64_t value = 0;  // 0: empty
  };
  Slot slots_[kSlots];
};

// Splits valid UTF-8 into characters (invalid bytes become one-byte pieces).
std::vector<std::string_view> SplitChars(std::string_view s);

}  // namespace disclosure::redaction::internal
