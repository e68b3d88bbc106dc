"""Shared gRPC plumbing: message-size limits, health checking and server start-up."""

from __future__ import annotations

import logging
import signal
import threading
from concurrent import futures

import grpc
from grpc_health.v1 import health, health_pb2, health_pb2_grpc

# Activation chunks stay far below this; the limit only guards against runaway messages.
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
CHANNEL_OPTIONS = [
    ("grpc.max_send_message_length", MAX_MESSAGE_BYTES),
    ("grpc.max_receive_message_length", MAX_MESSAGE_BYTES),
]

logger = logging.getLogger(__name__)


def make_server(max_workers: int = 8) -> grpc.Server:
    return grpc.server(futures.ThreadPoolExecutor(max_workers=max_workers), options=CHANNEL_OPTIONS)


def add_health(server: grpc.Server, service_name: str) -> health.HealthServicer:
    """Register the standard grpc.health.v1 service and mark `service_name` and "" as serving."""
    servicer = health.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(servicer, server)
    for name in ("", service_name):
        servicer.set(name, health_pb2.HealthCheckResponse.SERVING)
    return servicer


def serve_forever(server: grpc.Server, address: str, service_name: str) -> None:
    """Bind, start and block until SIGTERM or SIGINT, then stop with a grace period."""
    port = server.add_insecure_port(address)
    if port == 0:
        raise SystemExit(f"could not bind {service_name} to {address}: the port is in use or the address is invalid")
    server.start()
    logger.info("%s listening on %s", service_name, address)
    stopped = threading.Event()

    def _stop(signum, _frame):
        logger.info("%s stopping on signal %s", service_name, signum)
        stopped.set()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    stopped.wait()
    server.stop(grace=5).wait()
    logger.info("%s stopped", service_name)


def wait_for_health(address: str, timeout_s: float, service_name: str = "") -> None:
    """Block until the server at `address` reports SERVING; raise TimeoutError otherwise."""
    with grpc.insecure_channel(address) as channel:
        grpc.channel_ready_future(channel).result(timeout=timeout_s)
        stub = health_pb2_grpc.HealthStub(channel)
        response = stub.Check(health_pb2.HealthCheckRequest(service=service_name), timeout=timeout_s)
        if response.status != health_pb2.HealthCheckResponse.SERVING:
            raise TimeoutError(f"{address} is up but reports status {response.status} for {service_name!r}")


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
