"""Job plans: the metric-engine calls of a benchmark, region or whole-model job, and their roll-up."""

from __future__ import annotations

import logging
import time
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


# How long a step waits for an unreachable engine or runner (e.g. one still starting) before it fails.
UNAVAILABLE_WAIT_S = 300.0


def run_steps(client: EngineClient, job: dict, runner: str, steps: list[Step], progress: ProgressSink,
              on_result: Callable[[dict], None], on_call=None, *, unavailable_wait_s: float = UNAVAILABLE_WAIT_S,
              cancelled: Callable[[], bool] = lambda: False, sleep: Callable[[float], None] = time.sleep) -> dict:
    """Run `steps` in order; a failing step is recorded with its reason and does not stop the others.

    A step whose engine or runner cannot be reached is retried after growing pauses that add up to at most
    `unavailable_wait_s` seconds, as long as it has not delivered a score yet. This covers services that are
    still starting, e.g. when a restarted gateway resumes its jobs. A cancelled job, or a service that stays
    unreachable, stops the remaining steps, which are recorded as not run.
    """
    scores: dict[str, dict] = {}
    commitments: dict[str, dict] = {}
    failures: dict[str, str] = {}
    for index, step in enumerate(steps):
        prefix = f"{index + 1}/{len(steps)} {step.label}"
        waited = 0.0
        delay = 1.0
        stop_code = None
        while True:
            scores_before = len(scores)
            try:
                _run_step(client, job, runner, step, prefix, progress, on_result, on_call, scores, commitments)
                break
            except EngineError as error:
                delivered = len(scores) > scores_before
                retry = (error.code == "UNAVAILABLE" and not delivered and not cancelled()
                         and waited + delay <= unavailable_wait_s)
                if not retry:
                    logger.error("job %s step %s failed: %s", job["id"], step.label, error)
                    failures[step.label] = str(error)
                    stop_code = error.code if error.code in STOPPING_CODES else None
                    break
                logger.warning("job %s step %s: a service is unreachable, retrying in %.0f s: %s",
                               job["id"], step.label, delay, error)
                progress({"stage": f"{prefix}: waiting for an unreachable service", "done": 0, "total": 0,
                          "message": str(error)})
                sleep(delay)
                waited += delay
                delay = min(2 * delay, 15.0)
        if stop_code is not None:
            for later in steps[index + 1:]:
                failures[later.label] = f"not run: an earlier step ended the job ({stop_code})"
            break
    return {"scores": scores, "commitments": commitments, "failures": failures}


def _run_step(client: EngineClient, job: dict, runner: str, step: Step, prefix: str, progress: ProgressSink,
              on_result: Callable[[dict], None], on_call, scores: dict, commitments: dict) -> None:
    """Make the engine call of one step, passing on its progress, commitment and scores."""
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
