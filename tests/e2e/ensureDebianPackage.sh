#!/usr/bin/env bash
# Installs a Debian package the browser tests need, unless its program is already there.
# Usage: ensureDebianPackage.sh PACKAGE PROGRAM OVERRIDE_VARIABLE
set -euo pipefail
package="$1" program="$2" override="$3"
if [ -x "$program" ]; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "$package is missing at $program. Install it (Debian: apt-get install -y $package) or set $override." >&2
  exit 1
fi
echo "Installing Debian's $package for the browser tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$package" >/dev/null
