"""Behavioral benchmarks: a model's decisions compared with human decisions on the same images.

- Geirhos et al. 2021 (cue-conflict, edge, silhouette): the model's 16-way choices, read from
  its ImageNet logits, scored by error consistency against 10 human subjects, by accuracy,
  and (cue-conflict) by shape bias. Brain-Score reference:
  brainscore_vision/benchmarks/geirhos2021/benchmark.py.
- Mur et al. 2013: the RDM of the model's behavioral layer against 16 human
  similarity-judgement RDMs of the 92 Kriegeskorte images.
- Rajalingham et al. 2018: a logistic readout of the model's behavioral layer, scored by I2n
  against human two-alternative choices (brainscore_vision/benchmarks/rajalingham2018).

Every benchmark reads its activations from an `ActivationStore` whose rows are sorted by
`stimulus_id`. The science lives in `ventral_engine.behavior` and `ventral_engine.metrics`.
This module picks layers, aligns stimuli and stores the results.
"""

from __future__ import annotations

import hashlib
import math
from functools import cached_property
from typing import Callable, Sequence

import numpy as np
import pandas as pd

from ventral.datasets import geirhos2021, kriegeskorte2008, mur2013, rajalingham2018
from ventral.stimuli import StimulusSet

from ventral.imagenet_labels import (
    IMAGENET_HEAD_WIDTHS,
    check_imagenet_head,
    imagenet_to_16,
    logits_to_probabilities,
)

from ..activation_store import ActivationStore
from ..behavior import (
    LogisticReadout,
    accuracy,
    error_consistency,
    human_accuracy,
    human_ceiling,
    human_shape_bias,
    i2n,
    shape_bias,
)
from ..metrics.score import Score
from .base import Benchmark, BenchmarkResult, ModelInfo, ProgressCallback
from .rsa_benchmarks import RDMBenchmark

ERROR_CONSISTENCY_FORMULA = (
    "ceiled = raw / ceiling, bounded to [0, 1] (ceiling: error consistency between all pairs of human subjects); "
    "extra.ceiled_unbounded keeps raw / ceiling"
)
I2N_FORMULA = (
    "ceiled = mean over 2 split-halves of r / sqrt(split-half human consistency); unclipped, "
    "extra.ceiled_bounded keeps it bounded to [0, 1]"
)


# Layers


def choice_layer(model: ModelInfo, requested: Sequence[str]) -> str:
    """Return the layer that contains the model's ImageNet logits, or raise ValueError.

    Rejects, before any image runs, models without a 1000-way ImageNet head (or a
    1001-way head with background class 0), models without a behavioral readout
    layer, and readout layers of the wrong width. `requested` layers are the candidate
    layers of a job (a whole-model job passes them to every benchmark) and do not change
    where the choices are read, so they are only checked to be known layers.
    """
    check_imagenet_head(model)
    layer = model.behavioral_readout_layer
    if not layer:
        raise ValueError(
            f"model {model.identifier!r} declares imagenet_head={model.imagenet_head!r} but no "
            "behavioral_readout_layer; set the model's behavioral_readout_layer to its logits layer"
        )
    expected = IMAGENET_HEAD_WIDTHS[model.imagenet_head]
    width = model.layer_features.get(layer)
    if width is None:
        raise ValueError(
            f"model {model.identifier!r} names {layer!r} as its behavioral readout layer but does not report that "
            f"layer (it reports {model.layers}); fix the model's layer list"
        )
    if width != expected:
        raise ValueError(
            f"model {model.identifier!r}: behavioral readout layer {layer!r} has {width} features, but "
            f"imagenet_head={model.imagenet_head!r} needs {expected} logits; point behavioral_readout_layer "
            "at the classifier's logits"
        )
    _check_known_layers(model, requested)
    return layer


def behavioral_layer(model: ModelInfo, requested: Sequence[str]) -> str:
    """Return the layer whose features a behavioral readout or RDM uses.

    The model's `behavioral_readout_layer` when it declares one, else its last candidate
    layer: the last of the `requested` layers, or the last layer the model reports when
    none are requested. Raises ValueError for unknown layers.
    """
    _check_known_layers(model, requested)
    if model.behavioral_readout_layer:
        layer = model.behavioral_readout_layer
    elif requested or model.layers:
        layer = (list(requested) or model.layers)[-1]
    else:
        raise ValueError(f"model {model.identifier!r} reports no layers; cannot choose a behavioral layer")
    _check_known_layers(model, [layer])
    return layer


