#!/usr/bin/env bash
# Browser test of the approval console: seeds a temp store with generated events and two users,
# starts `disclosure console` on a free port, runs tests/browser/console.test.js (playwright-core
# driving /usr/bin/chromium), stops the server, then checks the outbox: approved items are
# there, the rejected one is not.
# Usage: tests/browser/run.sh BUILD_DIR [OUT_DIR]     (screenshots go to OUT_DIR)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "${1:?usage: run.sh BUILD_DIR [OUT_DIR]}" && pwd)"
out="${2:-$build/test-output}"
bin="$build/disclosure"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
command -v node >/dev/null || { echo "browser test: node missing (scripts/setup.sh)" >&2; exit 2; }
[ -x /usr/bin/chromium ] || { echo "browser test: /usr/bin/chromium missing (scripts/setup.sh)" >&2; exit 2; }
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

tmp="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
db="sqlite:$tmp/store.db"
"$build/gen_events" --count 400 --out "$tmp/events.jsonl" >/dev/null
"$bin" process --quiet --input "$tmp/events.jsonl" --out-dir "$tmp/out" --db "$db" >/dev/null
export APPROVER_PASSWORD="browser-test-$RANDOM-$RANDOM" SUPERVISOR_PASSWORD="browser-test-$RANDOM-$RANDOM"
printf '%s\n' "$APPROVER_PASSWORD" | "$bin" users add --db "$db" appr1 --role approver >/dev/null
printf '%s\n' "$SUPERVISOR_PASSWORD" | "$bin" users add --db "$db" super1 --role supervisor >/dev/null

"$bin" console --db "$db" --listen 127.0.0.1:0 >"$tmp/console.out" 2>"$tmp/console.err" &
pid=$!
url=""
for _ in $(seq 1 100); do  # poll with a deadline (10 s)
  url="$(grep -o 'http://[0-9.:]*' "$tmp/console.out" || true)"
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$tmp/console.err" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "browser test: the console did not start" >&2; exit 1; }

node "$here/console.test.js" "$url" "$out" "$tmp/result.json"
kill "$pid"; wait "$pid" || true; pid=""

# The approved items reach the outbox (published-item/1 with the approval stamp); the
# rejected one never does.
# A row's payload is in outbox_payloads, or it is the item body the row refers to (body_id).
count() { sqlite3 "$tmp/store.db" "SELECT COUNT(*) FROM (SELECT o.item_id, o.topic, COALESCE(CAST(p.payload AS TEXT), b.item_json) AS payload FROM outbox o LEFT JOIN outbox_payloads p ON p.id = o.id LEFT JOIN item_bodies b ON b.id = o.body_id) WHERE topic = 'disclosure.published' AND item_id = '$1' $2"; }
ids() { node -e "const r=require('$tmp/result.json'); console.log(r['$1'].join(' '))"; }
for id in $(ids approved); do
  [ "$(count "$id" "AND payload LIKE '%\"approval\":{\"by\":\"appr1\"%'")" = 1 ] ||
    { echo "not ok - approved item missing from the outbox" >&2; exit 1; }
done
echo "ok - approved items are in the outbox with the approval stamp"
edited="$(node -e "console.log(require('$tmp/result.json').edited)")"
[ "$(count "$edited" "AND payload LIKE '%[已遮盖]%'")" = 1 ] ||
  { echo "not ok - the added mask is not in the published record" >&2; exit 1; }
echo "ok - the fixed redaction is in the published record"
for id in $(ids rejected); do
  [ "$(count "$id" "")" = 0 ] || { echo "not ok - a rejected item reached the outbox" >&2; exit 1; }
done
echo "ok - the rejected item never reached the outbox"
"$bin" audit verify --db "$db"
echo "browser test: all checks passed; screenshots in $out"
