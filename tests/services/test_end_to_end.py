"""The three services as real gRPC/HTTP servers on loopback, scoring a small real subset."""

import json
import subprocess
import sys
import time

import httpx
import pytest

from ventral.config import mirror_root
from ventral.local_services import LocalServices

pytestmark = pytest.mark.skipif(mirror_root() is None, reason="needs the data mirror (set VENTRAL_MIRROR)")

MODEL = "efficientnet-lite0"
BENCHMARK = "Cowley2023.V4-pls"
LAYERS = ["_blocks.4", "_blocks.10"]
SUBSET = 96


def _wait(client: httpx.Client, job_id: str, timeout_s: float = 600) -> dict:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        job = client.get(f"/v1/jobs/{job_id}").json()
        if job["status"] in ("succeeded", "failed"):
            return job
        time.sleep(0.5)
    raise AssertionError(f"job {job_id} did not finish in {timeout_s} s")


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    database = tmp_path_factory.mktemp("gateway") / "gateway.sqlite3"
    with LocalServices(database=database, log_dir=tmp_path_factory.mktemp("logs")) as running:
        yield running


@pytest.fixture(scope="module")
def finished_job(services):
    with httpx.Client(base_url=services.gateway_url, timeout=60) as client:
        response = client.post("/v1/jobs", json={"model": MODEL, "benchmark": BENCHMARK, "layers": LAYERS,
                                                 "stimulus_limit": SUBSET})
        assert response.status_code == 202, response.text
        return _wait(client, response.json()["id"])


def test_job_scores_real_subset(finished_job):
    assert finished_job["status"] == "succeeded", finished_job["error"]
    result = finished_job["result"]
    assert result["benchmark_version"].endswith(f"+subset{SUBSET}")
    assert set(result["layers"]) == set(LAYERS)
    assert result["layer"] in LAYERS
    assert 0 < result["ceiling"] <= 1
    assert -1 <= result["raw"] <= 1
    assert result["ceiled"] == pytest.approx(result["raw"] ** 2 / result["ceiling"])
    assert len(result["model_digest"]) == 64


def test_scores_endpoint_lists_job(services, finished_job):
    scores = httpx.get(f"{services.gateway_url}/v1/scores", params={"model": MODEL}).json()["scores"]
    assert finished_job["id"] in [score["job_id"] for score in scores]


@pytest.mark.parametrize("body, code", [
    ({"model": "no-such-model", "benchmark": BENCHMARK}, "unknown_model"),
    ({"model": MODEL, "benchmark": "No.Such-benchmark"}, "unknown_benchmark"),
    ({"benchmark": BENCHMARK}, "invalid_request"),
    ({"model": MODEL, "region": "V9"}, "invalid_request"),
    ({"model": MODEL, "benchmark": BENCHMARK, "region": "IT"}, "invalid_request"),
    ({"model": MODEL, "benchmrk": BENCHMARK}, "invalid_request"),
])
def test_bad_job_requests_get_json_errors(services, body, code):
    response = httpx.post(f"{services.gateway_url}/v1/jobs", json=body)
    assert 400 <= response.status_code < 500
    assert response.json()["error"]["code"] == code


def test_unknown_layer_fails_job_with_message(services):
    with httpx.Client(base_url=services.gateway_url, timeout=60) as client:
        response = client.post("/v1/jobs", json={"model": MODEL, "benchmark": BENCHMARK,
                                                 "layers": ["not_a_layer"], "stimulus_limit": SUBSET})
        job = _wait(client, response.json()["id"])
    assert job["status"] == "failed"
    assert "not_a_layer" in job["error"]


def test_cli_prints_json(services, finished_job):
    command = [sys.executable, "-m", "ventral.cli", "score", "--gateway", services.gateway_url, "--model", MODEL,
               "--benchmark", BENCHMARK, "--layers", LAYERS[0], "--subset", "64", "--json", "--quiet"]
    output = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert output.returncode == 0, output.stderr
    summary = json.loads(output.stdout)
    for key in ("model", "benchmark", "raw", "ceiling", "ceiled", "error", "layer", "layers"):
        assert key in summary
    assert list(summary["layers"]) == [LAYERS[0]]


