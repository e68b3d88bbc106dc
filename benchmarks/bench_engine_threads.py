"""Time cross-validated PLS scoring with the engine's threading next to the former multi-threaded BLAS.

Run: `.venv/bin/python benchmarks/bench_engine_threads.py` (add `--repeats 3` for more rounds).
The problem has the size of one Cowley 2023 session: 1200 stimuli, a 999-feature layer (after PCA),
90 neuroids, 10 splits of 90 % training data and 25 PLS components. Each round times, side by side:

- "BLAS threads, serial splits": splits one after another, BLAS with as many threads as CPUs (the engine
  before it limited BLAS to one thread);
- "engine workers": what the engine does now, one BLAS thread and splits on `worker_count()` threads.

It also checks that the engine's score is bit-identical for 1 and for `worker_count()` workers.
"""

from __future__ import annotations

import argparse
import os
import time
import warnings

import numpy as np
from threadpoolctl import threadpool_limits

from ventral_engine.metrics import predictivity
from ventral_engine.metrics.predictivity import crossvalidated_predictivity
from ventral_engine.parallel import worker_count


def problem(seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    features = rng.standard_normal((1200, 999))
    responses = features[:, :80] @ rng.standard_normal((80, 90)) + 5 * rng.standard_normal((1200, 90))
    return features @ features.T, responses


def timed(gram: np.ndarray, responses: np.ndarray) -> tuple[float, float]:
    started = time.perf_counter()
    score = crossvalidated_predictivity(gram, responses)
    return time.perf_counter() - started, score.raw


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=2, help="rounds of the side-by-side timing (default 2)")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    gram, responses = problem()
    workers = worker_count()
    cpus = len(os.sched_getaffinity(0))
    print(f"{cpus} CPUs, {workers} engine workers")
    for round_index in range(args.repeats):
        os.environ["VENTRAL_ENGINE_THREADS"] = "1"
        with threadpool_limits(limits=cpus, user_api="blas"):
            # crossvalidated_predictivity limits BLAS to one thread, so the former behavior is replayed split by split.
            started = time.perf_counter()
            splits = predictivity.split_indices(gram.shape[0], n_splits=10, train_size=0.9, seed=1)
            values = [predictivity._score_split(gram, responses, train, test, "pls", {})[0] for train, test in splits]
            blas_seconds = time.perf_counter() - started
        os.environ["VENTRAL_ENGINE_THREADS"] = "1"
        one_worker_seconds, one_worker_raw = timed(gram, responses)
        os.environ["VENTRAL_ENGINE_THREADS"] = str(workers)
        engine_seconds, engine_raw = timed(gram, responses)
        print(f"round {round_index + 1}: BLAS threads, serial splits {blas_seconds:.1f} s | engine, 1 worker "
              f"{one_worker_seconds:.1f} s | engine, {workers} workers {engine_seconds:.1f} s | "
              f"ratio {blas_seconds / engine_seconds:.1f}x | scores {np.mean(values):.6f} / {engine_raw:.6f} | "
              f"bit-identical across workers: {one_worker_raw == engine_raw}")


if __name__ == "__main__":
    main()
