// redaction internals: search for many byte strings (a party's names, aliases, address chunks)
// in one pass over a text.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory_resource>
#include <string>
#include <string_view>
#include <vector>

namespace disclosure::redaction::internal {

// Finds every occurrence of every added pattern in one left-to-right pass. Built for one item
// (a few hundred patterns at most), so building must cost little: no automaton, but a filter
// on each pattern's first k bytes (k = the shortest long pattern's length, 4 to 8: for names,
// two CJK characters, so that a common surname followed by anything does not pass) that
// rejects almost every position with one load and one compare; a position that passes is
// checked against the patterns with that prefix. The scan tests eight byte positions at a time
// without a branch; when every long pattern has six bytes or more, by a filter test on every
// other position only (sample_stride_). Patterns of 2–3 bytes (short ASCII names) take a slower
// path on their first byte. Build once (Add… then Build), then Scan is const and may run
// concurrently.
class MultiMatcher {
 public:
  explicit MultiMatcher(std::pmr::memory_resource* memory = std::pmr::get_default_resource())
      : buckets_(memory),
        buckets16_(memory),
        arena_(memory),
        long_(memory),
        short_(memory),
        filter_(memory) {}
  // Adds a pattern reported with `id`; the same bytes may carry several ids. Patterns shorter
  // than two bytes are ignored.
  // (Inline for patterns of 4–16 bytes, most of them: an item adds a few hundred.)
  void Add(std::string_view pattern, int id) {
    if (pattern.size() < 4 || pattern.size() > 16) {
      AddStored(pattern, id);
    } else {
      AddLong(pattern, id, 0);
    }
  }
  void Build();
  // Room for `patterns` patterns of `bytes` bytes in all (optional).
  void Reserve(size_t patterns, size_t bytes) {
    arena_.reserve(bytes);
    long_.reserve(patterns);
  }
  bool empty() const { return long_.empty() && short_.empty(); }

