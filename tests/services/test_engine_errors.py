import grpc
import pytest

from ventral import catalog
from ventral.fetch import DataError, fetch
from ventral_engine.runner_client import RunnerError
from ventral_engine.servicer import _status_for

KEY = "cowley2023/images/images_210325.zip"


def _fetch_error(mirror, cache) -> DataError:
    with pytest.raises(DataError) as raised:
        fetch(catalog.get(KEY), mirror=mirror, cache=cache, download=False)
    return raised.value


def test_missing_mirror_file_is_failed_precondition(tmp_path):
    code, message = _status_for(_fetch_error(tmp_path / "mirror", tmp_path / "cache"))
    assert code == grpc.StatusCode.FAILED_PRECONDITION
    assert "images_210325.zip" in message
    assert "VENTRAL_MIRROR" in message


def test_checksum_mismatch_is_failed_precondition(tmp_path):
    data_file = catalog.get(KEY)
    corrupt = tmp_path / "mirror" / data_file.repo / data_file.commit / data_file.path
    corrupt.parent.mkdir(parents=True)
    corrupt.write_bytes(b"not the zip")
    code, message = _status_for(_fetch_error(tmp_path / "mirror", tmp_path / "cache"))
    assert code == grpc.StatusCode.FAILED_PRECONDITION
    assert "checksum mismatch" in message.lower()


def test_runner_down_is_unavailable():
    code, message = _status_for(RunnerError("model runner at 127.0.0.1:1 is unreachable"))
    assert code == grpc.StatusCode.UNAVAILABLE
    assert "127.0.0.1:1" in message


def test_bad_value_is_invalid_argument():
    code, _ = _status_for(ValueError("unknown layers ['x']"))
    assert code == grpc.StatusCode.INVALID_ARGUMENT


def test_unexpected_error_is_internal_with_type():
    code, message = _status_for(ZeroDivisionError("division by zero"))
    assert code == grpc.StatusCode.INTERNAL
    assert "ZeroDivisionError" in message