def test_cli_unknown_model_exits_nonzero(services):
    command = [sys.executable, "-m", "ventral.cli", "score", "--gateway", services.gateway_url,
               "--model", "no-such-model", "--benchmark", BENCHMARK]
    output = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert output.returncode != 0
    assert "no-such-model" in output.stderr
    assert "Traceback" not in output.stderr


def test_jobs_survive_gateway_restart(services, finished_job, tmp_path):
    # A second set of services on the same database returns the finished job.
    database = services.database
    with LocalServices(database=database, log_dir=tmp_path) as restarted:
        job = httpx.get(f"{restarted.gateway_url}/v1/jobs/{finished_job['id']}").json()
    assert job["status"] == "succeeded"
    assert job["result"]["ceiled"] == finished_job["result"]["ceiled"]


def test_rescoring_gives_identical_numbers(services, finished_job):
    with httpx.Client(base_url=services.gateway_url, timeout=60) as client:
        response = client.post("/v1/jobs", json={"model": MODEL, "benchmark": BENCHMARK, "layers": LAYERS,
                                                 "stimulus_limit": SUBSET})
        again = _wait(client, response.json()["id"])
    first, second = finished_job["result"], again["result"]
    assert second["layers"] == first["layers"]
    for key in ("raw", "ceiling", "ceiled", "error", "layer", "model_digest", "benchmark_version"):
        assert second[key] == first[key], key


def test_score_records_reproducibility_facts(finished_job):
    details = finished_job["result"]["details"]
    assert details["ceiling_formula"].startswith("ceiled = r**2 / ceiling")
    assert set(details["versions"]["engine"]) >= {"ventral", "numpy", "scipy", "scikit-learn"}
    assert set(details["versions"]["runner"]) >= {"ventral", "torch", "onnxruntime"}


def test_default_layers_exclude_logits(services):
    with httpx.Client(base_url=services.gateway_url, timeout=60) as client:
        response = client.post("/v1/jobs", json={"model": MODEL, "benchmark": BENCHMARK, "stimulus_limit": 48})
        job = _wait(client, response.json()["id"])
        model = {entry["identifier"]: entry for entry in client.get("/v1/models").json()["models"]}[MODEL]
    assert job["status"] == "succeeded", job["error"]
    assert list(job["result"]["layers"]) == model["layers"]
    assert "_fc" not in job["result"]["layers"]
    assert model["training"] == "ImageNet-1k"


def test_unknown_route_gets_json_error(services):
    response = httpx.get(f"{services.gateway_url}/v1/no-such-route")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_running_job_can_be_cancelled(services):
    with httpx.Client(base_url=services.gateway_url, timeout=60) as client:
        job = client.post("/v1/jobs", json={"model": MODEL, "benchmark": BENCHMARK}).json()
        deadline = time.monotonic() + 120
        while client.get(f"/v1/jobs/{job['id']}").json()["status"] != "running" and time.monotonic() < deadline:
            time.sleep(0.2)
        cancelled = client.post(f"/v1/jobs/{job['id']}/cancel")
        time.sleep(2.0)
        final = client.get(f"/v1/jobs/{job['id']}").json()
        again = client.post(f"/v1/jobs/{job['id']}/cancel")
        # The services keep working after a cancellation.
        follow_up = client.post("/v1/jobs", json={"model": MODEL, "benchmark": BENCHMARK, "layers": LAYERS[:1],
                                                  "stimulus_limit": 32}).json()
        follow_up = _wait(client, follow_up["id"])
    assert cancelled.status_code == 202
    assert final["status"] == "cancelled"
    assert final["result"] is None
    assert again.status_code == 409
    assert follow_up["status"] == "succeeded", follow_up["error"]


def test_leaderboard_rejects_unknown_node(services):
    response = httpx.get(f"{services.gateway_url}/v1/leaderboard", params={"node": "bogus"})
    assert response.status_code == 422
    assert "bogus" in response.json()["error"]["message"]
