#include "redaction/matcher.h"

namespace disclosure::redaction::internal {

void MultiMatcher::AddStored(std::string_view pattern, int id) {
  if (pattern.size() < 2) return;
  const auto offset = static_cast<uint32_t>(arena_.size());
  // The bytes are read from the arena only for patterns of 2–3 bytes and past the head and
  // tail words of a pattern longer than sixteen (Matches); the rest are not stored.
  arena_.append(pattern);
  if (pattern.size() >= 4) {
    AddLong(pattern, id, offset);
    return;
  }
  const auto b = static_cast<unsigned char>(pattern[0]);
  short_first_[b >> 6] |= 1ull << (b & 63);
  Pattern& p = short_.emplace_back();
  p.id = id;
  p.offset = offset;
  p.length = static_cast<uint32_t>(pattern.size());
}

void MultiMatcher::Build() {
  if (long_.empty()) return;  // Scan reads the filter and buckets only when there are long patterns
  {
    unsigned char mask[8] = {};
    for (size_t k = 0; k < key_bytes_; ++k) mask[k] = 0xFF;
    std::memcpy(&key_mask_, mask, 8);
    sample_stride_ = key_bytes_ >= 6 ? 2 : 1;
    if (sample_stride_ == 2) mask[key_bytes_ - 1] = 0;
    std::memcpy(&sample_mask_, mask, 8);
  }
  filter_.assign(size_t{1} << kFilterBits, 0);
  // Each key's patterns chained in the order added (no sorting: the patterns go in last to
  // first, each to the head of its chain), the chains' heads in a table of at least four times
  // as many slots as patterns (at most a quarter full: a probe mostly ends at its first slot,
  // and its branch is predicted). Patterns of sixteen bytes or more go in a table of their own, by
  // their first sixteen bytes (MatchChain), but in the filter by their samples as every pattern.
  size_t long16 = 0;
  for (const Pattern& pattern : long_) long16 += pattern.length >= 16 ? 1 : 0;
  auto table_bits = [](size_t count) {
    int bits = 1;
    while ((size_t{1} << bits) < 4 * count) ++bits;
    return bits;
  };
  const int bits = table_bits(long_.size() - long16);
  bucket_shift_ = 64 - bits;
  buckets_.assign(size_t{1} << bits, -1);
  const size_t mask = buckets_.size() - 1;
  if (long16 > 0) {
    const int bits16 = table_bits(long16);
    bucket16_shift_ = 64 - bits16;
    buckets16_.assign(size_t{1} << bits16, Bucket16{});
  }
  const size_t mask16 = buckets16_.size() - 1;
  // The members in locals: a store through the filter's bytes may alias anything, and would
  // make the compiler load each member again.
  uint8_t* const filter = filter_.data();
  Pattern* const patterns = long_.data();
  int32_t* const buckets = buckets_.data();
  Bucket16* const buckets16 = buckets16_.data();
  const char* const arena = arena_.data();
  const uint64_t key_mask = key_mask_;
  const uint64_t sample_mask = sample_mask_;
  const bool stride2 = sample_stride_ == 2;
  const int shift = bucket_shift_;
  const int shift16 = bucket16_shift_;
  for (size_t k = long_.size(); k-- > 0;) {
    Pattern& pattern = patterns[k];
    const uint64_t key = pattern.head & key_mask;
    filter[Hash(pattern.head & sample_mask)] |= 1;
    if (stride2) {
      // The sample from the pattern's second byte (it has key_bytes_ bytes at least).
      const uint64_t from_second =
          std::endian::native == std::endian::little ? pattern.head >> 8 : pattern.head << 8;
      filter[Hash(from_second & sample_mask)] |= 2;
    }
    if (pattern.length >= 16) {
      // Bytes 8–15: the tail of a pattern of sixteen, else in the arena.
      uint64_t second = pattern.tail;
      if (pattern.length > 16) std::memcpy(&second, arena + pattern.offset + 8, 8);
      const uint64_t hash = Hash16(pattern.head, second);
      size_t slot = (hash >> shift16) & mask16;
      const auto check = static_cast<uint32_t>(hash);
      while (buckets16[slot].first >= 0 && buckets16[slot].check != check) {
        slot = (slot + 1) & mask16;
      }
      pattern.next = buckets16[slot].first;  // -1 for the first with this hash
      buckets16[slot] = {check, static_cast<int32_t>(k)};
      continue;
    }
    size_t slot = ((key * 0x9E3779B97F4A7C15ull) >> shift) & mask;
    while (buckets[slot] >= 0 &&
           (patterns[static_cast<size_t>(buckets[slot])].head & key_mask) != key) {
      slot = (slot + 1) & mask;
    }
    pattern.next = buckets[slot];  // -1 for the key's first
    buckets[slot] = static_cast<int32_t>(k);
  }
}

}  // namespace disclosure::redaction::internal
