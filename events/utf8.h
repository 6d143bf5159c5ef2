// events/utf8: strict UTF-8 validation of raw record bytes (internal to events/).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace disclosure::events::internal {

struct Utf8Error {
  size_t offset = 0;      // byte offset of the first byte of the bad sequence
  const char* what = "";  // rule broken, e.g. "overlong encoding"; never the bytes
};

// Checks RFC 3629 UTF-8: no overlong forms, no surrogates (U+D800–U+DFFF), nothing above
// U+10FFFF, no truncated sequences. Returns the first error, or nullopt if `bytes` is valid.
std::optional<Utf8Error> FindUtf8Error(std::string_view bytes);

// "line L column C" of byte `offset` in `bytes` (1-based; columns count code points). The
// bytes before `offset` must be valid UTF-8.
std::string Position(std::string_view bytes, size_t offset);

}  // namespace disclosure::events::internal
