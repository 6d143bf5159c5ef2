#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 server: initdb into a temporary folder, start on
# a free port (127.0.0.1, unix socket in that folder), create database `disclosure_test`,
# export DISCLOSURE_TEST_PG_URL=postgresql://postgres@127.0.0.1:PORT/disclosure_test, run the
# command, then stop the server and remove the folder (also on failure or Ctrl-C).
# Usage: scripts/with-postgres.sh COMMAND [ARG...]
# Works as root (the server runs as the `postgres` system user) or as an ordinary user.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }

pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
[ -x "$pg_bin/initdb" ] || { echo "with-postgres: no PostgreSQL 15 in $pg_bin (scripts/setup.sh)" >&2; exit 2; }

dir="$(mktemp -d /tmp/disclosure-pg.XXXXXX)"
as_server=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir"
  as_server=(runuser -u postgres --)
fi

# A free port: ask the kernel for one.
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)))"

cleanup() {
  "${as_server[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap cleanup EXIT INT TERM

"${as_server[@]}" "$pg_bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale \
  >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_server[@]}" "$pg_bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
"${as_server[@]}" "$pg_bin/createdb" -h "$dir" -p "$port" -U postgres disclosure_test

export DISCLOSURE_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/disclosure_test"
echo "with-postgres: PostgreSQL on 127.0.0.1:$port ($DISCLOSURE_TEST_PG_URL)"
set +e
"$@"
rc=$?
set -e
exit $rc
