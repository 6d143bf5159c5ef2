#!/usr/bin/env python3
"""Runs Google Benchmark binaries in interleaved rounds and reports each one's times side by side.

Usage: scripts/bench-interleaved.py ROUNDS FILTER BINARY...

Each round runs every BINARY once (--benchmark_filter=FILTER, --benchmark_repetitions=5), the
order alternating from round to round, so that a shared machine's slow spells fall on all of them
alike. Every repetition is kept: per binary and benchmark, the minimum and the median of
ROUNDS x 5 real times (ms), and the same of a benchmark's `ratio` counter (BM_RedactRatio).
On a busy machine the minimum is the steadier figure; compare builds only within one run.
With two binaries or more, each later one is also compared with the first round by round: the
ratio of its fastest repetition to the first binary's in the same round (the two ran a few
seconds apart), and the median of those ratios over the rounds, with their range.

Example (an old build against the new one, docs/performance.md):
  scripts/bench-interleaved.py 5 'BM_Redact/parties:(0|50)$|BM_RedactRatio|BM_CountLead' \\
      old/build/bench/redaction_bench build/bench/redaction_bench
"""
import collections
import json
import statistics
import subprocess
import sys


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rounds, pattern, binaries = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    times = collections.defaultdict(lambda: collections.defaultdict(list))
    # Per round, binary and benchmark: the fastest repetition's time.
    fastest = [collections.defaultdict(dict) for _ in range(rounds)]
    for r in range(rounds):
        for binary in binaries if r % 2 == 0 else binaries[::-1]:
            print(f"round {r + 1}/{rounds}: {binary}", file=sys.stderr, flush=True)
            run = subprocess.run(
                [binary, "--benchmark_filter=" + pattern, "--benchmark_repetitions=5",
                 "--benchmark_format=json"],
                capture_output=True, text=True, check=True)
            for bm in json.loads(run.stdout)["benchmarks"]:
                if bm.get("run_type") != "iteration":
                    continue
                times[binary][bm["run_name"]].append(bm["real_time"])
                best = fastest[r][binary].get(bm["run_name"], bm["real_time"])
                fastest[r][binary][bm["run_name"]] = min(best, bm["real_time"])
                if "ratio" in bm:
                    times[binary][bm["run_name"] + " ratio"].append(bm["ratio"])
    for binary in binaries:
        print(binary)
        for name, values in times[binary].items():
            print(f"  {name:45} min {min(values):9.3f}  median {statistics.median(values):9.3f}"
                  f"  (n={len(values)})")
    for binary in binaries[1:]:
        print(f"{binary} / {binaries[0]}, round by round (fastest repetitions)")
        for name in times[binary]:
            ratios = [f[binary][name] / f[binaries[0]][name] for f in fastest
                      if name in f[binary] and name in f[binaries[0]]]
            if ratios:
                print(f"  {name:45} median {statistics.median(ratios):6.3f}"
                      f"  range {min(ratios):6.3f}-{max(ratios):6.3f}  (rounds={len(ratios)})")


if __name__ == "__main__":
    main()
