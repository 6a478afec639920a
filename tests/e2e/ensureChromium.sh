#!/usr/bin/env bash
# Browser tests drive Debian's Chromium; Playwright cannot download its own here.
set -euo pipefail
exec bash "$(dirname "$0")/ensureDebianPackage.sh" chromium "${CHROMIUM_PATH:-/usr/bin/chromium}" CHROMIUM_PATH
