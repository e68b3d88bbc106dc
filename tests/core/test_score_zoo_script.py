"""Helpers of the zoo script: the summary of failed steps, and the unfinished jobs it waits for."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "score_zoo.py"


def load_script():
    spec = importlib.util.spec_from_file_location("score_zoo", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_failures_reads_none():
    assert load_script().describe_failures({}) == "none"


def test_failures_grouped_by_reason():
    failures = {
        "Geirhos2021edge-top1": "needs an ImageNet head",
        "Mur2013.judgments-rdm": "layer is constant",
        "Geirhos2021silhouette-top1": "needs an ImageNet head",
    }
    summary = load_script().describe_failures(failures)
    assert summary == ("Geirhos2021edge-top1, Geirhos2021silhouette-top1: needs an ImageNet head; "
                       "Mur2013.judgments-rdm: layer is constant")
    assert summary.count("needs an ImageNet head") == 1


def job(identifier, model, status, created_at, benchmark=None, region=None):
    return {"id": identifier, "model": model, "status": status, "created_at": created_at,
            "benchmark": benchmark, "region": region}


def test_unfinished_jobs_oldest_whole_model():
    jobs = [
        job("newer", "alexnet", "queued", 3.0),
        job("older", "alexnet", "running", 1.0),
        job("single-benchmark", "pixels", "running", 2.0, benchmark="Cowley2023.V4-pls"),
        job("one-region", "pixels", "queued", 2.5, region="V4"),
        job("done", "resnet18", "succeeded", 0.5),
        job("stopped", "cornet-z", "cancelled", 0.7),
    ]
    unfinished = load_script().unfinished_jobs_by_model(jobs)
    assert unfinished == {"alexnet": "older"}
