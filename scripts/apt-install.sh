#!/usr/bin/env bash
# Sourced by the ensure-*.sh scripts: installs one Debian package with apt-get, as root or through
# sudo -n (CI has no stdin, so never prompt). Usage: apt_install <package> <what is missing>
apt_install() {
  local package="$1" missing="$2" as_root
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: $missing is missing and apt-get is not available; install the '$package' package yourself" >&2
    return 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo -n)
  else
    echo "error: $missing is missing, this user is not root and sudo is not installed; install the '$package' package" >&2
    return 1
  fi
  if ! { "${as_root[@]}" apt-get update -qq &&
         "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package"; }; then
    echo "error: could not install Debian's $package package with apt-get (see the output above)" >&2
    return 1
  fi
}