  // Calls on_match(begin, end, id) for each occurrence: those of patterns of four bytes or more
  // in order of begin offset, then those of 2–3 bytes in order of begin offset. Any bytes: a
  // pattern is found at a continuation byte only if it starts with one.
  template <typename OnMatch>
  void Scan(std::string_view text, OnMatch&& on_match) const {
    const char* p = text.data();
    const size_t n = text.size();
    if (!long_.empty() && n >= key_bytes_) {
      const uint8_t* const filter = filter_.data();  // allocated: long_ is not empty
      const uint64_t sample_mask = sample_mask_;
      // Positions with fifteen bytes from them (a block's last load reads eight) go through
      // the blocks; the rest one by one, the last few through Tail.
      size_t here = sample_stride_ == 2 ? Blocks<2>(p, n, on_match) : Blocks<1>(p, n, on_match);
      // Past the blocks (all of a short field): each position that starts a character (or
      // any, when some pattern starts with a continuation byte), the last few through Tail.
      auto starts = [&](size_t at) {
        return continuation_start_ || (static_cast<unsigned char>(p[at]) & 0xC0) != 0x80;
      };
      for (; here + 8 <= n; ++here) {
        if (!starts(here)) continue;
        uint64_t word;
        std::memcpy(&word, p + here, 8);
        if ((filter[Hash(word & sample_mask)] & 1) != 0) [[unlikely]]
          MatchChain(p, n, here, word, on_match);
      }
      for (; here + key_bytes_ <= n; ++here) {
        if (starts(here)) Tail(p, n, here, on_match);
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
  // The filter's size: 16 KB, about forty entries per sample of an item with fifty parties (two
  // samples a pattern at stride 2). Measured at stride 1: 3–5 % faster there than 8 KB, the same
  // with five parties; 2 KB slower, 32 KB no better. At stride 2, 8 KB and 32 KB no different.
  static constexpr int kFilterBits = 14;
  // The filter's entry for a sample (a position's first bytes as loaded, sample_mask_: the
  // rest zeroed): 0 if no long pattern has them there, which rejects almost every position.
  static uint64_t Hash(uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> (64 - kFilterBits); }

  // A position with fewer than eight bytes left (here + key_bytes_ <= n): the same test as the
  // blocks', on a word loaded byte by byte.
  template <typename OnMatch>
  [[gnu::noinline]] void Tail(const char* p, size_t n, size_t here, OnMatch& on_match) const {
    uint64_t word = 0;
    std::memcpy(&word, p + here, n - here);
    if ((filter_[Hash(word & sample_mask_)] & 1) != 0) MatchChain(p, n, here, word, on_match);
  }

  // The blocks of Scan: every position from 0 while fifteen bytes follow it, eight a block, by
  // a filter test on the sample of every kStride-th position (kStride 1 or 2, sample_stride_):
  // a sample that passes marks the kStride positions it stands for, of which those inside a
  // character (continuation bytes) are then dropped unless some pattern starts with one. The
  // tests of a block are independent and without a branch (a scan that steps from character
  // to character waits on each step's load, and mispredicts where ASCII and CJK alternate);
  // the marked positions (few) are checked against their patterns. Returns the first position
  // not done.
  template <int kStride, typename OnMatch>
  size_t Blocks(const char* p, size_t n, OnMatch& on_match) const {
    static_assert(kStride == 1 || kStride == 2);
    const uint8_t* const filter = filter_.data();
    const uint64_t sample_mask = sample_mask_;
    const uint64_t any_start = continuation_start_ ? ~uint64_t{0} : 0;  // keep continuations
    size_t here = 0;
    for (; here + 15 <= n; here += 8) {
      uint64_t passed = 0;  // bit 8k + 7: position here + k passed the filter
      if constexpr (kStride == 1) {
#pragma GCC unroll 8
        for (int k = 0; k < 8; ++k) {
          uint64_t word;
          std::memcpy(&word, p + here + k, 8);
          passed |= uint64_t{filter[Hash(word & sample_mask)]} << (8 * k + 7);
        }
      } else {
        // The sample at here + k (k odd): its entry's bit 0 to bit 8k + 6 and bit 1 to 8k + 7,
        // then the first to position here + k, the second to here + k - 1.
        uint64_t entries = 0;
#pragma GCC unroll 4
        for (int k = 1; k < 8; k += 2) {
          uint64_t word;
          std::memcpy(&word, p + here + k, 8);
          entries |= uint64_t{filter[Hash(word & sample_mask)]} << (8 * k + 6);
        }
        passed = (entries << 1 | entries >> 8) & 0x8080808080808080ull;
      }
      // Continuation positions are dropped before the branch, not after: a block of CJK
      // text then passes about a third as often, and the branch mispredicts that much less.
      uint64_t bytes;
      std::memcpy(&bytes, p + here, 8);
      if constexpr (std::endian::native == std::endian::big) bytes = __builtin_bswap64(bytes);
      passed &= ~(bytes & ~(bytes << 1)) | any_start;  // bit 7 of a byte 10xxxxxx: a continuation
      if (passed == 0) [[likely]]
        continue;
      for (; passed != 0; passed &= passed - 1) {
        const size_t at = here + static_cast<size_t>(std::countr_zero(passed) >> 3);
        uint64_t word;
        std::memcpy(&word, p + at, 8);
        MatchChain(p, n, at, word, on_match);
      }
    }
    return here;
  }

  // Reports the long patterns that occur at p[here] where the filter passed. `head`: the
  // first eight bytes there (fewer at the end of the text, the rest zero). Those of sixteen
  // bytes or more are found by their first sixteen (ID numbers share their first six and more:
  // a region code and a birth year), the rest by the key; each in the order added (a tie in
  // Resolve is between equal spans, so of equal length: those keep that order).
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
    if (buckets16_.empty() || n - here < 16) return;
    uint64_t second;
    std::memcpy(&second, p + here + 8, 8);
    for (int32_t k = First16(Hash16(head, second)); k >= 0;
         k = long_[static_cast<size_t>(k)].next) {
      const Pattern& it = long_[static_cast<size_t>(k)];
      if (head == it.head && it.length <= n - here && Matches(p + here, it)) {
        on_match(here, here + it.length, it.id);
      }
    }
  }

  // Add for patterns of 2–3 bytes and of more than 16, whose bytes are kept in arena_.
  void AddStored(std::string_view pattern, int id);
  // A pattern of four bytes or more, its bytes (if kept) at arena_[offset].
  void AddLong(std::string_view pattern, int id, uint32_t offset) {
    if ((static_cast<unsigned char>(pattern[0]) & 0xC0) == 0x80) continuation_start_ = true;
    if (pattern.size() < key_bytes_) key_bytes_ = pattern.size();
    Pattern p;
    p.id = id;
    p.offset = offset;
    p.length = static_cast<uint32_t>(pattern.size());
    if (pattern.size() >= 8) {
      std::memcpy(&p.head, pattern.data(), 8);
      p.mask = ~uint64_t{0};
      std::memcpy(&p.tail, pattern.data() + pattern.size() - 8, 8);
    } else {
      // 4–7 bytes: the first four and the last four (they overlap), each by one load, placed
      // where a word loaded from memory holds them (no variable-length memcpy and memset calls).
      const size_t n = pattern.size();
      uint32_t first, last;
      std::memcpy(&first, pattern.data(), 4);
      std::memcpy(&last, pattern.data() + n - 4, 4);
      if constexpr (std::endian::native == std::endian::little) {
        p.head = uint64_t{first} | uint64_t{last} << (8 * (n - 4));
        p.mask = ~uint64_t{0} >> (8 * (8 - n));
      } else {
        p.head = uint64_t{first} << 32 | uint64_t{last} << (8 * (8 - n));
        p.mask = ~uint64_t{0} << (8 * (8 - n));
      }
    }
    long_.push_back(p);
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
      const int32_t first = buckets_[k];
      if (first < 0 || (long_[static_cast<size_t>(first)].head & key_mask_) == key) return first;
    }
  }
  // An open-addressing table (at most a quarter full) of the first pattern of each key's chain, or
  // -1 where empty: the key is the pattern's (4 bytes a slot, filled by one memset).
  std::pmr::vector<int32_t> buckets_;
  int bucket_shift_ = 63;

  // The same for the patterns of sixteen bytes or more, by a hash of their first sixteen (the
  // chain holds every pattern with that hash; Matches checks each).
  static uint64_t Hash16(uint64_t first, uint64_t second) {
    return (first * 0x9E3779B97F4A7C15ull) ^ (second * 0xC2B2AE3D27D4EB4Full);
  }
  int32_t First16(uint64_t hash) const {
    const size_t mask = buckets16_.size() - 1;
    const auto check = static_cast<uint32_t>(hash);
    for (size_t k = (hash >> bucket16_shift_) & mask;; k = (k + 1) & mask) {
      const Bucket16& b = buckets16_[k];
      if (b.first < 0 || b.check == check) return b.first;
    }
  }
  // A slot: the low half of its chain's hash (the slot comes from the high bits; two hashes
  // that agree in both share a chain, which Matches sorts out), and the chain's first pattern.
  // Empty: all bytes 0xFF (first -1), set by one fill.
  struct Bucket16 {
    uint32_t check = ~uint32_t{0};
    int32_t first = -1;
  };
  std::pmr::vector<Bucket16> buckets16_;  // empty: no pattern of sixteen bytes or more
  int bucket16_shift_ = 63;

  std::pmr::string arena_;           // the bytes of patterns of 2–3 or more than 16 bytes
  std::pmr::vector<Pattern> long_;   // in the order added, chained by key (16+ bytes: by Hash16)
  std::pmr::vector<Pattern> short_;  // 2–3 bytes
  // The filter (a byte per entry: bit 0 where a pattern's sample from its first byte hashes,
  // bit 1 where one from its second does, at stride 2; one load per test), allocated by Build when
  // there are long patterns: an item without parties (or with short values only) neither allocates
  // nor clears it.
  std::pmr::vector<uint8_t> filter_;
  uint64_t short_first_[4] = {};
  size_t key_bytes_ = 8;              // the shortest long pattern's length, at most eight
  uint64_t key_mask_ = ~uint64_t{0};  // the first key_bytes_ bytes of a loaded word
  // What the filter holds of each long pattern, at stride 1: its key (sample_mask_ is
  // key_mask_). At stride 2, with keys of six bytes or more (two CJK characters): the sample,
  // one byte fewer, at the pattern's first byte and at its second, so that a position tested
  // finds the patterns that start there or one byte before, and only every other position is
  // tested (fewer bytes select less: with five or four, a CJK character and a lead byte, too
  // many positions would pass).
  uint64_t sample_mask_ = ~uint64_t{0};
  int sample_stride_ = 1;
  bool continuation_start_ = false;  // some long pattern starts with a continuation byte
};

}  // namespace disclosure::redaction::internal
