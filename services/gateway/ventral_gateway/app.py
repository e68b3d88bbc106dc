"""FastAPI application: thin routes over the job store, the scheduler and the services' catalogs."""

from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager

import grpc
from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from pydantic import BaseModel, ConfigDict, Field

from ventral.engine_client import EngineClient, EngineError
from ventral.grpc_util import CHANNEL_OPTIONS
from ventral.v1 import model_runner_pb2 as runner_pb
from ventral.v1 import model_runner_pb2_grpc as runner_grpc

from .jobs import REGIONS, ServiceUnavailable, composite_for
from .scheduler import Scheduler
from .settings import Settings
from .store import Store

logger = logging.getLogger(__name__)

# Model and benchmark lists are fetched from the services and reused for this long.
CATALOG_TTL_S = 60.0
# Uploads travel to a runner in one gRPC message (64 MiB limit); the runner applies the same limit.
MAX_UPLOAD_BYTES = 60 * 1024 * 1024


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class JobRequest(BaseModel):
    # Unknown fields are rejected: a misspelled "benchmark" must not start a whole-model job.
    model_config = ConfigDict(extra="forbid")

    model: str = Field(description="model identifier, see GET /v1/models")
    benchmark: str | None = Field(default=None, description=(
        "benchmark identifier (GET /v1/benchmarks); with neither benchmark nor region the job scores "
        "the model on every available benchmark and computes its composite"))
    region: str | None = Field(default=None, description=(
        "V1, V4 or IT: commit a layer on the region's selection benchmark, then score its benchmarks"))
    committed_layers: dict[str, str] = Field(default_factory=dict, description=(
        "region -> layer to use instead of committing one, for region and whole-model jobs"))
    layers: list[str] = Field(default_factory=list, description="layers to score; empty scores every candidate layer")
    stimulus_limit: int = Field(default=0, ge=0, description=(
        "score on only the first N stimuli for a quick check (0: all); such scores are not comparable"))


