"""Model uploads through the gateway: validation errors, and a valid upload scored end to end."""

import time

import httpx
import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper, numpy_helper

from ventral.config import mirror_root
from ventral.local_services import LocalServices

pytestmark = pytest.mark.skipif(mirror_root() is None, reason="needs the data mirror (set VENTRAL_MIRROR)")


def tiny_onnx(seed: int, inputs: int = 1) -> bytes:
    """A 3 -> 8 channel convolution, ReLU and global average pool on 32 x 32 images."""
    rng = np.random.default_rng(seed)
    weight = numpy_helper.from_array(rng.normal(size=(8, 3, 3, 3)).astype(np.float32), "weight")
    nodes = [
        helper.make_node("Conv", ["image", "weight"], ["conv"], pads=[1, 1, 1, 1]),
        helper.make_node("Relu", ["conv"], ["relu"]),
        helper.make_node("GlobalAveragePool", ["relu"], ["pool"]),
        helper.make_node("Flatten", ["pool"], ["features"]),
    ]
    graph_inputs = [helper.make_tensor_value_info("image", TensorProto.FLOAT, ["batch", 3, 32, 32])]
    if inputs == 2:
        graph_inputs.append(helper.make_tensor_value_info("extra", TensorProto.FLOAT, ["batch", 3, 32, 32]))
        nodes.append(helper.make_node("Identity", ["extra"], ["extra_out"]))
    outputs = [helper.make_tensor_value_info("features", TensorProto.FLOAT, ["batch", 8])]
    if inputs == 2:
        outputs.append(helper.make_tensor_value_info("extra_out", TensorProto.FLOAT, ["batch", 3, 32, 32]))
    graph = helper.make_graph(nodes, "tiny", graph_inputs, outputs, [weight])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    return model.SerializeToString()


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    store = tmp_path_factory.mktemp("model_store")
    env = {"VENTRAL_MODEL_STORE": str(store), "VENTRAL_MAX_UPLOAD_BYTES": "200000"}
    with LocalServices(database=tmp_path_factory.mktemp("db") / "gateway.sqlite3",
                       log_dir=tmp_path_factory.mktemp("logs"), extra_env=env) as running:
        yield running


def _upload(services, data: bytes, name: str = "tiny"):
    return httpx.post(f"{services.gateway_url}/v1/models", data={"display_name": name},
                      files={"file": ("model.onnx", data)}, timeout=120)


@pytest.mark.parametrize("data, fragment", [
    (b"", "empty"),
    (b"this is not an onnx file", "ONNX"),
    (tiny_onnx(0)[:-40], ""),
    (tiny_onnx(0, inputs=2), "input"),
    (b"\0" * 300_000, "limit"),
])
def test_bad_uploads_get_4xx(services, data, fragment):
    response = _upload(services, data)
    assert 400 <= response.status_code < 500, response.text
    message = response.json()["error"]["message"]
    assert fragment.lower() in message.lower()


def test_same_display_name_gives_distinct_models(services):
    first = _upload(services, tiny_onnx(1), name="same-name").json()
    second = _upload(services, tiny_onnx(2), name="same-name").json()
    assert first["identifier"] != second["identifier"]
    assert first["content_digest"] != second["content_digest"]


def test_valid_upload_is_scored_end_to_end(services):
    registered = _upload(services, tiny_onnx(3), name="tiny-scored")
    assert registered.status_code == 201, registered.text
    identifier = registered.json()["identifier"]
    with httpx.Client(base_url=services.gateway_url, timeout=60) as client:
        job = client.post("/v1/jobs", json={"model": identifier, "benchmark": "Cowley2023.V4-pls",
                                            "layers": ["conv", "relu"], "stimulus_limit": 64}).json()
        deadline = time.monotonic() + 300
        while job["status"] not in ("succeeded", "failed") and time.monotonic() < deadline:
            time.sleep(0.5)
            job = client.get(f"/v1/jobs/{job['id']}").json()
    assert job["status"] == "succeeded", job["error"]
    assert set(job["result"]["layers"]) == {"conv", "relu"}
    assert job["result"]["model_digest"] == registered.json()["content_digest"]
