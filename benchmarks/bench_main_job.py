"""Time the main job end to end next to bare forward passes, and report each service's peak memory.

Run: `make bench` (or `.venv/bin/python benchmarks/bench_main_job.py --model ... --benchmark ...`).
Both measurements run in the same invocation so their ratio is meaningful on a noisy machine.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import httpx
import numpy as np
import torch

from ventral.local_services import LocalServices
from ventral_engine.benchmarks import registry
from ventral_runner import zoo
from ventral_runner.preprocess import preprocess
from ventral_runner.servicer import max_forward_batch


def bare_forward_seconds(model_id: str, benchmark_id: str, batch_size: int) -> tuple[float, float, int]:
    """Return (preprocessing seconds, forward seconds, images) for plain no-hook forward passes."""
    benchmark = registry.get(benchmark_id)
    stimuli = benchmark.stimulus_set()
    images = [stimuli.image_bytes(stimulus_id) for stimulus_id in stimuli.stimulus_ids]
    model = zoo.load_model(model_id)
    spec = zoo.get_spec(model_id)

    started = time.perf_counter()
    pixels = preprocess(images, spec, benchmark.stimulus_degrees)
    preprocess_s = time.perf_counter() - started

    module = model.module
    started = time.perf_counter()
    with torch.inference_mode():
        for start in range(0, len(pixels), batch_size):
            module(torch.from_numpy(np.ascontiguousarray(pixels[start:start + batch_size])))
    return preprocess_s, time.perf_counter() - started, len(images)


def main_job_seconds(model_id: str, benchmark_id: str) -> tuple[float, dict[str, int], dict]:
    with tempfile.TemporaryDirectory() as folder:
        with LocalServices(database=Path(folder) / "bench.sqlite3", log_dir=Path(folder)) as services:
            started = time.perf_counter()
            with httpx.Client(base_url=services.gateway_url, timeout=60) as client:
                job = client.post("/v1/jobs", json={"model": model_id, "benchmark": benchmark_id}).json()
                while job["status"] not in ("succeeded", "failed"):
                    time.sleep(0.25)
                    job = client.get(f"/v1/jobs/{job['id']}").json()
            elapsed = time.perf_counter() - started
            peaks = services.peak_memory_bytes()
    if job["status"] != "succeeded":
        raise SystemExit(f"main job failed: {job['error']}")
    return elapsed, peaks, job["result"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="efficientnet-lite0", help="model identifier")
    parser.add_argument("--benchmark", default="Cowley2023.V4-pls", help="benchmark identifier")
    parser.add_argument("--batch-size", type=int, default=64, help="images per forward pass (default 64)")
    args = parser.parse_args()

    torch.set_grad_enabled(False)
    preprocess_s, forward_s, images = bare_forward_seconds(args.model, args.benchmark, args.batch_size)
    print(f"bare forward passes: {forward_s:.1f} s for {images} images ({images / forward_s:.1f} images/s, "
          f"batch {args.batch_size}, torch threads {torch.get_num_threads()}); preprocessing {preprocess_s:.1f} s")
    forward_batch = max_forward_batch()
    if forward_batch < args.batch_size:
        _, small_s, _ = bare_forward_seconds(args.model, args.benchmark, forward_batch)
        print(f"bare forward passes at the runner's forward batch {forward_batch}: {small_s:.1f} s "
              f"({images / small_s:.1f} images/s)")

    elapsed, peaks, result = main_job_seconds(args.model, args.benchmark)
    timing = result["details"]["timing_s"]
    print(f"main job end to end (gateway submit to result): {elapsed:.1f} s = {elapsed / forward_s:.2f} x the bare "
          f"forward passes; engine: {timing['activations']:.1f} s activations, {timing['total']:.1f} s total")
    for name, peak in sorted(peaks.items()):
        print(f"peak resident memory of {name}: {peak / 2**30:.2f} GiB")
    print(f"score: layer {result['layer']}, raw {result['raw']:.4f}, ceiling {result['ceiling']:.4f}, "
          f"ceiled {result['ceiled']:.4f}")


if __name__ == "__main__":
    main()
