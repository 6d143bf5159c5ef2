#include "redaction/text.h"

#include <algorithm>
#include <cstring>
#include <memory>

namespace disclosure::redaction::internal {

size_t DecodeUtf8Slow(std::string_view s, size_t i, char32_t* cp) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  *cp = 0xFFFD;
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  size_t len = 0;
  char32_t value = 0;
  char32_t min = 0;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, value = b0 & 0x1F, min = 0x80;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, value = b0 & 0x0F, min = 0x800;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, value = b0 & 0x07, min = 0x10000;
  } else {
    return 1;
  }
  if (i + len > s.size()) return 1;
  for (size_t k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 1;
    value = (value << 6) | (b & 0x3F);
  }
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 1;
  *cp = value;
  return len;
}

size_t PrevCharStartSlow(std::string_view s, size_t i) {
  size_t j = i - 1;
  while (j > 0 && i - j < 4 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  char32_t cp;
  // A stray continuation byte stands alone.
  if (j + DecodeUtf8(s, j, &cp) != i) return i - 1;
  return j;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {

// The folded form of cp, or 0 when cp stays as it is.
char32_t FoldCodePoint(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;
  if (cp == 0x3000) return ' ';
  if (cp == 0x30FB || cp == 0xFF65 || cp == 0x2022 || cp == 0x2027) return 0xB7;
  return 0;
}

// Bytes 1, 2, 4 and 5 of an eight-byte word (the continuation bytes of two 3-byte characters)
// and what they hold when they are continuation bytes.
constexpr unsigned char kPairMaskBytes[8] = {0, 0xC0, 0xC0, 0, 0xC0, 0xC0, 0, 0};
constexpr unsigned char kPairBitsBytes[8] = {0, 0x80, 0x80, 0, 0x80, 0x80, 0, 0};
uint64_t Word(const unsigned char (&bytes)[8]) {
  uint64_t w;
  std::memcpy(&w, bytes, 8);
  return w;
}
const uint64_t kPairMask = Word(kPairMaskBytes);
const uint64_t kPairBits = Word(kPairBitsBytes);

// What FoldInto does: fold into a buffer, or only find the first character that folds.
enum class FoldMode { kWrite, kFindFirst };

// One pass over `s` into w0 (room for s.size() bytes: folding never lengthens a character, 3-byte
// forms become 1 or 2 bytes): plain runs are copied whole; at each character that folds, the
// run before it and its folded form are written and on_break(folded end, original end) is
// called. Returns the number of bytes written; *valid is cleared at an invalid sequence.
// kFindFirst writes nothing (w0 may be null) and returns the offset of the first character that
// folds, or std::string_view::npos.
template <FoldMode kMode = FoldMode::kWrite, typename OnBreak>
size_t FoldInto(std::string_view s, char* const w0, bool* valid, OnBreak on_break) {
  const size_t n = s.size();
  char* w = w0;
  size_t copied = 0;
  const auto* const p = reinterpret_cast<const unsigned char*>(s.data());
  for (size_t i = 0; i < n;) {
    const unsigned char b = p[i];
    if (b < 0x80) {
      // An ASCII run: eight bytes at a time, then byte by byte to its end.
      ++i;
      while (i + 8 <= n) {
        uint64_t word;
        std::memcpy(&word, p + i, 8);
        if ((word & 0x8080808080808080ull) != 0) break;
        i += 8;
      }
      while (i < n && p[i] < 0x80) ++i;
      continue;
    }
    if (static_cast<unsigned char>(b - 0xE4) <= 0xEC - 0xE4 && i + 2 < n &&
        ((p[i + 1] ^ 0x80) | (p[i + 2] ^ 0x80)) < 0x40) {
      // A run of characters with lead E4–EC (CJK ideographs and their neighbours: always valid
      // with two continuation bytes, never folded). Two per step where eight bytes can be
      // loaded: their four continuation bytes tested at once under a mask (built from bytes,
      // so independent of byte order).
      i += 3;
      while (i + 8 <= n) {
        uint64_t word;
        std::memcpy(&word, p + i, 8);
        if ((word & kPairMask) != kPairBits ||
            static_cast<unsigned char>(p[i] - 0xE4) > 0xEC - 0xE4 ||
            static_cast<unsigned char>(p[i + 3] - 0xE4) > 0xEC - 0xE4) {
          break;
        }
        i += 6;
      }
      while (i + 2 < n && static_cast<unsigned char>(p[i] - 0xE4) <= 0xEC - 0xE4 &&
             ((p[i + 1] ^ 0x80) | (p[i + 2] ^ 0x80)) < 0x40) {
        i += 3;
      }
      continue;
    }
    if (const char32_t cp = Decode3(s, i); cp != 0) {
      // Only E2 (•‧), E3 (ideographic space, ・) and EF (full-width forms) can fold.
      if (b == 0xEF || b == 0xE3 || b == 0xE2) {
        if (const char32_t folded = FoldCodePoint(cp); folded != 0) {
          if constexpr (kMode == FoldMode::kFindFirst) return i;
          if (i > copied) {
            std::memcpy(w, s.data() + copied, i - copied);
            w += i - copied;
          }
          if (folded < 0x80) {
            *w++ = static_cast<char>(folded);
          } else {  // U+00B7
            *w++ = static_cast<char>(0xC0 | (folded >> 6));
            *w++ = static_cast<char>(0x80 | (folded & 0x3F));
          }
          copied = i + 3;
          on_break(static_cast<size_t>(w - w0), copied);
        }
      }
      i += 3;
      continue;
    }
    char32_t cp;
    const size_t len = DecodeUtf8(s, i, &cp);
    if (len == 1) *valid = false;
    i += len;
  }
  if constexpr (kMode == FoldMode::kFindFirst) return std::string_view::npos;
  if (n > copied) {
    std::memcpy(w, s.data() + copied, n - copied);
    w += n - copied;
  }
  return static_cast<size_t>(w - w0);
}

}  // namespace

size_t FoldedText::Origin(size_t k) const {
  auto it = std::upper_bound(breaks.begin(), breaks.end(), k,
                             [](size_t v, const auto& b) { return v < b.first; });
  if (it == breaks.begin()) return k;
  --it;
  return k - it->first + it->second;
}

FoldedText Fold(std::string_view original) {
  FoldedText folded;
  folded.breaks.reserve(original.size() / 32 + 4);
  // An uninitialised buffer of the original's size (no zeroing: every byte used is written).
  folded.storage = std::make_unique_for_overwrite<char[]>(original.size() + 1);
  const size_t size =
      FoldInto(original, folded.storage.get(), &folded.valid_utf8, [&](size_t f, size_t o) {
        folded.breaks.emplace_back(static_cast<uint32_t>(f), static_cast<uint32_t>(o));
      });
  folded.text = std::string_view(folded.storage.get(), size);
  return folded;
}

std::string FoldValue(std::string_view value) {
  std::string out;
  FoldValueInto(value, &out);
  return out;
}

void FoldValueInto(std::string_view value, std::string* out) {
  out->resize(value.size());
  bool valid = true;
  out->resize(FoldInto(value, out->data(), &valid, [](size_t, size_t) {}));
}

std::string_view FoldedValue(std::string_view value, std::string* buffer) {
  bool valid = true;
  if (FoldInto<FoldMode::kFindFirst>(value, nullptr, &valid, [](size_t, size_t) {}) ==
      std::string_view::npos) {
    return value;
  }
  FoldValueInto(value, buffer);
  return *buffer;
}

void AppendValidUtf8(std::string_view s, std::string* out) {
  size_t copied = 0;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    const size_t len = DecodeUtf8(s, i, &cp);
    if (len == 1) {
      out->append(s.substr(copied, i - copied));
      out->append("\xEF\xBF\xBD");
      copied = i + 1;
    }
    i += len;
  }
  out->append(s.substr(copied));
}

size_t CharCount(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    i += DecodeUtf8(s, i, &cp);
    ++count;
  }
  return count;
}

std::vector<std::string_view> SplitChars(std::string_view s) {
  std::vector<std::string_view> chars;
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    const size_t len = DecodeUtf8(s, i, &cp);
    chars.push_back(s.substr(i, len));
    i += len;
  }
  return chars;
}

}  // namespace disclosure::redaction::internal
