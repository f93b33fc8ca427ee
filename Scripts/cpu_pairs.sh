#!/bin/bash
# CPU time of two storygraph binaries in alternating pairs: OLD then NEW, N times, each a whole process pinned
# to one core (taskset) with standard input from INPUT, timed by /usr/bin/time (user + system seconds, peak
# RSS). Pairing keeps the ratio meaningful on a shared machine whose speed drifts; quote the median ratio.
#
# Usage: bash Scripts/cpu_pairs.sh N INPUT OLD NEW ARGUMENTS...
#   e.g. bash Scripts/cpu_pairs.sh 9 corpus.jsonl /tmp/storygraph-old .build/release/storygraph extract --quiet -
#        bash Scripts/cpu_pairs.sh 11 /dev/null /tmp/storygraph-old .build/release/storygraph extract --quiet ONE.txt
set -euo pipefail
[ $# -ge 5 ] || { echo "usage: $0 N INPUT OLD NEW ARGUMENTS..." >&2; exit 2; }
count=$1 input=$2 old=$3 new=$4
shift 4
core=${CPU_PAIRS_CORE:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for pair in $(seq 1 "$count"); do
    for which in old new; do
        binary=$old
        [ "$which" = new ] && binary=$new
        /usr/bin/time -f "%U %S %M" -o "$work/$which" taskset -c "$core" "$binary" "$@" < "$input" > /dev/null 2> "$work/$which.err" \
            || { echo "$0: $binary failed:" >&2; tail -5 "$work/$which.err" >&2; exit 1; }
    done
    read -r old_user old_system old_kb < "$work/old"
    read -r new_user new_system new_kb < "$work/new"
    echo "$pair $old_user $old_system $old_kb $new_user $new_system $new_kb"
done | python3 -c '
import statistics, sys
olds, news, ratios = [], [], []
for line in sys.stdin:
    pair, ou, os_, okb, nu, ns, nkb = line.split()
    old, new = float(ou) + float(os_), float(nu) + float(ns)
    olds.append(old); news.append(new); ratios.append(new / old)
    print(f"pair {pair}: old {old:.2f} s, new {new:.2f} s (ratio {new / old:.3f}); peak RSS {int(okb) // 1024} -> {int(nkb) // 1024} MiB")
print(f"median CPU: old {statistics.median(olds):.3f} s, new {statistics.median(news):.3f} s; "
      f"ratio new/old median {statistics.median(ratios):.3f} (range {min(ratios):.3f}-{max(ratios):.3f})")
'
