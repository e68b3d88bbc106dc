"""RDM benchmarks: a layer's representational dissimilarity matrix against measured RDMs.

Per layer, the model RDM (1 - Pearson r between stimulus patterns across units) comes from the layer's
Gram matrix and row sums (`metrics.rsa.rdm_from_gram`). It is compared with each subject's RDM,
restricted to the benchmark's stimuli, by the Spearman correlation of the strict upper triangles:

- raw = mean over subjects of Spearman(model RDM, subject RDM);
- error = standard deviation over subjects (ddof 0) / sqrt(number of subjects);
- ceiling = inter-subject upper bound, the mean over subjects of Spearman(subject RDM, mean RDM of all
  subjects); the leave-one-subject-out lower bound is stored in `Score.extra["ceiling_lower"]`;
- ceiled = raw / ceiling (no squaring, unclipped).

A benchmark with a single RDM (e.g. a population RDM pooled over animals) has no inter-subject
ceiling: it reports raw only, with error, ceiling and ceiled undefined.
"""

from __future__ import annotations

import math
from functools import cached_property
from typing import Callable, Sequence

import numpy as np

from ventral.stimuli import StimulusSet

from ..activation_store import LayerGram
from ..metrics.rsa import rdm_from_gram, rsa_score
from ..metrics.score import Score
from .base import GramLayerBenchmark

CEILED_FORMULA = "ceiled = raw / ceiling (inter-subject RDM ceiling, upper bound; no squaring); unclipped in storage"
NO_CEILING = "no ceiling (single RDM): raw only"