def _check_known_layers(model: ModelInfo, layers: Sequence[str]) -> None:
    unknown = [layer for layer in layers if layer not in model.layer_features]
    if unknown:
        raise ValueError(f"unknown layers {unknown} for model {model.identifier!r}; choose from {model.layers}")


def _check_store_rows(store: ActivationStore, expected_ids: Sequence[str], identifier: str) -> None:
    if list(store.stimulus_ids) != sorted(expected_ids):
        raise ValueError(
            f"{identifier}: the activations cover {store.n} stimuli that differ from the benchmark's "
            f"{len(expected_ids)} stimuli; run the model on this benchmark's stimulus set"
        )


# Geirhos et al. 2021


def model_choices(model: ModelInfo, store: ActivationStore, layer: str,
                  category_indices: dict[str, tuple[int, ...]] | None = None) -> pd.Series:
    """Return the model's 16-way choice per stimulus, a Series of category names indexed by `stimulus_id`.

    Softmax over the ImageNet logits (background class 0 of a 1001-way head dropped), mean
    probability of each category's ImageNet classes, argmax (`ventral.imagenet_labels`).
    `category_indices` (category -> ImageNet classes) defaults to the mirror's table.
    """
    logits = store.features(layer)
    probabilities = logits_to_probabilities(logits, model.imagenet_head)
    choices, _ = imagenet_to_16(probabilities, category_indices)
    return pd.Series(choices, index=list(store.stimulus_ids), name="choice")


