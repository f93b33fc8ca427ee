#!/usr/bin/env python3
"""Build Sources/EventExtraction/Resources/evaluative-words.tsv: words that judge, with their polarity.

An event pattern's context words may name a word class ("@negative-evaluation", "@positive-evaluation") instead
of listing words: "Trump called Trudeau 'dishonest and weak'" is a criticism (CAMEO 111) because "dishonest" is a
negative judgement, not because one list happened to hold it. The classes come from the VADER sentiment lexicon
(vader_lexicon.txt of the vaderSentiment package on PyPI, version 3.3.2; The MIT License, Copyright (c) 2016
C.J. Hutto; notice in Sources/EventExtraction/Resources/LICENSE-VADER):

  - alphabetic words of four letters or more whose mean rating is at most -1.5 (negative) or at least 1.5
    (positive) on VADER's -4..4 scale;
  - "un" + a positive adjective is negative when VADER lacks it ("unjustified" from "justified");
  - words that name happenings rather than judge them are left out, so that "called an emergency meeting over
    the crisis" is no criticism: the head words of our own event dictionary (plover-patterns.json: "attack",
    "kill", "protest" ...) with their simple inflections, and TOPIC_WORDS below;
  - a few relational nouns VADER does not rate are added to the positive class (EXTRA_POSITIVE: "called Germany
    a reliable partner" is praise), and nouns of abuse it does not rate to the negative class (EXTRA_NEGATIVE:
    "called the president a dictator" is a criticism).

Usage:
  pip download vaderSentiment==3.3.2 --no-deps -d /tmp/vader && unzip -o /tmp/vader/*.whl -d /tmp/vader/x
  python3 Scripts/build_evaluative_words.py /tmp/vader/x/vaderSentiment/vader_lexicon.txt
The output is sorted; the same inputs give the same bytes.
"""

import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RESOURCES = os.path.join(ROOT, "Sources", "EventExtraction", "Resources")
THRESHOLD = 1.5

# Words that name a situation or happening an official may call about, not a judgement of someone.
TOPIC_WORDS = {
    "crisis", "crises", "emergency", "emergencies", "death", "deaths", "dead", "die", "died", "dies", "dying",
    "victim", "victims", "war", "wars", "violence", "violent", "conflict", "conflicts", "fire", "fires", "killed",
    "killing", "killings", "murder", "murdered", "injured", "injury", "injuries", "wounded", "prison", "prisoner",
    "prisoners", "arrest", "arrested", "hostage", "hostages", "disease", "cancer", "funeral", "grief", "mourn",
    "mourning", "please", "thanks", "thank", "welcome", "okay", "yes", "win", "won", "winner", "winning", "free",
    "freedom", "peace", "peaceful", "help", "aid", "support", "support", "agree", "agreement", "security", "safe",
    "safety", "rescue", "protect", "protection", "care", "justice", "party", "parties", "celebrate", "celebration",
    "hope", "hopes", "worried", "worry", "concern", "concerned", "concerns", "fear", "fears", "afraid", "sorry",
    "alone", "lost", "lose", "loss", "losses", "sick", "ill", "poor", "poverty", "pain", "suffering", "tragedy",
    "tragic", "urgent", "emergency", "alert", "warning", "warn", "warned", "threat", "threats", "threaten",
    "problem", "problems", "issue", "issues", "challenge", "challenges", "difficult", "difficulty", "trouble",
}

# Endings of the adjectives that take "un" ("justified", "acceptable", "lawful"); other words do not.
ADJECTIVE_ENDINGS = ("ed", "able", "ible", "ful", "ive", "ous", "ent", "ant", "al", "ic")

# Relational nouns and words of trust that VADER does not rate.
EXTRA_POSITIVE = {"partner", "ally", "allies", "friend", "friends", "brother", "brothers", "model", "champion", "reliable",
                  "trustworthy", "trusted", "genius", "statesman", "patriot", "saviour", "savior"}

# Nouns of abuse that VADER does not rate, used of leaders and states in news ("called the president a dictator",
# "called the United States the Great Satan", "branded them traitors").
EXTRA_NEGATIVE = {"dictator", "dictators", "tyrant", "tyrants", "despot", "despots", "autocrat", "autocrats",
                  "satan", "thug", "thugs", "gangster", "gangsters", "puppet", "puppets", "traitor", "traitors",
                  "butcher", "butchers", "mafia", "clown", "clowns", "madman", "psychopath", "hypocrite",
                  "hypocrites", "aggressor", "aggressors", "occupier", "occupiers", "invader", "invaders", "oppressor",
                  "oppressors", "nazi", "nazis", "rogue", "pariah", "parasite", "parasites", "stooge", "stooges",
                  "lackey", "lackeys", "bandit", "bandits", "extremist", "extremists", "fanatic", "fanatics",
                  "warlord", "warlords", "junta"}


def inflections(lemma):
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms.add(lemma[:-1] + "ing")
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: build_evaluative_words.py PATH/vader_lexicon.txt")
    ratings = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            fields = line.rstrip("\r\n").split("\t")
            if len(fields) < 2:
                sys.exit("%s:%d: expected a word and a mean rating" % (sys.argv[1], n))
            ratings[fields[0]] = float(fields[1])
    with open(os.path.join(RESOURCES, "plover-patterns.json"), encoding="utf-8") as f:
        triggers = set()
        for entry in json.load(f)["patterns"]:
            for word in entry["lemma"].lower().split():
                triggers |= inflections(word)
    excluded = triggers | TOPIC_WORDS
    words = {}
    for word, mean in ratings.items():
        if not (word.isalpha() and word.islower() and len(word) >= 4) or word in excluded:
            continue
        if mean <= -THRESHOLD:
            words[word] = ("negative", mean)
        elif mean >= THRESHOLD:
            words[word] = ("positive", mean)
            negated = "un" + word
            if negated not in ratings and negated not in excluded and word.endswith(ADJECTIVE_ENDINGS):
                words[negated] = ("negative", -mean)
    for word in EXTRA_POSITIVE:
        words.setdefault(word, ("positive", THRESHOLD))
    for word in EXTRA_NEGATIVE:
        words.setdefault(word, ("negative", -THRESHOLD))
    out = os.path.join(RESOURCES, "evaluative-words.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Evaluative words: word, polarity (negative|positive), mean rating on VADER's -4..4 scale.\n")
        f.write("# Generated by Scripts/build_evaluative_words.py from the VADER sentiment lexicon 3.3.2\n")
        f.write("# (The MIT License, Copyright (c) 2016 C.J. Hutto; full text in LICENSE-VADER next to this file).\n")
        for word in sorted(words):
            polarity, mean = words[word]
            f.write("%s\t%s\t%.1f\n" % (word, polarity, mean))
    counts = {p: sum(1 for v in words.values() if v[0] == p) for p in ("negative", "positive")}
    print("wrote %s: %d negative, %d positive" % (out, counts["negative"], counts["positive"]))


if __name__ == "__main__":
    main()
