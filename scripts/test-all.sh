#!/usr/bin/env bash
# Sets up and runs every test, on a fresh Debian or Ubuntu machine: the README's test command, and CI's (.ci/run).
#
#   bash scripts/test-all.sh        (the same as: npm run test:all)
#
# 1. The end-to-end tests drive Debian's Chromium (playwright-core) and Firefox ESR (puppeteer-core). When either is
#    missing it is installed with apt-get: directly when run as root, through sudo otherwise (which may ask for
#    your password). Without root or sudo it stops and prints the apt-get line to run. CHROMIUM_PATH and
#    FIREFOX_PATH point the tests at browsers installed elsewhere; then nothing is installed for that browser.
# 2. npm ci installs the exact npm packages of package-lock.json.
# 3. npm test runs everything: typecheck, lint, unit and component tests, the Chrome build and its end-to-end tests,
#    the Firefox build and its end-to-end tests.
set -euo pipefail
cd "$(dirname "$0")/.."

node_ok=$(node -e 'const [a,b]=process.versions.node.split(".").map(Number);console.log((a===20&&b>=19)||a>=22?1:0)' 2>/dev/null || echo 0)
if [ "$node_ok" != 1 ]; then
  echo "Node.js 20.19 or newer (with npm) is needed first; found: $(node --version 2>/dev/null || echo none)." >&2
  exit 1
fi

need=()
[ -n "${CHROMIUM_PATH:-}" ] || [ -x /usr/bin/chromium ] || need+=(chromium)
[ -n "${FIREFOX_PATH:-}" ] || [ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
    echo "Installing ${need[*]} with sudo apt-get (the end-to-end tests need them)."
  else
    echo "The end-to-end tests need ${need[*]}. Run as root:  apt-get update && apt-get install -y ${need[*]}" >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "No apt-get here: install ${need[*]} yourself, and set CHROMIUM_PATH / FIREFOX_PATH to them." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  # Ubuntu ships Firefox ESR in the Mozilla team's archive, not in its own.
  if [[ " ${need[*]} " == *" firefox-esr "* ]] && ! apt-cache show firefox-esr >/dev/null 2>&1 && grep -qi '^ID=ubuntu' /etc/os-release 2>/dev/null; then
    "${as_root[@]}" apt-get install -y -qq software-properties-common >/dev/null
    "${as_root[@]}" add-apt-repository -y ppa:mozillateam/ppa >/dev/null
    "${as_root[@]}" apt-get update -qq
  fi
  "${as_root[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
  # Ubuntu's chromium package is a snap: point the tests at it.
  if [ ! -x /usr/bin/chromium ] && [ -x /snap/bin/chromium ]; then export CHROMIUM_PATH=/snap/bin/chromium; fi
fi

npm ci --no-audit --no-fund
npm test