class Geirhos2021Benchmark(Benchmark):
    """Shared parts of the Geirhos 2021 benchmarks: stimuli, human trials and the model's choices.

    Args:
        experiment: "cue-conflict", "edge" or "silhouette".
        load_stimuli: returns the experiment's StimulusSet (default: the mirrored images).
        load_trials: returns the human trial table with `stimulus_id`, `subject`,
            `condition`, `truth`, `choice` (and `texture` for cue-conflict).
        category_indices: category -> ImageNet class indices; default the mirror's table.
        stimulus_ids: restrict stimuli and trials to these images (default: all).
    """

    region = "behavior"
    stimulus_degrees = geirhos2021.VISUAL_DEGREES
    measure = ""

    def __init__(self, experiment: str, *, version: str = "1",
                 load_stimuli: Callable[[], StimulusSet] | None = None,
                 load_trials: Callable[[], pd.DataFrame] | None = None,
                 category_indices: dict[str, tuple[int, ...]] | None = None,
                 stimulus_ids: Sequence[str] | None = None):
        if experiment not in geirhos2021.EXPERIMENTS:
            raise ValueError(f"unknown Geirhos experiment {experiment!r}; choose one of {sorted(geirhos2021.EXPERIMENTS)}")
        self.experiment = experiment
        self.identifier = f"Geirhos2021{experiment.replace('-', '')}-{self.measure}"
        self.version = version
        self._load_stimuli = load_stimuli or (lambda: geirhos2021.load_stimulus_set(experiment))
        self._load_trials = load_trials or (lambda: geirhos2021.load_trials(experiment))
        self.category_indices = category_indices
        self._subset_ids = None if stimulus_ids is None else list(stimulus_ids)

    def subset(self, stimulus_ids: Sequence[str]) -> "Geirhos2021Benchmark":
        """Return this benchmark on the given images only; the version names the subset by a digest of the ids."""
        ids = sorted(stimulus_ids)
        digest = hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:12]
        return self._restricted(ids, f"{self.version}+subset-{digest}")

    def limited(self, stimulus_limit: int) -> "Geirhos2021Benchmark":
        ids = sorted(self.stimulus_set().stimulus_ids)
        if not 0 < stimulus_limit <= len(ids):
            raise ValueError(f"stimulus_limit (--subset) must be between 1 and the {len(ids)} stimuli of {self.identifier}; "
                             f"got {stimulus_limit}")
        return self._restricted(ids[:stimulus_limit], f"{self.version}+subset{stimulus_limit}")

    def _restricted(self, stimulus_ids: list[str], version: str) -> "Geirhos2021Benchmark":
        return type(self)(self.experiment, version=version, load_stimuli=lambda: self._all_stimuli,
                          load_trials=lambda: self._all_trials, category_indices=self.category_indices,
                          stimulus_ids=stimulus_ids)

    @cached_property
    def _all_stimuli(self) -> StimulusSet:
        return self._load_stimuli()

    @cached_property
    def _all_trials(self) -> pd.DataFrame:
        return self._load_trials()

    def stimulus_set(self) -> StimulusSet:
        return self._stimuli

    @cached_property
    def _stimuli(self) -> StimulusSet:
        if self._subset_ids is None:
            return self._all_stimuli
        return self._all_stimuli.subset(self._subset_ids)

    @cached_property
    def trials(self) -> pd.DataFrame:
        """The human trials on this benchmark's images, one row per trial."""
        trials = self._all_trials
        if self._subset_ids is not None:
            trials = trials[trials["stimulus_id"].isin(set(self._subset_ids))].reset_index(drop=True)
        unknown = sorted(set(trials["stimulus_id"]) - set(self._stimuli.stimulus_ids))
        if unknown:
            raise ValueError(f"{self.identifier}: {len(unknown)} trials show images outside the stimulus set, "
                             f"e.g. {unknown[:3]}")
        if trials.empty:
            raise ValueError(f"{self.identifier}: no human trials on the selected images")
        return trials

    @cached_property
    def image_table(self) -> pd.DataFrame:
        """One row per image, indexed by `stimulus_id`: `truth` (shape category), `texture` for cue-conflict."""
        table = self._stimuli.stimuli.set_index("stimulus_id").sort_index()
        columns = ["truth"] + (["texture"] if "texture" in table.columns else [])
        return table[columns]

    def layers_to_run(self, model: ModelInfo, requested: list[str]) -> list[str]:
        return [choice_layer(model, requested)]

    def per_image(self, choices: pd.Series) -> pd.DataFrame:
        """Return, per image, the model's choice and correctness next to the humans' accuracy on it.

        Columns: `truth`, (`texture`), `choice`, `correct` (bool) and `human_accuracy`
        (fraction of the human trials on that image with a correct choice; "na" counts as wrong).
        """
        table = self.image_table.copy()
        table["choice"] = choices.reindex(table.index)
        table["correct"] = (table["choice"] == table["truth"]).astype(bool)
        trials = self.trials
        human_correct = (trials["choice"] == trials["truth"]).groupby(trials["stimulus_id"]).mean()
        table["human_accuracy"] = human_correct.reindex(table.index)
        return table

    def _choices(self, model: ModelInfo, store: ActivationStore, layers: list[str]) -> pd.DataFrame:
        _check_store_rows(store, self._stimuli.stimulus_ids, self.identifier)
        return self.per_image(model_choices(model, store, layers[0], self.category_indices))

    @staticmethod
    def per_image_details(table: pd.DataFrame) -> dict:
        """Return stimulus_id -> {choice, correct, human_accuracy, truth, (texture)} as JSON-ready values."""
        details = {}
        for stimulus_id, row in table.iterrows():
            entry = {"choice": str(row["choice"]), "correct": bool(row["correct"]), "truth": str(row["truth"])}
            human = row["human_accuracy"]
            entry["human_accuracy"] = None if pd.isna(human) else float(human)
            if "texture" in row:
                entry["texture"] = str(row["texture"])
            details[str(stimulus_id)] = entry
        return details


