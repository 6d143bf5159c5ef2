#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test: the full suite on the normal build,
# then the unit tests again under AddressSanitizer + UndefinedBehaviorSanitizer; both passes
# under a throwaway PostgreSQL server (scripts/with-postgres.sh) so the store runs on both backends.
# Usage: scripts/test.sh            (SKIP_SANITIZERS=1 to skip the second build)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="${JOBS:-2}"
# From a clean clone the run takes about 1.8 GB of disk at its peak (build/, build-asan/,
# build-fuzz/, build-arm64/, the compiler cache, the PostgreSQL cluster): say so up front
# rather than as a linker's "No space left on device" minutes later.
free_mb=$(df -Pm . | awk 'NR == 2 { print $4 }')
if [ "${free_mb:-0}" -lt 2000 ]; then
  echo "test.sh: warning: ${free_mb} MB free on $(df -P . | awk 'NR == 2 { print $6 }');" \
    "a run from a clean clone needs about 1,800 MB" >&2
fi
scripts/setup.sh
scripts/build.sh
# The browser test's npm packages (playwright-core; never a browser download: Debian's chromium).
(cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
echo "== tests (build/) =="
# Under a throwaway PostgreSQL 15 server: the store tests run on SQLite and on PostgreSQL.
scripts/with-postgres.sh ctest --test-dir build --output-on-failure -j"$jobs" --timeout 900

# The portable core built for ARM64 and run under qemu-user: its tests, and its output against
# this machine's, byte for byte (a no-op on an ARM64 machine, whose build above is the ARM64 one).
scripts/arm64-check.sh

echo "== fuzz smoke (libFuzzer, clang, build-fuzz/) =="
scripts/fuzz.sh --smoke

if [ "${SKIP_SANITIZERS:-0}" != "1" ]; then
  echo "== tests under ASan+UBSan (build-asan/) =="
  cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DDISCLOSURE_SANITIZE=ON \
    -DDISCLOSURE_BENCH=OFF >/dev/null
  cmake --build build-asan -j"$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp" \
    scripts/with-postgres.sh ctest --test-dir build-asan --output-on-failure -j"$jobs" --timeout 900 \
      -E '^(Kafka|console_browser)'  # the end-to-end runs are covered by the first pass
fi
