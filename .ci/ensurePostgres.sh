#!/usr/bin/env bash
# The PostgreSQL conformance tests (vitest's `postgres` project) start a throwaway cluster
# from Debian's postgresql package (server/test/postgres/throwawayCluster.ts): install it if missing.
# Debian's package starts its own cluster as a service; a container without systemd does not.
set -euo pipefail
if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then exit 0; fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "PostgreSQL is missing (no /usr/lib/postgresql/*/bin/initdb). Install it: apt-get install -y postgresql" >&2
  exit 1
fi
echo "Installing Debian's postgresql for the conformance tests…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq postgresql >/dev/null
