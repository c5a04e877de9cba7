# kabar: `make demo` and `make test` each work alone on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DIR ?= demo-output
SHARED ?= ../shared
BENCH_SCALE_LIMIT ?= 0
BENCH_SCALES ?= 1,20
BENCH_SPARK_LIMIT ?= 0

.PHONY: demo test lint eval bench train-ner help web browser serve

help:
	@echo "make demo       create .venv, install kabar, code the bundled examples, show a summary"
	@echo "make test       run the whole test suite (lint included)"
	@echo "make lint       ruff (lint and format check) and mypy"
	@echo "make test-reliability  bad input, crash safety, idempotence, concurrency, API hardening"
	@echo "make load-test  bounded load test of kabar serve on 127.0.0.1 (figures in BENCHMARKS.md)"
	@echo "make eval       score every stage against the gold set and the NER test files"
	@echo "make bench      per-stage and end-to-end speed and memory on one core"
	@echo "make serve      the demo database in the web UI and REST API (http://127.0.0.1:8765)"
	@echo "make train-ner  retrain the shipped NER model from $(SHARED)/data/ner"

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip
	$(BIN)/python -m pip install -qq -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	$(BIN)/kabar run examples --db $(DEMO_DIR)/kabar.duckdb
	$(BIN)/kabar export --db $(DEMO_DIR)/kabar.duckdb --out $(DEMO_DIR)/export
	$(BIN)/kabar stats --db $(DEMO_DIR)/kabar.duckdb
	@echo "database: $(DEMO_DIR)/kabar.duckdb   export: $(DEMO_DIR)/export/*.jsonl"

test: $(STAMP) web browser
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy src
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts
	$(BIN)/mypy src

train-ner: $(STAMP)
	$(BIN)/python -m pip install -qq -e '.[dev,train]'
	OMP_NUM_THREADS=1 $(BIN)/python scripts/train_ner.py

eval: $(STAMP)
	$(BIN)/kabar eval all --json-out eval.json

# Stages on one core over bench.jsonl and over it 20 times (make_corpus.py); fresh
# `kabar run`s with 1 and 2 workers at each of BENCH_SCALES (all articles unless
# BENCH_SCALE_LIMIT caps each copy); Spark local[2] at the same scales (BENCH_SPARK_LIMIT
# caps each copy; Spark codes about 60 articles/s on two cores, some 25 minutes for the
# 20x corpus). The whole target takes about an hour and a half on two idle cores.
bench: $(STAMP)
	taskset -c 0 $(BIN)/python scripts/bench.py --json-out bench.json
	taskset -c 0 $(BIN)/python scripts/bench.py --times 20 --json-out bench-20x.json
	$(BIN)/python scripts/bench.py --skip-stages --limit $(BENCH_SCALE_LIMIT) --scales $(BENCH_SCALES) --workers 1,2 --json-out bench-scale.json
	$(BIN)/python scripts/bench.py --skip-stages --limit $(BENCH_SPARK_LIMIT) --scales $(BENCH_SCALES) --workers '' --spark --json-out bench-spark.json

# JavaScript libraries of the web UI (chart.js, cytoscape, swagger-ui), pinned in web/package-lock.json.
web: web/node_modules/.package-lock.json

web/node_modules/.package-lock.json: web/package.json web/package-lock.json
	npm ci --prefix web --no-audit --no-fund --ignore-scripts

# Debian's chromium drives the browser tests (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

serve: demo web
	$(BIN)/kabar serve --db $(DEMO_DIR)/kabar.duckdb

# A Java runtime for the Spark engine (its tests run Spark in local mode).
.PHONY: java
java:
	@command -v java >/dev/null || (apt-get update -qq && apt-get install -y -qq default-jre-headless >/dev/null)
test: java

# Reliability: bad input, crash safety, idempotence, concurrency, API hardening (also in make test).
.PHONY: test-reliability load-test
test-reliability: $(STAMP)
	$(BIN)/python -m pytest -q tests/reliability

load-test: $(STAMP)
	$(BIN)/python scripts/load_test.py --clients 16 --requests 2000 --seconds 60