class Geirhos2021ErrorConsistency(Geirhos2021Benchmark):
    """Error consistency (Cohen's kappa) between the model's and each human's correct/wrong trials."""

    kind = "behavior"
    measure = "error_consistency"
    has_ceiling = True
    ceiling_formula = ERROR_CONSISTENCY_FORMULA

    @property
    def description(self) -> str:
        return (f"Geirhos et al. 2021 {self.experiment}: 16-way choices from the ImageNet logits, error consistency "
                "(Cohen's kappa per subject and condition) with 10 human subjects, ceiled by the human pairs")

    @cached_property
    def ceiling(self) -> Score:
        """Error consistency between every pair of human subjects on this benchmark's images."""
        return human_ceiling(self.trials)

    def score(self, model: ModelInfo, store: ActivationStore, layers: list[str],
              progress: ProgressCallback) -> BenchmarkResult:
        progress("scoring", 0, 1, self.identifier)
        table = self._choices(model, store, layers)
        raw = error_consistency(table["correct"].to_dict(), self.trials)
        ceiling = self.ceiling
        if not (ceiling.raw > 0 and math.isfinite(ceiling.raw)):
            raise ValueError(f"{self.identifier}: the human ceiling is {ceiling.raw!r}; it must be positive")
        unbounded = raw.raw / ceiling.raw
        score = Score(
            raw=raw.raw,
            error=raw.error,
            ceiling=ceiling.raw,
            ceiled=float(np.clip(unbounded, 0.0, 1.0)),
            extra={
                "ceiled_unbounded": unbounded,
                "ceiling_error": ceiling.error,
                "per_subject": raw.extra["per_subject"],
                "kappas": raw.extra["kappas"],
            },
        )
        progress("scoring", 1, 1, "")
        details = {
            "model_accuracy": float(table["correct"].mean()),
            "human_accuracy": human_accuracy(self.trials),
            "ceiling_pairs": ceiling.extra["pairs"],
            "per_image": self.per_image_details(table),
        }
        return BenchmarkResult(score=score, layer=layers[0], details=details)


class Geirhos2021Top1(Geirhos2021Benchmark):
    """Accuracy of the model's 16-way choices (an engineering measure; no ceiling)."""

    kind = "behavior-engineering"
    measure = "top1"
    has_ceiling = False
    ceiling_formula = "none: accuracy is reported raw"

    @property
    def description(self) -> str:
        return (f"Geirhos et al. 2021 {self.experiment}: accuracy of the 16-way choices from the ImageNet logits; "
                "human accuracy on the same images in details")

    def score(self, model: ModelInfo, store: ActivationStore, layers: list[str],
              progress: ProgressCallback) -> BenchmarkResult:
        progress("scoring", 0, 1, self.identifier)
        table = self._choices(model, store, layers)
        value = accuracy(table["choice"].to_numpy(), table["truth"].to_numpy())
        # Standard error of a proportion over the n images.
        score = Score(raw=value, error=math.sqrt(value * (1 - value) / len(table)),
                      extra={"n_images": len(table)})
        progress("scoring", 1, 1, "")
        details = {"human_accuracy": human_accuracy(self.trials), "per_image": self.per_image_details(table)}
        return BenchmarkResult(score=score, layer=layers[0], details=details)


class Geirhos2021ShapeBias(Geirhos2021Benchmark):
    """Shape bias of the model's choices on cue-conflict images (an engineering measure; no ceiling).

    Shape decisions / (shape + texture decisions) over the images whose shape and texture
    categories differ (`ventral_engine.behavior.shape_bias`).
    """

    kind = "behavior-engineering"
    measure = "shape_bias"
    has_ceiling = False
    ceiling_formula = "none: shape bias is reported raw, the human value in details"

    def __init__(self, experiment: str = "cue-conflict", **kwargs):
        if experiment != "cue-conflict":
            raise ValueError(f"shape bias needs cue-conflict images (shape and texture disagree); got {experiment!r}")
        super().__init__(experiment, **kwargs)

    @property
    def description(self) -> str:
        return ("Geirhos et al. 2021 cue-conflict: fraction of shape decisions among shape or texture decisions of "
                "the 16-way choices; the human shape bias on the same trials in details")

    def score(self, model: ModelInfo, store: ActivationStore, layers: list[str],
              progress: ProgressCallback) -> BenchmarkResult:
        progress("scoring", 0, 1, self.identifier)
        table = self._choices(model, store, layers)
        model_bias = shape_bias(table["choice"].to_numpy(), table["truth"].to_numpy(), table["texture"].to_numpy())
        value = model_bias["shape_bias"]
        decided = model_bias["n_shape"] + model_bias["n_texture"]
        # Standard error of a proportion over the shape or texture decisions.
        score = Score(raw=value, error=math.sqrt(value * (1 - value) / decided), extra=model_bias)
        progress("scoring", 1, 1, "")
        details = {"human_shape_bias": human_shape_bias(self.trials), "per_image": self.per_image_details(table)}
        return BenchmarkResult(score=score, layer=layers[0], details=details)


# Mur et al. 2013


