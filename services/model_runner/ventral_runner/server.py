"""Start the model runner gRPC server: `python -m ventral_runner.server --port 50051`."""

from __future__ import annotations

import argparse

from ventral import grpc_util
from ventral.v1 import model_runner_pb2_grpc as pb_grpc

from .servicer import ModelRunnerServicer

SERVICE_NAME = "ventral.v1.ModelRunner"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Ventral model runner (gRPC).")
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=50051, help="TCP port to bind (default 50051)")
    parser.add_argument("--log-level", default="INFO", help="logging level (default INFO)")
    args = parser.parse_args(argv)

    grpc_util.configure_logging(args.log_level)
    server = grpc_util.make_server()
    pb_grpc.add_ModelRunnerServicer_to_server(ModelRunnerServicer(), server)
    grpc_util.add_health(server, SERVICE_NAME)
    grpc_util.serve_forever(server, f"{args.host}:{args.port}", SERVICE_NAME)


if __name__ == "__main__":
    main()
