#!/usr/bin/env bash
# The https browser test puts Debian's nginx in front of the collector, as production does.
set -euo pipefail
exec bash "$(dirname "$0")/ensureDebianPackage.sh" nginx "${NGINX_PATH:-/usr/sbin/nginx}" NGINX_PATH