class Mur2013JudgmentsRDM(RDMBenchmark):
    """The model's RDM on the 92 Kriegeskorte images against 16 human similarity-judgement RDMs.

    The model RDM (1 - Pearson r across units) comes from the Gram matrix of the model's
    behavioral readout layer, or of its last candidate layer when it declares none
    (`behavioral_layer`). A judgement is a decision about the whole image, so the layer
    closest to the model's output represents it. The judgement RDMs are in arbitrary
    units, which the Spearman comparison ignores. Scoring is `RDMBenchmark`'s: mean over subjects of
    Spearman(model, subject), ceiling = upper bound of the inter-subject ceiling,
    ceiled = raw / ceiling.

    Args:
        load_stimuli: returns the 92 images (default `mur2013.load_stimulus_set`).
        load_rdms: returns the subject RDMs, shape (subject, n_all, n_all), rows in
            `rdm_stimulus_ids` order (default `mur2013.load_rdms`).
        rdm_stimulus_ids: the stimulus id of each RDM row (default `mur2013.stimulus_ids()`).
        stimulus_ids: the images to score (default: all of `rdm_stimulus_ids`).
    """

    kind = "behavior"

    def __init__(self, load_stimuli: Callable[[], StimulusSet] | None = None,
                 load_rdms: Callable[[], np.ndarray] | None = None,
                 rdm_stimulus_ids: Sequence[str] | None = None, stimulus_ids: Sequence[str] | None = None,
                 version: str = "1"):
        rdm_stimulus_ids = list(mur2013.stimulus_ids() if rdm_stimulus_ids is None else rdm_stimulus_ids)
        super().__init__(
            "Mur2013.judgments-rdm", version, "behavior",
            # NOTE: the image size of the arrangement task in degrees is not recorded here. The value of the
            # fMRI experiment on the same images is used, so both benchmarks share the model's activations.
            kriegeskorte2008.STIMULUS_DEGREES["Kriegeskorte2008"],
            load_stimuli or mur2013.load_stimulus_set, load_rdms or mur2013.load_rdms, rdm_stimulus_ids,
            rdm_stimulus_ids if stimulus_ids is None else stimulus_ids,
            description="Mur et al. 2013: RDM of the model's behavioral layer on the 92 Kriegeskorte images "
                        "against 16 human similarity-judgement RDMs (Spearman), inter-subject ceiling",
        )
        self._loaders = (load_stimuli, load_rdms)

    def limited(self, stimulus_limit: int) -> "Mur2013JudgmentsRDM":
        if not 3 <= stimulus_limit <= len(self.stimulus_ids):
            raise ValueError(f"stimulus_limit (--subset) must be between 3 and the {len(self.stimulus_ids)} stimuli of "
                             f"{self.identifier}; got {stimulus_limit}")
        return Mur2013JudgmentsRDM(*self._loaders, rdm_stimulus_ids=self.rdm_stimulus_ids,
                                   stimulus_ids=self.stimulus_ids[:stimulus_limit],
                                   version=f"{self.version}+subset{stimulus_limit}")

    def layers_to_run(self, model: ModelInfo, requested: list[str]) -> list[str]:
        return [behavioral_layer(model, requested)]


# Rajalingham et al. 2018


