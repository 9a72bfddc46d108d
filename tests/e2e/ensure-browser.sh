#!/usr/bin/env bash
# Makes sure the browser tests have Chromium and CJK fonts: installs the Debian packages
# `chromium` and `fonts-noto-cjk` with apt-get when /usr/bin/chromium is missing.
# (The map draws its labels with its own self-hosted font; fonts-noto-cjk covers browser UI.)
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
has_cjk_font() {
  command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh family | grep -q .
}
if [ -x "$CHROMIUM" ] && has_cjk_font; then
  exit 0
fi

echo "ensure-browser: $CHROMIUM or a CJK font is missing; installing chromium and fonts-noto-cjk" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "ensure-browser: need root (or sudo) to apt-get install chromium fonts-noto-cjk" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium fonts-noto-cjk
if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-browser: installed, but $CHROMIUM is still missing (set CHROMIUM_PATH)" >&2
  exit 1
fi