class RDMBenchmark(GramLayerBenchmark):
    """Spearman correlation between a layer's RDM and measured RDMs on a fixed list of stimuli.

    Args:
        identifier, version, region, stimulus_degrees, description: the benchmark's declaration.
        load_stimuli: returns a stimulus set that contains every id of `stimulus_ids`.
        load_rdms: returns the measured RDMs, shape (subject, n_all, n_all), rows and columns in the order
            of `rdm_stimulus_ids` (a single RDM may be given with shape (n_all, n_all)).
        rdm_stimulus_ids: the stimulus id of each RDM row, length n_all.
        stimulus_ids: the benchmark's stimuli (e.g. one half of a fixed split), a subset of
            `rdm_stimulus_ids`; scored in stimulus_id order.
        has_ceiling: False for a benchmark with a single RDM, which reports raw only.
        filter_stimuli: optional, applied to the benchmark's stimulus set when it is first loaded and
            returning a subset of it (selection benchmarks drop images shown by scoring benchmarks).
    """

    kind = "neural-rsa"

    def __init__(self, identifier: str, version: str, region: str, stimulus_degrees: float,
                 load_stimuli: Callable[[], StimulusSet], load_rdms: Callable[[], np.ndarray],
                 rdm_stimulus_ids: Sequence[str], stimulus_ids: Sequence[str], *, has_ceiling: bool = True,
                 filter_stimuli: Callable[[StimulusSet], StimulusSet] | None = None, description: str = ""):
        self.identifier = identifier
        self.version = version
        self.region = region
        self.stimulus_degrees = stimulus_degrees
        self.description = description
        self.has_ceiling = has_ceiling
        self.ceiling_formula = CEILED_FORMULA if has_ceiling else NO_CEILING
        self._load_stimuli = load_stimuli
        self._load_rdms = load_rdms
        self._filter_stimuli = filter_stimuli
        self.rdm_stimulus_ids = [str(value) for value in rdm_stimulus_ids]
        self._requested_ids = sorted(str(value) for value in stimulus_ids)
        if len(set(self.rdm_stimulus_ids)) != len(self.rdm_stimulus_ids):
            raise ValueError(f"{identifier}: rdm_stimulus_ids repeat; each RDM row needs its own stimulus id")
        unknown = sorted(set(self._requested_ids) - set(self.rdm_stimulus_ids))
        if unknown:
            raise ValueError(f"{identifier}: stimuli {unknown[:5]} have no row in the RDMs")
        _check_stimulus_count(identifier, self._requested_ids)

    @cached_property
    def stimulus_ids(self) -> list[str]:
        """The benchmark's stimulus ids in stimulus_id order (after `filter_stimuli`, when given)."""
        return list(self._stimuli.stimulus_ids)

    def limited(self, stimulus_limit: int) -> "RDMBenchmark":
        if stimulus_limit < 3 or stimulus_limit > len(self.stimulus_ids):
            raise ValueError(f"stimulus_limit (--subset) must be between 3 and the {len(self.stimulus_ids)} stimuli of "
                             f"{self.identifier}; got {stimulus_limit}")
        return RDMBenchmark(self.identifier, f"{self.version}+subset{stimulus_limit}", self.region,
                            self.stimulus_degrees, self._load_stimuli, self._load_rdms, self.rdm_stimulus_ids,
                            self.stimulus_ids[:stimulus_limit], has_ceiling=self.has_ceiling,
                            filter_stimuli=self._filter_stimuli, description=self.description)

    def stimulus_set(self) -> StimulusSet:
        return self._stimuli

    @cached_property
    def _stimuli(self) -> StimulusSet:
        stimuli = self._load_stimuli()
        missing = [stimulus_id for stimulus_id in self._requested_ids if stimulus_id not in stimuli]
        if missing:
            raise ValueError(f"{self.identifier}: stimuli {missing[:5]} are not in stimulus set {stimuli.identifier!r}")
        subset = stimuli.subset(self._requested_ids, identifier=f"{stimuli.identifier}.{self.identifier}")
        if self._filter_stimuli is not None:
            subset = self._filter_stimuli(subset)
            ids = list(subset.stimulus_ids)
            if not set(ids) <= set(self._requested_ids):
                raise ValueError(f"{self.identifier}: filter_stimuli returned stimuli outside the benchmark's list")
            _check_stimulus_count(self.identifier, ids)
            subset = subset.subset(sorted(ids), identifier=subset.identifier)
        return subset

    @cached_property
    def subject_rdms(self) -> np.ndarray:
        """Measured RDMs restricted to the benchmark's stimuli, shape (subject, n, n), rows in stimulus_id order."""
        rdms = np.asarray(self._load_rdms(), dtype=np.float64)
        if rdms.ndim == 2:
            rdms = rdms[np.newaxis]
        n_all = len(self.rdm_stimulus_ids)
        if rdms.ndim != 3 or rdms.shape[1:] != (n_all, n_all):
            raise ValueError(f"{self.identifier}: RDMs have shape {rdms.shape}; expected (subject, {n_all}, {n_all}) "
                             "to match rdm_stimulus_ids")
        if not np.all(np.isfinite(rdms)):
            raise ValueError(f"{self.identifier}: the measured RDMs contain {int(np.sum(~np.isfinite(rdms)))} NaN or "
                             "infinite values; an RDM benchmark needs complete dissimilarity matrices")
        if self.has_ceiling and rdms.shape[0] < 2:
            raise ValueError(f"{self.identifier}: an inter-subject ceiling needs at least 2 subject RDMs; got "
                             f"{rdms.shape[0]}. Declare the benchmark with has_ceiling=False")
        if not self.has_ceiling and rdms.shape[0] != 1:
            raise ValueError(f"{self.identifier}: declared without a ceiling (a single RDM) but got "
                             f"{rdms.shape[0]} RDMs")
        rows = np.array([self.rdm_stimulus_ids.index(stimulus_id) for stimulus_id in self.stimulus_ids])
        restricted = rdms[:, rows[:, None], rows[None, :]]
        restricted.setflags(write=False)
        return restricted

    def score_layer(self, gram: LayerGram) -> Score:
        if list(gram.stimulus_ids) != self.stimulus_ids:
            raise ValueError(f"{self.identifier}: the model's stimulus_ids do not match the benchmark's "
                             f"({len(gram.stimulus_ids)} vs {len(self.stimulus_ids)} stimuli, first "
                             f"{list(gram.stimulus_ids[:2])} vs {self.stimulus_ids[:2]})")
        try:
            model_rdm = rdm_from_gram(gram.gram, gram.row_sums, gram.num_features)
        except ValueError as error:
            raise ValueError(f"{self.identifier}: cannot compute the RDM of layer {gram.layer!r}: {error}") from None
        subject_rdms = self.subject_rdms
        score = rsa_score(model_rdm, subject_rdms)
        if not self.has_ceiling:
            # rsa_score returns a zero spread for one RDM; with one RDM the error is undefined, not zero.
            score.error = math.nan
            score.ceiling = None
            score.ceiled = None
        elif score.ceiled is None:
            raise ValueError(f"{self.identifier}: the inter-subject ceiling is {score.ceiling!r}, not positive, so "
                             "the score cannot be ceiled; the subjects' RDMs do not agree")
        score.extra["n_stimuli"] = len(self.stimulus_ids)
        score.extra["n_subjects"] = int(subject_rdms.shape[0])
        score.extra["num_features"] = gram.num_features
        return score


def _check_stimulus_count(identifier: str, stimulus_ids: list[str]) -> None:
    if len(set(stimulus_ids)) != len(stimulus_ids) or len(stimulus_ids) < 3:
        raise ValueError(f"{identifier}: an RDM benchmark needs at least 3 distinct stimuli; "
                         f"got {len(stimulus_ids)} ids")
