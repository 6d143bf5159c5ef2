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

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: need root or sudo to install packages" >&2; exit 2; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
