#!/usr/bin/env python3
"""Runs Google Benchmark binaries in interleaved rounds and reports each one's times side by side.

Usage: scripts/bench-interleaved.py ROUNDS FILTER BINARY...

Each round runs every BINARY once (--benchmark_filter=FILTER, --benchmark_repetitions=5), the
order alternating from round to round, so that a shared machine's slow spells fall on all of them
alike. Every repetition is kept: per binary and benchmark, the minimum and the median of
ROUNDS x 5 real times (ms), and the same of a benchmark's `ratio` counter (BM_RedactRatio).
On a busy machine the minimum is the steadier figure; compare builds only within one run.

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
                if "ratio" in bm:
                    times[binary][bm["run_name"] + " ratio"].append(bm["ratio"])
    for binary in binaries:
        print(binary)
        for name, values in times[binary].items():
            print(f"  {name:45} min {min(values):9.3f}  median {statistics.median(values):9.3f}"
                  f"  (n={len(values)})")


if __name__ == "__main__":
    main()
