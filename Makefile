# The two commands of the README: `make briefing` and `make test`.
# Each creates the virtual environment it needs, pinned by constraints.txt.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: briefing test extract lint bench screenshots clean-venv

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,dask]"
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3 (dossier)" >/dev/null
	touch $(STAMP)

briefing: $(STAMP)
	$(BIN)/dossier report --out outputs

test: $(STAMP)
	$(BIN)/python -m pytest -q

extract: $(STAMP)
	$(BIN)/dossier extract --out outputs/tables

lint: $(STAMP)
	$(BIN)/ruff check lib tests benchmarks

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean-venv:
	rm -rf $(VENV)
