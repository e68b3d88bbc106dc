"""The `Score` record that every metric in this package returns."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np


@dataclass
class Score:
    """A metric value with its uncertainty, ceiling and per-split values.

    Attributes:
        raw: the metric value before ceiling normalization (e.g. median Pearson r).
        error: standard error of `raw` over splits or subjects (NaN when undefined).
        ceiling: the noise ceiling of the data, when the metric has one.
        ceiled: `raw` normalized by `ceiling`, unclipped (see `ceiling.ceiled_score`).
        per_split: the value of each cross-validation split, in split order.
        extra: further JSON-friendly facts about how the value was computed.
    """

    raw: float
    error: float = math.nan
    ceiling: float | None = None
    ceiled: float | None = None
    per_split: list[float] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return a dict that `json.dumps` accepts: numpy values become Python ones, NaN and inf become None."""
        return {
            "raw": _to_json_value(self.raw),
            "error": _to_json_value(self.error),
            "ceiling": _to_json_value(self.ceiling),
            "ceiled": _to_json_value(self.ceiled),
            "per_split": _to_json_value(self.per_split),
            "extra": _to_json_value(self.extra),
        }


def _to_json_value(value: Any) -> Any:
    """Convert numpy scalars and arrays, tuples and nested dicts to JSON types; non-finite floats become None."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, np.ndarray):
        return [_to_json_value(item) for item in value.tolist()]
    if isinstance(value, (list, tuple)):
        return [_to_json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _to_json_value(item) for key, item in value.items()}
    raise TypeError(
        f"Score.to_dict cannot convert a value of type {type(value).__name__}; "
        "store numbers, strings, lists or dicts in Score.extra"
    )
