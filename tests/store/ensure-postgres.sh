#!/usr/bin/env bash
# Makes sure the store tests can start a throw-away PostgreSQL: installs Debian's `postgresql`
# with apt-get when no initdb/postgres binaries are found (PG_BIN, PATH or
# /usr/lib/postgresql/<version>/bin). Prints the binary folder on stdout.
set -euo pipefail

find_bin() {
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/postgres" ]; then
    echo "$PG_BIN"; return 0
  fi
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/postgres" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v postgres >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v initdb)")"; return 0
  fi
  return 1
}

if find_bin; then
  exit 0
fi

echo "ensure-postgres: no PostgreSQL server binaries found; installing postgresql" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ensure-postgres: need root (or sudo) to apt-get install postgresql" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update >&2
$SUDO apt-get install -y --no-install-recommends postgresql >&2
if ! find_bin; then
  echo "ensure-postgres: installed, but initdb/postgres are still missing (set PG_BIN)" >&2
  exit 1
fi
