#include "redaction/text.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <memory>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace disclosure::redaction::internal {

size_t DecodeUtf8Checked(std::string_view s, size_t i, char32_t* cp) {
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

// FoldCodePoint's answer for a character that folds to nothing.
constexpr char32_t kDropped = 0x110000;

// The folded form of cp, 0 when cp stays as it is, or kDropped.
char32_t FoldCodePoint(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;
  // Invisible characters (zero-width space, joiners, direction marks, word joiner, BOM): text
  // pasted from the web has them, and they split a number or a name as no reader sees it (and
  // U+00AD, the soft hyphen, a 2-byte character, folded by FoldInto).
  if ((cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF) return kDropped;
  // Spaces: ideographic, en to hair (U+2000–200A), narrow no-break, medium mathematical (and
  // U+00A0, no-break, folded by FoldInto: a 2-byte character).
  if (cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F) {
    return ' ';
  }
  // Dashes between digit groups: hyphen to horizontal bar (U+2010–2015), minus sign.
  if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) return '-';
  if (cp == 0x30FB || cp == 0xFF65 || cp == 0x2022 || cp == 0x2027) return 0xB7;
  // The Roman numeral ten, typed for an ID's check character X (5331…007Ⅹ; and U+00D7, the
  // multiplication sign ×, a 2-byte character, folded by FoldInto to 'x').
  if (cp == 0x2169 || cp == 0x2179) return 'X';
  return 0;
}

constexpr uint64_t kEachByte = 0x0101010101010101ull;
constexpr uint64_t kHighBits = 0x80 * kEachByte;

// Which bytes of an eight-byte word (little-endian) a plain stretch cannot take. Plain: ASCII,
// and leads E4–EC (CJK ideographs and their neighbours: never folded, valid with any two
// continuation bytes) with their continuation bytes. In each field, bit 7 of byte k is set when:
struct PlainTest {
  uint64_t stops;     // byte k is none of these, or one where another is due
  uint64_t expected;  // a lead before byte k expects a continuation byte there
  uint64_t carried;   // the same for bytes 0 and 1 of the next word (its `pending`)
};
// `pending`: the `carried` of the word before (0 at the start of a character). Inline in the
// loop of FoldInto: a call per word costs as much again as the test.
[[gnu::always_inline]] inline PlainTest TestPlain(uint64_t w, uint64_t pending) {
  const uint64_t high = w & kHighBits;
  // y = byte ^ E0 is 04–0C exactly for the leads E4–EC. With bit 7 forced on, subtracting 4 or
  // 13 from each byte borrows from no neighbour; bit 7 then says "y >= 4", "y >= 13".
  const uint64_t y = (w ^ (0xE0 * kEachByte)) | kHighBits;
  const uint64_t leads = (y - 0x04 * kEachByte) & ~(y - 0x0D * kEachByte) & high;
  PlainTest t;
  t.expected = (leads << 8) | (leads << 16) | pending;
  t.carried = (leads >> 48) | (leads >> 56);
  // A high byte other than a lead stops unless due (then it must be 10xxxxxx: bit 6 clear); a
  // lead or an ASCII byte stops where a continuation byte is due.
  t.stops = ((high & ~leads) ^ t.expected) | ((w << 1) & t.expected);
  return t;
}

// Sixteen bytes as one vector (GCC's and clang's vector extensions: SSE2 on x86-64, NEON on
// ARM64, the same source for both; lanes compare to 0x00 or 0xFF).
using Bytes16 = unsigned char __attribute__((vector_size(16)));
using SignedBytes16 = signed char __attribute__((vector_size(16)));

inline Bytes16 Load16(const unsigned char* p) {
  Bytes16 v;
  std::memcpy(&v, p, 16);
  return v;
}

// The lanes of v that hold a lead E3–EC: (v + 0x9D) is 0x80–0x89 exactly for those, the lowest
// signed bytes. (E3: 。、〔〕《》 and the rest of U+3000–303F, which fold nothing but the
// ideographic space; the sixteen-byte test stops at that one and at U+30C0–30FF, where ・ is.)
inline Bytes16 LeadLanes(Bytes16 v) {
  return reinterpret_cast<Bytes16>(reinterpret_cast<SignedBytes16>(v + 0x9D) < -0x76);
}

// The lanes of `lanes` (each 0x00 or 0xFF) as a 16-bit mask, lane k at bit k.
inline unsigned LaneMask(Bytes16 lanes) {
#if defined(__SSE2__)
  __m128i v;
  std::memcpy(&v, &lanes, 16);
  return static_cast<unsigned>(_mm_movemask_epi8(v));
#else
  uint64_t half[2];
  std::memcpy(half, &lanes, 16);
  if constexpr (std::endian::native == std::endian::big) {
    half[0] = __builtin_bswap64(half[0]);
    half[1] = __builtin_bswap64(half[1]);
  }
  // Each lane's top bit, gathered into the top byte by one multiplication.
  constexpr uint64_t kGather = 0x0002040810204081ull;
  const auto low = static_cast<unsigned>(((half[0] & kHighBits) * kGather) >> 56);
  const auto high = static_cast<unsigned>(((half[1] & kHighBits) * kGather) >> 56);
  return low | (high << 8);
#endif
}

// Which lanes the bytes one and two before may lead into: in a run's first block, p[-1] and
// p[-2] are no bytes of the run (lanes 1–15 and 2–15); in later ones, all lanes.
struct Carry {
  Bytes16 one{0,    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
              0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
  Bytes16 two{0,    0,    0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
              0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF};
};

// The plain test for sixteen bytes at p[0], where p[-2] to p[17] can be read: TestPlain's, but
// with the lead E3 plain too, except before 80 80 (U+3000, which folds) and before 83 (U+30C0–
// 30FF, where ・ is). Returns the lanes that stop a run; *expected, those where a continuation
// byte is due.
[[gnu::always_inline]] inline Bytes16 StopLanes(const unsigned char* p, const Carry& carry,
                                                Bytes16* expected) {
  const Bytes16 v = Load16(p);
  const Bytes16 next = Load16(p + 1);
  *expected = (LeadLanes(Load16(p - 1)) & carry.one) | (LeadLanes(Load16(p - 2)) & carry.two);
  const auto high = reinterpret_cast<Bytes16>(reinterpret_cast<SignedBytes16>(v) < 0);
  const auto continuation = reinterpret_cast<Bytes16>((v & 0xC0) == 0x80);
  const auto folding_e3 = reinterpret_cast<Bytes16>(
      (v == 0xE3) & ((next == 0x83) | ((next == 0x80) & (Load16(p + 2) == 0x80))));
  return (*expected & ~continuation) | (~*expected & ((high & ~LeadLanes(v)) | folding_e3));
}

// The ASCII form of the full-width character EF b1 b2 (U+FF01–FF5E), or 0 when it is not one.
inline char FullWidthAscii(unsigned char b1, unsigned char b2) {
  if (b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) return static_cast<char>(b2 - 0x60);
  if (b1 == 0xBD && b2 >= 0x80 && b2 <= 0x9E) return static_cast<char>(b2 - 0x20);
  return 0;
}

// Whether `s` is plain as FoldInto's word test reads it (TestPlain: ASCII, and whole characters
// led by E4–EC), so valid UTF-8 with nothing that folds: most values (names, numbers,
// addresses). Eight bytes at a time; the last 1–7 with zeros after them (ASCII, plain unless a
// character is cut there).
bool IsPlainValue(std::string_view s) {
  const auto* const p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  uint64_t pending = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    const PlainTest t = TestPlain(LoadLittleEndian(p + i), pending);
    if (t.stops != 0) return false;
    pending = t.carried;
  }
  if (i == n) return pending == 0;
  uint64_t w = 0;
  for (size_t k = 0; i + k < n; ++k) w |= uint64_t{p[i + k]} << (8 * k);
  const PlainTest t = TestPlain(w, pending);
  return t.stops == 0 && t.carried == 0;
}

// One pass over `s` into w0 (room for s.size() bytes: folding never lengthens a character, 3-byte
// forms become 1 or 2 bytes). Plain stretches (TestPlain) go eight bytes at a time and are
// copied as they are, whatever mix of ASCII and CJK they hold; any other character is decoded,
// and one that folds is written folded, with on_break(folded end, original end). Returns the
// number of bytes written; *valid is cleared at an invalid sequence.
template <typename OnBreak>
size_t FoldInto(std::string_view s, char* const w0, bool* valid, OnBreak on_break) {
  const size_t n = s.size();
  const auto* const p = reinterpret_cast<const unsigned char*>(s.data());
  size_t i = 0;
  char* w = w0;  // where s[i] goes
  while (i < n) {
    // Plain words, each stored whole (the bytes past a stop are written again below); a
    // character may go on into the next word.
    PlainTest t{0, 0, 0};
    uint64_t pending = 0;
    // Sixteen bytes at a time first, where the two bytes before them and the two after can be
    // read; then, near the end, eight. (The eight-byte test stops at every E3 lead as well: both
    // agree on where a character starts, and a character stopped at is handled one at a time.)
    size_t stop = n;  // where the first loop found a stop (n: none)
    if (i >= 2) {
      Carry carry;
      while (i + 18 <= n) {
        Bytes16 expected;
        const Bytes16 stops = StopLanes(p + i, carry, &expected);
        std::memcpy(w, p + i, 16);
        unsigned lanes = LaneMask(stops);
        // The commonest stops, ，：（） (full-width ASCII forms), folded within the block: each
        // written in its place and the bytes after it copied again, two places back, where the
        // copy's sixteen bytes are the text's. (Their bytes past the first are stops too.)
        size_t removed = 0;  // bytes the block's folds took out so far
        while (lanes != 0) {
          const auto k = static_cast<size_t>(std::countr_zero(lanes));
          if (k + 3 > 16 || i + k + 19 > n || expected[k] != 0 || p[i + k] != 0xEF) break;
          const char ascii = FullWidthAscii(p[i + k + 1], p[i + k + 2]);
          if (ascii == 0) break;
          char* const at = w + k - removed;
          *at = ascii;
          std::memcpy(at + 1, p + i + k + 3, 16);
          removed += 2;
          on_break(static_cast<size_t>(at + 1 - w0), i + k + 3);
          lanes &= ~((2u << (k + 2)) - 1);  // (lanes k to k + 2)
        }
        w -= removed;  // where s[i] would go, as below
        if (lanes != 0) {
          const auto k = static_cast<size_t>(std::countr_zero(lanes));
          stop = i + k;
          if (expected[k] != 0) {
            stop -= (p[stop - 1] & 0xC0) == 0x80 ? 2 : 1;
          } else if (const char ascii =
                         p[stop] == 0xEF ? FullWidthAscii(p[stop + 1], p[stop + 2]) : 0;
                     ascii != 0) {
            // The commonest stop, ，：（）: folded here, and the run goes on after it (the
            // bytes before it are copied; bytes 17 and 18 of the text after i can be read).
            w[k] = ascii;
            w += k + 1;
            i = stop + 3;
            on_break(static_cast<size_t>(w - w0), i);
            stop = n;
            carry = Carry{};
            continue;
          }
          break;
        }
        carry.one = carry.two = ~Bytes16{};
        i += 16;
        w += 16;
      }
      // A lead in the last two bytes passed expects bytes of the words below.
      if (stop == n && carry.two[0] != 0) {
        const bool last = static_cast<unsigned char>(p[i - 1] - 0xE3) <= 9;
        const bool second_last = static_cast<unsigned char>(p[i - 2] - 0xE3) <= 9;
        pending = (last || second_last ? 0x80 : 0) | (last ? 0x8000 : 0);
      }
    }
    while (stop == n && i + 8 <= n) {
      const uint64_t word = LoadLittleEndian(p + i);
      t = TestPlain(word, pending);
      std::memcpy(w, p + i, 8);
      if (t.stops != 0) break;
      pending = t.carried;
      i += 8;
      w += 8;
    }
    // Back to the start of the character that stops them: the first stop byte, or the lead one
    // or two bytes before it whose continuation bytes it lacks; at the end of the last whole
    // word, the lead that expects bytes past it.
    size_t start = i;
    if (stop != n) {
      start = stop;
    } else if (t.stops != 0) {
      const size_t k = static_cast<size_t>(std::countr_zero(t.stops)) / 8;
      start = i + k;
      if (((t.expected >> (8 * k)) & 0x80) != 0) {
        start -= (p[start - 1] & 0xC0) == 0x80 ? 2 : 1;
      }
    } else if (pending != 0) {
      start = i - ((pending & 0x8000) != 0 ? 1 : 2);
    }
    w += static_cast<std::ptrdiff_t>(start - i);
    i = start;
    if (i >= n) break;
    // Characters one at a time, while the next one would stop plain words at once (runs of
    // full-width digits).
    do {
      const unsigned char b = p[i];
      size_t len = 1;
      if (b == 0xEF && i + 2 < n && FullWidthAscii(p[i + 1], p[i + 2]) != 0) {
        // The most common folding characters: ，（）：０-９ …, U+FF01–FF5E.
        *w++ = FullWidthAscii(p[i + 1], p[i + 2]);
        i += 3;
        on_break(static_cast<size_t>(w - w0), i);
        continue;
      } else if (b < 0x80) {
        // copied below
      } else if (const char32_t cp = Decode3Checked(s, i); cp != 0) {
        len = 3;
        // Only E2 (•‧, spaces, dashes), E3 (ideographic space, ・) and EF (full-width
        // forms) can fold.
        if (b == 0xEF || b == 0xE3 || b == 0xE2) {
          if (const char32_t folded = FoldCodePoint(cp); folded != 0) {
            if (folded == kDropped) {
              // nothing written
            } else if (folded < 0x80) {
              *w++ = static_cast<char>(folded);
            } else {  // U+00B7
              *w++ = static_cast<char>(0xC0 | (folded >> 6));
              *w++ = static_cast<char>(0x80 | (folded & 0x3F));
            }
            i += 3;
            on_break(static_cast<size_t>(w - w0), i);
            continue;
          }
        }
      } else if (b == 0xC2 && i + 1 < n && (p[i + 1] == 0xA0 || p[i + 1] == 0xAD)) {
        if (p[i + 1] == 0xA0) *w++ = ' ';  // U+00A0, no-break space (U+00AD: dropped)
        i += 2;
        on_break(static_cast<size_t>(w - w0), i);
        continue;
      } else if (b == 0xC3 && i + 1 < n && p[i + 1] == 0x97) {
        *w++ = 'x';  // U+00D7 ×, typed for an ID's check character X (5331…007×)
        i += 2;
        on_break(static_cast<size_t>(w - w0), i);
        continue;
      } else {
        char32_t ignored;
        len = DecodeUtf8Checked(s, i, &ignored);
        if (len == 1) {
          *valid = false;
          *w++ = kInvalidByte;
          ++i;
          continue;
        }
      }
      for (size_t k = 0; k < len; ++k) w[k] = static_cast<char>(p[i + k]);
      w += len;
      i += len;
    } while (i < n && p[i] >= 0x80 && static_cast<unsigned char>(p[i] - 0xE4) > 0xEC - 0xE4);
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
  Fold(original, &folded);
  return folded;
}

void Fold(std::string_view original, FoldedText* folded) {
  folded->breaks.clear();
  folded->breaks.reserve(original.size() / 32 + 4);
  if (folded->capacity < original.size() + 1) {
    // An uninitialised buffer of the original's size (no zeroing: every byte used is written).
    folded->capacity = original.size() + 1;
    folded->storage = std::make_unique_for_overwrite<char[]>(folded->capacity);
  }
  folded->valid_utf8 = true;
  const size_t size =
      FoldInto(original, folded->storage.get(), &folded->valid_utf8, [&](size_t f, size_t o) {
        folded->breaks.emplace_back(static_cast<uint32_t>(f), static_cast<uint32_t>(o));
      });
  folded->storage[size] = '\0';
  folded->text = std::string_view(folded->storage.get(), size);
}

std::string FoldValue(std::string_view value) {
  std::string out;
  FoldValueInto(value, &out);
  return out;
}

bool FoldValueInto(std::string_view value, std::string* out) {
  out->resize(value.size());
  bool valid = true;
  out->resize(FoldInto(value, out->data(), &valid, [](size_t, size_t) {}));
  return valid;
}

size_t FindBytes(std::string_view hay, std::string_view needle) {
  const size_t m = needle.size();
  if (m < 2 || m > hay.size()) {
    return m == 0 ? 0 : hay.find(needle);
  }
  const auto* const h = reinterpret_cast<const unsigned char*>(hay.data());
  const auto* const x = reinterpret_cast<const unsigned char*>(needle.data());
  const Bytes16 second = Bytes16{} + x[1];
  const Bytes16 last = Bytes16{} + x[m - 1];
  size_t k = 0;
  // Sixteen places k..k+15 while the loads of their second and last bytes stay inside `hay`.
  for (; k + m + 15 <= hay.size(); k += 16) {
    const auto match =
        reinterpret_cast<Bytes16>((Load16(h + k + 1) == second) & (Load16(h + k + m - 1) == last));
    for (unsigned lanes = LaneMask(match); lanes != 0; lanes &= lanes - 1) {
      const size_t at = k + static_cast<size_t>(std::countr_zero(lanes));
      if (std::memcmp(h + at, x, m) == 0) return at;
    }
  }
  for (; k + m <= hay.size(); ++k) {
    if (h[k + 1] == x[1] && h[k + m - 1] == x[m - 1] && std::memcmp(h + k, x, m) == 0) return k;
  }
  return std::string_view::npos;
}

// The first byte of an invalid sequence in `s` at or after i, or s.size().
size_t NextInvalidByte(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    char32_t cp;
    const size_t len = DecodeUtf8Checked(s, i, &cp);
    if (len == 1) return i;
    i += len;
  }
  return s.size();
}

std::string_view FoldedValue(std::string_view value, std::string* buffer) {
  if (IsPlainValue(value)) return value;
  FoldValueInto(value, buffer);
  return *buffer;
}

void AppendValidUtf8(std::string_view s, std::string* out) {
  size_t copied = 0;
  for (size_t i = NextInvalidByte(s, 0); i < s.size(); i = NextInvalidByte(s, i + 1)) {
    out->append(s.substr(copied, i - copied));
    out->append("\xEF\xBF\xBD");
    copied = i + 1;
  }
  out->append(s.substr(copied));
}

void ByteArena::Grow(size_t more) {
  const size_t capacity = std::max(size_ + more, 2 * capacity_);
  auto* const data = static_cast<char*>(memory_->allocate(capacity, 1));
  if (size_ > 0) std::memcpy(data, data_, size_);
  if (data_ != nullptr) memory_->deallocate(data_, capacity_, 1);
  data_ = data;
  capacity_ = capacity;
}

size_t CharCount(std::string_view s) {
  size_t count = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    i += DecodeUtf8Checked(s, i, &cp);
    ++count;
  }
  return count;
}

std::vector<std::string_view> SplitChars(std::string_view s) {
  std::vector<std::string_view> chars;
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    const size_t len = DecodeUtf8Checked(s, i, &cp);
    chars.push_back(s.substr(i, len));
    i += len;
  }
  return chars;
}

}  // namespace disclosure::redaction::internal
