"""Neural benchmarks on the mirrored recordings (and on the official MajajHong2015 files where present).

Every region has scoring benchmarks and a selection benchmark on separate images (see `commitment`):

==========================  ======  ================================================  ==================
identifier                  region  data                                              role
==========================  ======  ================================================  ==================
Cowley2023.V4-pls           V4      Cowley 2023 session 210325, single trials          scoring
Cowley2023public.V4-pls     V4      the 11 other Cowley sessions with images           selection
Algonauts2019.EVC-rdm       V1      Algonauts 2019 EVC fMRI RDMs, private half         scoring
Algonauts2019public.EVC-rdm V1      the same, public half                              selection
Algonauts2019.IT-rdm        IT      Algonauts 2019 IT fMRI RDMs, private half          scoring
Algonauts2019public.IT-rdm  IT      the same, public half                              selection
Kriegeskorte2008.IT-rdm     IT      human IT fMRI RDMs (4 subjects), private half      scoring
Kiani2007.IT-rdm            IT      monkey IT population RDM, private half, raw only   scoring
MajajHong2015.V4-pls        V4      official files, variation 6                        scoring
MajajHong2015.IT-pls        IT      official files, variation 6                        scoring
MajajHong2015public.V4-pls  V4      official files, variations 0 and 3                 selection
MajajHong2015public.IT-pls  IT      official files, variations 0 and 3                 selection
==========================  ======  ================================================  ==================

The halves of the 92 object images come from `ventral.datasets.split92` (its VERSION is part of the
benchmark versions). Selection benchmarks drop every image whose content digest occurs in a scoring set
(`scoring_stimulus_sets`), so no image is both selected on and scored on.
"""

from __future__ import annotations

import functools
import logging
import math
from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Sequence

import numpy as np
import pandas as pd
import xarray as xr

from ventral import assemblies
from ventral.datasets import algonauts2019, cowley2023, kriegeskorte2008, majajhong2015, split92
from ventral.stimuli import StimulusSet

from ..activation_store import ActivationStore, LayerGram
from ..metrics.predictivity import crossvalidated_predictivity
from ..metrics.score import Score
from ..selection import drop_shared_images, iter_column_blocks
from .base import Benchmark, BenchmarkResult, ModelInfo, ProgressCallback
from .neural import RegressionBenchmark
from .rsa_benchmarks import RDMBenchmark

logger = logging.getLogger(__name__)

#: Version of the rule that removes scoring images from selection sets; part of selection benchmark versions.
SHARED_IMAGES_RULE = "without-scoring-images-v1"
COWLEY_PUBLIC_SESSIONS = tuple(session for session in cowley2023.SESSIONS_WITH_IMAGES
                               if session != cowley2023.SCORING_SESSION)
SESSION_FORMULA = ("no ceiling (repeat-averaged data only): raw = mean over sessions of the per-session PLS r, "
                   "ceiled is None and layers rank by raw r")


# ---------------------------------------------------------------------------------------------------------------
# Images that scoring benchmarks show


def scoring_stimulus_sets() -> list[StimulusSet]:
    """Return the stimulus sets of every scoring benchmark: the images selection sets must not contain.

    MajajHong2015 variation 6 is included when its official files are present.
    """
    sets = [
        cowley2023.load_stimulus_set(cowley2023.SCORING_SESSION),
        algonauts2019.load_stimulus_set().subset(split92.stimulus_ids(split92.PRIVATE, "algonauts2019")),
        kriegeskorte2008.load_stimulus_set().subset(split92.stimulus_ids(split92.PRIVATE, "kriegeskorte2008")),
    ]
    if majajhong2015.availability(majajhong2015.SCORING_VARIATIONS)[0]:
        sets.append(_majajhong("IT", majajhong2015.SCORING_VARIATIONS)[1])
    return sets


def without_scoring_images(stimuli: StimulusSet) -> StimulusSet:
    """Return `stimuli` without the images (by content digest) that a scoring benchmark shows."""
    return drop_shared_images(stimuli, _cached_scoring_sets())


