#!/usr/bin/env bash
# Starts the stack exactly as the README says (no environment, fresh .data/), checks the store,
# restarts it to check the data is kept, and checks SIGTERM leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

BACKEND=http://127.0.0.1:9000
STOREFRONT=http://127.0.0.1:5173
LOG=$(mktemp)
rm -rf .data

wait_for() { # url seconds
  local deadline=$((SECONDS + $2))
  until curl -fs -o /dev/null "$1"; do
    if [ $SECONDS -ge $deadline ]; then echo "timed out waiting for $1"; tail -50 "$LOG"; return 1; fi
    if ! kill -0 "$PID" 2>/dev/null; then echo "npm start exited early"; tail -50 "$LOG"; return 1; fi
    sleep 1
  done
}

publishable_key() {
  curl -fsS "$STOREFRONT/config.js" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const window={};eval(s);console.log(window.__SIPAKAM_CONFIG__.publishableKey)})'
}

product_count() {
  curl -fsS -H "x-publishable-api-key: $(publishable_key)" "$BACKEND/store/products?limit=1&fields=id" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).count))'
}

# How many products a search for $1 finds; the backend fills the index just after it starts.
search_count() {
  curl -fsS -H "x-publishable-api-key: $(publishable_key)" -H "content-type: application/json" \
    -d "{\"entity\":\"product\",\"filters\":{\"q\":\"$1\"},\"pagination\":{\"take\":0}}" \
    "$BACKEND/store/search" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).results[0].metadata.count))'
}

wait_for_search() { # query seconds
  local deadline=$((SECONDS + $2)) found
  until found=$(search_count "$1") && [ "$found" -gt 0 ]; do
    if [ $SECONDS -ge $deadline ]; then echo "search for '$1' found nothing after $2 s"; tail -50 "$LOG"; return 1; fi
    sleep 1
  done
  echo "search for '$1': $found products"
}

start_stack() {
  setsid npm start >"$LOG" 2>&1 &
  PID=$!
  STARTED=$SECONDS
  wait_for "$BACKEND/health" 900
  wait_for "$STOREFRONT/" 60
  echo "ready after $((SECONDS - STARTED)) s"
}

# Processes of this checkout's stack: the launcher, the backend and the embedded PostgreSQL.
stack_processes() {
  local pid cwd
  for pid in $(pgrep -f "packages/stack/src/cli.ts|medusa start|bin/postgres -D" || true); do
    cwd=$(readlink "/proc/$pid/cwd" 2>/dev/null || true)
    case "$cwd" in "$ROOT"*) ps -o pid=,args= -p "$pid" || true ;; esac
  done
}

stop_stack() {
  # SIGTERM to npm alone, as a process manager would send it (npm does not pass it on).
  kill -TERM "$PID"
  local deadline=$((SECONDS + 60))
  local left
  while left=$(stack_processes) && [ -n "$left" ]; do
    if [ $SECONDS -ge $deadline ]; then echo "processes left 60 s after SIGTERM:"; echo "$left"; return 1; fi
    sleep 1
  done
  if curl -fsS -o /dev/null "$BACKEND/health" 2>/dev/null; then echo "backend still answers"; return 1; fi
  echo "stopped cleanly, nothing left running"
}

start_stack
grep -q "admin@sipakam.local" "$LOG" || { echo "the demo logins were not printed"; exit 1; }
curl -fsS "$STOREFRONT/" | grep -q '<div id="root">' || { echo "storefront page missing"; exit 1; }
curl -fsS -o /dev/null "$BACKEND/app" || { echo "admin not served at /app"; exit 1; }
first=$(product_count)
echo "store products: $first"
[ "$first" -ge 120 ] || { echo "expected at least 120 products"; exit 1; }
wait_for_search "silk" 120
stop_stack

start_stack
grep -q "already seeded" "$LOG" || { echo "second start should not reseed"; exit 1; }
second=$(product_count)
echo "store products after restart: $second"
[ "$second" = "$first" ] || { echo "product count changed across restart"; exit 1; }
stop_stack
