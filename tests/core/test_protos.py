"""The committed gRPC stubs are what `make protos` generates from protos/."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_stubs_match_protos(tmp_path):
    pytest.importorskip("grpc_tools")
    protos = sorted(str(path.relative_to(ROOT)) for path in (ROOT / "protos" / "ventral" / "v1").glob("*.proto"))
    command = [sys.executable, "-m", "grpc_tools.protoc", "-Iprotos", f"--python_out={tmp_path}",
               f"--pyi_out={tmp_path}", f"--grpc_python_out={tmp_path}", *protos]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    generated = sorted((tmp_path / "ventral" / "v1").glob("*.py*"))
    assert generated
    for path in generated:
        committed = ROOT / "ventral" / "v1" / path.name
        assert committed.read_text() == path.read_text(), f"{committed} is stale; run `make protos`"
