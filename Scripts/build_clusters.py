#!/usr/bin/env python3
"""Build the Syntax module's word-cluster table (Sources/Syntax/Resources/clusters.sgm) from spaCy's lookups data.

Source: the PyPI package `spacy-lookups-data==1.0.5` (MIT licence, (c) 2019 ExplosionAI GmbH; only its wheel is
read, not installed): `spacy_lookups_data/data/en_lexeme_cluster.json.gz` maps about a million English word forms to
Brown clusters (Brown et al. 1992; 1,000 leaves, learnt by spaCy from unlabelled web text), 190,129 of them to a
cluster other than 0 (0 = none); `en_lexeme_prob.json.gz` gives each form's log probability. A cluster is the bit
path from the root of the cluster tree to its leaf, stored as an integer whose lowest bit is the path's first bit
(spaCy wrote `int(path[::-1], 2)`): the prefix of length k is `cluster & (2^k - 1)` ("Mexico", "Russia" and "Kenya"
share 1446; "Canada" and "Europe" share its first 8 bits).

What is kept: the `--words` most probable clustered forms (ties broken by the form), then a form that is not all
lower case is dropped when its lower-cased form is kept with the same cluster (the reader looks a word up as
written, then lower-cased, so the answer is the same). Forms that are not ASCII are kept as they are (Swift and
Python lower-case some scripts differently).

Output: a Storygraph model archive (`ModelArchive`, kind `clusters`; magic `SGMODEL1`, JSON header, little-endian
sections padded to 8 bytes, checksum) with three sections:

    clusters.keys    UInt64 FNV-1a hash of each kept form's UTF-8 bytes (`FeatureHash.of`), in increasing order
    clusters.index   UInt16 index of each key's cluster in `clusters.paths` (1-based)
    clusters.paths   UInt32 the distinct clusters in increasing order, `paths[0] == 0` standing for "none"

and metadata naming the source and the number of forms (`metadata["clusters"]`, recorded by every model trained
with the table). The same wheel and options give the same bytes.

Usage:
    python3 Scripts/build_clusters.py                      # downloads the wheel into .venv-clusters/wheels first
    python3 Scripts/build_clusters.py --wheel PATH.whl     # reads a wheel already downloaded
    python3 Scripts/build_clusters.py --check              # exit 1 when the committed file differs
"""

import argparse
import gzip
import json
import os
import struct
import subprocess
import sys
import zipfile

VERSION = "1.0.5"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WHEEL_DIR = os.path.join(ROOT, ".venv-clusters", "wheels")
WHEEL = os.path.join(WHEEL_DIR, f"spacy_lookups_data-{VERSION}-py2.py3-none-any.whl")
OUT = os.path.join(ROOT, "Sources", "Syntax", "Resources", "clusters.sgm")
DEFAULT_WORDS = 120_000
MASK64 = (1 << 64) - 1


def fnv1a(data):
    """FNV-1a (64-bit) of bytes, as `FeatureHash.of`."""
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & MASK64
    return value


def content_checksum(data):
    """`ContentChecksum.of`: FNV-1a over little-endian 8-byte words, then the SplitMix64 finaliser."""
    value = 0xCBF29CE484222325
    whole = len(data) // 8
    for (word,) in struct.iter_unpack("<Q", data[: whole * 8]):
        value = ((value ^ word) * 0x100000001B3) & MASK64
    for byte in data[whole * 8:]:
        value = ((value ^ byte) * 0x100000001B3) & MASK64
    z = (value + 0x9E3779B97F4A7C15) & MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return z ^ (z >> 31)


def pad(data):
    return data + b"\0" * (-len(data) % 8)


def archive(kind, metadata, sections):
    """The bytes of a `ModelArchive` (format version 1) with `sections` [(name, bytes)]."""
    header = {
        "formatVersion": 1,
        "kind": kind,
        "labels": {},
        "metadata": metadata,
        "sections": [{"bytes": len(body), "name": name} for name, body in sections],
    }
    text = json.dumps(header, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    out = b"SGMODEL1" + struct.pack("<I", len(text)) + text
    out = pad(out)
    for _, body in sections:
        out = pad(out + body)
    return out + struct.pack("<Q", content_checksum(out))


def load(wheel_path):
    """The clusters and log probabilities of the wheel's English lexemes."""
    if not os.path.exists(wheel_path):
        if wheel_path != WHEEL:
            sys.exit(f"missing {wheel_path}")
        os.makedirs(WHEEL_DIR, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "--no-deps", f"spacy-lookups-data=={VERSION}", "-d", WHEEL_DIR],
            check=True,
        )
    with zipfile.ZipFile(wheel_path) as wheel:
        clusters = json.loads(gzip.decompress(wheel.read("spacy_lookups_data/data/en_lexeme_cluster.json.gz")))
        probs = json.loads(gzip.decompress(wheel.read("spacy_lookups_data/data/en_lexeme_prob.json.gz")))
    return clusters, probs


def build(clusters, probs, words):
    """The archive bytes and the number of forms kept."""
    ranked = sorted((form for form, cluster in clusters.items() if cluster), key=lambda form: (-probs.get(form, -99.0), form))
    kept = {form: clusters[form] for form in ranked[:words]}
    table = {}
    for form, cluster in kept.items():
        lower = form.lower()
        if form.isascii() and lower != form and kept.get(lower) == cluster:
            continue
        key = fnv1a(form.encode("utf-8"))
        if key in table and table[key] != cluster:
            sys.exit(f"hash collision between forms with different clusters at {form!r}")
        table[key] = cluster
    paths = [0] + sorted(set(table.values()))
    index = {path: position for position, path in enumerate(paths)}
    keys = sorted(table)
    sections = [
        ("clusters.keys", struct.pack(f"<{len(keys)}Q", *keys)),
        ("clusters.index", struct.pack(f"<{len(keys)}H", *(index[table[key]] for key in keys))),
        ("clusters.paths", struct.pack(f"<{len(paths)}I", *paths)),
    ]
    metadata = {
        "clusters": f"spacy-lookups-data {VERSION} en_lexeme_cluster, {words} most probable forms",
        "forms": str(len(keys)),
        "licence": "MIT (spacy-lookups-data, (c) 2019 ExplosionAI GmbH)",
    }
    return archive("clusters", metadata, sections), len(keys)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheel", default=WHEEL, help="the spacy-lookups-data wheel (downloaded when absent at the default path)")
    parser.add_argument("--out", default=OUT, help="the cluster table to write")
    parser.add_argument("--words", type=int, default=DEFAULT_WORDS, help="how many of the most probable clustered forms to keep")
    parser.add_argument("--check", action="store_true", help="compare with --out instead of writing it")
    options = parser.parse_args()
    if options.words < 1:
        sys.exit(f"--words must be at least 1, not {options.words}")
    clusters, probs = load(options.wheel)
    data, count = build(clusters, probs, options.words)
    if options.check:
        with open(options.out, "rb") as handle:
            same = handle.read() == data
        print(f"{options.out}: {'up to date' if same else 'differs from what the script builds'}")
        sys.exit(0 if same else 1)
    temporary = options.out + ".tmp"
    with open(temporary, "wb") as handle:
        handle.write(data)
    os.replace(temporary, options.out)
    print(f"wrote {options.out}: {count} forms, {len(data)} bytes")


if __name__ == "__main__":
    main()
