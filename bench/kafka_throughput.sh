#!/usr/bin/env bash
# End-to-end throughput of `disclosure run` on the embedded broker: N generated events (1% bad)
# are produced with kcat first, then the connector is started and timed until every record is
# decided or dead-lettered and the outbox is empty (so published means delivered).
# Usage: bench/kafka_throughput.sh [N]        (default 20000; needs build/ and kcat, sqlite3)
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-20000}"
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$tmp"' EXIT
build/disclosure broker --partitions 16 >"$tmp/broker.out" 2>/dev/null &
for _ in $(seq 100); do b=$(sed -n 's/^embedded broker: //p' "$tmp/broker.out"); [ -n "$b" ] && break; sleep 0.1; done
build/gen_events --count "$n" --seed 23 --bad-fraction 0.01 --out "$tmp/events.jsonl" 2>/dev/null
sed -E 's/.*"case_id": *"([^"]*)".*/\1/' "$tmp/events.jsonl" | cut -c1-64 | paste - "$tmp/events.jsonl" >"$tmp/keyed.tsv"
kcat -P -b "$b" -t case-events -K $'\t' -X message.max.bytes=4000000 -l "$tmp/keyed.tsv"
cat >"$tmp/config.json" <<JSON
{"store": "sqlite:$tmp/store.db", "kafka": {"bootstrap.servers": "$b"},
 "console": {"listen": ""}, "metrics": {"listen": ""}, "revocation_hold_seconds": 2}
JSON
start=$(date +%s.%N)
build/disclosure run --config "$tmp/config.json" >/dev/null 2>"$tmp/run.err" &
while true; do
  done_n=$(sqlite3 "$tmp/store.db" "select (select count(*) from decisions)+(select count(*) from dead_letters)" 2>/dev/null || echo 0)
  pending=$(sqlite3 "$tmp/store.db" "select count(*) from outbox where sent=0" 2>/dev/null || echo 1)
  [ "$done_n" = "$n" ] && [ "$pending" = 0 ] && break
  sleep 0.1
done
end=$(date +%s.%N)
awk -v n="$n" -v s="$start" -v e="$end" 'BEGIN { printf "%d events in %.2f s: %.0f events/s end to end (consume, decide, store, publish)\n", n, e - s, n / (e - s) }'