@functools.lru_cache(maxsize=1)
def _cached_scoring_sets() -> tuple[StimulusSet, ...]:
    return tuple(scoring_stimulus_sets())


# ---------------------------------------------------------------------------------------------------------------
# Regression fitted per session (Cowley 2023 public sessions)


@dataclass
class _Session:
    stimuli: StimulusSet  # rows sorted by stimulus_id
    targets: np.ndarray  # (n_stimuli, n_neuroids), repeat-averaged, rows in stimulus_id order
    merged_duplicates: int


class SessionAveragedRegressionBenchmark(Benchmark):
    """Cross-validated PLS predictivity fitted separately per recording session, averaged over sessions.

    Each session has its own neuroids, so a mapping is fitted per session (10 splits, 90 % train, seed 1,
    25 PLS components). A session's raw value is the mean over splits of the median Pearson r over its
    neuroids. raw = mean over sessions; error = standard deviation over sessions (ddof 0) / sqrt(number of
    sessions), the spread between sessions as RDM benchmarks take the spread between subjects. The data
    are repeat-averaged only (no single trials), so there is no split-half ceiling: ceiling and ceiled are
    None and layers rank by raw r. (With one constant ceiling c, r^2 / c would rank layers with r >= 0 in
    the same order.)

    Images that occur twice in one session (same content digest, different stimulus_id) are merged into
    one stimulus, the first id in stimulus_id order, whose response is the mean of both, so that no
    test image is also a training image.

    Args:
        sessions: session names, scored in this order.
        load_session: returns (stimulus set, assembly with `stimulus_id`) of one session.
        filter_stimuli: optional, applied to each session's stimulus set before scoring.
    """

    kind = "neural-regression"
    has_ceiling = False
    ceiling_formula = SESSION_FORMULA

    def __init__(self, identifier: str, version: str, region: str, stimulus_degrees: float, sessions: Sequence[str],
                 load_session: Callable[[str], tuple[StimulusSet, xr.DataArray]], *, mapping: str = "pls",
                 filter_stimuli: Callable[[StimulusSet], StimulusSet] | None = None, description: str = ""):
        if not sessions:
            raise ValueError(f"{identifier}: at least one session is needed")
        self.identifier = identifier
        self.version = version
        self.region = region
        self.stimulus_degrees = stimulus_degrees
        self.mapping = mapping
        self.description = description
        self.sessions = list(sessions)
        self._load_session = load_session
        self._filter_stimuli = filter_stimuli

    def session_stimulus_set(self, session: str) -> StimulusSet:
        """Return one session's stimuli after filtering and merging duplicates, rows sorted by stimulus_id."""
        return self._data[session].stimuli

    def session_targets(self, session: str) -> tuple[list[str], np.ndarray]:
        """Return (stimulus ids, repeat-averaged responses of shape (n_stimuli, n_neuroids)) of one session."""
        data = self._data[session]
        return list(data.stimuli.stimulus_ids), data.targets

    @cached_property
    def _data(self) -> dict[str, _Session]:
        return {session: self._prepare(session) for session in self.sessions}

    def _prepare(self, session: str) -> _Session:
        stimuli, assembly = self._load_session(session)
        if self._filter_stimuli is not None:
            stimuli = self._filter_stimuli(stimuli)
        averaged = assemblies.average_repetitions(assembly)
        ids = [str(value) for value in averaged["stimulus_id"].values]
        keep = [index for index, stimulus_id in enumerate(ids) if stimulus_id in stimuli]
        unknown = sorted(set(stimuli.stimulus_ids) - set(ids))
        if unknown:
            raise ValueError(f"{self.identifier}, session {session}: stimuli {unknown[:3]} have no responses")
        ids = [ids[index] for index in keep]
        responses = np.asarray(averaged.values, dtype=np.float64)[keep]
        _check_targets(self.identifier, session, responses, averaged["neuroid_id"].values)

        groups: dict[str, list[int]] = {}
        for row, stimulus_id in enumerate(ids):
            groups.setdefault(stimuli.content_digest(stimulus_id), []).append(row)
        representatives = sorted(groups.values(), key=lambda rows: ids[rows[0]])
        targets = np.stack([responses[rows].mean(axis=0) for rows in representatives])
        kept_ids = [ids[rows[0]] for rows in representatives]
        merged = len(ids) - len(kept_ids)
        if merged:
            logger.info("%s, session %s: merged %d repeated images into their first stimulus_id",
                        self.identifier, session, merged)
        return _Session(stimuli.subset(kept_ids, identifier=f"{stimuli.identifier}.{self.identifier}"), targets, merged)

    def stimulus_set(self) -> StimulusSet:
        """Return the stimuli of all sessions together (stimulus ids are unique across sessions)."""
        tables, locations = [], []
        for session in self.sessions:
            stimuli = self.session_stimulus_set(session)
            tables.append(stimuli.stimuli)
            locations.extend(stimuli.location(stimulus_id) for stimulus_id in stimuli.stimulus_ids)
        return StimulusSet(self.identifier, pd.concat(tables, ignore_index=True), locations)

    def layers_to_run(self, model: ModelInfo, requested: list[str]) -> list[str]:
        layers = requested or model.layers
        unknown = [layer for layer in layers if layer not in model.layer_features]
        if unknown:
            raise ValueError(f"unknown layers {unknown} for model {model.identifier!r}; choose from {model.layers}")
        return list(layers)

    def score_session_layer(self, session: str, gram: LayerGram) -> Score:
        """Score one layer on one session: cross-validated PLS predictivity, no ceiling."""
        stimulus_ids, targets = self.session_targets(session)
        if list(gram.stimulus_ids) != stimulus_ids:
            raise ValueError(f"{self.identifier}, session {session}: the model's stimulus_ids do not match the "
                             f"data's ({len(gram.stimulus_ids)} vs {len(stimulus_ids)} stimuli)")
        mapping_kwargs = {"n_features": gram.num_features} if self.mapping == "pls" else None
        return crossvalidated_predictivity(gram.gram, targets, mapping=self.mapping, mapping_kwargs=mapping_kwargs)

    def aggregate(self, per_session: dict[str, Score]) -> Score:
        """Combine per-session scores: mean raw, and the spread over sessions as the error."""
        missing = [session for session in self.sessions if session not in per_session]
        if missing:
            raise ValueError(f"{self.identifier}: scores of sessions {missing} are missing")
        values = np.array([per_session[session].raw for session in self.sessions])
        return Score(
            raw=float(values.mean()),
            error=float(values.std(ddof=0) / math.sqrt(values.size)),
            extra={
                "aggregation": "mean over sessions; error = std over sessions (ddof 0) / sqrt(n_sessions)",
                "per_session": {
                    session: {
                        "raw": per_session[session].raw,
                        "error": per_session[session].error,
                        "n_stimuli": per_session[session].extra.get("n_stimuli"),
                        "n_neuroids": per_session[session].extra.get("n_neuroids"),
                        "merged_duplicate_images": self._data[session].merged_duplicates,
                    }
                    for session in self.sessions
                },
            },
        )

    def score_from_grams(self, gram_source, layers: list[str], progress: ProgressCallback,
                         skip_failed_layers: bool = False) -> BenchmarkResult:
        """Score every layer, one session at a time: `gram_source(stimuli, degrees, layers)` gives the Grams.

        Only one session's Grams are held at a time. With `skip_failed_layers`, a layer whose scoring
        raises ValueError in any session is left out and its error is reported in `details["layer_errors"]`.
        """
        per_layer: dict[str, dict[str, Score]] = {layer: {} for layer in layers}
        errors: dict[str, str] = {}
        for index, session in enumerate(self.sessions):
            progress("scoring sessions", index, len(self.sessions), session)
            active = [layer for layer in layers if layer not in errors]
            grams = gram_source(self.session_stimulus_set(session), self.stimulus_degrees, active)
            for layer in active:
                try:
                    per_layer[layer][session] = self.score_session_layer(session, grams[layer])
                except ValueError as error:
                    if not skip_failed_layers:
                        raise
                    errors[layer] = f"session {session}: {error}"
        progress("scoring sessions", len(self.sessions), len(self.sessions), "")
        scores = {layer: self.aggregate(per_layer[layer]) for layer in layers if layer not in errors}
        return best_layer_result(scores, errors)

    def score(self, model: ModelInfo, store: ActivationStore, layers: list[str],
              progress: ProgressCallback) -> BenchmarkResult:
        """Score from one store that contains the stimuli of all sessions (rows sorted by stimulus_id)."""
        rows = {stimulus_id: row for row, stimulus_id in enumerate(store.stimulus_ids)}
        session_rows = {}
        for session in self.sessions:
            ids = list(self.session_stimulus_set(session).stimulus_ids)
            missing = [stimulus_id for stimulus_id in ids if stimulus_id not in rows]
            if missing:
                raise ValueError(f"{self.identifier}: the activations lack stimuli {missing[:3]} of session {session}")
            session_rows[session] = (ids, np.array([rows[stimulus_id] for stimulus_id in ids]))

        per_layer: dict[str, Score] = {}
        for index, layer in enumerate(layers):
            progress("scoring layers", index, len(layers), layer)
            grams = _session_grams(store, layer, session_rows)
            per_layer[layer] = self.aggregate({session: self.score_session_layer(session, grams[session])
                                               for session in self.sessions})
        progress("scoring layers", len(layers), len(layers), "")
        return best_layer_result(per_layer, {})


