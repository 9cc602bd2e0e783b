#!/usr/bin/env bash
# Sets up and runs every test, on a fresh Debian (12+) or Ubuntu (22.04, 24.04) machine: the README's test command,
# and CI's (.ci/run).
#
#   bash scripts/test-all.sh        (the same as: npm run test:all)
#
# Needs Node.js 20.19+ with npm. Then:
# 1. The browsers the end-to-end tests drive: a Chromium that may load an unpacked extension (playwright-core) and
#    Firefox ESR (puppeteer-core). A browser already given by CHROMIUM_PATH / FIREFOX_PATH is used as it is. Otherwise:
#    - Debian: its own `chromium` and `firefox-esr` packages (/usr/bin/chromium, /usr/bin/firefox-esr).
#    - Ubuntu: its `chromium` and `firefox` packages only install snaps, whose confinement keeps them from the
#      tests' profile in /tmp and the build they load, and it has no `firefox-esr`. So Firefox ESR comes from the
#      Mozilla team's PPA (ppa:mozillateam/ppa, package firefox-esr), and Chromium is Playwright's own build for the
#      playwright-core in package-lock.json (downloaded to ~/.cache/ms-playwright, with its system libraries from
#      apt); the script then points CHROMIUM_PATH at it and prints the line to run `npm test` again later.
#    Anything from apt is installed directly when run as root, through sudo otherwise (which may ask for your
#    password). Without root or sudo it stops and prints the commands to run.
# 2. npm ci installs the exact npm packages of package-lock.json.
# 3. npm test runs everything: typecheck, lint, unit and component tests, the Chrome build and its end-to-end tests,
#    the Firefox build and its end-to-end tests.
#
# For checking this script itself (tests/unit/test-all-script.test.ts): TEST_ALL_DRY_RUN=1 prints each command instead
# of running it, and TEST_ALL_SYSROOT=<dir> reads <dir>/etc/os-release and looks for <dir>/usr/bin/... instead of the
# real ones.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSROOT=${TEST_ALL_SYSROOT:-}
DRY_RUN=${TEST_ALL_DRY_RUN:-}

# Runs a command, or only prints it on a dry run.
run() {
  if [ -n "$DRY_RUN" ]; then
    echo "+ $*"
  else
    "$@"
  fi
}

# The distribution family from os-release: debian, ubuntu (Ubuntu and its derivatives) or other.
distro() {
  local file="$SYSROOT/etc/os-release" id='' like=''
  if [ -r "$file" ]; then
    id=$(sed -n 's/^ID=//p' "$file" | tr -d '"' | tr '[:upper:]' '[:lower:]')
    like=$(sed -n 's/^ID_LIKE=//p' "$file" | tr -d '"' | tr '[:upper:]' '[:lower:]')
  fi
  if [ "$id" = ubuntu ] || [[ " $like " == *" ubuntu "* ]]; then
    echo ubuntu
  elif [ "$id" = debian ] || [[ " $like " == *" debian "* ]]; then
    echo debian
  else
    echo other
  fi
}

