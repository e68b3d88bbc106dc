from pathlib import Path

import yaml

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def test_k8s_manifests_parse_and_expose_services():
    documents = list(yaml.safe_load_all((DEPLOY / "k8s" / "ventral.yaml").read_text()))
    kinds = {(document["kind"], document["metadata"]["name"]) for document in documents}
    for name in ("model-runner", "metric-engine", "gateway"):
        assert ("Deployment", name) in kinds
        assert ("Service", name) in kinds


def test_gateway_image_installs_no_torch():
    dockerfile = (DEPLOY / "docker" / "gateway.Dockerfile").read_text()
    install_lines = [line for line in dockerfile.splitlines() if line.startswith(("RUN", "COPY"))]
    assert install_lines
    for line in install_lines:
        assert "services/model_runner" not in line
        assert "torch" not in line
