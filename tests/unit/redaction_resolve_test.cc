// internal::Resolve, which chooses the spans to mask among overlapping candidates cluster by
// cluster, against the plain statement of the rule: every candidate in order of preference over
// the whole field, kept when it overlaps none kept before.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <random>
#include <tuple>
#include <vector>

#include "redaction/detectors.h"

namespace {

using disclosure::redaction::FoundBy;
using disclosure::redaction::PiiClass;
using disclosure::redaction::internal::Candidate;
using disclosure::redaction::internal::Findings;
using disclosure::redaction::internal::Range;

bool Overlap(size_t b1, size_t e1, size_t b2, size_t e2) { return b1 < e2 && b2 < e1; }

// How found, most certain first.
constexpr FoundBy kCertainty[] = {FoundBy::kKnownValue, FoundBy::kPattern, FoundBy::kHeuristic};
long Rank(FoundBy how) {
  return std::find(std::begin(kCertainty), std::end(kCertainty), how) - kCertainty;
}

// The rule as written in detectors.h, with no shortcut: quadratic and obviously so.
std::vector<Candidate> Reference(const Findings& findings) {
  std::vector<size_t> order;
  for (size_t k = 0; k < findings.candidates.size(); ++k) {
    const Candidate& c = findings.candidates[k];
    if (c.end <= c.begin) continue;
    bool vetoed = false;
    for (const Range& p : findings.protect) {
      if (c.how == FoundBy::kKnownValue && !p.known) continue;
      const bool contains =
          c.begin <= p.begin && p.end <= c.end && c.end - c.begin > p.end - p.begin;
      if (Overlap(c.begin, c.end, p.begin, p.end) && !contains) vetoed = true;
    }
    if (!vetoed) order.push_back(k);
  }
  auto key = [&](size_t k) {
    const Candidate& c = findings.candidates[k];
    // Guesses last; longer first; then how found, begin, and as found.
    return std::make_tuple(c.how == FoundBy::kHeuristic, -static_cast<long>(c.end - c.begin),
                           Rank(c.how), c.begin, k);
  };
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
  std::vector<Candidate> kept;
  for (const size_t k : order) {
    const Candidate& c = findings.candidates[k];
    std::vector<size_t> hits;  // the kept candidates c overlaps
    for (size_t o = 0; o < kept.size(); ++o) {
      if (Overlap(c.begin, c.end, kept[o].begin, kept[o].end)) hits.push_back(o);
    }
    if (hits.empty()) {
      kept.push_back(c);
    } else if (Candidate& o = kept[hits[0]];
               hits.size() == 1 && c.how != FoundBy::kHeuristic && o.how != FoundBy::kHeuristic) {
      // A known value or a pattern's that overlaps one kept such candidate: that one grows to
      // cover both (no part of either is published).
      o.begin = std::min(o.begin, c.begin);
      o.end = std::max(o.end, c.end);
      if (o.cls == PiiClass::kPersonName && c.cls != PiiClass::kPersonName) {
        // (masked as the other value: a name may be published as written, the value not)
        o.cls = c.cls;
        o.how = c.how;
        o.person = c.person;
      }
    }
  }
  std::sort(kept.begin(), kept.end(),
            [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; });
  return kept;
}

auto Fields(const Candidate& c) {
  return std::make_tuple(c.begin, c.end, c.cls, c.how, c.person, c.doubt);
}

// Random fields of 0–40 candidates and 0–4 protected spans over 120 bytes, lengths 0–14: dense
// enough for chains of overlaps, equal spans found twice and vetoes at every position. The
// candidates come in any order, or in two sorted runs.
TEST(RedactResolve, GivenRandomOverlappingCandidates_WhenResolved_ThenSameAsThePlainRule) {
  std::mt19937 rng(20261129);
  auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  const FoundBy kHow[] = {FoundBy::kKnownValue, FoundBy::kPattern, FoundBy::kHeuristic};
  const PiiClass kCls[] = {PiiClass::kPersonName, PiiClass::kIdNumber, PiiClass::kPhone,
                           PiiClass::kAddress, PiiClass::kBankAccount};
  size_t clusters_with_choice = 0;
  std::vector<Candidate> reused;  // Resolve(findings, &reused) every round
  for (int round = 0; round < 20000; ++round) {
    Findings findings;
    const size_t count = below(41);
    for (size_t k = 0; k < count; ++k) {
      Candidate c;
      // Now and then the very span of an earlier candidate, found again as something else.
      if (k > 0 && below(6) == 0) {
        c = findings.candidates[below(k)];
      } else {
        c.begin = below(120);
        c.end = c.begin + below(15);
        c.how = kHow[below(3)];
      }
      c.cls = kCls[below(5)];
      c.person = static_cast<int>(below(5)) - 1;
      c.doubt = below(4) == 0;
      findings.candidates.push_back(c);
    }
    // A third of the rounds: two runs, each sorted by begin, as the scans report them (the
    // known values', then the patterns'), which Resolve merges.
    if (round % 3 == 1) {
      const auto middle = findings.candidates.begin() + static_cast<ptrdiff_t>(below(count + 1));
      auto by_begin = [](const Candidate& a, const Candidate& b) { return a.begin < b.begin; };
      std::stable_sort(findings.candidates.begin(), middle, by_begin);
      std::stable_sort(middle, findings.candidates.end(), by_begin);
    }
    const size_t protects = below(5);
    for (size_t k = 0; k < protects; ++k) {
      Range p;
      p.begin = below(120);
      p.end = p.begin + 1 + below(8);
      p.known = below(2) == 0;
      findings.protect.push_back(p);
    }
    const std::vector<Candidate> expected = Reference(findings);
    Findings again = findings;
    const std::vector<Candidate> got = disclosure::redaction::internal::Resolve(findings);
    ASSERT_EQ(got.size(), expected.size()) << "round " << round;
    for (size_t k = 0; k < got.size(); ++k) {
      ASSERT_EQ(Fields(got[k]), Fields(expected[k])) << "round " << round << ", span " << k;
    }
    // Into a vector that the rounds before left spans in: the same spans, none of theirs.
    disclosure::redaction::internal::Resolve(again, &reused);
    ASSERT_EQ(reused.size(), expected.size()) << "round " << round;
    for (size_t k = 0; k < reused.size(); ++k) {
      ASSERT_EQ(Fields(reused[k]), Fields(expected[k])) << "round " << round << ", span " << k;
    }
    if (expected.size() + 1 < count) ++clusters_with_choice;
  }
  // The rounds did exercise choices among overlapping candidates.
  EXPECT_GT(clusters_with_choice, 10000u);
}

}  // namespace
