#include "events/utf8.h"

#include <cstdint>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace disclosure::events::internal {
namespace {

#if defined(__SSE2__)
// Whether 16 bytes continue and start characters as UTF-8 should, given the continuation bytes
// `owed` by the block before (bit k: byte k must be one); updates `owed` for the next block.
// Says no, to be settled byte by byte, to any lead byte whose sequence has a narrower range
// than 80–BF after it (E0, ED, F0–F4) and to the never valid C0, C1 and F5–FF.
[[gnu::always_inline]] inline bool BlockIsValid(__m128i x, uint32_t& owed) {
  const auto mask = [](__m128i m) { return static_cast<uint32_t>(_mm_movemask_epi8(m)); };
  const auto bytes = [](int b) { return _mm_set1_epi8(static_cast<char>(b)); };
  const uint32_t high = mask(x);  // 80–FF (compared as signed chars below)
  if (high == 0) return owed == 0;
  const uint32_t leads = mask(_mm_cmpgt_epi8(x, bytes(0xBF))) & high;    // C0–FF
  const uint32_t leads3 = mask(_mm_cmpgt_epi8(x, bytes(0xDF))) & high;   // E0–FF
  const uint32_t from_f0 = mask(_mm_cmpgt_epi8(x, bytes(0xEF))) & high;  // F0–FF
  const uint32_t continuations = mask(_mm_cmplt_epi8(x, bytes(0xC0)));   // 80–BF
  const uint32_t special = mask(
      _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, bytes(0xE0)), _mm_cmpeq_epi8(x, bytes(0xED))),
                   _mm_cmpeq_epi8(_mm_and_si128(x, bytes(0xFE)), bytes(0xC0))));
  if (from_f0 | special) return false;
  // Each lead owes the byte after it one continuation, a three-byte lead the one after that too.
  const uint32_t expected = owed | (leads << 1) | (leads3 << 2);
  if ((expected & 0xFFFF) != continuations) return false;
  owed = expected >> 16;
  return true;
}
#endif

// The length of a prefix of `bytes` that is valid UTF-8 and ends between characters, checked
// 16 bytes at a time where the processor can; 0 where it cannot.
size_t ValidPrefix(std::string_view bytes) {
#if defined(__SSE2__)
  const size_t n = bytes.size();
  size_t valid = 0;  // start of the last block entered between characters
  uint32_t owed = 0;
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    if (owed == 0) valid = i;
    if (!BlockIsValid(_mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + i)), owed)) {
      return valid;
    }
  }
  if (owed == 0) valid = i;
  if (i == n) return owed == 0 ? n : valid;
  // The rest, padded with NUL bytes: a character cut short by the end owes one of them.
  char tail[16] = {};
  std::memcpy(tail, bytes.data() + i, n - i);
  return BlockIsValid(_mm_loadu_si128(reinterpret_cast<const __m128i*>(tail)), owed) ? n : valid;
#else
  (void)bytes;
  return 0;
#endif
}

}  // namespace

std::optional<Utf8Error> FindUtf8Error(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = ValidPrefix(bytes);
  while (i < n) {
    // ASCII fast path, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t word;
      std::memcpy(&word, p + i, sizeof word);
      if (word & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= n) break;
    const unsigned char b = p[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    // Common case for Chinese text: a three-byte character clear of the special lead bytes.
    if (b >= 0xE1 && b <= 0xEF && b != 0xED && i + 3 <= n && (p[i + 1] & 0xC0) == 0x80 &&
        (p[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b < 0xC0) return Utf8Error{i, "unexpected continuation byte"};
    if (b < 0xC2) return Utf8Error{i, "overlong encoding"};
    if (b < 0xE0) {
      len = 2;
    } else if (b < 0xF0) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;  // below: overlong
      if (b == 0xED) hi = 0x9F;  // above: UTF-16 surrogates
    } else if (b < 0xF5) {
      len = 4;
      if (b == 0xF0) lo = 0x90;  // below: overlong
      if (b == 0xF4) hi = 0x8F;  // above: beyond U+10FFFF
    } else {
      return Utf8Error{i, "code point beyond U+10FFFF"};
    }
    if (i + len > n) return Utf8Error{i, "truncated sequence"};
    const unsigned char second = p[i + 1];
    if (second < 0x80 || second > 0xBF) return Utf8Error{i, "truncated sequence"};
    if (second < lo) return Utf8Error{i, "overlong encoding"};
    if (second > hi) {
      return Utf8Error{i, b == 0xED ? "encoded surrogate" : "code point beyond U+10FFFF"};
    }
    for (size_t k = 2; k < len; ++k) {
      if (p[i + k] < 0x80 || p[i + k] > 0xBF) return Utf8Error{i, "truncated sequence"};
    }
    i += len;
  }
  return std::nullopt;
}

std::string Position(std::string_view bytes, size_t offset) {
  if (offset > bytes.size()) offset = bytes.size();
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;
    }
  }
  return "line " + std::to_string(line) + " column " + std::to_string(column);
}

}  // namespace disclosure::events::internal
