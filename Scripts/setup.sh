#!/usr/bin/env bash
# Installs the system packages Storygraph needs to build and render: Graphviz's C library and headers,
# SQLite's headers (the event store, through GRDB), pkg-config, the dot CLI (used by tests to cross-check
# DOT) and a fixed font so layouts match across machines.
set -euo pipefail
packages=(libgraphviz-dev pkg-config graphviz fonts-liberation2 libsqlite3-dev)
missing=()
command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc || missing+=(libgraphviz-dev pkg-config)
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
fc-list 2>/dev/null | grep -qi "Liberation Sans" || missing+=(fonts-liberation2)
[ -e /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
if ((${#missing[@]})); then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "setup: installing ${packages[*]}" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq "${packages[@]}" >/dev/null
    else
        echo "setup: missing system packages: ${missing[*]}" >&2
        echo "setup: install them with: sudo apt-get install -y ${packages[*]}" >&2
        exit 1
    fi
fi
# The export tests validate GraphML against its published schema with libxml2's xmllint (libxml2-utils,
# ~200 KB) and skip that check without it: install it when we can, never fail without it.
if ! command -v xmllint >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing libxml2-utils (xmllint, for the schema tests)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null 2>&1; } \
        || echo "setup: libxml2-utils could not be installed; the schema tests will be skipped" >&2
fi
# The Markdown report test renders the report with GitHub's reference Markdown implementation (cmark-gfm,
# ~300 KB) and skips that check without it: install it when we can, never fail without it.
if ! command -v cmark-gfm >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing cmark-gfm (for the Markdown report test)" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends cmark-gfm >/dev/null 2>&1 \
        || { apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends cmark-gfm >/dev/null 2>&1; } \
        || echo "setup: cmark-gfm could not be installed; the Markdown rendering test will be skipped" >&2
fi
# libgvc finds its layout plugins through a config file written by libgvc6's install script.
config=$(ls /usr/lib/*/graphviz/config6* 2>/dev/null | head -n 1 || true)
if [ -z "$config" ]; then
    if [ "$(id -u)" = 0 ]; then
        dot -c
    else
        echo "setup: Graphviz plugin configuration is missing; run 'sudo dot -c'" >&2
        exit 1
    fi
fi
