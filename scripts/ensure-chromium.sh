#!/usr/bin/env bash
# Make sure a headless-capable Chromium is available for the e2e tests and benchmarks.
# Uses $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium. If it is missing,
# installs Debian's `chromium` package with apt-get (as root, or through sudo).
set -euo pipefail
# shellcheck source=apt-install.sh
source "$(dirname "$0")/apt-install.sh"

default_path=/usr/bin/chromium
chromium_path="${CHROMIUM_PATH:-$default_path}"

if [ ! -x "$chromium_path" ]; then
  echo "Chromium not found at $chromium_path: installing Debian's chromium with apt-get"
  apt_install chromium Chromium || exit 1
  if [ ! -x "$chromium_path" ]; then
    if [ "$chromium_path" != "$default_path" ] && [ -x "$default_path" ]; then
      echo "error: installed $default_path, but CHROMIUM_PATH=$chromium_path is not executable; unset CHROMIUM_PATH or fix it" >&2
    else
      echo "error: apt-get finished but $chromium_path is still missing" >&2
    fi
    exit 1
  fi
fi

# Debian's launcher script may print harmless shell warnings on stderr; keep them out of the way.
if ! version="$("$chromium_path" --version 2>/dev/null)"; then
  echo "error: $chromium_path --version failed:" >&2
  "$chromium_path" --version >&2 || true
  exit 1
fi
echo "Chromium found: $version ($chromium_path)"
