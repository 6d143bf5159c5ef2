#!/usr/bin/env bash
# Runs the end-to-end leak test (tests/cli/leak_test.cc) over the generated events of a range
# of seeds: COUNT events a seed (10,000 unless given) through `disclosure process`, nothing
# planted may appear in a decision and every must-keep value must stay. The test command runs
# one seed (7); this widens the search. Output names seeds, classes and event ids, never values.
# Usage: scripts/leak-sweep.sh FIRST LAST [COUNT]
# Builds build/ (RelWithDebInfo) if needed. Exits 1 if any seed fails; its output is kept in
# build/leak-sweep/seed-N.log.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: scripts/leak-sweep.sh FIRST LAST [COUNT]" >&2
  exit 2
fi
first=$1 last=$2 count=${3:-10000}
for n in "$first" "$last" "$count"; do
  if ! [[ $n =~ ^[1-9][0-9]*$ ]]; then
    echo "leak-sweep: '$n' is not a positive integer" >&2
    exit 2
  fi
done
if [ "$first" -gt "$last" ]; then
  echo "leak-sweep: FIRST ($first) is after LAST ($last)" >&2
  exit 2
fi
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build build -j"${JOBS:-2}" --target leak_test disclosure gen_events >/dev/null
logs=build/leak-sweep
mkdir -p "$logs"
failed=()
start=$SECONDS
for ((seed = first; seed <= last; ++seed)); do
  log="$logs/seed-$seed.log"
  if DISCLOSURE_LEAK_SEED=$seed DISCLOSURE_LEAK_COUNT=$count build/tests/leak_test >"$log" 2>&1; then
    echo "seed $seed: ok ($(grep -o '[0-9]* planted values' "$log")), $((SECONDS - start)) s"
    rm -f "$log"
  else
    echo "seed $seed: FAILED, see $log"
    failed+=("$seed")
  fi
done
total=$((last - first + 1))
if [ ${#failed[@]} -gt 0 ]; then
  echo "leak-sweep: ${#failed[@]} of $total seeds failed: ${failed[*]}" >&2
  exit 1
fi
echo "leak-sweep: all $total seeds passed ($count events each) in $((SECONDS - start)) s"
