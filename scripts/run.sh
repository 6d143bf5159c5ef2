#!/usr/bin/env bash
# The main job on embedded defaults: install what is missing, build, start `disclosure run`
# (embedded Kafka-protocol broker, SQLite store, default catalog), feed it the shipped
# examples with kcat, show what came out on disclosure.published, and keep running.
# Usage: scripts/run.sh          (RUN_DEMO_ONLY=1: stop after showing the publications)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh

out=out/run
mkdir -p "$out"
# The embedded broker keeps its topics in memory: start the demo with a fresh store too.
rm -f "$out"/disclosure.db "$out"/disclosure.db-wal "$out"/disclosure.db-shm
build/disclosure run --db "sqlite:$out/disclosure.db" --listen 127.0.0.1:0 \
  --metrics-listen 127.0.0.1:0 >"$out/run.out" \
  2>"$out/run.err" &
pid=$!
stop() { kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap stop EXIT INT TERM

broker=""
for _ in $(seq 1 100); do
  broker=$(sed -n 's/^embedded broker: //p' "$out/run.out")
  [ -n "$broker" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$out/run.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$broker" ] || { echo "run.sh: the connector did not start" >&2; cat "$out/run.err" >&2; exit 1; }
cat "$out/run.out"

echo
echo "== feeding examples/events.jsonl into case-events (kcat, keyed by case id) =="
# key<TAB>value: the case id is the record key, so one case stays in one partition, in order.
sed -E 's/.*"case_id": *"([^"]*)".*/\1/' examples/events.jsonl | paste - examples/events.jsonl \
  >"$out/keyed.tsv"
kcat -P -b "$broker" -t case-events -K $'\t' -l "$out/keyed.tsv"
echo "$(wc -l <examples/events.jsonl) events produced"

echo
echo "== disclosure.published (key = item_id) =="
for _ in $(seq 1 100); do
  n=$(kcat -C -b "$broker" -t disclosure.published -e -o beginning -q -f '%k\n' 2>/dev/null | wc -l)
  [ "$n" -ge 4 ] && break
  sleep 0.2
done
kcat -C -b "$broker" -t disclosure.published -e -o beginning -q -f '%k  %s\n' 2>/dev/null |
  sed -E 's/"(content|catalog)":\{[^}]*\}/"\1":{…}/g' | cut -c1-220
echo
echo "== disclosure.approvals =="
kcat -C -b "$broker" -t disclosure.approvals -e -o beginning -q -f '%k  %s\n' 2>/dev/null | cut -c1-220
echo
metrics=$(sed -n 's/^metrics: //p' "$out/run.out")
console=$(sed -n 's/^console: //p' "$out/run.out")
echo "Metrics: $metrics    Store: $out/disclosure.db    Log: $out/run.err"
echo "Approval console: $console  (add a user first: build/disclosure users add --db sqlite:$out/disclosure.db NAME --role approver)"
echo "Produce more with: kcat -P -b $broker -t case-events -K \$'\\t' -l FILE (key<TAB>event per line)"
if [ "${RUN_DEMO_ONLY:-0}" = "1" ]; then exit 0; fi
echo "The connector keeps running; Ctrl-C stops it."
wait "$pid"
