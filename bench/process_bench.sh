#!/usr/bin/env bash
# Offline throughput and memory of `disclosure process` with a SQLite file store.
#   bench/process_bench.sh [BUILD_DIR]        (default build/; needs disclosure and gen_events)
# Throughput: 100,000 generated events (seed 1), 5 runs, each into a fresh store; prints every
# run and the median in events/s. Memory: peak RSS (/usr/bin/time -v) after 100,000 and after
# 1,000,000 events; the second must stay within 1.2x of the first (streaming, no growth).
# Environment: COUNT (100000), RUNS (5), BIG (1000000; 0 skips the memory part).
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
count="${COUNT:-100000}"
runs="${RUNS:-5}"
big="${BIG:-1000000}"
for tool in "$build/disclosure" "$build/gen_events"; do
  [ -x "$tool" ] || { echo "process_bench: $tool missing (cmake --build $build)" >&2; exit 2; }
done
work="$(mktemp -d /tmp/disclosure-process-bench.XXXXXX)"
trap 'rm -rf "$work"' EXIT
[ -x /usr/bin/time ] || { echo "process_bench: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
now="2026-11-29T10:00:00+08:00"

"$build/gen_events" --count "$count" --seed 1 --out "$work/events.jsonl" >/dev/null
rates=()
cpu_rates=()
for i in $(seq 1 "$runs"); do
  rm -f "$work/store.db"*
  # Wall time, and CPU time (user + sys) because a shared machine's load skews wall time.
  read -r wall user sys < <(/usr/bin/time -f "%e %U %S" "$build/disclosure" process \
    --input "$work/events.jsonl" --out-dir "$work/out" --db "sqlite:$work/store.db" \
    --now "$now" --quiet 2>&1 >/dev/null | tail -1)
  rate=$(awk -v n="$count" -v w="$wall" 'BEGIN { printf "%.0f", n / w }')
  cpu_rate=$(awk -v n="$count" -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", n / (u + s) }')
  echo "run $i: $count events in $wall s wall ($user s user, $sys s sys) = $rate events/s" \
    "(per CPU second: $cpu_rate)"
  rates+=("$rate")
  cpu_rates+=("$cpu_rate")
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
cpu_median=$(printf '%s\n' "${cpu_rates[@]}" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
echo "median: $median events/s wall, $cpu_median events per CPU second (target >= 20000)"

[ "$big" -gt 0 ] || exit 0
peak() {  # peak RSS in KiB of `disclosure process` over $1 events
  "$build/gen_events" --count "$1" --seed 2 --out "$work/m.jsonl" >/dev/null
  rm -f "$work/m.db"*
  /usr/bin/time -v "$build/disclosure" process --input "$work/m.jsonl" --out-dir "$work/mout" \
    --db "sqlite:$work/m.db" --now "$now" --quiet 2>&1 >/dev/null |
    awk -F': ' '/Maximum resident set size/ { print $2 }'
}
small_kb=$(peak "$count")
big_kb=$(peak "$big")
echo "peak RSS: $small_kb KiB after $count events, $big_kb KiB after $big events" \
  "(ratio $(awk -v a="$small_kb" -v b="$big_kb" 'BEGIN { printf "%.2f", b / a }'), limit 1.20)"
