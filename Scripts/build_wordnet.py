#!/usr/bin/env python3
"""Extract the single-word part-of-speech classes and the morphological exception lists of WordNet 3.0.

Reads Debian's `wordnet-base` files (/usr/share/wordnet) and writes, under Data/wordnet/:
  classes.tsv     word <TAB> letters of its WordNet parts of speech (n noun, v verb, a adjective, r adverb)
  exceptions.tsv  inflected form <TAB> part of speech letter <TAB> base form   (from noun/verb/adj/adv.exc)
The tagger uses the classes as features for words it never saw in training; the lemmatiser uses the
exceptions ("went" v → "go"). WordNet's licence is kept beside the files (LICENSE-WordNet.txt).
Usage: python3 Scripts/build_wordnet.py [/usr/share/wordnet] [Data/wordnet]
"""
import os
import shutil
import sys

source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
target = sys.argv[2] if len(sys.argv) > 2 else "Data/wordnet"
os.makedirs(target, exist_ok=True)

classes = {}
for pos, letter in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
    with open(os.path.join(source, f"index.{pos}"), encoding="utf-8") as index:
        for line in index:
            if line.startswith(" "):
                continue
            word = line.split(" ", 1)[0]
            if "_" in word or not word:
                continue
            classes.setdefault(word, set()).add(letter)

with open(os.path.join(target, "classes.tsv"), "w", encoding="utf-8") as out:
    for word in sorted(classes):
        out.write(f"{word}\t{''.join(sorted(classes[word]))}\n")

rows = set()
for pos, letter in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
    with open(os.path.join(source, f"{pos}.exc"), encoding="utf-8") as exceptions:
        for line in exceptions:
            parts = line.split()
            if len(parts) >= 2 and "_" not in parts[0] and "_" not in parts[1]:
                rows.add((parts[0], letter, parts[1]))
with open(os.path.join(target, "exceptions.tsv"), "w", encoding="utf-8") as out:
    for form, letter, base in sorted(rows):
        out.write(f"{form}\t{letter}\t{base}\n")

licence = "/usr/share/doc/wordnet-base/copyright"
if os.path.exists(licence):
    shutil.copyfile(licence, os.path.join(target, "LICENSE-WordNet.txt"))
print(f"{len(classes)} words, {len(rows)} exceptions → {target}")
