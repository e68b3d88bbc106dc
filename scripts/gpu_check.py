"""Check the CUDA paths of the model runner on a machine with a GPU, timing them against bare inference.

Run: `make gpu-check`. It exits non-zero when CUDA is unavailable or a check fails. For
EfficientNet-Lite0 (torch) and its ONNX export (onnxruntime CUDA provider) it checks that
activations on the GPU match the CPU ones, and prints images/s of bare forward passes next
to activation extraction with hooks, at batch 64.

NOTE: written and checked only for its CPU-side refusal; it has not run on a GPU machine yet.
"""

from __future__ import annotations

import io
import sys
import time

import numpy as np
import onnxruntime
import torch

from ventral_runner import zoo
from ventral_runner.onnx_backend import OnnxModel, execution_providers
from ventral_runner.torch_backend import TorchModel

BATCH = 64
REPEATS = 5
LAYERS = ["_blocks.4", "_blocks.15", "_fc"]


def timed(function, repeats: int = REPEATS) -> float:
    function()
    started = time.perf_counter()
    for _ in range(repeats):
        function()
    return (time.perf_counter() - started) / repeats


def main() -> int:
    if not torch.cuda.is_available():
        print("CUDA is not available to torch; run this on a machine with an NVIDIA GPU", file=sys.stderr)
        return 2
    print(f"torch {torch.__version__}, CUDA device: {torch.cuda.get_device_name(0)}")
    print(f"onnxruntime {onnxruntime.__version__}, providers: {onnxruntime.get_available_providers()}")

    spec = zoo.get_spec("efficientnet-lite0")
    images = np.random.default_rng(0).normal(size=(BATCH, 3, spec.input_size, spec.input_size)).astype(np.float32)
    gpu_model = zoo.load_model("efficientnet-lite0")
    cpu_model = TorchModel(spec, gpu_model.module.to("cpu"), "efficientnet-lite0", device=torch.device("cpu"))
    cpu_out = cpu_model.activations(images, LAYERS)
    cuda_model = TorchModel(spec, gpu_model.module, "efficientnet-lite0", device=torch.device("cuda"))
    gpu_out = cuda_model.activations(images, LAYERS)
    failures = 0
    for layer in LAYERS:
        scale = max(1.0, float(np.abs(cpu_out[layer]).max()))
        difference = float(np.abs(cpu_out[layer] - gpu_out[layer]).max()) / scale
        status = "ok" if difference < 1e-2 else "MISMATCH"
        failures += status != "ok"
        print(f"torch {layer}: max relative difference GPU vs CPU {difference:.2e} {status}")

    module = cuda_model.module
    tensor = torch.from_numpy(images).cuda()

    def bare():
        with torch.inference_mode():
            module(tensor)
        torch.cuda.synchronize()

    bare_s = timed(bare)
    hooked_s = timed(lambda: cuda_model.activations(images, LAYERS))
    print(f"torch CUDA: bare {BATCH / bare_s:.0f} images/s, with hooks and copies {BATCH / hooked_s:.0f} images/s "
          f"({hooked_s / bare_s:.2f}x)")

    buffer = io.BytesIO()
    torch.onnx.export(cpu_model.module.to("cpu"), torch.from_numpy(images[:1]), buffer, input_names=["input"],
                      output_names=["logits"], dynamic_axes={"input": {0: "batch"}}, opset_version=17, dynamo=False)
    onnx_model = OnnxModel(spec, buffer.getvalue())
    print(f"onnx providers in use: {execution_providers()}")
    onnx_logits = onnx_model.activations(images, ["logits"])["logits"]
    difference = float(np.abs(onnx_logits - cpu_out["_fc"]).max())
    status = "ok" if difference < 1e-2 else "MISMATCH"
    failures += status != "ok"
    print(f"onnx logits vs torch CPU: max abs difference {difference:.2e} {status}")
    onnx_s = timed(lambda: onnx_model.activations(images, ["logits"]))
    print(f"onnxruntime: {BATCH / onnx_s:.0f} images/s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
