"""Start the gateway: `python -m ventral_gateway --port 8000`."""

from __future__ import annotations

import argparse

import uvicorn

from ventral.grpc_util import configure_logging

from .app import create_app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Ventral gateway (REST).")
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="TCP port to bind (default 8000)")
    parser.add_argument("--log-level", default="INFO", help="logging level (default INFO)")
    args = parser.parse_args(argv)
    configure_logging(args.log_level)
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level=args.log_level.lower())


if __name__ == "__main__":
    main()