# True when $1 is a snap: a link into /snap, or one of the wrapper scripts Ubuntu's transitional packages install.
is_snap() {
  local target
  target=$(readlink -f "$1" 2>/dev/null || echo "$1")
  [[ "$target" == /snap/* || "$target" == "$SYSROOT"/snap/* ]] && return 0
  [ -f "$target" ] && head -c 4096 "$target" 2>/dev/null | grep -qa '/snap/bin/' && return 0
  return 1
}

# The browser at $2 is usable for the tests (named $1 in messages): it exists, runs, and is no snap.
usable() {
  local name=$1 path=$2
  [ -x "$path" ] || return 1
  if is_snap "$path"; then
    echo "Not using $name at $path: it is a snap, which cannot load the tests' profile and build." >&2
    return 1
  fi
  return 0
}

# A browser named by the user must be usable, or the run stops here rather than failing later.
check_given() {
  local var=$1 name=$2 path=$3
  if ! usable "$name" "$path"; then
    echo "$var=$path: no usable $name there (it must be an executable file, not a snap)." >&2
    exit 1
  fi
}

node_ok=$(node -e 'const [a,b]=process.versions.node.split(".").map(Number);console.log((a===20&&b>=19)||a>=22?1:0)' 2>/dev/null || echo 0)
if [ "$node_ok" != 1 ]; then
  echo "Node.js 20.19 or newer (with npm) is needed first; found: $(node --version 2>/dev/null || echo none)." >&2
  exit 1
fi

family=$(distro)

# What is missing, and how each missing browser is to be installed on this system.
apt_packages=()
add_ppa=''
playwright_chromium=''
unsupported=''
if [ -n "${CHROMIUM_PATH:-}" ]; then
  check_given CHROMIUM_PATH Chromium "$CHROMIUM_PATH"
elif ! usable Chromium "$SYSROOT/usr/bin/chromium"; then
  case $family in
    debian) apt_packages+=(chromium) ;;
    ubuntu) playwright_chromium=1 ;;
    *) unsupported=1 ;;
  esac
fi
if [ -n "${FIREFOX_PATH:-}" ]; then
  check_given FIREFOX_PATH 'Firefox' "$FIREFOX_PATH"
elif ! usable 'Firefox ESR' "$SYSROOT/usr/bin/firefox-esr"; then
  case $family in
    debian) apt_packages+=(firefox-esr) ;;
    ubuntu) apt_packages+=(firefox-esr) && add_ppa=ppa:mozillateam/ppa ;;
    *) unsupported=1 ;;
  esac
fi

if [ -n "$unsupported" ]; then
  echo "This script installs browsers on Debian and Ubuntu only. Install Chromium (one that may load unpacked" >&2
  echo "extensions, not a snap) and Firefox ESR 140+ yourself, then run it with CHROMIUM_PATH and FIREFOX_PATH set." >&2
  exit 1
fi

# apt-get, and Playwright's installer of Chromium's system libraries, need root.
as_root=()
if [ ${#apt_packages[@]} -gt 0 ] || [ -n "$playwright_chromium" ]; then
  if [ "$(id -u)" = 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
    echo "Installing what the end-to-end tests need with sudo (apt-get)."
  else
    echo "The end-to-end tests need browsers this script installs as root. Run it as root, or first run as root:" >&2
    [ -n "$add_ppa" ] && echo "  apt-get install -y software-properties-common && add-apt-repository -y $add_ppa" >&2
    [ ${#apt_packages[@]} -gt 0 ] && echo "  apt-get update && apt-get install -y ${apt_packages[*]}" >&2
    [ -n "$playwright_chromium" ] && echo "  npx playwright-core install-deps chromium   (in this folder, after npm ci)" >&2
    exit 1
  fi
  if ! command -v apt-get >/dev/null 2>&1 && [ -z "$DRY_RUN" ]; then
    echo "No apt-get here: install the browsers yourself, and set CHROMIUM_PATH / FIREFOX_PATH to them." >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
if [ ${#apt_packages[@]} -gt 0 ]; then
  if [ -n "$add_ppa" ]; then
    run "${as_root[@]}" apt-get update -qq
    run "${as_root[@]}" apt-get install -y -qq software-properties-common
    run "${as_root[@]}" add-apt-repository -y "$add_ppa"
  fi
  run "${as_root[@]}" apt-get update -qq
  run "${as_root[@]}" apt-get install -y -qq "${apt_packages[@]}"
fi

run npm ci --no-audit --no-fund

if [ -n "$playwright_chromium" ]; then
  # Playwright's Chromium for the playwright-core in package-lock.json, and the libraries it needs.
  # (node by its full path: sudo may not keep a PATH that finds it)
  run "${as_root[@]}" "$(command -v node)" node_modules/playwright-core/cli.js install-deps chromium
  run node node_modules/playwright-core/cli.js install --no-shell chromium
  if [ -n "$DRY_RUN" ]; then
    CHROMIUM_PATH='<playwright-chromium>'
  else
    CHROMIUM_PATH=$(node -e 'console.log(require("playwright-core").chromium.executablePath())')
  fi
  export CHROMIUM_PATH
  echo "Chromium for the end-to-end tests: $CHROMIUM_PATH. To run the tests again later:"
  echo "  CHROMIUM_PATH=$CHROMIUM_PATH npm test"
fi

run npm test
