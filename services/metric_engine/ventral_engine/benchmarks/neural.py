"""Neural predictivity benchmarks: regression from model units to recorded neuroids."""

from __future__ import annotations

from functools import cached_property
from typing import Callable

import numpy as np
import xarray as xr

from ventral import assemblies
from ventral.stimuli import StimulusSet

from ..activation_store import LayerGram
from ..metrics.ceiling import ceiled_score, split_half_ceiling
from ..metrics.predictivity import crossvalidated_predictivity
from ..metrics.score import Score
from .base import GramLayerBenchmark

CEILED_FORMULA = "ceiled = r**2 / ceiling (split-half Spearman-Brown ceiling); unclipped in storage"


class RegressionBenchmark(GramLayerBenchmark):
    """Cross-validated mapping (PLS by default) scored against a split-half ceiling.

    `load_assembly` returns a single-trial assembly (presentation x neuroid x time_bin)
    with a `repetition` coordinate; `load_stimuli` returns its stimulus set.
    """

    kind = "neural-regression"
    ceiling_formula = CEILED_FORMULA

    def __init__(self, identifier: str, version: str, region: str, stimulus_degrees: float,
                 load_stimuli: Callable[[], StimulusSet], load_assembly: Callable[[], xr.DataArray],
                 mapping: str = "pls", stratify_coord: str | None = None, description: str = ""):
        self.identifier = identifier
        self.version = version
        self.region = region
        self.stimulus_degrees = stimulus_degrees
        self.mapping = mapping
        self.stratify_coord = stratify_coord
        self.description = description
        self._load_stimuli = load_stimuli
        self._load_assembly = load_assembly

    def limited(self, stimulus_limit: int) -> "RegressionBenchmark":
        keep = sorted(self._stimuli.stimulus_ids)[:stimulus_limit]
        if len(keep) < stimulus_limit:
            raise ValueError(f"stimulus_limit (--subset) {stimulus_limit} exceeds the {len(keep)} stimuli of "
                             f"{self.identifier}; choose a smaller value, or 0 for all stimuli")

        def load_assembly() -> xr.DataArray:
            assembly = self._assembly
            mask = np.isin(assembly["stimulus_id"].values, keep)
            return assembly.isel(presentation=np.flatnonzero(mask))

        return RegressionBenchmark(
            self.identifier, f"{self.version}+subset{stimulus_limit}", self.region, self.stimulus_degrees,
            load_stimuli=lambda: self._stimuli.subset(keep), load_assembly=load_assembly, mapping=self.mapping,
            stratify_coord=self.stratify_coord, description=self.description)

    def stimulus_set(self) -> StimulusSet:
        return self._stimuli

    @cached_property
    def _stimuli(self) -> StimulusSet:
        return self._load_stimuli()

    @cached_property
    def _assembly(self) -> xr.DataArray:
        return self._load_assembly()

    @cached_property
    def targets(self) -> tuple[list[str], np.ndarray]:
        """Repetition-averaged responses, (stimulus, neuroid), rows sorted by stimulus_id."""
        averaged = assemblies.average_repetitions(self._assembly)
        stimulus_ids = [str(value) for value in averaged["stimulus_id"].values]
        return stimulus_ids, np.asarray(averaged.values, dtype=np.float64)

    @cached_property
    def ceiling(self) -> Score:
        _, responses = assemblies.to_repetition_array(self._assembly)
        return split_half_ceiling(responses)

    def _stratify(self, stimulus_ids: list[str]):
        if not self.stratify_coord:
            return None
        table = self._stimuli.stimuli.set_index("stimulus_id")
        return table.loc[stimulus_ids, self.stratify_coord].to_numpy()

    def score_layer(self, gram: LayerGram) -> Score:
        stimulus_ids, targets = self.targets
        if list(gram.stimulus_ids) != stimulus_ids:
            raise ValueError(f"{self.identifier}: model stimulus_ids do not match the data's "
                             f"({len(gram.stimulus_ids)} vs {len(stimulus_ids)} stimuli)")
        mapping_kwargs = {"n_features": gram.num_features} if self.mapping == "pls" else None
        score = crossvalidated_predictivity(gram.gram, targets, mapping=self.mapping,
                                            stratify=self._stratify(stimulus_ids), mapping_kwargs=mapping_kwargs)
        ceiling = self.ceiling
        score.ceiling = ceiling.raw
        score.ceiled = ceiled_score(score.raw, ceiling.raw)
        score.extra["ceiling_per_split"] = list(ceiling.per_split)
        score.extra["num_features"] = gram.num_features
        return score