class Rajalingham2018I2n(Benchmark):
    """I2n of a logistic readout of the model's behavioral layer against human two-alternative choices.

    The readout (`behavior.LogisticReadout`: standardized features, multinomial logistic
    regression with C = 1e-3) is fitted on the 2160 labelled "public" objectome images and
    predicts probabilities over the 24 objects for the 240 "private" test images, whose
    human trials give the I2n signature (`behavior.i2n`). The model runs on both sets in
    one stream. The layer is chosen as for `Mur2013JudgmentsRDM` (`behavioral_layer`).

    Args:
        folder: the folder with the official BrainIO files (default
            `rajalingham2018.official_folder()`).
        verify: check each file's SHA-1 against Brain-Score's registry.
    """

    identifier = "Rajalingham2018-i2n"
    version = "1"
    region = "behavior"
    kind = "behavior"
    has_ceiling = True
    ceiling_formula = I2N_FORMULA
    # Brain-Score's Rajalingham2018 benchmark shows the images at 8 degrees.
    stimulus_degrees = 8.0
    description = ("Rajalingham et al. 2018: logistic readout (C = 1e-3) of the behavioral layer fitted on 2160 "
                   "images, I2n on 240 test images against human choices, split-half ceiling")

    def __init__(self, folder=None, verify: bool = True):
        self._folder = folder
        self._verify = verify

    def availability(self) -> tuple[bool, str]:
        folder = rajalingham2018.official_folder(self._folder)
        official = rajalingham2018.OFFICIAL_FILES
        # The public trials are not used: Brain-Score fits the readout on the public images' labels.
        needed = [official["public"]["stimulus_csv"], official["public"]["stimulus_zip"], *official["private"].values()]
        missing = [data_file.filename for data_file in needed if not (folder / data_file.filename).is_file()]
        if missing:
            return False, (f"the official Rajalingham 2018 BrainIO files {missing} are not in {folder}; the mirror "
                           f"does not carry them. Put them there or set {rajalingham2018.BRAINIO_FOLDER_VARIABLE} "
                           "to the folder that contains them")
        return True, ""

    def _require_available(self) -> None:
        available, reason = self.availability()
        if not available:
            raise rajalingham2018.OfficialDataUnavailableError(f"{self.identifier} is unavailable: {reason}")

    @cached_property
    def fitting_stimuli(self) -> StimulusSet:
        """The labelled images the readout is fitted on ("public")."""
        self._require_available()
        return rajalingham2018.load_stimulus_set("public", folder=self._folder, verify=self._verify)

    @cached_property
    def test_stimuli(self) -> StimulusSet:
        """The images of the human trials ("private")."""
        self._require_available()
        return rajalingham2018.load_stimulus_set("private", folder=self._folder, verify=self._verify)

    @cached_property
    def trials(self) -> pd.DataFrame:
        """The human trials on the test images, in file order (the split-halves depend on it)."""
        self._require_available()
        return rajalingham2018.load_trials("private", folder=self._folder, verify=self._verify)

    @cached_property
    def _combined(self) -> StimulusSet:
        fitting, test = self.fitting_stimuli, self.test_stimuli
        shared = sorted(set(fitting.stimulus_ids) & set(test.stimulus_ids))
        if shared:
            raise ValueError(f"{self.identifier}: {len(shared)} stimulus_ids are both fitting and test images, "
                             f"e.g. {shared[:3]}; the readout must not be fitted on test images")
        tables = [fitting.stimuli.assign(role="fitting"), test.stimuli.assign(role="test")]
        table = pd.concat(tables, ignore_index=True)
        locations = [fitting.location(stimulus_id) for stimulus_id in fitting.stimulus_ids]
        locations += [test.location(stimulus_id) for stimulus_id in test.stimulus_ids]
        return StimulusSet(f"{fitting.identifier}+{test.identifier}", table, locations)

    def stimulus_set(self) -> StimulusSet:
        return self._combined

    def layers_to_run(self, model: ModelInfo, requested: list[str]) -> list[str]:
        return [behavioral_layer(model, requested)]

    def score(self, model: ModelInfo, store: ActivationStore, layers: list[str],
              progress: ProgressCallback) -> BenchmarkResult:
        _check_store_rows(store, self._combined.stimulus_ids, self.identifier)
        layer = layers[0]
        # NOTE: the readout keeps all 2400 x p features in memory as float32. That suits logits or a pooled layer,
        # but a model whose fallback layer is a wide feature map needs gigabytes here.
        features = store.features(layer)
        fitting_ids = list(self.fitting_stimuli.stimulus_ids)
        test_ids = sorted(self.test_stimuli.stimulus_ids)

        progress("fitting readout", 0, 1, layer)
        fitting_rows = [store.row_of[stimulus_id] for stimulus_id in fitting_ids]
        labels = rajalingham2018.object_labels(self.fitting_stimuli)
        readout = LogisticReadout().fit(features[fitting_rows], labels)
        progress("fitting readout", 1, 1, "")

        progress("scoring", 0, 1, layer)
        test_rows = [store.row_of[stimulus_id] for stimulus_id in test_ids]
        probabilities = readout.predict_probabilities(features[test_rows])
        score = i2n(probabilities, readout.objects_, test_ids, self.trials)
        score.extra["num_features"] = int(features.shape[1])
        progress("scoring", 1, 1, "")
        details = {"objects": list(readout.objects_), "n_fitting_images": len(fitting_ids),
                   "n_test_images": len(test_ids), "n_trials": len(self.trials)}
        return BenchmarkResult(score=score, layer=layer, layers={layer: score}, details=details)
