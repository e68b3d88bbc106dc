"""Measure bare forward-pass throughput (images/s) of a zoo model on random input.

Usage: python benchmarks/bench_forward.py [--model efficientnet-lite0] [--batch-size 64] [--repeats 5]

Times `model.activations` on one preprocessed-size random batch, reading only the
behavioral readout layer, after one warm-up pass. Decoding and preprocessing are
not included. The device follows VENTRAL_DEVICE, else CUDA when available, else CPU;
torch uses its default thread count unless --threads is given.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time

import numpy as np
import torch

from ventral_runner.zoo import load_model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="efficientnet-lite0", help="zoo identifier of the model")
    parser.add_argument("--batch-size", type=int, default=64, help="images per forward pass")
    parser.add_argument("--repeats", type=int, default=5, help="timed forward passes after one warm-up pass")
    parser.add_argument("--threads", type=int, default=None, help="torch intra-op CPU threads (default: torch's choice)")
    parser.add_argument("--layer", default=None, help="layer to read (default: the behavioral readout layer)")
    arguments = parser.parse_args()

    if arguments.threads:
        torch.set_num_threads(arguments.threads)
    model = load_model(arguments.model)
    spec = model.spec
    layer = arguments.layer or spec.behavioral_readout_layer or spec.layers[-1]
    images = np.random.default_rng(0).standard_normal(
        (arguments.batch_size, 3, spec.input_size, spec.input_size)
    ).astype(np.float32)

    model.activations(images, [layer])
    timings = []
    for _ in range(arguments.repeats):
        started = time.perf_counter()
        model.activations(images, [layer])
        timings.append(time.perf_counter() - started)

    median = float(np.median(timings))
    print(json.dumps({
        "model": arguments.model,
        "layer": layer,
        "batch_size": arguments.batch_size,
        "repeats": arguments.repeats,
        "median_batch_seconds": round(median, 4),
        "images_per_second": round(arguments.batch_size / median, 1),
        "device": str(getattr(model, "device", "unknown")),
        "torch_threads": torch.get_num_threads(),
        "cpu_count": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "torch": torch.__version__,
    }, indent=2))


if __name__ == "__main__":
    main()
