#!/usr/bin/env bash
# rerate serve end to end: starts on a free port, prints its address, answers
# a request (bash's /dev/tcp: no HTTP client needed), stops cleanly on SIGTERM.
#   bash tests/e2e/serve_signal.sh build/rerate
set -euo pipefail
program=$1
out=$(mktemp)
"$program" serve cases/blackburn-with-darwen-2023.yaml --port 0 >"$out" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 100); do
  grep -q "open http://" "$out" && break
  sleep 0.1
done
port=$(sed -n 's|.*open http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$out")
[ -n "$port" ] || { echo "no address printed:"; cat "$out"; exit 1; }
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /api/inspections HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
answer=$(cat <&3)
exec 3<&-
grep -q '"id": "blackburn-with-darwen-2023"' <<<"$answer" || { echo "unexpected answer: $answer"; exit 1; }
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
[ "$status" -eq 0 ] || { echo "exit $status after SIGTERM"; cat "$out"; exit 1; }
grep -q "rerate serve: stopped" "$out" || { echo "no 'stopped' line:"; cat "$out"; exit 1; }
echo "serve answered on port $port and stopped on SIGTERM"
