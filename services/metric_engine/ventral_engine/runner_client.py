"""Client side of the model runner contract: send stimuli, receive activation chunks."""

from __future__ import annotations

import logging
from typing import Iterable, Iterator

import grpc

from ventral.grpc_util import CHANNEL_OPTIONS
from ventral.v1 import model_runner_pb2 as pb
from ventral.v1 import model_runner_pb2_grpc as pb_grpc

logger = logging.getLogger(__name__)


class RunnerError(RuntimeError):
    """The model runner rejected a request or could not be reached."""


def _requests(model: str, layers: list[str], stimulus_degrees: float, batch_size: int,
              stimuli: Iterable[tuple[str, bytes]]) -> Iterator[pb.ActivationRequest]:
    yield pb.ActivationRequest(setup=pb.ActivationSetup(
        model=model, layers=layers, stimulus_degrees=stimulus_degrees, batch_size=batch_size))
    batch: list[pb.Stimulus] = []
    for stimulus_id, image in stimuli:
        batch.append(pb.Stimulus(stimulus_id=stimulus_id, image=image))
        if len(batch) == batch_size:
            yield pb.ActivationRequest(batch=pb.StimulusBatch(stimuli=batch))
            batch = []
    if batch:
        yield pb.ActivationRequest(batch=pb.StimulusBatch(stimuli=batch))


class RunnerClient:
    """A connection to one model runner at `address` (host:port)."""

    def __init__(self, address: str, timeout_s: float = 10.0):
        self.address = address
        self.timeout_s = timeout_s
        self._channel = grpc.insecure_channel(address, options=CHANNEL_OPTIONS)
        self._stub = pb_grpc.ModelRunnerStub(self._channel)

    def close(self) -> None:
        self._channel.close()

    def describe(self, model: str) -> pb.ModelDescription:
        try:
            return self._stub.DescribeModel(pb.DescribeModelRequest(model=model), timeout=600)
        except grpc.RpcError as error:
            raise _runner_error(self.address, error) from None

    def stream_activations(self, model: str, layers: list[str], stimulus_degrees: float,
                           stimuli: Iterable[tuple[str, bytes]], batch_size: int = 64,
                           ) -> Iterator[pb.ActivationChunk]:
        """Yield activation chunks as the runner computes them.

        Stimuli are sent lazily in batches of `batch_size`; gRPC flow control holds
        back further batches while the runner is busy.
        """
        try:
            yield from self._stub.ComputeActivations(
                _requests(model, layers, stimulus_degrees, batch_size, stimuli))
        except grpc.RpcError as error:
            raise _runner_error(self.address, error) from None


def _runner_error(address: str, error: grpc.RpcError) -> RunnerError:
    code = error.code()
    if code == grpc.StatusCode.UNAVAILABLE:
        return RunnerError(f"model runner at {address} is unreachable ({error.details()}); "
                           "start it with `python -m ventral_runner.server` or set the runner address")
    return RunnerError(f"model runner at {address} failed: {code.name}: {error.details()}")
