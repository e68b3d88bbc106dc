"""The zoo script's summary of failed steps: each reason once, with the steps that failed for it."""

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
