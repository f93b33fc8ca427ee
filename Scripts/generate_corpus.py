#!/usr/bin/env python3
"""Writes N generated-but-realistic news articles as JSONL for the store benchmark (Scripts/bench_store.sh).

Each article has a dateline, 3 to 8 sentences from templates, the first reporting a happening that about 30%
of later articles (other outlets, published up to two days later) report again in other words (who did what to whom, with dates in the shapes
the TIMEX3 tagger reads: weekdays, month-days, "last week", months with years, or none; negation, hedging,
future and attribution), filler sentences, a publication date between 2019 and 2024 and an outlet URL. About
5% are syndicated copies of an earlier article under another id and outlet. The same seed gives the same file.

Usage: generate_corpus.py N OUT.jsonl [--seed S]
"""
import json
import random
import sys

STATES = [
    ("the United States", "Washington", "USA"), ("Iran", "Tehran", "IRN"), ("North Korea", "Pyongyang", "PRK"),
    ("South Korea", "Seoul", "KOR"), ("China", "Beijing", "CHN"), ("Russia", "Moscow", "RUS"),
    ("Japan", "Tokyo", "JPN"), ("Ukraine", "Kyiv", "UKR"), ("Israel", "Jerusalem", "ISR"),
    ("Germany", "Berlin", "DEU"), ("France", "Paris", "FRA"), ("India", "New Delhi", "IND"),
    ("Pakistan", "Islamabad", "PAK"), ("Turkey", "Ankara", "TUR"), ("Saudi Arabia", "Riyadh", "SAU"),
    ("Egypt", "Cairo", "EGY"), ("Brazil", "Brasilia", "BRA"), ("Mexico", "Mexico City", "MEX"),
    ("Canada", "Ottawa", "CAN"), ("Australia", "Canberra", "AUS"), ("Syria", "Damascus", "SYR"),
    ("Iraq", "Baghdad", "IRQ"), ("Afghanistan", "Kabul", "AFG"), ("Venezuela", "Caracas", "VEN"),
]
GROUPS = ["officials", "military officials", "diplomats", "the foreign ministry", "lawmakers", "state media"]
ACTIONS = [
    "{a} accused {b} of violating the ceasefire",
    "{a} imposed new sanctions on {b}",
    "{a} met with {b} to discuss trade",
    "{a} signed an agreement with {b}",
    "{a} threatened {b} with military action",
    "{a} condemned {b} over the missile test",
    "{a} sent humanitarian aid to {b}",
    "{a} criticized {b} for the crackdown",
    "{a} praised {b} for its cooperation",
    "{a} expelled diplomats from {b}",
    "{a} attacked positions held by {b}",
    "{a} hosted talks with {b}",
    "{a} demanded that {b} release the detained sailors",
    "{a} rejected the proposal from {b}",
]
NEGATED = ["{a} did not meet with {b}", "{a} refused to sign the deal with {b}"]
HEDGED = ["{a} may have supplied weapons to {b}", "{a} is likely to impose sanctions on {b}"]
FUTURE = ["{a} will hold talks with {b}", "{a} plans to send troops to {b}"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FILLER = [
    "The talks came after weeks of rising tension in the region.",
    "Analysts said the move could reshape the balance of power.",
    "Markets reacted calmly to the news.",
    "The statement gave no further details.",
    "Both sides have traded accusations for months.",
    "Protests continued in several cities.",
    "The announcement was broadcast on national television.",
]
OUTLETS = ["reuters.com", "apnews.com", "bbc.co.uk", "aljazeera.com", "france24.com", "dw.com", "nhk.or.jp",
           "yonhapnews.co.kr", "thehindu.com", "scmp.com", "theguardian.com", "nytimes.com", "washingtonpost.com",
           "japantimes.co.jp", "tass.com", "kyivindependent.com", "timesofisrael.com", "dawn.com", "arabnews.com",
           "abc.net.au", "cbc.ca", "elpais.com", "lemonde.fr", "spiegel.de", "koreaherald.com", "xinhuanet.com",
           "npr.org", "politico.com", "ft.com", "economist.com"]


def name(rng, state):
    full, capital, _ = state
    shape = rng.random()
    if shape < 0.5:
        return full
    if shape < 0.75:
        return capital
    return f"{full.replace('the ', '')}'s {rng.choice(GROUPS)}".replace("United States's", "U.S.")


def date_phrase(rng, published):
    year, month, day = published
    shape = rng.random()
    if shape < 0.3:
        return f" on {rng.choice(WEEKDAYS)}"
    if shape < 0.5:
        return f" on {MONTHS[month - 1]} {max(1, day - rng.randint(0, 3))}"
    if shape < 0.6:
        return " last week"
    if shape < 0.7:
        return f" in {MONTHS[rng.randint(0, month - 1)]} {year}"
    return ""


def sentence(rng, published, happening=None):
    if happening:  # another outlet's report of a known happening, dated explicitly
        a, b, template, (year, month, day) = happening
        text = template.format(a=name(rng, a), b=name(rng, b)) + f" on {MONTHS[month - 1]} {day}"
        return text[0].upper() + text[1:] + "."
    a, b = rng.sample(STATES, 2)
    pick = rng.random()
    pool = ACTIONS if pick < 0.8 else NEGATED if pick < 0.87 else HEDGED if pick < 0.94 else FUTURE
    text = rng.choice(pool).format(a=name(rng, a), b=name(rng, b)) + date_phrase(rng, published)
    if rng.random() < 0.25:
        text += f", {rng.choice(['officials', 'a spokesperson', 'state media'])} said"
    return text[0].upper() + text[1:] + "."


def article(rng, index, happenings):
    year = rng.randint(2019, 2024)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    follow = rng.choice(happenings) if happenings and rng.random() < 0.3 else None
    if follow:  # published within two days of the happening it reports
        year, month, day = follow[3][0], follow[3][1], min(28, follow[3][2] + rng.randint(0, 2))
    published = (year, month, day)
    city = rng.choice(STATES)[1].upper()
    body = [sentence(rng, published) for _ in range(rng.randint(2, 5))]
    if follow:
        body[0] = sentence(rng, published, follow)
    else:
        a, b = rng.sample(STATES, 2)
        template = rng.choice(ACTIONS)
        happenings.append((a, b, template, published))
        body[0] = sentence(rng, published, happenings[-1])
        del happenings[:-300]
    body += rng.sample(FILLER, rng.randint(1, 3))
    rng.shuffle(body)
    outlet = rng.choice(OUTLETS)
    text = f"{city} – " + " ".join(body)
    return {"id": f"gen-{index:06d}", "published": f"{year:04d}-{month:02d}-{day:02d}",
            "title": body[0][:60], "url": f"https://www.{outlet}/news/{index}", "text": text}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    count, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 7
    rng = random.Random(seed)
    written = []
    happenings = []
    with open(out, "w", encoding="utf-8") as handle:
        for index in range(count):
            if written and rng.random() < 0.05:  # a syndicated copy under another id and outlet
                record = dict(rng.choice(written[-200:]))
                record["id"] = f"gen-{index:06d}"
                record["url"] = f"https://www.{rng.choice(OUTLETS)}/wire/{index}"
            else:
                record = article(rng, index, happenings)
            written.append(record)
            if len(written) > 400:
                written = written[-200:]
            handle.write(json.dumps(record, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
