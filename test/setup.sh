#!/usr/bin/env bash
# Installs what a fresh machine lacks for building, the demo and the tests: Node packages,
# Debian's Chromium and a Japanese font. Safe to run again; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! [ -x /usr/bin/chromium ]; then need+=(chromium); fi
if ! fc-list 2>/dev/null | grep -qiE 'Noto Sans CJK|IPAGothic|IPAexGothic'; then need+=(fonts-noto-cjk); fi
command -v openssl >/dev/null || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing ${need[*]} from Debian"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "setup: missing ${need[*]}. Install them (e.g. sudo apt-get install ${need[*]}) or set CHROMIUM_PATH to a Chromium." >&2
  fi
fi

# npm ci when the lock file changed since the last install (or nothing is installed yet).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
