"""Job plans: the metric-engine calls of a benchmark, region or whole-model job, and their roll-up."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable

from ventral.composite import build_tree, roll_up
from ventral.engine_client import EngineClient, EngineError

logger = logging.getLogger(__name__)

REGIONS = ("V1", "V4", "IT")


class ServiceUnavailable(RuntimeError):
    """A model runner or metric engine could not be reached; `code` names which."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code

# progress(payload) with payload {"stage", "done", "total", "message"}
ProgressSink = Callable[[dict], None]


@dataclass
class Step:
    """One engine call of a job: a benchmark, or a region (commit a layer, then score its benchmarks)."""

    benchmark: str = ""
    region: str = ""

    @property
    def label(self) -> str:
        return self.benchmark or f"region {self.region}"


def plan_model_job(benchmarks: dict[str, dict]) -> list[Step]:
    """Return the steps of a whole-model job: each region with an available scoring benchmark, then behavior.

    Regions come first so their layer commitments are ready; each region step scores
    every scoring benchmark of that region. Behavioral and engineering benchmarks run one by one.
    """
    steps = []
    for region in REGIONS:
        if any(item["region"] == region and item["available"] and not _is_selection(item)
               for item in benchmarks.values()):
            steps.append(Step(region=region))
    for identifier, item in sorted(benchmarks.items()):
        if item["kind"].startswith("behavior") and item["available"]:
            steps.append(Step(benchmark=identifier))
    return steps


def _is_selection(item: dict) -> bool:
    return item["kind"].endswith("-selection") or "public." in item["identifier"]


def composite_for(benchmarks: dict[str, dict], scores: dict[str, dict]) -> dict:
    """Return the composite tree (as a dict) for benchmark id -> stored result."""
    tree = build_tree([item for item in benchmarks.values() if item["available"] and not _is_selection(item)])
    return roll_up(tree, {identifier: result.get("ceiled") for identifier, result in scores.items()}).to_dict()


# Errors after which later steps would fail the same way, so the job stops.
STOPPING_CODES = ("CANCELLED", "UNAVAILABLE")


def run_steps(client: EngineClient, job: dict, runner: str, steps: list[Step], progress: ProgressSink,
              on_result: Callable[[dict], None], on_call=None) -> dict:
    """Run `steps` in order; a failing step is recorded with its reason and does not stop the others.

    A cancelled job, or an engine or runner that cannot be reached, stops the remaining steps;
    they are recorded as not run.
    """
    scores: dict[str, dict] = {}
    commitments: dict[str, dict] = {}
    failures: dict[str, str] = {}
    for index, step in enumerate(steps):
        prefix = f"{index + 1}/{len(steps)} {step.label}"
        try:
            commitment = None
            override = job["committed_layers"].get(step.region, "") if step.region else ""
            for kind, payload in client.score(job["id"], job["model"], step.benchmark, runner, job["layers"],
                                              stimulus_limit=job["stimulus_limit"], region=step.region,
                                              committed_layer=override, on_call=on_call):
                if kind == "progress":
                    progress({**payload, "stage": f"{prefix}: {payload['stage']}"})
                elif kind == "commitment":
                    commitment = payload
                    commitments[payload["region"]] = payload
                else:
                    if commitment is not None:
                        payload.setdefault("details", {})["commitment"] = commitment
                    scores[payload["benchmark"]] = payload
                    on_result(payload)
        except EngineError as error:
            logger.error("job %s step %s failed: %s", job["id"], step.label, error)
            failures[step.label] = str(error)
            if error.code in STOPPING_CODES:
                for later in steps[index + 1:]:
                    failures[later.label] = f"not run: an earlier step ended the job ({error.code})"
                break
    return {"scores": scores, "commitments": commitments, "failures": failures}
