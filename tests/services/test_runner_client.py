import pytest

from ventral.local_services import free_port
from ventral_engine.runner_client import RunnerClient, RunnerError


def test_unreachable_runner_names_address():
    address = f"127.0.0.1:{free_port()}"
    client = RunnerClient(address)
    with pytest.raises(RunnerError, match="unreachable") as raised:
        client.describe("efficientnet-lite0")
    assert address in str(raised.value)
    client.close()
