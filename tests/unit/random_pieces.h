// Random texts for the redaction engine's tests of a fast path against its plain statement.
#pragma once

#include <cstddef>
#include <random>

namespace disclosure::test_support {

// The index of the next piece of a random text that is mostly plain, as narrative text, numbers
// and names are: one time in `rare` any of `size` pieces, else one of the `count` common ones
// from `first`.
inline size_t MostlyCommonPiece(std::mt19937& rng, size_t size, size_t first, size_t count,
                                unsigned rare) {
  return rng() % rare != 0 ? first + rng() % count : rng() % size;
}

}  // namespace disclosure::test_support
