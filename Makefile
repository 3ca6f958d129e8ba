# The two commands of the README. Both set up what they need first (scripts/setup.sh).
.PHONY: run test setup bench

setup:
	bash scripts/setup.sh

run: setup
	.venv/bin/python app.py

test: setup
	.venv/bin/python -m pytest

bench: setup
	.venv/bin/python benchmarks/bench_models.py
