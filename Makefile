# Two commands for a fresh machine:
#   make run    set up .venv, run the batch over corpus/ into out/, load out/plans.sqlite, score against gold/
#   make test   set up .venv and run the tests
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: setup run test bench clean

$(BIN)/kh-extract: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade "pip==26.3"
	$(BIN)/python -m pip install -q -c constraints.txt -e ".[test]"
	touch $@

setup: $(BIN)/kh-extract

run: setup
	mkdir -p out
	$(BIN)/kh-extract batch corpus/ -o out/results.jsonl --stats out/stats.json; test $$? -le 1
	rm -f out/plans.sqlite  # the database is rebuilt from this run's results
	$(BIN)/kh-extract db load out/results.jsonl --db out/plans.sqlite
	$(BIN)/kh-extract eval --gold gold/ --corpus corpus/

# pytest exits 5 when it collects no test: that is not a failure of the build.
test: setup
	$(BIN)/python -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; rc=0; fi; exit $$rc

bench: setup
	$(BIN)/python bench/bench.py

clean:
	rm -rf $(VENV) out bench/out
