import subprocess
import sys


def test_gateway_imports_no_torch():
    code = ("import sys, ventral_gateway.app, ventral.cli; "
            "heavy = sorted(name for name in ('torch', 'onnxruntime', 'sklearn') if name in sys.modules); "
            "print(','.join(heavy))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == ""
