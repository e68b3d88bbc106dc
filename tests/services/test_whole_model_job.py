"""A whole-model job through real services: region commitment, a failing step, and the composite."""

import importlib.util
import time
from pathlib import Path

import httpx
import pytest

from ventral.config import mirror_root
from ventral.local_services import LocalServices

# The tiny ONNX model of the upload tests, loaded by path: test folders are not packages.
_spec = importlib.util.spec_from_file_location("upload_tests", Path(__file__).with_name("test_model_upload.py"))
_upload_tests = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_upload_tests)
tiny_onnx = _upload_tests.tiny_onnx

pytestmark = pytest.mark.skipif(mirror_root() is None, reason="needs the data mirror (set VENTRAL_MIRROR)")

SERVED = ["Algonauts2019.EVC-rdm", "Algonauts2019public.EVC-rdm", "Geirhos2021edge-error_consistency",
          "Mur2013.judgments-rdm"]


@pytest.fixture(scope="module")
def whole_job(tmp_path_factory):
    env = {"VENTRAL_MODEL_STORE": str(tmp_path_factory.mktemp("store")),
           "VENTRAL_CACHE": str(tmp_path_factory.mktemp("cache")),
           "VENTRAL_BENCHMARKS": ",".join(SERVED)}
    with LocalServices(database=tmp_path_factory.mktemp("db") / "gateway.sqlite3",
                       log_dir=tmp_path_factory.mktemp("logs"), extra_env=env) as services, \
            httpx.Client(base_url=services.gateway_url, timeout=120) as client:
        model = client.post("/v1/models", data={"display_name": "tiny-whole"},
                            files={"file": ("tiny.onnx", tiny_onnx(5))}).json()["identifier"]
        job = client.post("/v1/jobs", json={"model": model}).json()
        deadline = time.monotonic() + 900
        while job["status"] not in ("succeeded", "failed") and time.monotonic() < deadline:
            time.sleep(1.0)
            job = client.get(f"/v1/jobs/{job['id']}").json()
        board = client.get("/v1/leaderboard").json()
        report = client.get(f"/v1/models/{model}/scores").json()
    return model, job, board, report


def test_whole_job_succeeds_despite_failing_step(whole_job):
    _, job, _, _ = whole_job
    assert job["status"] == "succeeded", job["error"]
    failures = job["result"]["failures"]
    assert list(failures) == ["Geirhos2021edge-error_consistency"]
    assert "ImageNet" in failures["Geirhos2021edge-error_consistency"]


def test_whole_job_commits_v1_layer(whole_job):
    _, job, _, _ = whole_job
    commitment = job["result"]["commitments"]["V1"]
    assert commitment["selection_benchmark"] == "Algonauts2019public.EVC-rdm"
    assert commitment["layer"] in commitment["selection_scores"]
    assert job["result"]["scores"]["Algonauts2019.EVC-rdm"]["layer"] == commitment["layer"]


def test_whole_job_composite_rolls_up(whole_job):
    _, job, _, _ = whole_job
    scores = job["result"]["scores"]
    tree = job["result"]["composite"]
    nodes = {}

    def walk(node):
        nodes[node["name"]] = node["value"]
        for child in node.get("children", []):
            walk(child)

    walk(tree)
    v1 = min(1.0, max(0.0, scores["Algonauts2019.EVC-rdm"]["ceiled"]))
    mur = min(1.0, max(0.0, scores["Mur2013.judgments-rdm"]["ceiled"]))
    assert nodes["V1"] == pytest.approx(v1)
    assert nodes["behavior"] == pytest.approx(mur / 2)
    assert nodes["average"] == pytest.approx((v1 + mur / 2) / 2)


def test_leaderboard_and_report_list_model(whole_job):
    model, job, board, report = whole_job
    assert [entry["model"] for entry in board["models"]] == [model]
    assert board["models"][0]["value"] == pytest.approx(job["result"]["composite"]["value"])
    assert report["commitments"]["V1"]["layer"] == job["result"]["commitments"]["V1"]["layer"]
    assert set(report["benchmarks"]) == {"Algonauts2019.EVC-rdm", "Mur2013.judgments-rdm"}


def test_committed_layer_override(tmp_path):
    env = {"VENTRAL_MODEL_STORE": str(tmp_path / "store"), "VENTRAL_CACHE": str(tmp_path / "cache"),
           "VENTRAL_BENCHMARKS": ",".join(SERVED)}
    with LocalServices(database=tmp_path / "gateway.sqlite3", log_dir=tmp_path / "logs", extra_env=env) as services, \
            httpx.Client(base_url=services.gateway_url, timeout=120) as client:
        model = client.post("/v1/models", data={"display_name": "tiny-override"},
                            files={"file": ("tiny.onnx", tiny_onnx(6))}).json()["identifier"]
        rejected = client.post("/v1/jobs", json={"model": model, "region": "V1", "committed_layers": {"V9": "conv"}})
        job = client.post("/v1/jobs", json={"model": model, "region": "V1", "committed_layers": {"V1": "conv"}}).json()
        while job["status"] not in ("succeeded", "failed"):
            time.sleep(0.5)
            job = client.get(f"/v1/jobs/{job['id']}").json()
    assert rejected.status_code == 422
    assert "V9" in rejected.json()["error"]["message"]
    assert job["status"] == "succeeded", job["error"]
    assert job["result"]["commitments"]["V1"]["layer"] == "conv"
    assert job["result"]["commitments"]["V1"]["reused"] is True
    assert job["result"]["scores"]["Algonauts2019.EVC-rdm"]["layer"] == "conv"
