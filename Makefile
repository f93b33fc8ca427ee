# Storygraph: the two commands a new user needs are `make demo` and `make test`.
SWIFT ?= swift
BIN = .build/release/storygraph

.PHONY: demo test setup build release clean bench

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
