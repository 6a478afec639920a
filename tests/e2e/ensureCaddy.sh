#!/usr/bin/env bash
# The https browser tests also put Debian's Caddy in front of the collector, as the README's Caddyfile does.
set -euo pipefail
exec bash "$(dirname "$0")/ensureDebianPackage.sh" caddy "${CADDY_PATH:-/usr/bin/caddy}" CADDY_PATH
