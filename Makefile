# Every target that needs Python bootstraps .venv first, so `make demo` and
# `make test` work on a fresh clone with nothing but python3 (3.11+) and make.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install lint format typecheck test check demo bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade "pip>=25.1"
	$(PY) -m pip install --quiet -e ".[all]" --group dev --group bench
	$(PY) scripts/fetch_ftfy_cases.py $(VENV)/ftfy-test-cases.json
	$(PY) scripts/fetch_htmldate_pages.py $(VENV)/htmldate-pages
	touch $(STAMP)

lint: $(STAMP)
	$(PY) -m ruff check textclean tests scripts bench
	$(PY) -m ruff format --check textclean tests scripts bench

format: $(STAMP)
	$(PY) -m ruff format textclean tests scripts bench
	$(PY) -m ruff check --fix textclean tests scripts bench

typecheck: $(STAMP)
	$(PY) -m mypy

test: lint typecheck
	HYPOTHESIS_PROFILE=ci $(PY) -m pytest -q

check: test

demo: $(STAMP)
	$(VENV)/bin/textclean clean fixtures/seeds --output demo-out --report demo-out/report.jsonl
	@for f in demo-out/*.txt; do echo "=== $$f"; cat "$$f"; echo; done
	@echo "=== demo-out/report.jsonl (last line: totals)"; tail -n 1 demo-out/report.jsonl

bench: $(STAMP)
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) demo-out bench/data
