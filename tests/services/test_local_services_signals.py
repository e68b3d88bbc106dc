"""LocalServices stops its child processes when the program that started them receives SIGTERM."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest

# A LocalServices whose start() spawns one long sleep in place of the three services, so the test
# checks the signal handling without starting real servers.
PROGRAM = textwrap.dedent("""
    import subprocess, sys, time
    from ventral.local_services import LocalServices

    class SleepingServices(LocalServices):
        def start(self):
            child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
            self._processes.append(("sleeper", child))

    with SleepingServices(log_dir=sys.argv[1]) as services:
        print(services._processes[0][1].pid, flush=True)
        time.sleep(600)
""")


def process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_sigterm_stops_child_services(tmp_path):
    program = subprocess.Popen([sys.executable, "-c", PROGRAM, str(tmp_path)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        child_pid = int(program.stdout.readline())
        assert process_exists(child_pid)

        program.send_signal(signal.SIGTERM)
        returncode = program.wait(timeout=30)
    finally:
        if program.poll() is None:
            program.kill()
            program.wait()

    assert returncode == 128 + signal.SIGTERM
    assert not process_exists(child_pid)
    assert "received SIGTERM; stopping the local services" in program.stderr.read()


def test_existing_sigterm_handler_is_kept():
    from ventral.local_services import LocalServices

    class NoServices(LocalServices):
        def start(self):
            pass

    def handler(signum, frame):
        pytest.fail("the test handler must not run")

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        with NoServices():
            assert signal.getsignal(signal.SIGTERM) is handler
        assert signal.getsignal(signal.SIGTERM) is handler
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_default_sigterm_restored_after_exit():
    from ventral.local_services import LocalServices

    class NoServices(LocalServices):
        def start(self):
            pass

    previous = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        with NoServices():
            assert signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
        assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    finally:
        signal.signal(signal.SIGTERM, previous)
