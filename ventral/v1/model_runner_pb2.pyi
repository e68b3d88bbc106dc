from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class RegisterModelRequest(_message.Message):
    __slots__ = ("display_name", "onnx", "store_path", "mean", "std", "field_of_view_degrees", "imagenet_head")
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    ONNX_FIELD_NUMBER: _ClassVar[int]
    STORE_PATH_FIELD_NUMBER: _ClassVar[int]
    MEAN_FIELD_NUMBER: _ClassVar[int]
    STD_FIELD_NUMBER: _ClassVar[int]
    FIELD_OF_VIEW_DEGREES_FIELD_NUMBER: _ClassVar[int]
    IMAGENET_HEAD_FIELD_NUMBER: _ClassVar[int]
    display_name: str
    onnx: bytes
    store_path: str
    mean: _containers.RepeatedScalarFieldContainer[float]
    std: _containers.RepeatedScalarFieldContainer[float]
    field_of_view_degrees: float
    imagenet_head: str
    def __init__(self, display_name: _Optional[str] = ..., onnx: _Optional[bytes] = ..., store_path: _Optional[str] = ..., mean: _Optional[_Iterable[float]] = ..., std: _Optional[_Iterable[float]] = ..., field_of_view_degrees: _Optional[float] = ..., imagenet_head: _Optional[str] = ...) -> None: ...

class ListModelsRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListModelsResponse(_message.Message):
    __slots__ = ("models",)
    MODELS_FIELD_NUMBER: _ClassVar[int]
    models: _containers.RepeatedCompositeFieldContainer[ModelDescription]
    def __init__(self, models: _Optional[_Iterable[_Union[ModelDescription, _Mapping]]] = ...) -> None: ...

class DescribeModelRequest(_message.Message):
    __slots__ = ("model",)
    MODEL_FIELD_NUMBER: _ClassVar[int]
    model: str
    def __init__(self, model: _Optional[str] = ...) -> None: ...

class LayerInfo(_message.Message):
    __slots__ = ("name", "shape", "num_features", "candidate")
    NAME_FIELD_NUMBER: _ClassVar[int]
    SHAPE_FIELD_NUMBER: _ClassVar[int]
    NUM_FEATURES_FIELD_NUMBER: _ClassVar[int]
    CANDIDATE_FIELD_NUMBER: _ClassVar[int]
    name: str
    shape: _containers.RepeatedScalarFieldContainer[int]
    num_features: int
    candidate: bool
    def __init__(self, name: _Optional[str] = ..., shape: _Optional[_Iterable[int]] = ..., num_features: _Optional[int] = ..., candidate: _Optional[bool] = ...) -> None: ...

class ModelDescription(_message.Message):
    __slots__ = ("model", "backend", "layers", "input_size", "field_of_view_degrees", "imagenet_head", "behavioral_readout_layer", "content_digest", "preprocessing", "published_top1", "top1_source", "weights_source", "num_parameters", "description", "runtime_versions", "training")
    class RuntimeVersionsEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    MODEL_FIELD_NUMBER: _ClassVar[int]
    BACKEND_FIELD_NUMBER: _ClassVar[int]
    LAYERS_FIELD_NUMBER: _ClassVar[int]
    INPUT_SIZE_FIELD_NUMBER: _ClassVar[int]
    FIELD_OF_VIEW_DEGREES_FIELD_NUMBER: _ClassVar[int]
    IMAGENET_HEAD_FIELD_NUMBER: _ClassVar[int]
    BEHAVIORAL_READOUT_LAYER_FIELD_NUMBER: _ClassVar[int]
    CONTENT_DIGEST_FIELD_NUMBER: _ClassVar[int]
    PREPROCESSING_FIELD_NUMBER: _ClassVar[int]
    PUBLISHED_TOP1_FIELD_NUMBER: _ClassVar[int]
    TOP1_SOURCE_FIELD_NUMBER: _ClassVar[int]
    WEIGHTS_SOURCE_FIELD_NUMBER: _ClassVar[int]
    NUM_PARAMETERS_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    RUNTIME_VERSIONS_FIELD_NUMBER: _ClassVar[int]
    TRAINING_FIELD_NUMBER: _ClassVar[int]
    model: str
    backend: str
    layers: _containers.RepeatedCompositeFieldContainer[LayerInfo]
    input_size: int
    field_of_view_degrees: float
    imagenet_head: str
    behavioral_readout_layer: str
    content_digest: str
    preprocessing: str
    published_top1: float
    top1_source: str
    weights_source: str
    num_parameters: int
    description: str
    runtime_versions: _containers.ScalarMap[str, str]
    training: str
    def __init__(self, model: _Optional[str] = ..., backend: _Optional[str] = ..., layers: _Optional[_Iterable[_Union[LayerInfo, _Mapping]]] = ..., input_size: _Optional[int] = ..., field_of_view_degrees: _Optional[float] = ..., imagenet_head: _Optional[str] = ..., behavioral_readout_layer: _Optional[str] = ..., content_digest: _Optional[str] = ..., preprocessing: _Optional[str] = ..., published_top1: _Optional[float] = ..., top1_source: _Optional[str] = ..., weights_source: _Optional[str] = ..., num_parameters: _Optional[int] = ..., description: _Optional[str] = ..., runtime_versions: _Optional[_Mapping[str, str]] = ..., training: _Optional[str] = ...) -> None: ...

