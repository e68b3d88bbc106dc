"""Start the three services on loopback ports as child processes (the embedded default)."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from ventral.config import cache_root
from ventral.grpc_util import wait_for_health

logger = logging.getLogger(__name__)

START_TIMEOUT_S = 120.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _exit_on_sigterm(signum, frame) -> None:
    logger.warning("received SIGTERM; stopping the local services")
    raise SystemExit(128 + signum)


@dataclass
class LocalServices:
    """A runner, an engine and a gateway started as child processes on 127.0.0.1.

    Logs go to `log_dir`; the gateway's SQLite file is `database` (default
    <cache>/gateway.sqlite3, so scores persist between runs).
    """

    database: Path | None = None
    log_dir: Path = field(default_factory=lambda: cache_root() / "logs")
    extra_env: dict[str, str] = field(default_factory=dict)
    runner_address: str = ""
    engine_address: str = ""
    gateway_url: str = ""
    _processes: list[tuple[str, subprocess.Popen]] = field(default_factory=list)
    _previous_sigterm: object = field(default=None, repr=False)

    def __enter__(self) -> "LocalServices":
        self._stop_on_sigterm()
        try:
            self.start()
        except BaseException:
            self._restore_sigterm()
            raise
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.stop()
        finally:
            self._restore_sigterm()

    def _stop_on_sigterm(self) -> None:
        """Make SIGTERM raise SystemExit, so that `__exit__` stops the child services instead of orphaning them.

        Only in the main thread, and only where SIGTERM still has its default action, so a handler that the
        calling program installed is kept.
        """
        if threading.current_thread() is not threading.main_thread():
            return
        if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
            return
        self._previous_sigterm = signal.signal(signal.SIGTERM, _exit_on_sigterm)

    def _restore_sigterm(self) -> None:
        if self._previous_sigterm is not None:
            signal.signal(signal.SIGTERM, self._previous_sigterm)
            self._previous_sigterm = None

    def _spawn(self, name: str, module: str, port: int, env: dict[str, str]) -> subprocess.Popen:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / f"{name}.log", "ab")
        command = [sys.executable, "-m", module, "--host", "127.0.0.1", "--port", str(port)]
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env,
                                   stdin=subprocess.DEVNULL)
        log.close()
        self._processes.append((name, process))
        return process

    def log_path(self, name: str) -> Path:
        return self.log_dir / f"{name}.log"

    def start(self) -> None:
        env = {**os.environ, **self.extra_env}
        runner_port, engine_port, gateway_port = free_port(), free_port(), free_port()
        self.runner_address = f"127.0.0.1:{runner_port}"
        self.engine_address = f"127.0.0.1:{engine_port}"
        self.gateway_url = f"http://127.0.0.1:{gateway_port}"
        gateway_env = {**env, "VENTRAL_ENGINE_ADDRESSES": self.engine_address,
                       "VENTRAL_RUNNER_ADDRESSES": self.runner_address}
        if self.database is not None:
            gateway_env["VENTRAL_DB"] = str(self.database)
        try:
            self._spawn("model_runner", "ventral_runner.server", runner_port, env)
            self._spawn("metric_engine", "ventral_engine.server", engine_port, env)
            self._spawn("gateway", "ventral_gateway", gateway_port, gateway_env)
            self._wait_grpc("model_runner", self.runner_address)
            self._wait_grpc("metric_engine", self.engine_address)
            self._wait_http("gateway", self.gateway_url + "/healthz")
        except BaseException:
            self.stop()
            raise

    def _check_alive(self, name: str) -> None:
        for process_name, process in self._processes:
            if process_name == name and process.poll() is not None:
                raise RuntimeError(f"the {name} service exited with status {process.returncode} during start-up; "
                                   f"see {self.log_path(name)}")

    def _wait_grpc(self, name: str, address: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            self._check_alive(name)
            try:
                wait_for_health(address, timeout_s=2.0)
                return
            except Exception:
                if time.monotonic() > deadline:
                    raise TimeoutError(f"the {name} service did not become healthy on {address} within "
                                       f"{START_TIMEOUT_S:.0f} s; see {self.log_path(name)}") from None

    def _wait_http(self, name: str, url: str) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            self._check_alive(name)
            try:
                if httpx.get(url, timeout=2.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError(f"the {name} service did not respond at {url} within {START_TIMEOUT_S:.0f} s; "
                                   f"see {self.log_path(name)}")
            time.sleep(0.2)

    def peak_memory_bytes(self) -> dict[str, int]:
        """Return each running service's peak resident memory (VmHWM from /proc; Linux only)."""
        peaks = {}
        for name, process in self._processes:
            try:
                status = Path(f"/proc/{process.pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peaks[name] = int(line.split()[1]) * 1024
        return peaks

    def stop(self) -> None:
        for _name, process in reversed(self._processes):
            if process.poll() is None:
                process.terminate()
        for name, process in reversed(self._processes):
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                logger.warning("%s did not stop within 15 s; killing it", name)
                process.kill()
                process.wait()
        self._processes.clear()
