"""Score every zoo model on every available benchmark and print the leaderboard as a Markdown table.

Run: `make zoo` (or `.venv/bin/python scripts/score_zoo.py --models pixels alexnet`). Jobs run one
after another through locally started services; scores go to the gateway database given by
--database, so an interrupted run resumes where it stopped when started again with --skip-scored.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import httpx

from ventral.config import cache_root
from ventral.local_services import LocalServices

COLUMNS = ["average", "neural", "behavior", "V1", "V4", "IT"]


FINISHED = ("succeeded", "failed", "cancelled")


def wait(client: httpx.Client, job_id: str) -> dict:
    while True:
        job = client.get(f"/v1/jobs/{job_id}").json()
        if job["status"] in FINISHED:
            return job
        time.sleep(1.0)


def whole_model_jobs(jobs: list[dict]) -> list[dict]:
    """Return the jobs that score a whole model (no benchmark and no region)."""
    return [job for job in jobs if not job["benchmark"] and not job["region"]]


def unfinished_jobs_by_model(jobs: list[dict]) -> dict[str, str]:
    """Return model -> id of its oldest queued or running whole-model job.

    The gateway requeues such jobs when it restarts, so the script waits for them instead of submitting
    a second job for the same model.
    """
    unfinished: dict[str, str] = {}
    for job in sorted(whole_model_jobs(jobs), key=lambda job: job["created_at"]):
        if job["status"] in ("queued", "running"):
            unfinished.setdefault(job["model"], job["id"])
    return unfinished


def describe_failures(failures: dict[str, str]) -> str:
    """Return the failed steps grouped by reason, each reason once, or "none"."""
    if not failures:
        return "none"
    steps_by_reason: dict[str, list[str]] = {}
    for step, reason in failures.items():
        steps_by_reason.setdefault(reason, []).append(step)
    return "; ".join(f"{', '.join(steps)}: {reason}" for reason, steps in steps_by_reason.items())


def cell(value) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--models", nargs="+", help="model identifiers (default: the whole zoo)")
    parser.add_argument("--database", type=Path, default=cache_root() / "zoo.sqlite3",
                        help="gateway SQLite file for the scores (default <cache>/zoo.sqlite3)")
    parser.add_argument("--skip-scored", action="store_true", help="skip models that already have scores there")
    args = parser.parse_args()

    with LocalServices(database=args.database) as services, \
            httpx.Client(base_url=services.gateway_url, timeout=120) as client:
        zoo = [model["identifier"] for model in client.get("/v1/models").json()["models"]
               if not model["identifier"].startswith("upload-")]
        models = args.models or zoo
        # A model counts as scored once a whole-model job (no benchmark, no region) of it succeeded;
        # partial scores of an interrupted job do not count.
        jobs = client.get("/v1/jobs", params={"limit": 100000}).json()["jobs"]
        scored = {job["model"] for job in whole_model_jobs(jobs) if job["status"] == "succeeded"}
        unfinished = unfinished_jobs_by_model(jobs)
        for model in models:
            if args.skip_scored and model in scored:
                print(f"{model}: already scored, skipped", file=sys.stderr)
                continue
            started = time.monotonic()
            if model in unfinished:
                job_id = unfinished[model]
                print(f"{model}: waiting for job {job_id}, which an earlier run left unfinished", file=sys.stderr)
            else:
                job = client.post("/v1/jobs", json={"model": model}).json()
                if "id" not in job:
                    print(f"{model}: not submitted: {job}", file=sys.stderr)
                    continue
                job_id = job["id"]
            job = wait(client, job_id)
            minutes = (time.monotonic() - started) / 60
            failures = (job.get("result") or {}).get("failures") or {}
            print(f"{model}: {job['status']} in {minutes:.1f} min; failed steps: {describe_failures(failures)}"
                  + (f"; error: {job['error']}" if job["error"] else ""), file=sys.stderr, flush=True)
        board = client.get("/v1/leaderboard").json()

    print("| rank | model | " + " | ".join(COLUMNS) + " | ImageNet top-1 (%) |")
    print("|" + " --- |" * (len(COLUMNS) + 3))
    for entry in board["models"]:
        top1 = "n/a" if entry["imagenet_top1"] is None else f"{entry['imagenet_top1']:.1f}"
        values = " | ".join(cell(entry["nodes"].get(column)) for column in COLUMNS)
        print(f"| {entry['rank']} | {entry['model']} | {values} | {top1} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
