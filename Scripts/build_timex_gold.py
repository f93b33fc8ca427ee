#!/usr/bin/env python3
"""Builds Tests/Gold/timex-gold.jsonl and timex-heldout.jsonl from the hand annotations in
timex_gold_annotations.py and the development corpus.

Usage: Scripts/build_timex_gold.py [CORPUS_DIR]   (default ../shared/corpus)
Offsets are Unicode scalar offsets (Python str indices), end exclusive.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from timex_gold_annotations import ANNOTATIONS, HELD_OUT, HELD_OUT_2  # noqa: E402

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "corpus")
records = {}
for name in ("wikinews-dev.jsonl", "politics-dev.jsonl"):
    with open(os.path.join(corpus, name), encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            records[record["id"]] = record


def build(annotations, filename):
    out = []
    for doc_id, entries in annotations.items():
        record = records[doc_id]
        text = record["text"]
        timex = []
        for phrase, occurrence, kind, value in entries:
            pattern = r"(?<![\w])" + re.escape(phrase) + r"(?![\w])"
            matches = list(re.finditer(pattern, text))
            if len(matches) < occurrence:
                sys.exit(f"{doc_id}: occurrence {occurrence} of {phrase!r} not found")
            m = matches[occurrence - 1]
            timex.append({"start": m.start(), "end": m.end(), "type": kind, "value": value})
        timex.sort(key=lambda t: (t["start"], t["end"]))
        out.append({"id": doc_id, "published": record["published"], "url": record.get("url"),
                    "license": record.get("license", "CC BY 2.5"), "text": text, "timex": timex})
    path = os.path.join(root, "Tests", "Gold", filename)
    with open(path, "w", encoding="utf-8") as f:
        for record in out:
            f.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {len(out)} documents, {sum(len(r['timex']) for r in out)} TIMEX3 to {path}")


build(ANNOTATIONS, "timex-gold.jsonl")
build(HELD_OUT, "timex-heldout.jsonl")
build(HELD_OUT_2, "timex-heldout2.jsonl")
