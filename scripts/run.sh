#!/usr/bin/env bash
# The main job on embedded defaults: install what is missing, build, and run the pipeline over
# the shipped examples (an in-memory SQLite store, the default catalog).
# Usage: scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh
out=out/examples
echo
echo "== disclosure process over examples/events.jsonl =="
build/disclosure process --input examples/events.jsonl --out-dir "$out" --db sqlite::memory:
echo
echo "== what each event became (from $out/decisions.jsonl) =="
# One readable line per decision: event, route, catalog item, deadline.
sed -E 's/.*"event_id":"([^"]*)","route":"([^"]*)","catalog_id":("([^"]*)"|null).*"deadline_at":("([^"]*)"|null).*/  \1  \2  \4  \6/' \
  "$out/decisions.jsonl" | awk '{printf "  %-8s %-13s %-24s %s\n", $1, $2, $3, $4}'
echo
echo "Published items, redacted, are in $out/decisions.jsonl (field \"item\");"
echo "bad records would be in $out/dead_letter.jsonl."
