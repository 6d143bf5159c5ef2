// redaction internals: Aho–Corasick search for many byte strings in one pass.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace disclosure::redaction::internal {

// Finds every occurrence of every added pattern in one left-to-right pass over a text.
// Build once (Add… then Build), then Scan is const and may run concurrently.
class MultiMatcher {
 public:
  MultiMatcher();
  // Adds a non-empty pattern reported with `id`; the same bytes may carry several ids.
  void Add(std::string_view pattern, int id);
  void Build();
  bool empty() const { return lengths_.empty(); }

  // Calls on_match(begin, end, id) for each occurrence, in order of end offset.
  template <typename OnMatch>
  void Scan(std::string_view text, OnMatch&& on_match) const {
    int state = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      state = Step(state, static_cast<unsigned char>(text[i]));
      for (int node = state; node > 0; node = nodes_[node].dict) {
        for (int id : nodes_[node].ids) {
          on_match(i + 1 - lengths_[id].second, i + 1, lengths_[id].first);
        }
      }
    }
  }

 private:
  struct Node {
    std::vector<std::pair<unsigned char, int>> next;  // sorted by byte
    int fail = 0;
    int dict = 0;          // nearest proper suffix node with ids (0 = none)
    std::vector<int> ids;  // indices into lengths_
  };
  int Child(int node, unsigned char byte) const;
  int Step(int state, unsigned char byte) const;

  std::vector<Node> nodes_;
  std::vector<std::pair<int, size_t>> lengths_;  // (caller id, pattern length)
};

}  // namespace disclosure::redaction::internal
