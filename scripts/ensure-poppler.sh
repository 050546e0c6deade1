#!/usr/bin/env bash
# Make sure poppler's pdftoppm is available: the e2e tests print the report to PDF and turn its
# pages into images with `pdftoppm` to check that the charts are on them.
# If it is missing, installs Debian's `poppler-utils` package with apt-get (as root, or through sudo).
set -euo pipefail
# shellcheck source=apt-install.sh
source "$(dirname "$0")/apt-install.sh"

if ! command -v pdftoppm >/dev/null 2>&1; then
  echo "pdftoppm not found: installing Debian's poppler-utils with apt-get"
  apt_install poppler-utils pdftoppm || exit 1
  if ! command -v pdftoppm >/dev/null 2>&1; then
    echo "error: apt-get finished but pdftoppm is still missing" >&2
    exit 1
  fi
fi

# pdftoppm -v prints its version on stderr.
version="$(pdftoppm -v 2>&1 | sed -n 1p)"
echo "pdftoppm found: $version ($(command -v pdftoppm))"