def _session_grams(store: ActivationStore, layer: str,
                   session_rows: dict[str, tuple[list[str], np.ndarray]]) -> dict[str, LayerGram]:
    """Return one LayerGram per session from the session's rows of a store, reading the layer's file once."""
    grams = {session: np.zeros((rows.size, rows.size)) for session, (_, rows) in session_rows.items()}
    row_sums = {session: np.zeros(rows.size) for session, (_, rows) in session_rows.items()}
    num_features = 0
    for _, block in iter_column_blocks(store, layer, dtype=np.float32):
        for session, (_, rows) in session_rows.items():
            subset = block[rows].astype(np.float64)
            grams[session] += subset @ subset.T
            row_sums[session] += subset.sum(axis=1)
        num_features += block.shape[1]
    return {session: LayerGram(layer, list(ids), grams[session], row_sums[session], num_features)
            for session, (ids, _) in session_rows.items()}


def _check_targets(identifier: str, session: str, responses: np.ndarray, neuroid_ids) -> None:
    if not np.all(np.isfinite(responses)):
        bad = np.flatnonzero(~np.all(np.isfinite(responses), axis=0))
        raise ValueError(f"{identifier}, session {session}: neuroids {[str(neuroid_ids[i]) for i in bad[:5]]} have "
                         "NaN or infinite repeat-averaged responses; drop them from the assembly")
    constant = np.flatnonzero(np.all(responses == responses[:1], axis=0))
    if constant.size:
        raise ValueError(f"{identifier}, session {session}: neuroids {[str(neuroid_ids[i]) for i in constant[:5]]} "
                         "respond identically to every stimulus, so their correlation is undefined; drop them")


