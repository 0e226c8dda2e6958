# gradbook: two commands a newcomer needs (`make serve`, `make test`); the rest for maintainers.
# Every target creates the virtual environment in .venv/ first if it is missing or stale.

# The first of these that is Python 3.11, 3.12 or 3.13; or say which: make PYTHON=python3.13
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11; do \
	$$p -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 13))' 2>/dev/null \
	&& { command -v $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
CODE := src tests benchmarks figures snippets

# Material for MkDocs prints an end-of-life notice on every run (see CONTRIBUTING.md).
export NO_MKDOCS_2_WARNING := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.DEFAULT_GOAL := help
.PHONY: help serve test portability build offline update-outputs figures bench lint format lock clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml constraints.txt
	@test -n "$(PYTHON)" || { echo "gradbook needs Python 3.11, 3.12 or 3.13: make PYTHON=/path/to/python3"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt pip
	$(BIN)/python -m pip install --quiet --group dev -c constraints.txt
	$(BIN)/python -m pip install --quiet --no-deps --editable .
	touch $@

serve: $(INSTALLED) ## Serve the site at http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

test: lint ## Run the whole verification: lint, examples, notebooks, site, browser
	$(BIN)/python -m gradbook.browser
	$(BIN)/pytest

# The outputs again, on PyTorch's generic CPU kernels (GENERIC_CPU in src/gradbook/pytest_plugin.py):
# an output that changes with the processor's instruction set fails here, whatever CPU this is.
portability: $(INSTALLED) ## Run the examples and notebooks again on generic CPU kernels: outputs must not change
	$(BIN)/pytest --generic-cpu -q docs snippets tests/test_notebooks.py

build: $(INSTALLED) ## Build the site into site/, with its offline copy (strict)
	$(BIN)/mkdocs build --strict
	$(MAKE) --no-print-directory offline

offline: $(INSTALLED) ## Build the offline copy into site/gradbook-offline.zip
	rm -rf build/offline
	GRADBOOK_OFFLINE=true $(BIN)/mkdocs build --strict --site-dir build/offline/gradbook
	mkdir -p site
	$(BIN)/python -m zipfile -c site/gradbook-offline.zip build/offline/gradbook

update-outputs: $(INSTALLED) ## Rewrite every #> output line from a real run
	$(BIN)/pytest --update-outputs -q docs snippets

figures: $(INSTALLED) ## Redraw the figures in docs/figures/ from figures/ (the timing chart: make bench)
	$(BIN)/python -m figures

# Lighthouse comes from npm (package.json): only the benchmarks need Node.js.
bench: $(INSTALLED) ## Measure the verification and the build against their budgets; re-measure the timing chart
	npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python -m benchmarks.bench

lint: $(INSTALLED) ## Lint and check formatting with ruff
	$(BIN)/ruff check $(CODE)
	$(BIN)/ruff format --check $(CODE)

format: $(INSTALLED) ## Format the code with ruff (snippets are linted, not formatted)
	$(BIN)/ruff format $(CODE)
	$(BIN)/ruff check --fix $(CODE)

lock: ## Re-resolve the dependencies of pyproject.toml and pin them all in constraints.txt
	rm -rf $(VENV)-lock
	$(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/python -m pip install --quiet --upgrade pip
	$(VENV)-lock/bin/python -m pip install --quiet --group dev
	# A local build tag (+cpu) names where a wheel came from, not the version: pin the version.
	{ echo "# Every package pinned, direct or not. Regenerate with: make lock"; \
	  $(VENV)-lock/bin/python -m pip freeze --all --exclude setuptools \
		| sed -E 's/\+[a-z0-9.]+$$//'; } > constraints.txt
	rm -rf $(VENV)-lock

clean: ## Remove what make installed and built
	rm -rf $(VENV) node_modules site build .cache
