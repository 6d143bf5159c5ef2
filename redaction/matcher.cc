#include "redaction/matcher.h"

namespace disclosure::redaction::internal {

void MultiMatcher::Add(std::string_view pattern, int id) {
  if (pattern.size() < 2) return;
  const auto offset = static_cast<uint32_t>(arena_.size());
  const auto length = static_cast<uint32_t>(pattern.size());
  // The bytes are read from the arena only for patterns of 2–3 bytes and past the head and
  // tail words of a pattern longer than sixteen (Matches); the rest are not stored.
  if (pattern.size() < 4 || pattern.size() > 16) arena_.append(pattern);
  if (pattern.size() < 4) {
    const auto b = static_cast<unsigned char>(pattern[0]);
    short_first_[b >> 6] |= 1ull << (b & 63);
    Pattern& p = short_.emplace_back();
    p.id = id;
    p.offset = offset;
    p.length = length;
    return;
  }
  if ((static_cast<unsigned char>(pattern[0]) & 0xC0) == 0x80) continuation_start_ = true;
  if (pattern.size() < key_bytes_) key_bytes_ = pattern.size();
  Pattern& p = long_.emplace_back();  // in place: reserved, no copy of a built pattern
  p.id = id;
  p.offset = offset;
  p.length = length;
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
}

void MultiMatcher::Build() {
  if (long_.empty()) return;  // Scan reads the filter and buckets only when there are long patterns
  {
    unsigned char mask[8] = {};
    for (size_t k = 0; k < key_bytes_; ++k) mask[k] = 0xFF;
    std::memcpy(&key_mask_, mask, 8);
  }
  filter_.assign(size_t{1} << kFilterBits, 0);
  // Each key's patterns chained in the order added (no sorting), the chains' heads in a table
  // of at least twice as many slots as patterns.
  int bits = 1;
  while ((size_t{1} << bits) < 2 * long_.size()) ++bits;
  bucket_shift_ = 64 - bits;
  buckets_.assign(size_t{1} << bits, Bucket{});
  const size_t mask = buckets_.size() - 1;
  for (size_t k = 0; k < long_.size(); ++k) {
    const uint64_t key = long_[k].head & key_mask_;
    filter_[Hash(key)] = 1;
    size_t slot = ((key * 0x9E3779B97F4A7C15ull) >> bucket_shift_) & mask;
    while (buckets_[slot].first >= 0 && buckets_[slot].key != key) slot = (slot + 1) & mask;
    Bucket& bucket = buckets_[slot];
    const auto index = static_cast<int32_t>(k);
    if (bucket.first < 0) {
      bucket = {key, index, index};
    } else {
      long_[static_cast<size_t>(bucket.last)].next = index;
      bucket.last = index;
    }
  }
}

}  // namespace disclosure::redaction::internal
