#!/usr/bin/env bash
# Builds the portable core (base, events, redaction: -DDISCLOSURE_CORE_ONLY=ON) for ARM64 with
# Debian's cross compiler and runs it here under qemu-user:
#   1. its unit tests (ctest, through the toolchain's emulator);
#   2. the event generator for ARM64 against this machine's: the same events, byte for byte;
#   3. redaction_dump for ARM64 against this machine's: the same redaction of every generated
#      event, byte for byte (the ARM64 build takes the portable paths where x86-64 has SSE2 ones).
# Needs the native build (build/, scripts/build.sh) for steps 2 and 3. On an ARM64 machine there is
# nothing to cross: the native build and its tests are the ARM64 ones.
# Usage: scripts/arm64-check.sh [events]     (events for step 3: default 2000)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${JOBS:-2}"
events="${1:-2000}"
if [ "$(uname -m)" = "aarch64" ]; then
  echo "arm64-check: this machine is ARM64; its own build and tests are the check"
  exit 0
fi
for tool in aarch64-linux-gnu-g++ qemu-aarch64; do
  command -v "$tool" >/dev/null || {
    echo "arm64-check: $tool is missing (scripts/setup.sh installs g++-aarch64-linux-gnu and qemu-user)" >&2
    exit 2
  }
done
for binary in build/gen_events build/tests/redaction_dump; do
  [ -x "$binary" ] || { echo "arm64-check: $binary is missing: run scripts/build.sh first" >&2; exit 2; }
done

echo "== ARM64 cross build (build-arm64/) =="
# Release: -O3, as the redaction library is compiled on any GCC build that is optimized
# (cmake/Pgo.cmake; without its profile here, which would mean training under the emulator).
cmake -S . -B build-arm64 -DCMAKE_TOOLCHAIN_FILE=cmake/aarch64-linux-gnu.cmake \
  -DDISCLOSURE_CORE_ONLY=ON -DDISCLOSURE_BENCH=OFF -DDISCLOSURE_PGO=OFF \
  -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build-arm64 -j"$jobs"

echo "== ARM64 unit tests (qemu-aarch64) =="
ctest --test-dir build-arm64 --output-on-failure -j"$jobs" --timeout 900

run_arm64() { qemu-aarch64 -L /usr/aarch64-linux-gnu "$@"; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== ARM64 generator against x86-64's (5000 events, a tenth of them bad) =="
build/gen_events --count 5000 --seed 5 --bad-fraction 0.1 --out "$work/x86.jsonl" \
  --planted "$work/x86-planted.jsonl" 2>/dev/null
run_arm64 build-arm64/gen_events --count 5000 --seed 5 --bad-fraction 0.1 \
  --out "$work/arm64.jsonl" --planted "$work/arm64-planted.jsonl" 2>/dev/null
cmp "$work/x86.jsonl" "$work/arm64.jsonl"
cmp "$work/x86-planted.jsonl" "$work/arm64-planted.jsonl"
echo "same events and planted values"

echo "== ARM64 redaction against x86-64's ($events events, seeds 1 and 2) =="
for seed in 1 2; do
  build/tests/redaction_dump --count "$events" --seed "$seed" >"$work/x86.dump"
  run_arm64 build-arm64/tests/redaction_dump --count "$events" --seed "$seed" >"$work/arm64.dump"
  cmp "$work/x86.dump" "$work/arm64.dump"
  echo "seed $seed: the same output ($(wc -c <"$work/x86.dump") bytes)"
done
echo "arm64-check: passed"
