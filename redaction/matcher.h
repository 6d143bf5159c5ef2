// redaction internals: search for many byte strings (a party's names, aliases, address chunks)
// in one pass over a text.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace disclosure::redaction::internal {

// `value` as byte k of a word loaded from memory (memcpy), whatever the byte order.
constexpr uint64_t ByteOfWord(int k, uint64_t value) {
  return value << (std::endian::native == std::endian::little ? 8 * k : 56 - 8 * k);
}

// Finds every occurrence of every added pattern in one left-to-right pass. Built for one item
// (a few hundred patterns at most), so building must cost little: no automaton, but a filter
// on each pattern's first k bytes (k = the shortest long pattern's length, 4 to 8: for names,
// two CJK characters, so that a common surname followed by anything does not pass) that
// rejects almost every position with one load and one compare; a position that passes is
// checked against the patterns with that prefix. The scan steps over ASCII bytes and pairs of
// CJK characters in one step each. Patterns of 2–3 bytes (short ASCII names) take a slower
// path on their first byte. Build once (Add… then Build), then Scan is const and may run
// concurrently.
class MultiMatcher {
 public:
  // Adds a pattern reported with `id`; the same bytes may carry several ids. Patterns shorter
  // than two bytes are ignored.
  void Add(std::string_view pattern, int id);
  void Build();
  // Room for `patterns` patterns of `bytes` bytes in all (optional).
  void Reserve(size_t patterns, size_t bytes) {
    arena_.reserve(bytes);
    long_.reserve(patterns);
  }
  bool empty() const { return long_.empty() && short_.empty(); }

  // Calls on_match(begin, end, id) for each occurrence: those of patterns of four bytes or more
  // in order of begin offset, then those of 2–3 bytes in order of begin offset.
  // `valid_utf8`: the text is valid UTF-8, so that the scan may step from character to
  // character by the lead byte's length (else it tests every byte that is not a continuation).
  template <typename OnMatch>
  void Scan(std::string_view text, bool valid_utf8, OnMatch&& on_match) const {
    const char* p = text.data();
    const size_t n = text.size();
    if (!long_.empty() && n >= key_bytes_) {
      const uint8_t* const filter = filter_.data();  // allocated: long_ is not empty
      const uint64_t key_mask = key_mask_;
      // Positions with eight bytes to load go through the loops below; the last few (fewer
      // than eight bytes left, at least key_bytes_) through Tail.
      const size_t tail = n >= 8 ? n - 7 : 0;  // the first position without eight bytes
      // On valid UTF-8 the scan steps from character to character; else it tests every byte
      // but continuation bytes (no pattern starts inside a character), or every byte when some
      // pattern starts with one. (Two loops, so that the choice is not made at every step.)
      if (valid_utf8 && !continuation_start_) {
        // Pointers, and the filter test inline with the rest out of line (MatchChain), so
        // that the loop holds only the step and the test.
        const char* at = p;
        const char* const last = p + tail;
        // Two ASCII bytes, one, and two 3-byte characters in a row (most of the rest) first,
        // each in one step.
        if (tail > 3) {
          for (const char* const last2 = last - 3; at < last2;) {
            uint64_t word;
            std::memcpy(&word, at, 8);
            const char* const here = at;
            // A step over two characters tests both positions: the second is `pair` bytes on.
            size_t pair = 0;
            if ((word & ByteOfWord(0, 0x80)) == 0) {
              if ((word & ByteOfWord(1, 0x80)) == 0) {  // two ASCII bytes (runs of digits)
                pair = 1;
              } else {
                ++at;
              }
            } else if ((word & kTwoLeadsMask) == kTwoLeads) [[likely]] {
              pair = 3;
            } else {
              at += CharLength(Lead(word, here));
            }
            uint64_t next = 0;
            if (pair != 0) {
              std::memcpy(&next, here + pair, 8);
              at = here + 2 * pair;
            }
            if (filter[Hash(word & key_mask)] != 0) [[unlikely]]
              MatchChain(p, n, static_cast<size_t>(here - p), word, on_match);
            if (pair != 0 && filter[Hash(next & key_mask)] != 0) [[unlikely]]
              MatchChain(p, n, static_cast<size_t>(here - p) + pair, next, on_match);
          }
        }
        while (at < last) {
          uint64_t word;
          std::memcpy(&word, at, 8);
          const char* const here = at;
          at += CharLength(Lead(word, here));
          if (filter[Hash(word & key_mask)] != 0) [[unlikely]]
            MatchChain(p, n, static_cast<size_t>(here - p), word, on_match);
        }
        for (size_t here = static_cast<size_t>(at - p); here + key_bytes_ <= n;) {
          const size_t length = CharLength(static_cast<unsigned char>(p[here]));
          Tail(p, n, here, on_match);
          here += length;
        }
      } else {
        const unsigned char skip = continuation_start_ ? 0xFF : 0x80;
        size_t here = 0;
        for (; here < tail; ++here) {
          if ((static_cast<unsigned char>(p[here]) & 0xC0) == skip) continue;
          uint64_t word;
          std::memcpy(&word, p + here, 8);
          if (filter[Hash(word & key_mask)] != 0) [[unlikely]]
            MatchChain(p, n, here, word, on_match);
        }
        for (; here + key_bytes_ <= n; ++here) {
          if ((static_cast<unsigned char>(p[here]) & 0xC0) == skip) continue;
          Tail(p, n, here, on_match);
        }
      }
    }
    if (!short_.empty()) {
      for (size_t i = 0; i < n; ++i) {
        const auto b = static_cast<unsigned char>(p[i]);
        if (((short_first_[b >> 6] >> (b & 63)) & 1) == 0) continue;
        for (const Pattern& s : short_) {
          if (s.length <= n - i && std::memcmp(p + i, arena_.data() + s.offset, s.length) == 0) {
            on_match(i, i + s.length, s.id);
          }
        }
      }
    }
  }

