# Ventral: every target bootstraps the virtualenv it needs.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYPROJECTS := pyproject.toml services/gateway/pyproject.toml services/metric_engine/pyproject.toml services/model_runner/pyproject.toml
MODEL ?= efficientnet-lite0
BENCHMARK ?= Cowley2023.V4-pls
PYTEST_ARGS ?=

.PHONY: install score test test-all protos bench zoo gpu-check gateway-venv clean

$(STAMP): $(PYPROJECTS)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch 2.13.0 first: an unpinned torch would pull a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]' -e services/gateway -e services/metric_engine -e services/model_runner
	touch $@

install: $(STAMP)  ## create .venv with all three services, the CLI and the test tools

score: $(STAMP)  ## the main job: score MODEL on BENCHMARK through locally started services
	$(BIN)/ventral score --model $(MODEL) --benchmark $(BENCHMARK)

test: $(STAMP)  ## the default test suite (excludes tests marked slow)
	$(BIN)/python -m pytest -q -m "not slow" $(PYTEST_ARGS)

test-all: $(STAMP)  ## every test, including the slow full-data ones
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

protos: $(STAMP)  ## regenerate the gRPC stubs in ventral/v1 from protos/
	$(BIN)/python -m grpc_tools.protoc -Iprotos --python_out=. --pyi_out=. --grpc_python_out=. protos/ventral/v1/*.proto

bench: $(STAMP)  ## speed and memory of the main job next to bare forward passes
	$(BIN)/python benchmarks/bench_main_job.py

zoo: $(STAMP)  ## score every zoo model on every benchmark and print the leaderboard (hours on a CPU)
	$(BIN)/python scripts/score_zoo.py --skip-scored

gpu-check: $(STAMP)  ## on a GPU machine: CUDA paths of the torch and ONNX backends, timed against bare inference
	$(BIN)/python scripts/gpu_check.py

gateway-venv:  ## a gateway-only environment without torch, as its container image has
	$(PYTHON) -m venv .venv-gateway
	.venv-gateway/bin/python -m pip install --quiet -e . -e services/gateway

clean:
	rm -rf $(VENV) .venv-gateway .pytest_cache
