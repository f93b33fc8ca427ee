#!/bin/bash
# Instruction counts of one `storygraph` run under valgrind's callgrind: repeatable on a busy machine where wall
# times are not. Valgrind cannot read the debug sections Swift 6.3 writes, so a copy of the release binary with
# them stripped is profiled (symbols stay, so functions are named).
#
# Usage: bash Scripts/profile_callgrind.sh OUT.cg ARGUMENTS...
#   e.g. bash Scripts/profile_callgrind.sh .build/extract.cg extract --quiet ../shared/corpus/politics-dev.jsonl
# Then: callgrind_annotate --inclusive=yes OUT.cg | less   (or without --inclusive for each function's own cost)
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 OUT.cg ARGUMENTS..." >&2; exit 2; }
out=$1; shift
command -v valgrind >/dev/null || { echo "$0: needs valgrind (Debian package valgrind)" >&2; exit 1; }
[ -x .build/release/storygraph ] || { echo "$0: build first: swift build -c release --product storygraph" >&2; exit 1; }
copy=$(mktemp -d)/storygraph
trap 'rm -rf "$(dirname "$copy")"' EXIT
objcopy --strip-debug .build/release/storygraph "$copy"
valgrind --tool=callgrind --callgrind-out-file="$out" "$copy" "$@" > /dev/null 2> "$out.log" || {
    tail -20 "$out.log" >&2
    exit 1
}
grep "Collected" "$out.log"