class Catalogs:
    """Cached model list (from a runner) and benchmark list (from an engine)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._models: tuple[float, dict] | None = None
        self._benchmarks: tuple[float, dict] | None = None

    def models(self) -> dict[str, dict]:
        if self._models is None or time.monotonic() - self._models[0] > CATALOG_TTL_S:
            address = self.settings.runner_addresses[0]
            try:
                with grpc.insecure_channel(address, options=CHANNEL_OPTIONS) as channel:
                    response = runner_grpc.ModelRunnerStub(channel).ListModels(runner_pb.ListModelsRequest(), timeout=30)
            except grpc.RpcError as error:
                raise ServiceUnavailable("runner_unavailable",
                                         f"model runner at {address} is unreachable ({error.details()}); "
                                         "start it or fix VENTRAL_RUNNER_ADDRESSES") from None
            models = {
                model.model: {
                    "identifier": model.model,
                    "backend": model.backend,
                    "input_size": model.input_size,
                    "field_of_view_degrees": model.field_of_view_degrees,
                    "imagenet_head": model.imagenet_head or None,
                    "layers": [layer.name for layer in model.layers],
                    "published_top1": None if model.published_top1 != model.published_top1 else model.published_top1,
                    "top1_source": model.top1_source or None,
                    "description": model.description,
                    "training": model.training,
                }
                for model in response.models
            }
            self._models = (time.monotonic(), models)
        return self._models[1]

    def invalidate_models(self) -> None:
        self._models = None

    def benchmarks(self) -> dict[str, dict]:
        if self._benchmarks is None or time.monotonic() - self._benchmarks[0] > CATALOG_TTL_S:
            client = EngineClient(self.settings.engine_addresses[0])
            try:
                benchmarks = {item["identifier"]: item for item in client.list_benchmarks()}
            except EngineError as error:
                raise ServiceUnavailable("engine_unavailable", str(error)) from None
            finally:
                client.close()
            self._benchmarks = (time.monotonic(), benchmarks)
        return self._benchmarks[1]


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()
    store = Store(settings.database)
    catalogs = Catalogs(settings)
    scheduler = Scheduler(store, settings.engine_addresses, settings.runner_addresses, settings.slots_per_engine,
                          benchmark_catalog=catalogs.benchmarks, unavailable_wait_s=settings.unavailable_wait_s)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        logger.info("gateway start: db=%s engines=%s runners=%s", settings.database,
                    settings.engine_addresses, settings.runner_addresses)
        scheduler.start()
        yield
        scheduler.stop()
        store.close()
        logger.info("gateway stopped")

    app = FastAPI(title="Ventral gateway", version="0.1.0", lifespan=lifespan)
    app.state.store = store
    app.state.scheduler = scheduler

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, error: ApiError):
        return JSONResponse(status_code=error.status, content={"error": {"code": error.code, "message": error.message}})

    @app.exception_handler(ServiceUnavailable)
    async def _unavailable(_request: Request, error: ServiceUnavailable):
        logger.error("%s", error)
        return JSONResponse(status_code=503, content={"error": {"code": error.code, "message": str(error)}})

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, error: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(error.status_code, "http_error")
        return JSONResponse(status_code=error.status_code, content={"error": {
            "code": code, "message": f"{request.method} {request.url.path}: {error.detail}; see GET /docs"}})

    @app.exception_handler(Exception)
    async def _unexpected_error(request: Request, error: Exception):
        logger.exception("request %s %s failed", request.method, request.url.path)
        return JSONResponse(status_code=500, content={"error": {
            "code": "internal_error", "message": f"the gateway failed: {type(error).__name__}: {error}; see its log"}})

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, error: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in error.errors())
        return JSONResponse(status_code=422, content={"error": {"code": "invalid_request", "message": problems}})

    @app.get("/healthz")
    def healthz():
        return {"status": "ok"}

    @app.get("/v1/models")
    def list_models():
        return {"models": list(catalogs.models().values())}

    @app.post("/v1/models", status_code=201)
    def register_model(display_name: str = Form(..., description="name shown next to the model's identifier"),
                       file: UploadFile | None = File(None, description="the .onnx file"),
                       store_path: str = Form("", description="a file the operator placed in the model store"),
                       mean: str = Form("", description="three comma-separated channel means (default ImageNet)"),
                       std: str = Form("", description="three comma-separated channel stds (default ImageNet)"),
                       field_of_view_degrees: float = Form(8.0, description="model field of view in degrees"),
                       imagenet_head: str = Form("", description="'', '1000' or '1001-background'")):
        data = b""
        if file is not None:
            data = file.file.read(MAX_UPLOAD_BYTES + 1)
            if len(data) > MAX_UPLOAD_BYTES:
                raise ApiError(413, "upload_too_large", f"{file.filename!r} is larger than {MAX_UPLOAD_BYTES} bytes; "
                               "place it in the model store and register it with store_path")
            if not data:
                raise ApiError(422, "model_rejected", f"the uploaded file {file.filename!r} is empty; "
                               "upload the .onnx file written by your exporter")
        request = runner_pb.RegisterModelRequest(
            display_name=display_name, onnx=data, store_path=store_path, mean=_floats(mean, "mean"),
            std=_floats(std, "std"), field_of_view_degrees=field_of_view_degrees, imagenet_head=imagenet_head)
        address = settings.runner_addresses[0]
        try:
            with grpc.insecure_channel(address, options=CHANNEL_OPTIONS) as channel:
                description = runner_grpc.ModelRunnerStub(channel).RegisterModel(request, timeout=300)
        except grpc.RpcError as error:
            if error.code() == grpc.StatusCode.INVALID_ARGUMENT:
                raise ApiError(422, "model_rejected", error.details()) from None
            raise ApiError(503, "runner_unavailable", f"model runner at {address} failed: {error.details()}") from None
        catalogs.invalidate_models()
        logger.info("model %s registered as %s", display_name, description.model)
        return {"identifier": description.model, "display_name": display_name,
                "content_digest": description.content_digest, "input_size": description.input_size,
                "layers": [layer.name for layer in description.layers],
                "imagenet_head": description.imagenet_head or None}

    @app.get("/v1/benchmarks")
    def list_benchmarks():
        return {"benchmarks": list(catalogs.benchmarks().values())}

    @app.post("/v1/jobs", status_code=202)
    def submit_job(request: JobRequest):
        _check_job_request(request, catalogs.models(), catalogs.benchmarks())
        job = store.create_job(request.model, request.benchmark, request.layers, request.stimulus_limit,
                               request.region, request.committed_layers)
        scheduler.submit(job["id"])
        logger.info("job %s queued: model=%s benchmark=%s region=%s", job["id"], request.model,
                    request.benchmark, request.region)
        return job

    @app.get("/v1/jobs")
    def list_jobs(status: str | None = None, limit: int = 100):
        return {"jobs": store.list_jobs(status, limit)}

    @app.get("/v1/jobs/{job_id}")
    def get_job(job_id: str):
        job = store.get_job(job_id)
        if job is None:
            raise ApiError(404, "unknown_job", f"no job with id {job_id!r}; list jobs with GET /v1/jobs")
        return job

    @app.get("/v1/leaderboard")
    def leaderboard(node: str = "average"):
        """Rank models by a composite node (default the root) from their newest full-run scores."""
        benchmarks = catalogs.benchmarks()
        models = catalogs.models()
        nodes = _flatten(composite_for(benchmarks, {}))
        if node not in nodes:
            raise ApiError(422, "invalid_request", f"unknown node {node!r}; choose one of {sorted(nodes)}")
        entries = []
        for model, scores in store.latest_full_results().items():
            values = _flatten(composite_for(benchmarks, scores))
            engineering = {identifier: result.get("raw") for identifier, result in scores.items()
                           if benchmarks.get(identifier, {}).get("kind") == "behavior-engineering"}
            top1 = (models.get(model) or {}).get("published_top1")
            entries.append({"model": model, "value": values[node], "nodes": values,
                            "imagenet_top1": top1, "engineering": engineering})
        entries.sort(key=lambda entry: (entry["value"] is None, -(entry["value"] or 0.0), entry["model"]))
        for rank, entry in enumerate(entries, start=1):
            entry["rank"] = rank
        return {"node": node, "models": entries}

    @app.get("/v1/models/{model_id}/scores")
    def model_scores(model_id: str):
        """Return a model's composite tree and, per benchmark, its newest full-run result."""
        scores = store.latest_full_results().get(model_id)
        if not scores:
            raise ApiError(404, "no_scores", f"no full-run scores stored for model {model_id!r}; "
                           f"score it with POST /v1/jobs {{\"model\": \"{model_id}\"}}")
        benchmarks = catalogs.benchmarks()
        commitments = {}
        for result in scores.values():
            commitment = (result.get("details") or {}).get("commitment")
            if commitment:
                commitments[commitment["region"]] = commitment
        return {
            "model": model_id,
            "composite": composite_for(benchmarks, scores),
            "commitments": commitments,
            "benchmarks": {identifier: _summary(result) for identifier, result in sorted(scores.items())},
        }

    @app.post("/v1/jobs/{job_id}/cancel", status_code=202)
    def cancel_job(job_id: str):
        job = store.get_job(job_id)
        if job is None:
            raise ApiError(404, "unknown_job", f"no job with id {job_id!r}; list jobs with GET /v1/jobs")
        if not scheduler.cancel(job_id):
            raise ApiError(409, "job_finished", f"job {job_id} already {job['status']}; nothing to cancel")
        return store.get_job(job_id)

    @app.get("/v1/scores")
    def list_scores(model: str | None = None, benchmark: str | None = None):
        return {"scores": store.list_scores(model, benchmark)}

    return app


