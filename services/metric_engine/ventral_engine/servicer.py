"""gRPC servicer of the metric engine: translate requests, call `scoring.score`, stream events back."""

from __future__ import annotations

import logging
import math
import queue
import threading

import grpc

from ventral.fetch import DataError
from ventral.v1 import metric_engine_pb2 as pb
from ventral.v1 import metric_engine_pb2_grpc as pb_grpc

from . import scoring
from .benchmarks import registry
from .runner_client import RunnerClient, RunnerError

logger = logging.getLogger(__name__)

REGIONS = ("V1", "V4", "IT")


class ScoringCancelled(Exception):
    """The client cancelled the Score call; the worker stops at its next progress report."""


def _result_message(result: dict) -> pb.ScoreResult:
    layers = [
        pb.LayerScore(layer=name, raw=_float(score["raw"]), ceiled=_float(score["ceiled"]), error=_float(score["error"]))
        for name, score in result["layers"].items()
    ]
    return pb.ScoreResult(
        model=result["model"], benchmark=result["benchmark"], benchmark_version=result["benchmark_version"],
        raw=result["raw"], ceiling=result["ceiling"], ceiled=result["ceiled"], error=result["error"],
        layer=result["layer"], layers=layers, model_digest=result["model_digest"],
        details_json=scoring.dumps(result["details"]),
    )


def _commitment_message(commitment: dict) -> pb.LayerCommitment:
    return pb.LayerCommitment(
        region=commitment["region"], layer=commitment["layer"],
        selection_benchmark=commitment.get("selection_benchmark", ""),
        selection_benchmark_version=commitment.get("selection_benchmark_version", ""),
        reused=bool(commitment.get("reused", False)),
        selection_scores_json=scoring.dumps(commitment.get("selection_scores", {})))


def _float(value) -> float:
    return math.nan if value is None else float(value)


class MetricEngineServicer(pb_grpc.MetricEngineServicer):
    def ListBenchmarks(self, request, context):
        infos = []
        for benchmark in registry.all_benchmarks():
            available, reason = benchmark.availability()
            infos.append(pb.BenchmarkInfo(
                identifier=benchmark.identifier, version=benchmark.version, region=benchmark.region,
                kind=benchmark.kind, stimulus_degrees=benchmark.stimulus_degrees, available=available,
                unavailable_reason=reason, description=benchmark.description, has_ceiling=benchmark.has_ceiling))
        return pb.ListBenchmarksResponse(benchmarks=infos)

    def Score(self, request, context):
        benchmark = None
        if request.benchmark:
            try:
                benchmark = registry.get(request.benchmark)
            except KeyError as error:
                context.abort(grpc.StatusCode.NOT_FOUND, error.args[0])
        elif request.region not in REGIONS:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                          f"set a benchmark, or a region out of {REGIONS} (got region {request.region!r})")
        if request.stimulus_limit < 0:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                          f"stimulus_limit must be 0 (all) or positive, got {request.stimulus_limit}")
        if request.stimulus_limit and benchmark is not None:
            try:
                benchmark = benchmark.limited(request.stimulus_limit)
            except ValueError as error:
                context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(error))
        if not request.runner_address:
            context.abort(grpc.StatusCode.INVALID_ARGUMENT, "runner_address is empty; pass the model runner's host:port")

        # Scoring runs in a worker thread; its progress events flow back through a queue.
        events: queue.Queue = queue.Queue()

        def progress(stage: str, done: int, total: int, message: str) -> None:
            # Progress is reported often, so it is where a cancelled request stops the work.
            if not context.is_active():
                raise ScoringCancelled(f"job {request.job_id} was cancelled by its client")
            events.put(("progress", pb.Progress(stage=stage, done=done, total=total, message=message)))

        def work() -> None:
            runner = RunnerClient(request.runner_address)
            try:
                if benchmark is not None:
                    result = scoring.score(benchmark, runner, request.model, list(request.layers),
                                           request.batch_size, progress)
                    events.put(("result", result))
                else:
                    commitment, results = scoring.score_region(
                        runner, request.model, request.region, progress, request.committed_layer or None,
                        list(request.layers), request.batch_size)
                    events.put(("commitment", commitment))
                    for result in results:
                        events.put(("result", result))
                events.put(("done", None))
            except ScoringCancelled as error:
                logger.info("%s", error)
                events.put(("error", error))
            except BaseException as error:  # handed to the RPC thread, which maps it to a status
                events.put(("error", error))
            finally:
                runner.close()

        logger.info("job %s start: model=%s benchmark=%s runner=%s", request.job_id, request.model,
                    request.benchmark, request.runner_address)
        worker = threading.Thread(target=work, name=f"score-{request.job_id}", daemon=True)
        worker.start()
        while True:
            kind, payload = events.get()
            if kind == "progress":
                yield pb.ScoreEvent(progress=payload)
            elif kind == "commitment":
                logger.info("job %s committed layer %s for region %s", request.job_id, payload["layer"],
                            payload["region"])
                yield pb.ScoreEvent(commitment=_commitment_message(payload))
            elif kind == "result":
                logger.info("job %s scored %s: ceiled=%s layer=%s", request.job_id, payload["benchmark"],
                            payload["ceiled"], payload["layer"])
                yield pb.ScoreEvent(result=_result_message(payload))
            elif kind == "done":
                return
            else:
                code, message = _status_for(payload)
                if code == grpc.StatusCode.CANCELLED:
                    logger.info("job %s stopped: %s", request.job_id, message)
                else:
                    logger.error("job %s failed: %s", request.job_id, message,
                                 exc_info=code == grpc.StatusCode.INTERNAL)
                context.abort(code, message)


def _status_for(error: BaseException) -> tuple[grpc.StatusCode, str]:
    if isinstance(error, ScoringCancelled):
        return grpc.StatusCode.CANCELLED, str(error)
    if isinstance(error, DataError):
        return grpc.StatusCode.FAILED_PRECONDITION, f"benchmark data unavailable: {error}"
    if isinstance(error, RunnerError):
        return grpc.StatusCode.UNAVAILABLE, str(error)
    if isinstance(error, LookupError):
        return grpc.StatusCode.FAILED_PRECONDITION, str(error.args[0] if error.args else error)
    if isinstance(error, ValueError):
        return grpc.StatusCode.INVALID_ARGUMENT, str(error)
    return grpc.StatusCode.INTERNAL, f"scoring failed: {type(error).__name__}: {error}"
