#!/usr/bin/env bash
# Installs what this project needs on Debian 12, only what is missing (idempotent).
# Usage: scripts/setup.sh        (as root, or with sudo available)
set -euo pipefail

packages=(
  build-essential cmake pkg-config ccache git
  libpoco-dev rapidjson-dev librdkafka-dev libssl-dev libsqlite3-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  kcat clang
  chromium nodejs sqlite3 fonts-wqy-microhei
  postgresql libpq-dev time
  libjemalloc-dev
)
# Browser tests (tests/browser/): Debian's chromium, driven by playwright-core from npm. A
# nodejs that bundles npm (NodeSource) conflicts with Debian's npm package: add it only if absent.
command -v npm >/dev/null || packages+=(npm)
# The ARM64 check (scripts/arm64-check.sh, part of scripts/test.sh) on an x86-64 machine: Debian's
# cross compiler, and qemu-user to run what it builds.
[ "$(uname -m)" = "x86_64" ] && packages+=(g++-aarch64-linux-gnu qemu-user)

# Only for the off-the-shelf references in bench/redaction_bench.cc (BM_Reference*): installed
# where this architecture's archive has them; the build and the tests do without.
optional=(libre2-dev libvectorscan-dev)

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done
missing_optional=()
for p in "${optional[@]}"; do
  installed "$p" || missing_optional+=("$p")
done

if [ ${#missing[@]} -eq 0 ] && [ ${#missing_optional[@]} -gt 0 ]; then
  # Refresh the lists only for an optional package they show as available, so that an
  # architecture without it does not update them on every run.
  available=()
  for p in "${missing_optional[@]}"; do
    apt-cache show "$p" >/dev/null 2>&1 && available+=("$p")
  done
  missing_optional=("${available[@]}")
fi
if [ ${#missing[@]} -eq 0 ] && [ ${#missing_optional[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]} ${missing_optional[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install packages" >&2; exit 2; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
# The downloaded .deb files (about 200 MB on a fresh machine) are deleted once installed: the
# test command needs the disk for its builds.
install=(apt-get install -y -qq --no-install-recommends -o APT::Keep-Downloaded-Packages=false)
$SUDO apt-get update -qq
[ ${#missing[@]} -eq 0 ] || $SUDO "${install[@]}" "${missing[@]}"
# The optional ones apart, so that one that will not install (libvectorscan5 needs SSE4.2 on
# x86-64) cannot stop the rest.
for p in "${missing_optional[@]}"; do
  if ! apt-cache show "$p" >/dev/null 2>&1; then
    echo "setup: $p is not in this architecture's archive: redaction_bench goes without it"
  elif ! $SUDO "${install[@]}" "$p"; then
    echo "setup: $p did not install: redaction_bench goes without it"
  fi
done