def _flatten(tree: dict) -> dict[str, float | None]:
    values = {tree["name"]: tree["value"]}
    for child in tree.get("children", []):
        values.update(_flatten(child))
    return values


def _summary(result: dict) -> dict:
    details = result.get("details") or {}
    return {
        "raw": result.get("raw"),
        "ceiling": result.get("ceiling"),
        "ceiled": result.get("ceiled"),
        "error": result.get("error"),
        "layer": result.get("layer"),
        "benchmark_version": result.get("benchmark_version"),
        "model_digest": result.get("model_digest"),
        "ceiling_formula": details.get("ceiling_formula"),
        "versions": details.get("versions"),
    }


def _floats(text: str, name: str) -> list[float]:
    if not text.strip():
        return []
    try:
        values = [float(part) for part in text.split(",")]
    except ValueError:
        raise ApiError(422, "invalid_request", f"{name} {text!r} is not a comma-separated list of numbers") from None
    if len(values) != 3:
        raise ApiError(422, "invalid_request", f"{name} {text!r} needs exactly 3 values, one per RGB channel")
    return values


def _check_job_request(request: JobRequest, models: dict, benchmarks: dict) -> None:
    """Raise ApiError unless the request names a known model and a valid target."""
    if request.model not in models:
        raise ApiError(404, "unknown_model",
                       f"unknown model {request.model!r}; choose one of GET /v1/models: {sorted(models)}")
    if request.benchmark and request.region:
        raise ApiError(422, "invalid_request", "set either benchmark or region, not both")

    if request.benchmark:
        benchmark = benchmarks.get(request.benchmark)
        if benchmark is None:
            raise ApiError(404, "unknown_benchmark", f"unknown benchmark {request.benchmark!r}; "
                           f"choose one of GET /v1/benchmarks: {sorted(benchmarks)}")
        if not benchmark["available"]:
            raise ApiError(409, "benchmark_unavailable",
                           f"benchmark {request.benchmark!r} is unavailable: {benchmark['unavailable_reason']}")

    if request.region and request.region not in REGIONS:
        raise ApiError(422, "invalid_request", f"unknown region {request.region!r}; choose one of {REGIONS}")
    unknown_regions = sorted(set(request.committed_layers) - set(REGIONS))
    if unknown_regions:
        raise ApiError(422, "invalid_request", f"committed_layers names unknown regions {unknown_regions}; "
                       f"use {REGIONS}")
    if request.committed_layers and request.benchmark:
        raise ApiError(422, "invalid_request", "committed_layers applies to region and whole-model jobs only")
    if request.stimulus_limit and not request.benchmark:
        raise ApiError(422, "invalid_request", "stimulus_limit applies to single-benchmark jobs only")
