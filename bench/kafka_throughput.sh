#!/usr/bin/env bash
# Kafka end to end (docs/performance.md, "Kafka end to end"), one command:
#   bench/kafka_throughput.sh [N]     (default 20000; needs build/ with the bench tools, kcat, sqlite3)
#
# Each of RUNS rounds (default 3) measures, on the same N generated events (seed 23, 1 % bad,
# keyed by case id with kcat, so the same records land in the same partitions):
#   1. the pass-through baseline: build/bench/kafka_passthrough, a consumer group that produces
#      every record's same bytes and key with the connector's producer settings (idempotent,
#      acks=all, linger.ms=5), until N delivery reports;
#   2. the connector: `disclosure run` with the default settings (batch 500, linger 100 ms,
#      SQLite store), until every record is decided, dead-lettered or held (a revocation waiting
#      for its original) and the outbox is empty (every row marked sent on a delivery report).
# Each phase gets a fresh embedded broker (`disclosure broker --partitions 16`) holding only
# that input. Both are timed from the consumer's partition assignment to the last delivery, so
# the group join (≈ 3 s on the mock cluster) is excluded from both: the baseline times itself
# from its first record; for the connector the script takes the assignment line of librdkafka's
# `debug=cgrp` log (timestamped as it arrives) and polls the store every 50 ms for the end.
# Prints every round and the medians of the two rates and of their ratio.
#
# Then the latency: build/bench/kafka_latency produces fresh events (seed 29) at a fixed rate R
# into a running connector (default config: batch.linger_ms 100, producer linger.ms 5) and
# reports p50/p99 from produce to arrival on disclosure.published over the events published.
# R is half the median connector rate unless LATENCY_RATE is set; LATENCY_SECONDS (30) long.
# Environment: RUNS (3), LATENCY_RATE, LATENCY_SECONDS (30), SKIP_LATENCY=1, SKIP_BASELINE=1,
# DISCLOSURE (the binary, default build/disclosure), LATENCY_KAFKA (more connector kafka
# properties for the latency run only, as JSON members: ', "fetch.wait.max.ms": "10"'),
# CONNECTOR_CONFIG (more top-level config members for the throughput run: ', "batch": {"size": 2000}').
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-20000}"
runs="${RUNS:-3}"
disclosure="${DISCLOSURE:-build/disclosure}"  # another build of the connector, to compare
for tool in "$disclosure" build/gen_events build/bench/kafka_passthrough build/bench/kafka_latency; do
  [ -x "$tool" ] || { echo "kafka_throughput: $tool missing (cmake --build build)" >&2; exit 2; }