def best_layer_result(per_layer: dict[str, Score], errors: dict[str, str]) -> BenchmarkResult:
    if not per_layer:
        raise ValueError(f"no layer could be scored: {errors}")
    best = max(per_layer, key=lambda name: rank_value(per_layer[name]))
    details = {"layer_errors": dict(errors)} if errors else {}
    return BenchmarkResult(score=per_layer[best], layer=best, layers=per_layer, details=details)


def rank_value(score: Score) -> float:
    """Return the value layers are ranked by: ceiled when defined, else raw; a negative raw r ranks lowest.

    The ceiled regression score r^2 / ceiling is positive for a negative r too. Keeping the sign of raw
    makes an anti-correlated layer rank below every positively correlated one.
    """
    value = score.ceiled if score.ceiled is not None else score.raw
    if value is None or math.isnan(value):
        return -math.inf
    return math.copysign(abs(value), score.raw) if score.raw is not None and score.raw < 0 else value


# ---------------------------------------------------------------------------------------------------------------
# Factories


def _cowley2023_v4() -> Benchmark:
    session = cowley2023.SCORING_SESSION
    return RegressionBenchmark(
        identifier="Cowley2023.V4-pls",
        version="1",
        region="V4",
        stimulus_degrees=cowley2023.STIMULUS_DEGREES,
        load_stimuli=lambda: cowley2023.load_stimulus_set(session),
        load_assembly=lambda: cowley2023.load_assembly(session),
        description=f"Cowley et al. 2023 macaque V4, session {session}: 640 images, single trials; "
                    "PLS (25 components) predictivity, split-half ceiling",
    )


