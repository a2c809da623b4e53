# The README's commands. Every target bootstraps the virtual environment it needs.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard app/resources/i18n/*.ts)
QM := $(TS:.ts=.qm)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test lint unit bench bench-m bench-l screenshots bundle translations clean venv migration wheel bundle-smoke

# requirements.lock: the exact versions the tests ran against (python -m tools.lock writes it).
$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q -c requirements.lock -e '.[dev,bundle]'
	@touch $(STAMP)

venv: $(STAMP)

app/resources/i18n/%.qm: app/resources/i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

## Start the desktop program on a demo company (created on first start).
run: venv translations
	$(BIN)/python -m app --demo

## Lint, type-check, check the layering, then every test. Exit 5 (no tests) fails.
test: venv translations lint
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 -p no:cacheprovider; rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "pytest collected no tests: failing"; exit 1; fi; exit $$rc

lint: venv
	$(BIN)/ruff check app tests benchmarks tools installer
	$(BIN)/mypy
	$(BIN)/lint-imports

unit: venv
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/unit tests/services

bench: bench-m

bench-m: venv
	$(BIN)/python -m benchmarks.run --size M

bench-l: venv
	$(BIN)/python -m benchmarks.run --size L

screenshots: venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.screenshots docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.guide_images docs/screenshots

## The one-folder program (dist/Duebook) and, on Linux, its tarball with a menu installer (dist/*.tar.gz).
bundle: venv translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller installer/duebook.spec
	$(BIN)/python -m installer.package_linux

## The bundle's end-to-end check: the demo company, a statement, a screenshot (dist/smoke.png), exit 0.
bundle-smoke:
	DUEBOOK_HOME=$$(mktemp -d) dist/Duebook/duebook-gui --smoke --demo --lang zh_CN --screenshot dist/smoke.png

## A wheel that works on its own (fonts, compiled translations, icons, the guide inside): dist/*.whl
wheel: venv
	$(BIN)/python -m pip wheel -q --no-deps --no-build-isolation -w dist .

migration: venv
	$(BIN)/python tools/make_migration.py "$(MSG)"

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
