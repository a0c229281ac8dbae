#!/usr/bin/env bash
# ensure-etcd.sh: the master high-availability tests run a real etcd (Debian's etcd-server, 3.4). Installs it
# when missing and this user may install packages (root, or sudo without a password). Elsewhere it says how
# and lets the tests run (those tests then fail naming the same fix). With --required (CI), failing to
# install is an error.
set -uo pipefail
required=0
[ "${1:-}" = "--required" ] && required=1
fail() {
  echo "ensure-etcd: $1; the high-availability tests need it: run \`apt-get install etcd-server\` (or set ETCD_BIN to an etcd 3.4+ binary)." >&2
  exit "$required"
}
if [ -n "${ETCD_BIN:-}" ] || command -v etcd >/dev/null 2>&1 || [ -x /usr/local/bin/etcd ]; then exit 0; fi
command -v apt-get >/dev/null 2>&1 || fail "etcd is not installed and there is no apt-get here"
if [ "$(id -u)" = 0 ]; then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n); else
  fail "etcd is not installed and this user cannot install packages"
fi
echo "ensure-etcd: installing Debian's etcd-server for the high-availability tests..." >&2
"${SUDO[@]}" apt-get update -qq >/dev/null 2>&1 || true # a stale index may still have it; the install says
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq etcd-server >/dev/null || fail "installing etcd-server failed"
