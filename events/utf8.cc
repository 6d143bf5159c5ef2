#include "events/utf8.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace disclosure::events::internal {

std::optional<Utf8Error> FindUtf8Error(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
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