done
tmp=$(mktemp -d /tmp/disclosure-kafka-bench.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$tmp"' EXIT
now() { echo "$EPOCHREALTIME"; }

broker_pid=""
start_broker() {  # extra topics in $1; sets $broker and $broker_pid
  rm -f "$tmp/broker.out"
  "$disclosure" broker --partitions 16 ${1:+--topics "$1"} >"$tmp/broker.out" 2>/dev/null &
  broker_pid=$!
  broker=""
  for _ in $(seq 100); do
    broker=$(sed -n 's/^embedded broker: //p' "$tmp/broker.out" 2>/dev/null || true)
    [ -n "$broker" ] && return 0
    sleep 0.1
  done
  echo "kafka_throughput: the embedded broker did not start" >&2
  exit 1
}
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
feed() { kcat -P -b "$broker" -t case-events -K $'\t' -X message.max.bytes=4000000 -l "$1"; }
keyed() {  # events.jsonl → key<TAB>record, the key being the case id (as scripts/run.sh does)
  sed -E 's/.*"case_id": *"([^"]*)".*/\1/' "$1" | cut -c1-64 | paste - "$1"
}
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
build/gen_events --count "$n" --seed 23 --bad-fraction 0.01 --out "$tmp/events.jsonl" 2>/dev/null
keyed "$tmp/events.jsonl" >"$tmp/keyed.tsv"

baseline_rates=() connector_rates=() ratios=()
for run in $(seq "$runs"); do
  base=0
  if [ "${SKIP_BASELINE:-0}" != 1 ]; then
    start_broker "case-events,passthrough.out"
    feed "$tmp/keyed.tsv"
    line=$(build/bench/kafka_passthrough --brokers "$broker" --count "$n" --output passthrough.out)
    stop "$broker_pid"
    base=$(sed -E 's/.* = ([0-9]+) events\/s \(from.*/\1/' <<<"$line")
    echo "run $run baseline:  $line"
  fi

  start_broker ""
  feed "$tmp/keyed.tsv"
  rm -f "$tmp/store.db"*
  cat >"$tmp/config.json" <<JSON
{"store": "sqlite:$tmp/store.db", "kafka": {"bootstrap.servers": "$broker", "debug": "cgrp"},
 "console": {"listen": ""}, "metrics": {"listen": ""}, "revocation_hold_seconds": 2${CONNECTOR_CONFIG:-}}
JSON
  launched=$(now)
  "$disclosure" run --config "$tmp/config.json" >/dev/null \
    2> >(while IFS= read -r l; do printf '%s %s\n' "$EPOCHREALTIME" "$l"; done >"$tmp/run.err") &
  run_pid=$!
  while true; do
    state=$(sqlite3 "$tmp/store.db" "select (select count(*) from decisions) + (select count(*)
      from dead_letters) + (select count(*) from held_revocations), (select count(*) from outbox
      where sent = 0)" 2>/dev/null || echo "0|1")
    [ "$state" = "$n|0" ] && break
    kill -0 "$run_pid" 2>/dev/null || { echo "kafka_throughput: disclosure run exited" >&2; exit 1; }
    sleep 0.05
  done
  end=$(now)
  stop "$run_pid"
  stop "$broker_pid"
  assigned=$(awk '/range assignment for 1 member\(s\) finished/ { print $1; exit }' "$tmp/run.err")
  [ -n "$assigned" ] || { echo "kafka_throughput: no assignment line in the log" >&2; exit 1; }
  conn=$(awk -v n="$n" -v s="$assigned" -v e="$end" 'BEGIN { printf "%.0f", n / (e - s) }')
  awk -v n="$n" -v l="$launched" -v s="$assigned" -v e="$end" 'BEGIN { printf "run %d connector: %d records join %.3f s, assignment to outbox empty %.3f s = %.0f events/s (from start: %.3f s = %.0f events/s)\n", '"$run"', n, s - l, e - s, n / (e - s), e - l, n / (e - l) }'
  connector_rates+=("$conn")
  if [ "$base" != 0 ]; then
    baseline_rates+=("$base")
    ratios+=("$(awk -v c="$conn" -v b="$base" 'BEGIN { printf "%.3f", c / b }')")
    echo "run $run ratio connector / baseline: ${ratios[-1]}"
  fi
done
conn_median=$(printf '%s\n' "${connector_rates[@]}" | median)
if [ ${#baseline_rates[@]} -gt 0 ]; then
  echo "median of $runs: baseline $(printf '%s\n' "${baseline_rates[@]}" | median) events/s," \
    "connector $conn_median events/s, ratio $(printf '%s\n' "${ratios[@]}" | median)" \
    "(load average $(cut -d' ' -f1-3 /proc/loadavg))"
else
  echo "median of $runs: connector $conn_median events/s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
fi

[ "${SKIP_LATENCY:-0}" = 1 ] && exit 0
rate="${LATENCY_RATE:-$((conn_median / 2))}"
seconds="${LATENCY_SECONDS:-30}"
warmup=300
build/gen_events --count $((warmup + rate * seconds)) --seed 29 --bad-fraction 0.01 \
  --out "$tmp/latency.jsonl" 2>/dev/null
start_broker ""
rm -f "$tmp/store.db"*
cat >"$tmp/config.json" <<JSON
{"store": "sqlite:$tmp/store.db", "kafka": {"bootstrap.servers": "$broker" ${LATENCY_KAFKA:-}},
 "console": {"listen": ""}, "metrics": {"listen": ""}, "revocation_hold_seconds": 2}
JSON
"$disclosure" run --config "$tmp/config.json" >/dev/null 2>"$tmp/run.err" &
run_pid=$!
echo "latency at $rate events/s for $seconds s (half the median connector rate unless" \
  "LATENCY_RATE; default config: batch 500, batch.linger_ms 100, producer linger.ms 5):"
build/bench/kafka_latency --brokers "$broker" --events "$tmp/latency.jsonl" --rate "$rate" \
  --warmup "$warmup"
stop "$run_pid"
stop "$broker_pid"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
