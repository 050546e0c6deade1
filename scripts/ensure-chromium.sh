#!/usr/bin/env bash
# Make sure a headless-capable Chromium is available for the e2e tests and benchmarks.
# Uses $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium. If it is missing,
# installs Debian's `chromium` package with apt-get (as root, or through sudo).
set -euo pipefail

default_path=/usr/bin/chromium
chromium_path="${CHROMIUM_PATH:-$default_path}"

if [ ! -x "$chromium_path" ]; then
  echo "Chromium not found at $chromium_path: installing Debian's chromium with apt-get"
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: Chromium is missing and apt-get is not available; install Chromium and set CHROMIUM_PATH" >&2
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)   # -n: never prompt (CI has no stdin); fails if a password is needed
  else
    echo "error: Chromium is missing, this user is not root and sudo is not installed; install the 'chromium' package or set CHROMIUM_PATH" >&2
    exit 1
  fi
  if ! { "${as_root[@]}" apt-get update -qq &&
         "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }; then
    echo "error: could not install Debian's chromium package with apt-get (see the output above)" >&2
    exit 1
  fi
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
