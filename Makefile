# Quick start: `make demo` (set up, build the bundled example), `make test` (set up, run all tests).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
EXAMPLE := examples/seed-shanghai-hk-2024-11-06.txt

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test test-fast score screenshots browser virtuoso clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	$(PY) -m compileall -q kg  # the bytecode a wheel install writes: no compiling at each start
	touch $@

demo: $(VENV)/.installed
	mkdir -p out
	$(VENV)/bin/kg build $(EXAMPLE) -o out/seed.ttl --validate --html out/seed.html
	$(VENV)/bin/kg query out/seed.ttl roles
	$(VENV)/bin/kg query out/seed.ttl pledges
	@echo "Graph written to out/seed.ttl; open out/seed.html in a browser to explore it."
	@echo "Next, try:  .venv/bin/kg query out/seed.ttl entities   (or: source .venv/bin/activate; kg --help)"

# Debian's Chromium, for the tests that open the HTML view in a real headless browser.
browser:
	@command -v chromium >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

# Debian's Virtuoso, the second real SPARQL store the tests load, push to and query.
virtuoso:
	@command -v virtuoso-t >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null; }

test: $(VENV)/.installed browser virtuoso
	$(PY) -m pytest -q

# While working: everything but the slow tests (browser, hash-seed rebuilds, Dask).
test-fast: $(VENV)/.installed
	$(PY) -m pytest -q -m "not slow"

# The README's pictures of the page: docs/page-seed.png, page-corpus.png, page-person.png (1400x900).
screenshots: $(VENV)/.installed browser
	$(PY) scripts/screenshots.py

score: $(VENV)/.installed
	$(VENV)/bin/kg eval ../shared/eval/dev --show-errors

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
