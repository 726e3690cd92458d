# The README's two commands: `make run` and `make test`. Both set everything up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test bench bench-sync screenshots lint format translations dist dist-check clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

run: $(STAMP) translations
	$(BIN)/desmig

# Source strings are Indonesian; the .qm files are built, never committed.
TS := resources/translations/desmig_id.ts resources/translations/desmig_en.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -extensions py -no-obsolete -locations none -source-language id desmig_desktop/ui -ts $(TS)
	$(BIN)/pyside6-lrelease -silent $(TS) resources/translations/qtbase_id.ts

# Tests run headless (Qt offscreen) on real store files in temporary folders; the
# server's tests also run on the machine's PostgreSQL, started by tests/postgres.sh.
test: $(STAMP) translations
	DESMIG_TEST_DATABASE_URL="$${DESMIG_TEST_DATABASE_URL:-$$(bash tests/postgres.sh)}" \
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# The installable one-folder app (build.spec); packaging/ has the Windows installer script.
dist: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

dist-check: dist
	bash packaging/check_frozen.sh

bench: $(STAMP)
	$(BIN)/python -m bench.run

# Sync figures (bench/sync.py): loopback push/pull of 20,000 people, a 5,000-person pull at
# 64 kbit/s, 400 ms, cut every 256 KiB, 300 devices on PostgreSQL (DESMIG_TEST_DATABASE_URL).
# BENCH_SYNC_ARGS adds options (--runs, --only, --poor-link for the older scenario).
bench-sync: $(STAMP)
	$(BIN)/python -m bench.sync $(BENCH_SYNC_ARGS)

# The README's pictures: every main page with demo data, drawn offscreen at 1366x768.
screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots --out docs/screenshots

lint: $(STAMP)
	$(BIN)/ruff check desmig_desktop desmig_server tests bench tools
	$(BIN)/ruff format --check desmig_desktop desmig_server tests bench tools
	$(BIN)/mypy desmig_desktop desmig_server

format: $(STAMP)
	$(BIN)/ruff format desmig_desktop desmig_server tests bench tools
	$(BIN)/ruff check --fix desmig_desktop desmig_server tests bench tools

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
