"""Start the metric engine gRPC server: `python -m ventral_engine.server --port 50052`."""

from __future__ import annotations

import argparse
import logging

from ventral import grpc_util
from ventral.v1 import metric_engine_pb2_grpc as pb_grpc

from .parallel import single_threaded_blas, worker_count
from .servicer import MetricEngineServicer

logger = logging.getLogger(__name__)

SERVICE_NAME = "ventral.v1.MetricEngine"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Ventral metric engine (gRPC).")
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=50052, help="TCP port to bind (default 50052)")
    parser.add_argument("--log-level", default="INFO", help="logging level (default INFO)")
    args = parser.parse_args(argv)

    grpc_util.configure_logging(args.log_level)
    # BLAS runs with one thread in the whole process. The engine parallelizes over splits and blocks instead,
    # so scores are bit-identical for any number of threads (see ventral_engine.parallel).
    with single_threaded_blas():
        logger.info("metric engine: %d worker threads, BLAS single-threaded", worker_count())
        server = grpc_util.make_server()
        pb_grpc.add_MetricEngineServicer_to_server(MetricEngineServicer(), server)
        grpc_util.add_health(server, SERVICE_NAME)
        grpc_util.serve_forever(server, f"{args.host}:{args.port}", SERVICE_NAME)


if __name__ == "__main__":
    main()
