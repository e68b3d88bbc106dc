"""Run queued jobs on metric engines: one job per engine slot, progress persisted as it streams."""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time

from ventral.engine_client import EngineClient, EngineError

from .jobs import UNAVAILABLE_WAIT_S, ServiceUnavailable, Step, composite_for, plan_model_job, run_steps
from .store import CANCELLED, FAILED, FINISHED, RUNNING, SUCCEEDED, Store

logger = logging.getLogger(__name__)

# Progress rows are written at most this often per job, to keep SQLite writes cheap.
PROGRESS_INTERVAL_S = 0.5
# A whole-model job waits this long in all for an unreachable engine's benchmark list (e.g. while the
# engine starts next to a restarted gateway) before it fails.
CATALOG_WAIT_S = 120.0


class Scheduler:
    """Dispatch jobs to `engine_addresses`; each engine runs `slots_per_engine` jobs at once.

    Jobs name a model runner from `runner_addresses` in turn; the engine pulls
    activations from that runner directly.
    """

    def __init__(self, store: Store, engine_addresses: list[str], runner_addresses: list[str],
                 slots_per_engine: int = 1, benchmark_catalog=None, unavailable_wait_s: float = UNAVAILABLE_WAIT_S):
        if not engine_addresses or not runner_addresses:
            raise ValueError("the scheduler needs at least one metric engine and one model runner address")
        if not unavailable_wait_s >= 0:
            raise ValueError(f"unavailable_wait_s must be 0 or more seconds; got {unavailable_wait_s!r} "
                             "(set VENTRAL_UNAVAILABLE_WAIT_S to a number of seconds)")
        self.unavailable_wait_s = unavailable_wait_s
        self.store = store
        self.engine_addresses = engine_addresses
        self.runner_addresses = runner_addresses
        self._jobs: queue.Queue[str | None] = queue.Queue()
        self._free_engines: queue.Queue[str] = queue.Queue()
        for address in engine_addresses:
            for _ in range(slots_per_engine):
                self._free_engines.put(address)
        self._runner_cycle = itertools.cycle(runner_addresses)
        # Callable returning benchmark id -> description; whole-model jobs plan their steps from it.
        self._benchmark_catalog = benchmark_catalog
        self._runner_lock = threading.Lock()
        # job id -> the engine call in flight, and ids of jobs cancelled while running
        self._calls: dict[str, object] = {}
        self._cancelled: set[str] = set()
        self._calls_lock = threading.Lock()
        self._workers = [threading.Thread(target=self._work, name=f"job-worker-{index}", daemon=True)
                         for index in range(len(engine_addresses) * slots_per_engine)]

    def start(self) -> None:
        """Start workers and requeue jobs that a previous gateway process left unfinished."""
        for job in self.store.unfinished_jobs():
            logger.info("requeueing unfinished job %s (model=%s benchmark=%s)", job["id"], job["model"], job["benchmark"])
            self._jobs.put(job["id"])
        for worker in self._workers:
            worker.start()

    def stop(self) -> None:
        for _ in self._workers:
            self._jobs.put(None)

    def submit(self, job_id: str) -> None:
        self._jobs.put(job_id)

    def cancel(self, job_id: str) -> bool:
        """Cancel a queued or running job; return False when it had already finished."""
        job = self.store.get_job(job_id)
        if job is None or job["status"] in FINISHED:
            return False
        with self._calls_lock:
            self._cancelled.add(job_id)
            call = self._calls.get(job_id)
        self.store.update_job(job_id, status=CANCELLED, error="cancelled by request")
        if call is not None:
            call.cancel()
        logger.info("job %s cancelled", job_id)
        return True

    def _wait_for_catalog(self, job_id: str) -> dict:
        deadline = time.monotonic() + CATALOG_WAIT_S
        delay = 1.0
        while True:
            try:
                return self._benchmark_catalog()
            except ServiceUnavailable as error:
                if time.monotonic() + delay > deadline:
                    raise EngineError(f"could not list benchmarks for job {job_id}: {error}", "UNAVAILABLE") from None
                logger.warning("job %s: benchmark list unavailable, retrying in %.0f s: %s", job_id, delay, error)
                time.sleep(delay)
                delay = min(2 * delay, 15.0)

    def _next_runner(self) -> str:
        with self._runner_lock:
            return next(self._runner_cycle)

    def _work(self) -> None:
        while True:
            job_id = self._jobs.get()
            if job_id is None:
                return
            engine = self._free_engines.get()
            try:
                self._run(job_id, engine)
            except Exception:  # a worker thread must survive any single job
                logger.exception("job %s crashed in the scheduler", job_id)
                self.store.update_job(job_id, status=FAILED, error="internal error in the gateway scheduler; see its log")
            finally:
                self._free_engines.put(engine)

    def _run(self, job_id: str, engine_address: str) -> None:
        job = self.store.get_job(job_id)
        if job is None:
            logger.warning("job %s vanished before it ran", job_id)
            return
        if job["status"] == CANCELLED:
            logger.info("job %s was cancelled before it ran", job_id)
            return
        runner = self._next_runner()
        logger.info("job %s start: model=%s benchmark=%s engine=%s runner=%s",
                    job_id, job["model"], job["benchmark"], engine_address, runner)
        self.store.update_job(job_id, status=RUNNING, progress={"stage": "starting"})
        client = EngineClient(engine_address)
        started = time.monotonic()
        last_write = [0.0]

        def progress(payload: dict) -> None:
            now = time.monotonic()
            if now - last_write[0] >= PROGRESS_INTERVAL_S or payload.get("done") == payload.get("total"):
                self.store.update_job(job_id, progress=payload)
                last_write[0] = now

        def keep(result: dict) -> None:
            result["duration_s"] = round(time.monotonic() - started, 3)
            self.store.add_score(job_id, result)

        def register(call) -> None:
            with self._calls_lock:
                self._calls[job_id] = call
                cancelled = job_id in self._cancelled
            if cancelled:
                call.cancel()

        try:
            result = self._execute(client, job, runner, progress, keep, register)
        except EngineError as error:
            if job_id in self._cancelled:
                self.store.update_job(job_id, status=CANCELLED)
                return
            logger.error("job %s failed: %s: %s", job_id, error.code, error)
            self.store.update_job(job_id, status=FAILED, error=str(error))
            return
        finally:
            client.close()
            with self._calls_lock:
                self._calls.pop(job_id, None)
        if job_id in self._cancelled:
            self.store.update_job(job_id, status=CANCELLED)
            return
        duration = round(time.monotonic() - started, 3)
        result["duration_s"] = duration
        self.store.update_job(job_id, status=SUCCEEDED, result=result,
                              progress={"stage": "done", "done": 1, "total": 1, "message": ""})
        logger.info("job %s done in %.1f s", job_id, duration)

    def _execute(self, client: EngineClient, job: dict, runner: str, progress, keep, register) -> dict:
        """Run the job's engine calls and return its result; raise EngineError when nothing could be scored."""

        def cancelled() -> bool:
            with self._calls_lock:
                return job["id"] in self._cancelled
        if job["benchmark"]:
            outcome = run_steps(client, job, runner, [Step(benchmark=job["benchmark"])], progress, keep, register,
                                cancelled=cancelled, unavailable_wait_s=self.unavailable_wait_s)
            if outcome["failures"]:
                raise EngineError(next(iter(outcome["failures"].values())))
            return next(iter(outcome["scores"].values()))
        if job["region"]:
            outcome = run_steps(client, job, runner, [Step(region=job["region"])], progress, keep, register,
                                cancelled=cancelled, unavailable_wait_s=self.unavailable_wait_s)
            if outcome["failures"]:
                raise EngineError(next(iter(outcome["failures"].values())))
            return outcome
        catalog = self._wait_for_catalog(job["id"])
        outcome = run_steps(client, job, runner, plan_model_job(catalog), progress, keep, register,
                            cancelled=cancelled, unavailable_wait_s=self.unavailable_wait_s)
        if not outcome["scores"]:
            raise EngineError("every benchmark failed: " + "; ".join(
                f"{label}: {reason}" for label, reason in outcome["failures"].items()))
        outcome["composite"] = composite_for(catalog, outcome["scores"])
        return outcome
