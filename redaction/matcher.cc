#include "redaction/matcher.h"

#include <algorithm>

namespace disclosure::redaction::internal {

void MultiMatcher::Add(std::string_view pattern, int id) {
  if (pattern.size() < 2) return;
  Pattern p;
  p.id = id;
  p.offset = static_cast<uint32_t>(arena_.size());
  p.length = static_cast<uint32_t>(pattern.size());
  arena_.append(pattern);
  if (pattern.size() < 4) {
    const auto b = static_cast<unsigned char>(pattern[0]);
    short_first_[b >> 6] |= 1ull << (b & 63);
    short_.push_back(std::move(p));
    return;
  }
  if ((static_cast<unsigned char>(pattern[0]) & 0xC0) == 0x80) continuation_start_ = true;
  std::memcpy(&p.key, pattern.data(), 4);
  const size_t head = pattern.size() < 8 ? pattern.size() : 8;
  std::memcpy(&p.head, pattern.data(), head);
  std::memset(&p.mask, 0xFF, head);
  const uint32_t h = Hash(p.key);
  filter_[h >> 6] |= 1ull << (h & 63);
  long_.push_back(std::move(p));
}

void MultiMatcher::Build() {
  // Sorted by key, patterns with the same key in the order added: sort (key, index) integers,
  // then move the patterns once (cheaper than a stable sort of the patterns themselves).
  std::vector<uint64_t> order(long_.size());
  for (size_t k = 0; k < long_.size(); ++k) order[k] = (uint64_t{long_[k].key} << 32) | k;
  std::sort(order.begin(), order.end());
  std::vector<Pattern> sorted(long_.size());
  for (size_t k = 0; k < order.size(); ++k) sorted[k] = long_[order[k] & 0xFFFFFFFFu];
  long_ = std::move(sorted);
  // The first pattern of each key, in a table of at least twice as many slots as patterns.
  int bits = 1;
  while ((size_t{1} << bits) < 2 * long_.size()) ++bits;
  bucket_shift_ = 32 - bits;
  buckets_.assign(size_t{1} << bits, Bucket{0, kNoBucket});
  const size_t mask = buckets_.size() - 1;
  for (size_t k = 0; k < long_.size(); ++k) {
    if (k > 0 && long_[k - 1].key == long_[k].key) continue;
    size_t slot = ((long_[k].key * 0x9E3779B1u) >> bucket_shift_) & mask;
    while (buckets_[slot].first != kNoBucket) slot = (slot + 1) & mask;
    buckets_[slot] = {long_[k].key, static_cast<uint32_t>(k)};
  }
}

}  // namespace disclosure::redaction::internal
