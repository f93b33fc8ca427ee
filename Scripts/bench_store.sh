#!/usr/bin/env bash
# Event-store benchmark: generates N realistic articles (Scripts/generate_corpus.py), ingests them into one new
# database with a release build, and prints documents/s, peak RSS, database size per document, the latency of a
# dyad + window query and how much faster re-ingesting the unchanged corpus is. Usage: bench_store.sh [N]
set -euo pipefail
count=${1:-100000}
cd "$(dirname "$0")/.."
swift build -c release --product storygraph >/dev/null
bin=.build/release/storygraph
work=.build/bench-store
mkdir -p "$work"
corpus="$work/corpus-$count.jsonl"
[ -f "$corpus" ] || python3 Scripts/generate_corpus.py "$count" "$corpus"
db="$work/store-$count.sqlite"
rm -f "$db" "$db-wal" "$db-shm"

measure() {  # measure LABEL COMMAND…: runs under /usr/bin/time -v, prints "seconds peak-RSS-MB"
    local log="$work/$1.time"
    shift
    /usr/bin/time -v "$@" 2>"$log" >/dev/null
    python3 - "$log" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
clock = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", text).group(1).split(":")
seconds = sum(float(part) * 60 ** index for index, part in enumerate(reversed(clock)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1)) / 1024
print(f"{seconds:.2f} {rss:.0f}")
PY
}

read -r first rss < <(measure ingest "$bin" ingest "$corpus" --db "$db" --quiet --batch-size 256)
sqlite3 "$db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
size=$(stat -c %s "$db")
latencies=()
for _ in 1 2 3 4 5 6 7; do
    latencies+=("$("$bin" query --db "$db" --dyad USA,IRN --from 2021-01 --to 2021-06 --format csv -o /dev/null 2>&1 \
        | sed -n 's/.*answered in \([0-9.]*\) ms.*/\1/p')")
done
median=$(printf '%s\n' "${latencies[@]}" | sort -g | sed -n 4p)
read -r again rss_again < <(measure reingest "$bin" ingest "$corpus" --db "$db" --quiet --batch-size 256)
rows=$(sqlite3 "$db" "SELECT (SELECT COUNT(*) FROM events) || ' events, ' || (SELECT COUNT(*) FROM event_clusters) || ' clusters, ' || (SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL) || ' copies'")
python3 - "$count" "$first" "$rss" "$size" "$median" "$again" "$rss_again" "$rows" <<'PY'
import sys
count, first, rss, size, median, again, rss_again, rows = sys.argv[1:]
count, first, again = int(count), float(first), float(again)
print(f"documents: {count} ({rows})")
print(f"first ingest: {first:.1f} s, {count / first:.0f} documents/s, peak RSS {rss} MB")
print(f"database: {int(size) / 1e6:.1f} MB, {int(size) / count / 1024:.2f} KB per document")
print(f"dyad + window query (--dyad USA,IRN --from 2021-01 --to 2021-06), median of 7: {median} ms")
print(f"re-ingest of the unchanged corpus: {again:.1f} s ({first / again:.1f}x faster), peak RSS {rss_again} MB")
PY
