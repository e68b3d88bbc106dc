"""Score serialization."""

import json
import math

import numpy as np
import pytest

from ventral_engine.metrics.score import Score


def test_score_to_dict_is_json_safe():
    score = Score(
        raw=np.float64(0.42),
        error=math.nan,
        ceiling=np.float32(0.8),
        ceiled=0.2205,
        per_split=[np.float64(0.4), np.float64(0.44)],
        extra={"alphas": np.array([1.0, 10.0]), "n": np.int64(5), "flag": np.bool_(True), "bad": math.inf},
    )
    payload = score.to_dict()
    assert json.loads(json.dumps(payload, allow_nan=False)) == payload
    assert payload["raw"] == 0.42
    assert payload["error"] is None
    assert payload["ceiling"] == pytest.approx(0.8)
    assert payload["extra"] == {"alphas": [1.0, 10.0], "n": 5, "flag": True, "bad": None}


def test_score_defaults():
    payload = Score(raw=0.1).to_dict()
    assert payload == {"raw": 0.1, "error": None, "ceiling": None, "ceiled": None, "per_split": [], "extra": {}}


def test_score_to_dict_rejects_unknown_type():
    with pytest.raises(TypeError, match="cannot convert a value of type object"):
        Score(raw=0.1, extra={"thing": object()}).to_dict()
