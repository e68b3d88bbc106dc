import sys
from pathlib import Path

# Lets test modules in this folder share helpers such as test_model_upload.tiny_onnx.
sys.path.insert(0, str(Path(__file__).parent))
