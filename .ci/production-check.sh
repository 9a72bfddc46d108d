#!/usr/bin/env bash
# The production path of the README and the Dockerfile, without Docker: on a copy of this
# clone's files, npm ci, npm run build, npm prune --omit=dev, an account made with
# npm run users (compiled), npm run serve in the background, the Dockerfile's HEALTHCHECK
# command and a sign-in against it, then SIGTERM to npm (node must exit with it).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
server=''
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill -KILL "$server" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
git ls-files -z | tar --null --ignore-failed-read -T - -cf - | tar -xf - -C "$work"
cd "$work"
npm ci --no-audit --no-fund
npm run build
npm prune --omit=dev --no-audit --no-fund
test ! -e node_modules/vite && test ! -e node_modules/tsx # dev dependencies are gone
# accounts with the compiled CLI (the embedded database in ./.state, made on first use)
printf 'production-check-pw\n' | npm run users -- add admin --role admin
PORT=0 HOST=127.0.0.1 npm run serve >serve.log 2>&1 &
server=$!
for _ in $(seq 1 120); do
  grep -q 'listening on' serve.log && break
  kill -0 "$server" 2>/dev/null || { cat serve.log; exit 1; }
  sleep 0.5
done
port=$(sed -n 's/.*listening on http:\/\/localhost:\([0-9]*\).*/\1/p' serve.log)
test -n "$port" || { cat serve.log; exit 1; }
PORT=$port node dist/server/api/server/health-check.js
echo "production check: /api/health answers on port $port with runtime dependencies only"
PORT=$port node --input-type=module -e '
const res = await fetch(`http://127.0.0.1:${process.env.PORT}/api/session`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ username: "admin", password: "production-check-pw" }),
})
const body = await res.json()
if (res.status !== 200 || body.user?.role !== "admin") throw new Error(`sign-in: ${res.status} ${JSON.stringify(body)}`)
console.log("production check: the admin made with npm run users signs in")'
kill -TERM "$server"
wait "$server"
server=''
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo 'production check: something still listens after SIGTERM to npm' >&2
  exit 1
fi
cat serve.log
