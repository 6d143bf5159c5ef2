#include "redaction/matcher.h"

#include <algorithm>
#include <deque>

namespace disclosure::redaction::internal {

MultiMatcher::MultiMatcher() : nodes_(1) {}

int MultiMatcher::Child(int node, unsigned char byte) const {
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(byte, 0),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
  return it != next.end() && it->first == byte ? it->second : -1;
}

int MultiMatcher::Step(int state, unsigned char byte) const {
  while (true) {
    const int child = Child(state, byte);
    if (child >= 0) return child;
    if (state == 0) return 0;
    state = nodes_[state].fail;
  }
}

void MultiMatcher::Add(std::string_view pattern, int id) {
  if (pattern.empty()) return;
  int node = 0;
  for (char ch : pattern) {
    const auto byte = static_cast<unsigned char>(ch);
    int child = Child(node, byte);
    if (child < 0) {
      child = static_cast<int>(nodes_.size());
      nodes_.emplace_back();
      auto& next = nodes_[node].next;
      next.insert(std::lower_bound(next.begin(), next.end(), std::make_pair(byte, 0),
                                   [](const auto& a, const auto& b) { return a.first < b.first; }),
                  {byte, child});
    }
    node = child;
  }
  nodes_[node].ids.push_back(static_cast<int>(lengths_.size()));
  lengths_.emplace_back(id, pattern.size());
}

void MultiMatcher::Build() {
  std::deque<int> queue;
  for (const auto& [byte, child] : nodes_[0].next) {
    nodes_[child].fail = 0;
    queue.push_back(child);
  }
  while (!queue.empty()) {
    const int node = queue.front();
    queue.pop_front();
    for (const auto& [byte, child] : nodes_[node].next) {
      int fail = nodes_[node].fail;
      int target = Child(fail, byte);
      while (target < 0 && fail != 0) {
        fail = nodes_[fail].fail;
        target = Child(fail, byte);
      }
      nodes_[child].fail = target < 0 || target == child ? 0 : target;
      const int f = nodes_[child].fail;
      nodes_[child].dict = nodes_[f].ids.empty() ? nodes_[f].dict : f;
      queue.push_back(child);
    }
  }
}

}  // namespace disclosure::redaction::internal
