# Storygraph: the two commands a new user needs are `make demo` and `make test`.
SWIFT ?= swift
BIN = .build/release/storygraph

.PHONY: demo test setup build release clean bench bench-store models models-eval

setup:
	@bash Scripts/setup.sh

build: setup
	$(SWIFT) build

release: setup
	$(SWIFT) build -c release --product storygraph

## Render the bundled examples into graphs/.
demo: release
	$(BIN) build examples --out graphs --format svg,png

## Run every test suite (installs system packages first when missing).
test: setup
	$(SWIFT) build --product storygraph
	$(SWIFT) test

clean:
	rm -rf .build

## Time each stage in a release build (compare ratios between runs, not absolute times).
bench: setup
	$(SWIFT) run -c release StorygraphBenchmarks

## Event store at scale: ingest N generated articles (default 100000) into one database; prints documents/s,
## peak RSS, size per document, dyad+window query latency and the re-ingest speed-up.
N ?= 100000
bench-store: setup
	bash Scripts/bench_store.sh $(N)

## Retrain the syntax models (tagger + lemmatiser, parser, entity recogniser) from Data/ into
## Sources/Syntax/Resources: GUM train + UD English-EWT dev (+ Universal NER). Same data, same bytes.
models: setup
	$(SWIFT) build -c release --product storygraph-train
	.build/release/storygraph-train --config shipped --out Sources/Syntax/Resources

## Honest estimates: train without the data that is scored (GUM train only → EWT dev; GUM + half of EWT dev →
## the other half). Writes nothing outside .build/.
models-eval: setup
	$(SWIFT) build -c release --product storygraph-train
	.build/release/storygraph-train --config heldout --out .build/models-heldout
	.build/release/storygraph-train --config halves --out .build/models-halves
