#!/usr/bin/env bash
# Make sure LibreOffice Calc (`soffice`) is available: a unit test exports every template to .xlsx
# without cached results and has LibreOffice recalculate it, to check the file computes the app's
# numbers. If it is missing, installs Debian's `libreoffice-calc-nogui` package with apt-get
# (as root, or through sudo).
set -euo pipefail
# shellcheck source=apt-install.sh
source "$(dirname "$0")/apt-install.sh"

if ! command -v soffice >/dev/null 2>&1; then
  echo "soffice not found: installing Debian's libreoffice-calc-nogui with apt-get"
  apt_install libreoffice-calc-nogui soffice || exit 1
  if ! command -v soffice >/dev/null 2>&1; then
    echo "error: apt-get finished but soffice is still missing" >&2
    exit 1
  fi
fi

echo "soffice found: $(soffice --version 2>/dev/null | sed -n 1p) ($(command -v soffice))"
