// redaction internals: search for many byte strings (a party's names, aliases, address chunks)
// in one pass over a text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace disclosure::redaction::internal {

// Finds every occurrence of every added pattern in one left-to-right pass. Built for one item
// (a few hundred patterns at most), so building must cost little: no automaton, but a bit
// filter on each pattern's first four bytes (for CJK text: its first character and the lead
// byte of the next) that rejects almost every position with one load and one bit test; a
// position that passes is checked against the patterns with that prefix. Patterns of 2–3 bytes
// (short ASCII names) take a slower path on their first byte. Build once (Add… then Build),
// then Scan is const and may run concurrently.
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

  // Calls on_match(begin, end, id) for each occurrence, in order of begin offset.
  // `valid_utf8`: the text is valid UTF-8, so that the scan may step from character to
  // character by the lead byte's length (else it tests every byte that is not a continuation).
  template <typename OnMatch>
  void Scan(std::string_view text, bool valid_utf8, OnMatch&& on_match) const {
    const char* p = text.data();
    const size_t n = text.size();
    if (!long_.empty() && n >= 4) {
      const uint64_t* const filter = filter_.data();  // allocated: long_ is not empty
      // On valid UTF-8 the scan steps from character to character; else it tests every byte
      // but continuation bytes (no pattern starts inside a character), or every byte when some
      // pattern starts with one. (Two loops, so that the choice is not made at every step.)
      if (valid_utf8 && !continuation_start_) {
        static constexpr uint8_t kLength[16] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4};
        // Pointers, and the filter test inline with the rest out of line (MatchChain), so
        // that the loop holds only the step and the test.
        const char* const last = p + (n - 4);  // the last position with four bytes
        for (const char* at = p; at <= last;) {
          const auto lead = static_cast<unsigned char>(*at);
          const uint64_t bit = FilterBit(filter, at);
          const char* const here = at;
          // A lead byte E0–EF always starts a 3-byte character (most of the text): a branch,
          // not a table lookup, so that the next position does not wait for this one's load.
          if ((lead & 0xF0) == 0xE0) [[likely]] {
            at += 3;
          } else {
            at += kLength[lead >> 4];
          }
          if (bit != 0) [[unlikely]]
            MatchChain(p, n, static_cast<size_t>(here - p), on_match);
        }
      } else {
        const unsigned char skip = continuation_start_ ? 0xFF : 0x80;
        for (size_t here = 0; here + 4 <= n; ++here) {
          if ((static_cast<unsigned char>(p[here]) & 0xC0) == skip) continue;
          if (FilterBit(filter, p + here) != 0) [[unlikely]]
            MatchChain(p, n, here, on_match);
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
  // The filter's bit for the four bytes at `at` (one load and one bit test): 0 if no long
  // pattern starts with them, which rejects almost every position.
  static uint64_t FilterBit(const uint64_t* filter, const char* at) {
    uint32_t key;
    std::memcpy(&key, at, 4);
    const uint32_t h = Hash(key);
    return (filter[h >> 6] >> (h & 63)) & 1;
  }

  // Reports the long patterns that occur at p[here] (here + 4 <= n) where the filter passed.
  template <typename OnMatch>
  [[gnu::noinline]] void MatchChain(const char* p, size_t n, size_t here, OnMatch& on_match) const {
    uint32_t key;
    std::memcpy(&key, p + here, 4);
    // The first eight bytes (fewer at the end of the text) against each pattern's prefix.
    uint64_t head = 0;
    if (n - here >= 8) [[likely]] {
      std::memcpy(&head, p + here, 8);  // a fixed-size load, not a memcpy call
    } else {
      std::memcpy(&head, p + here, n - here);
    }
    for (int32_t k = First(key); k >= 0; k = long_[static_cast<size_t>(k)].next) {
      const Pattern& it = long_[static_cast<size_t>(k)];
      if ((head & it.mask) == it.head && it.length <= n - here &&
          (it.length <= 8 || Matches(p + here, it))) {
        on_match(here, here + it.length, it.id);
      }
    }
  }

  struct Pattern {
    uint32_t key = 0;  // first four bytes
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
  static constexpr int kFilterBits = 15;
  static uint32_t Hash(uint32_t key) { return (key * 0x9E3779B1u) >> (32 - kFilterBits); }
  // The index in long_ of the first pattern (in the order added) with `key`, or -1: a probe
  // of buckets_ (built by Build).
  int32_t First(uint32_t key) const {
    const size_t mask = buckets_.size() - 1;
    for (size_t k = ((key * 0x9E3779B1u) >> bucket_shift_) & mask;; k = (k + 1) & mask) {
      const Bucket& b = buckets_[k];
      if (b.first < 0) return -1;
      if (b.key == key) return b.first;
    }
  }
  // An open-addressing table from a key to the first and last of its chain of patterns (at
  // most half full).
  struct Bucket {
    uint32_t key = 0;
    int32_t first = -1;
    int32_t last = -1;
  };
  std::vector<Bucket> buckets_;
  int bucket_shift_ = 31;

  std::string arena_;           // the bytes of patterns of 2–3 or more than 16 bytes
  std::vector<Pattern> long_;   // in the order added, chained by key
  std::vector<Pattern> short_;  // 2–3 bytes
  // The filter's bits (4 KB), allocated with the first long pattern: an item without parties
  // (or with short values only) neither allocates nor clears it.
  std::vector<uint64_t> filter_;
  uint64_t short_first_[4] = {};
  bool continuation_start_ = false;  // some long pattern starts with a continuation byte
};

}  // namespace disclosure::redaction::internal