 private:
  // The filter's size: 8 KB, about forty entries per pattern of an item with fifty parties
  // (a larger one cost more to clear than it saved in false hits).
  static constexpr int kFilterBits = 13;
  // The filter's entry for a key (a position's first key_bytes_ bytes as loaded, the rest
  // zeroed): 0 if no long pattern starts with them, which rejects almost every position.
  static uint64_t Hash(uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> (64 - kFilterBits); }

  // The high nibbles of bytes 0 and 3 of a loaded word, and what they are when both bytes
  // lead a 3-byte character (E0–EF).
  static constexpr uint64_t kTwoLeadsMask = ByteOfWord(0, 0xF0) | ByteOfWord(3, 0xF0);
  static constexpr uint64_t kTwoLeads = ByteOfWord(0, 0xE0) | ByteOfWord(3, 0xE0);
  // The lead byte of a loaded word `word` (at `at`).
  static unsigned char Lead(uint64_t word, const char* at) {
    return static_cast<unsigned char>(std::endian::native == std::endian::little ? word : *at);
  }
  // The length of a character by its lead byte. A lead byte E0–EF always starts a 3-byte
  // character (most of the text): a branch, not a table lookup, so that the next position does
  // not wait for this one's load.
  static size_t CharLength(unsigned char lead) {
    static constexpr uint8_t kLength[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
    if ((lead & 0xF0) == 0xE0) [[likely]]
      return 3;
    return kLength[lead >> 4];
  }

  // A position with fewer than eight bytes left (here + key_bytes_ <= n): the same test as the
  // loops', on a word loaded byte by byte.
  template <typename OnMatch>
  [[gnu::noinline]] void Tail(const char* p, size_t n, size_t here, OnMatch& on_match) const {
    uint64_t word = 0;
    std::memcpy(&word, p + here, n - here);
    if (filter_[Hash(word & key_mask_)] != 0) MatchChain(p, n, here, word, on_match);
  }

  // Reports the long patterns that occur at p[here] where the filter passed. `head`: the
  // first eight bytes there (fewer at the end of the text, the rest zero).
  template <typename OnMatch>
  [[gnu::noinline]] void MatchChain(const char* p, size_t n, size_t here, uint64_t head,
                                    OnMatch& on_match) const {
    for (int32_t k = First(head & key_mask_); k >= 0; k = long_[static_cast<size_t>(k)].next) {
      const Pattern& it = long_[static_cast<size_t>(k)];
      if ((head & it.mask) == it.head && it.length <= n - here &&
          (it.length <= 8 || Matches(p + here, it))) {
        on_match(here, here + it.length, it.id);
      }
    }
  }

  struct Pattern {
    int id = 0;
    int32_t next = -1;  // the next pattern (in the order added) with the same key, or -1
    uint64_t head = 0;  // the first (up to) eight bytes as loaded, the rest zero
    uint64_t mask = 0;  // which bytes of a loaded word `head` covers
    uint64_t tail = 0;  // more than eight bytes: the last eight as loaded
    uint32_t offset = 0;  // the bytes (2–3 or more than 16): arena_[offset, offset + length)
    uint32_t length = 0;
  };
  // Whether pattern `it` (more than eight bytes, its first eight already equal) is at `at`: its
  // last eight bytes by one load first (many numbers share their first eight: a region code
  // and a birth year), then what lies between, if anything.
  bool Matches(const char* at, const Pattern& it) const {
    uint64_t tail;
    std::memcpy(&tail, at + it.length - 8, 8);
    return tail == it.tail && (it.length <= 16 || std::memcmp(at + 8, arena_.data() + it.offset + 8,
                                                              it.length - 16) == 0);
  }
  // The index in long_ of the first pattern (in the order added) with `key`, or -1: a probe
  // of buckets_ (built by Build).
  int32_t First(uint64_t key) const {
    const size_t mask = buckets_.size() - 1;
    for (size_t k = ((key * 0x9E3779B97F4A7C15ull) >> bucket_shift_) & mask;; k = (k + 1) & mask) {
      const Bucket& b = buckets_[k];
      if (b.first < 0) return -1;
      if (b.key == key) return b.first;
    }
  }
  // An open-addressing table from a key to the first and last of its chain of patterns (at
  // most half full).
  struct Bucket {
    uint64_t key = 0;
    int32_t first = -1;
    int32_t last = -1;
  };
  std::vector<Bucket> buckets_;
  int bucket_shift_ = 63;

  std::string arena_;           // the bytes of patterns of 2–3 or more than 16 bytes
  std::vector<Pattern> long_;   // in the order added, chained by key
  std::vector<Pattern> short_;  // 2–3 bytes
  // The filter (a byte per entry, 1 where a key hashes: one load and one compare per test),
  // allocated by Build when there are long patterns: an item without parties (or with short
  // values only) neither allocates nor clears it.
  std::vector<uint8_t> filter_;
  uint64_t short_first_[4] = {};
  size_t key_bytes_ = 8;              // the shortest long pattern's length, at most eight
  uint64_t key_mask_ = ~uint64_t{0};  // the first key_bytes_ bytes of a loaded word
  bool continuation_start_ = false;  // some long pattern starts with a continuation byte
};

}  // namespace disclosure::redaction::internal
