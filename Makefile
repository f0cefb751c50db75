# Every target that needs Python bootstraps .venv first, so `make demo` and
# `make test` work on a fresh clone with nothing but python3 (3.11+) and make.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install lint format typecheck test check demo bench clean chromium realpages

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

test: lint typecheck chromium
	HYPOTHESIS_PROFILE=ci $(PY) -m pytest -q

# The HTML report is tested in a real headless Chromium (tests/test_report_browser.py).
# Installed from Debian's package when missing and apt-get can run (as root);
# elsewhere the test skips and says why, except under CI=true, where it fails.
chromium:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		echo "make: installing chromium for the report's browser test"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "make: chromium is not installed and apt-get cannot run here; the browser test will skip"; \
	fi

check: test

demo: $(STAMP)
	$(VENV)/bin/textclean clean fixtures/seeds --output demo-out --report demo-out/report.jsonl
	@for f in demo-out/*.txt; do echo "=== $$f"; cat "$$f"; echo; done
	@echo "=== demo-out/report.jsonl (last line: totals)"; tail -n 1 demo-out/report.jsonl
	$(VENV)/bin/textclean report fixtures/seeds -o demo-out/report.html
	@echo "=== open demo-out/report.html: each change side by side, coloured by filter"

bench: $(STAMP)
	$(PY) bench/run.py

# remove_boilerplate on trafilatura's evaluation pages, labelled by kind (bench/realpages/README.md).
# Needs a trafilatura checkout at e90b0ef5 (TRAFILATURA=path), so it is not part of `make test`.
realpages: $(STAMP)
	$(PY) bench/realpages/score.py $(if $(TRAFILATURA),--repo $(TRAFILATURA)) --part $(or $(PART),tune)

clean:
	rm -rf $(VENV) demo-out bench/data
