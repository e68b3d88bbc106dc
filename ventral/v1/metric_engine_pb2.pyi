from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ListBenchmarksRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class BenchmarkInfo(_message.Message):
    __slots__ = ("identifier", "version", "region", "kind", "stimulus_degrees", "available", "unavailable_reason", "description", "has_ceiling")
    IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    STIMULUS_DEGREES_FIELD_NUMBER: _ClassVar[int]
    AVAILABLE_FIELD_NUMBER: _ClassVar[int]
    UNAVAILABLE_REASON_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    HAS_CEILING_FIELD_NUMBER: _ClassVar[int]
    identifier: str
    version: str
    region: str
    kind: str
    stimulus_degrees: float
    available: bool
    unavailable_reason: str
    description: str
    has_ceiling: bool
    def __init__(self, identifier: _Optional[str] = ..., version: _Optional[str] = ..., region: _Optional[str] = ..., kind: _Optional[str] = ..., stimulus_degrees: _Optional[float] = ..., available: _Optional[bool] = ..., unavailable_reason: _Optional[str] = ..., description: _Optional[str] = ..., has_ceiling: _Optional[bool] = ...) -> None: ...

class ListBenchmarksResponse(_message.Message):
    __slots__ = ("benchmarks",)
    BENCHMARKS_FIELD_NUMBER: _ClassVar[int]
    benchmarks: _containers.RepeatedCompositeFieldContainer[BenchmarkInfo]
    def __init__(self, benchmarks: _Optional[_Iterable[_Union[BenchmarkInfo, _Mapping]]] = ...) -> None: ...

class ScoreRequest(_message.Message):
    __slots__ = ("job_id", "model", "benchmark", "layers", "runner_address", "batch_size", "stimulus_limit", "region", "committed_layer")
    JOB_ID_FIELD_NUMBER: _ClassVar[int]
    MODEL_FIELD_NUMBER: _ClassVar[int]
    BENCHMARK_FIELD_NUMBER: _ClassVar[int]
    LAYERS_FIELD_NUMBER: _ClassVar[int]
    RUNNER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    STIMULUS_LIMIT_FIELD_NUMBER: _ClassVar[int]
    REGION_FIELD_NUMBER: _ClassVar[int]
    COMMITTED_LAYER_FIELD_NUMBER: _ClassVar[int]
    job_id: str
    model: str
    benchmark: str
    layers: _containers.RepeatedScalarFieldContainer[str]
    runner_address: str
    batch_size: int
    stimulus_limit: int
    region: str
    committed_layer: str
    def __init__(self, job_id: _Optional[str] = ..., model: _Optional[str] = ..., benchmark: _Optional[str] = ..., layers: _Optional[_Iterable[str]] = ..., runner_address: _Optional[str] = ..., batch_size: _Optional[int] = ..., stimulus_limit: _Optional[int] = ..., region: _Optional[str] = ..., committed_layer: _Optional[str] = ...) -> None: ...

class LayerCommitment(_message.Message):
    __slots__ = ("region", "layer", "selection_benchmark", "selection_benchmark_version", "reused", "selection_scores_json")
    REGION_FIELD_NUMBER: _ClassVar[int]
    LAYER_FIELD_NUMBER: _ClassVar[int]
    SELECTION_BENCHMARK_FIELD_NUMBER: _ClassVar[int]
    SELECTION_BENCHMARK_VERSION_FIELD_NUMBER: _ClassVar[int]
    REUSED_FIELD_NUMBER: _ClassVar[int]
    SELECTION_SCORES_JSON_FIELD_NUMBER: _ClassVar[int]
    region: str
    layer: str
    selection_benchmark: str
    selection_benchmark_version: str
    reused: bool
    selection_scores_json: str
    def __init__(self, region: _Optional[str] = ..., layer: _Optional[str] = ..., selection_benchmark: _Optional[str] = ..., selection_benchmark_version: _Optional[str] = ..., reused: _Optional[bool] = ..., selection_scores_json: _Optional[str] = ...) -> None: ...

class Progress(_message.Message):
    __slots__ = ("stage", "done", "total", "message")
    STAGE_FIELD_NUMBER: _ClassVar[int]
    DONE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    stage: str
    done: int
    total: int
    message: str
    def __init__(self, stage: _Optional[str] = ..., done: _Optional[int] = ..., total: _Optional[int] = ..., message: _Optional[str] = ...) -> None: ...

class LayerScore(_message.Message):
    __slots__ = ("layer", "raw", "ceiled", "error")
    LAYER_FIELD_NUMBER: _ClassVar[int]
    RAW_FIELD_NUMBER: _ClassVar[int]
    CEILED_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    layer: str
    raw: float
    ceiled: float
    error: float
    def __init__(self, layer: _Optional[str] = ..., raw: _Optional[float] = ..., ceiled: _Optional[float] = ..., error: _Optional[float] = ...) -> None: ...

class ScoreResult(_message.Message):
    __slots__ = ("model", "benchmark", "benchmark_version", "raw", "ceiling", "ceiled", "error", "layer", "layers", "model_digest", "details_json")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    BENCHMARK_FIELD_NUMBER: _ClassVar[int]
    BENCHMARK_VERSION_FIELD_NUMBER: _ClassVar[int]
    RAW_FIELD_NUMBER: _ClassVar[int]
    CEILING_FIELD_NUMBER: _ClassVar[int]
    CEILED_FIELD_NUMBER: _ClassVar[int]
    ERROR_FIELD_NUMBER: _ClassVar[int]
    LAYER_FIELD_NUMBER: _ClassVar[int]
    LAYERS_FIELD_NUMBER: _ClassVar[int]
    MODEL_DIGEST_FIELD_NUMBER: _ClassVar[int]
    DETAILS_JSON_FIELD_NUMBER: _ClassVar[int]
    model: str
    benchmark: str
    benchmark_version: str
    raw: float
    ceiling: float
    ceiled: float
    error: float
    layer: str
    layers: _containers.RepeatedCompositeFieldContainer[LayerScore]
    model_digest: str
    details_json: str
    def __init__(self, model: _Optional[str] = ..., benchmark: _Optional[str] = ..., benchmark_version: _Optional[str] = ..., raw: _Optional[float] = ..., ceiling: _Optional[float] = ..., ceiled: _Optional[float] = ..., error: _Optional[float] = ..., layer: _Optional[str] = ..., layers: _Optional[_Iterable[_Union[LayerScore, _Mapping]]] = ..., model_digest: _Optional[str] = ..., details_json: _Optional[str] = ...) -> None: ...

class ScoreEvent(_message.Message):
    __slots__ = ("progress", "result", "commitment")
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    COMMITMENT_FIELD_NUMBER: _ClassVar[int]
    progress: Progress
    result: ScoreResult
    commitment: LayerCommitment
    def __init__(self, progress: _Optional[_Union[Progress, _Mapping]] = ..., result: _Optional[_Union[ScoreResult, _Mapping]] = ..., commitment: _Optional[_Union[LayerCommitment, _Mapping]] = ...) -> None: ...