class ActivationSetup(_message.Message):
    __slots__ = ("model", "layers", "stimulus_degrees", "batch_size")
    MODEL_FIELD_NUMBER: _ClassVar[int]
    LAYERS_FIELD_NUMBER: _ClassVar[int]
    STIMULUS_DEGREES_FIELD_NUMBER: _ClassVar[int]
    BATCH_SIZE_FIELD_NUMBER: _ClassVar[int]
    model: str
    layers: _containers.RepeatedScalarFieldContainer[str]
    stimulus_degrees: float
    batch_size: int
    def __init__(self, model: _Optional[str] = ..., layers: _Optional[_Iterable[str]] = ..., stimulus_degrees: _Optional[float] = ..., batch_size: _Optional[int] = ...) -> None: ...

class Stimulus(_message.Message):
    __slots__ = ("stimulus_id", "image")
    STIMULUS_ID_FIELD_NUMBER: _ClassVar[int]
    IMAGE_FIELD_NUMBER: _ClassVar[int]
    stimulus_id: str
    image: bytes
    def __init__(self, stimulus_id: _Optional[str] = ..., image: _Optional[bytes] = ...) -> None: ...

class StimulusBatch(_message.Message):
    __slots__ = ("stimuli",)
    STIMULI_FIELD_NUMBER: _ClassVar[int]
    stimuli: _containers.RepeatedCompositeFieldContainer[Stimulus]
    def __init__(self, stimuli: _Optional[_Iterable[_Union[Stimulus, _Mapping]]] = ...) -> None: ...

class ActivationRequest(_message.Message):
    __slots__ = ("setup", "batch")
    SETUP_FIELD_NUMBER: _ClassVar[int]
    BATCH_FIELD_NUMBER: _ClassVar[int]
    setup: ActivationSetup
    batch: StimulusBatch
    def __init__(self, setup: _Optional[_Union[ActivationSetup, _Mapping]] = ..., batch: _Optional[_Union[StimulusBatch, _Mapping]] = ...) -> None: ...

class ActivationChunk(_message.Message):
    __slots__ = ("layer", "stimulus_ids", "feature_offset", "num_features", "layer_num_features", "data", "batch_index")
    LAYER_FIELD_NUMBER: _ClassVar[int]
    STIMULUS_IDS_FIELD_NUMBER: _ClassVar[int]
    FEATURE_OFFSET_FIELD_NUMBER: _ClassVar[int]
    NUM_FEATURES_FIELD_NUMBER: _ClassVar[int]
    LAYER_NUM_FEATURES_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    BATCH_INDEX_FIELD_NUMBER: _ClassVar[int]
    layer: str
    stimulus_ids: _containers.RepeatedScalarFieldContainer[str]
    feature_offset: int
    num_features: int
    layer_num_features: int
    data: bytes
    batch_index: int
    def __init__(self, layer: _Optional[str] = ..., stimulus_ids: _Optional[_Iterable[str]] = ..., feature_offset: _Optional[int] = ..., num_features: _Optional[int] = ..., layer_num_features: _Optional[int] = ..., data: _Optional[bytes] = ..., batch_index: _Optional[int] = ...) -> None: ...