def _cowley_session(session: str) -> tuple[StimulusSet, xr.DataArray]:
    return cowley2023.load_stimulus_set(session), cowley2023.load_assembly(session)


def _cowley2023public_v4() -> Benchmark:
    return SessionAveragedRegressionBenchmark(
        identifier="Cowley2023public.V4-pls",
        version=f"1+sessions-{len(COWLEY_PUBLIC_SESSIONS)}+{SHARED_IMAGES_RULE}",
        region="V4",
        stimulus_degrees=cowley2023.STIMULUS_DEGREES,
        sessions=COWLEY_PUBLIC_SESSIONS,
        load_session=_cowley_session,
        filter_stimuli=without_scoring_images,
        description=f"Cowley et al. 2023 macaque V4, the {len(COWLEY_PUBLIC_SESSIONS)} sessions with images other "
                    f"than {cowley2023.SCORING_SESSION} ({', '.join(COWLEY_PUBLIC_SESSIONS)}), repeat-averaged; "
                    "images of scoring sets dropped; PLS (25 components) fitted per session, raw r averaged over "
                    "sessions; no ceiling. Layer selection for V4",
    )


def _algonauts(region_name: str, half: str) -> Benchmark:
    region = {"EVC": "V1", "IT": "IT"}[region_name]
    public = half == split92.PUBLIC
    identifier = f"Algonauts2019{'public' if public else ''}.{region_name}-rdm"
    role = "layer selection" if public else "scoring"
    return RDMBenchmark(
        identifier=identifier,
        version=f"1+{split92.VERSION}" + (f"+{SHARED_IMAGES_RULE}" if public else ""),
        region=region,
        stimulus_degrees=algonauts2019.STIMULUS_DEGREES,
        load_stimuli=algonauts2019.load_stimulus_set,
        load_rdms=lambda: algonauts2019.load_rdms(region_name),
        rdm_stimulus_ids=algonauts2019.stimulus_ids(),
        stimulus_ids=split92.stimulus_ids(half, "algonauts2019"),
        has_ceiling=True,
        filter_stimuli=without_scoring_images if public else None,
        description=f"Algonauts 2019 human fMRI, {region_name} RDMs of {algonauts2019.N_SUBJECTS} subjects on the "
                    f"{half} half of the 92 object images ({split92.VERSION}); Spearman RSA, inter-subject "
                    f"ceiling; {role} for {region}",
    )


def _kriegeskorte2008_it() -> Benchmark:
    return RDMBenchmark(
        identifier="Kriegeskorte2008.IT-rdm",
        version=f"1+{split92.VERSION}",
        region="IT",
        stimulus_degrees=kriegeskorte2008.STIMULUS_DEGREES["Kriegeskorte2008"],
        load_stimuli=kriegeskorte2008.load_stimulus_set,
        load_rdms=kriegeskorte2008.load_human_it_rdms,
        rdm_stimulus_ids=kriegeskorte2008.stimulus_ids(),
        stimulus_ids=split92.stimulus_ids(split92.PRIVATE, "kriegeskorte2008"),
        has_ceiling=True,
        description=f"Kriegeskorte et al. 2008 human IT fMRI RDMs of {len(kriegeskorte2008.HUMAN_IT_SUBJECTS)} "
                    f"subjects (mean of 2 sessions each) on the private half of the 92 object images "
                    f"({split92.VERSION}); Spearman RSA, inter-subject ceiling",
    )


