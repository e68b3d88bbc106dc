"""Client of the metric engine's gRPC contract, shared by the gateway and tests (no torch)."""

from __future__ import annotations

import json
import math
from typing import Iterator

import grpc

from ventral.grpc_util import CHANNEL_OPTIONS
from ventral.v1 import metric_engine_pb2 as pb
from ventral.v1 import metric_engine_pb2_grpc as pb_grpc


class EngineError(RuntimeError):
    """The metric engine failed or rejected the request; `code` is the gRPC status name."""

    def __init__(self, message: str, code: str = "UNKNOWN"):
        super().__init__(message)
        self.code = code


def _number(value: float) -> float | None:
    return None if math.isnan(value) else value


def result_to_dict(result: pb.ScoreResult) -> dict:
    return {
        "model": result.model,
        "benchmark": result.benchmark,
        "benchmark_version": result.benchmark_version,
        "raw": _number(result.raw),
        "ceiling": _number(result.ceiling),
        "ceiled": _number(result.ceiled),
        "error": _number(result.error),
        "layer": result.layer,
        "layers": {
            layer.layer: {"raw": _number(layer.raw), "ceiled": _number(layer.ceiled), "error": _number(layer.error)}
            for layer in result.layers
        },
        "model_digest": result.model_digest,
        "details": json.loads(result.details_json) if result.details_json else {},
    }


class EngineClient:
    def __init__(self, address: str):
        self.address = address
        self._channel = grpc.insecure_channel(address, options=CHANNEL_OPTIONS)
        self._stub = pb_grpc.MetricEngineStub(self._channel)

    def close(self) -> None:
        self._channel.close()

    def list_benchmarks(self, timeout_s: float = 30.0) -> list[dict]:
        try:
            response = self._stub.ListBenchmarks(pb.ListBenchmarksRequest(), timeout=timeout_s)
        except grpc.RpcError as error:
            raise _engine_error(self.address, error) from None
        return [
            {
                "identifier": info.identifier,
                "version": info.version,
                "region": info.region,
                "kind": info.kind,
                "stimulus_degrees": info.stimulus_degrees,
                "available": info.available,
                "unavailable_reason": info.unavailable_reason,
                "has_ceiling": info.has_ceiling,
                "description": info.description,
            }
            for info in response.benchmarks
        ]

    def score(self, job_id: str, model: str, benchmark: str, runner_address: str,
              layers: list[str] | None = None, batch_size: int = 0, stimulus_limit: int = 0,
              region: str = "", committed_layer: str = "", on_call=None) -> Iterator[tuple[str, dict]]:
        """Yield ("progress", {...}) events, a ("commitment", {...}) for region scoring, then ("result", {...})s.

        `on_call`, when given, receives the gRPC call object, whose `cancel()` stops the scoring.
        """
        request = pb.ScoreRequest(job_id=job_id, model=model, benchmark=benchmark, layers=layers or [],
                                  runner_address=runner_address, batch_size=batch_size,
                                  stimulus_limit=stimulus_limit, region=region, committed_layer=committed_layer)
        try:
            call = self._stub.Score(request)
            if on_call is not None:
                on_call(call)
            for event in call:
                kind = event.WhichOneof("event")
                if kind == "progress":
                    progress = event.progress
                    yield "progress", {"stage": progress.stage, "done": progress.done,
                                       "total": progress.total, "message": progress.message}
                elif kind == "commitment":
                    commitment = event.commitment
                    yield "commitment", {
                        "region": commitment.region, "layer": commitment.layer,
                        "selection_benchmark": commitment.selection_benchmark,
                        "selection_benchmark_version": commitment.selection_benchmark_version,
                        "reused": commitment.reused,
                        "selection_scores": json.loads(commitment.selection_scores_json or "{}"),
                    }
                else:
                    yield "result", result_to_dict(event.result)
        except grpc.RpcError as error:
            raise _engine_error(self.address, error) from None


def _engine_error(address: str, error: grpc.RpcError) -> EngineError:
    code = error.code()
    if code == grpc.StatusCode.CANCELLED:
        return EngineError("the job was cancelled", code.name)
    if code == grpc.StatusCode.UNAVAILABLE:
        return EngineError(f"metric engine at {address} is unreachable ({error.details()}); start it with "
                           "`python -m ventral_engine.server` or fix VENTRAL_ENGINE_ADDRESSES", code.name)
    return EngineError(error.details() or code.name, code.name)