def _kiani2007_it() -> Benchmark:
    return RDMBenchmark(
        identifier="Kiani2007.IT-rdm",
        version=f"1+{split92.VERSION}",
        region="IT",
        stimulus_degrees=kriegeskorte2008.STIMULUS_DEGREES["Kiani2007"],
        load_stimuli=kriegeskorte2008.load_stimulus_set,
        load_rdms=kriegeskorte2008.load_kiani_monkey_it_rdm,
        rdm_stimulus_ids=kriegeskorte2008.stimulus_ids(),
        stimulus_ids=split92.stimulus_ids(split92.PRIVATE, "kriegeskorte2008"),
        has_ceiling=False,
        description=f"Kiani et al. 2007 monkey IT population RDM ({kriegeskorte2008.KIANI_RDM_NAME}) on the private "
                    f"half of the 92 object images ({split92.VERSION}); Spearman RSA, a single RDM so raw only",
    )


@functools.lru_cache(maxsize=4)
def _majajhong(region: str, variations: tuple[int, ...]) -> tuple[xr.DataArray, StimulusSet]:
    return majajhong2015.load_assembly(region, variations)


class OfficialDataRegressionBenchmark(RegressionBenchmark):
    """A RegressionBenchmark on files the user provides; `availability` reports whether they are present."""

    def __init__(self, *args, availability: Callable[[], tuple[bool, str]], **kwargs):
        super().__init__(*args, **kwargs)
        self._availability = availability

    def availability(self) -> tuple[bool, str]:
        return self._availability()


def _majajhong_benchmark(region: str, public: bool) -> Benchmark:
    variations = majajhong2015.SELECTION_VARIATIONS if public else majajhong2015.SCORING_VARIATIONS
    label = "-".join(str(variation) for variation in variations)

    def load_stimuli() -> StimulusSet:
        stimuli = _majajhong(region, variations)[1]
        return without_scoring_images(stimuli) if public else stimuli

    def load_assembly() -> xr.DataArray:
        assembly = _majajhong(region, variations)[0]
        if not public:
            return assembly
        keep = set(load_stimuli().stimulus_ids)
        mask = np.isin(assembly["stimulus_id"].values.astype(str), list(keep))
        return assembly.isel(presentation=np.flatnonzero(mask))

    role = "layer selection" if public else "scoring"
    return OfficialDataRegressionBenchmark(
        f"MajajHong2015{'public' if public else ''}.{region}-pls",
        f"1+variations-{label}" + (f"+{SHARED_IMAGES_RULE}" if public else ""),
        region,
        majajhong2015.STIMULUS_DEGREES,
        load_stimuli=load_stimuli,
        load_assembly=load_assembly,
        stratify_coord=majajhong2015.STRATIFICATION_COORD,
        availability=lambda: majajhong2015.availability(variations),
        description=f"Majaj, Hong et al. 2015 macaque {region}, HvM variation(s) {label} (official Brain-Score "
                    f"files); PLS (25 components) predictivity stratified by object_name, split-half ceiling; "
                    f"{role} for {region}",
    )


FACTORIES: dict[str, Callable[[], Benchmark]] = {
    "Cowley2023.V4-pls": _cowley2023_v4,
    "Cowley2023public.V4-pls": _cowley2023public_v4,
    "Algonauts2019.EVC-rdm": lambda: _algonauts("EVC", split92.PRIVATE),
    "Algonauts2019.IT-rdm": lambda: _algonauts("IT", split92.PRIVATE),
    "Algonauts2019public.EVC-rdm": lambda: _algonauts("EVC", split92.PUBLIC),
    "Algonauts2019public.IT-rdm": lambda: _algonauts("IT", split92.PUBLIC),
    "Kriegeskorte2008.IT-rdm": _kriegeskorte2008_it,
    "Kiani2007.IT-rdm": _kiani2007_it,
    "MajajHong2015.V4-pls": lambda: _majajhong_benchmark("V4", public=False),
    "MajajHong2015.IT-pls": lambda: _majajhong_benchmark("IT", public=False),
    "MajajHong2015public.V4-pls": lambda: _majajhong_benchmark("V4", public=True),
    "MajajHong2015public.IT-pls": lambda: _majajhong_benchmark("IT", public=True),
}
