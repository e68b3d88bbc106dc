"""Geirhos 2021 benchmarks of the engine: layer choice, head rejection and scoring on synthetic logits."""

from __future__ import annotations

import io
import itertools
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from ventral import config
from ventral.datasets import geirhos2021
from ventral.stimuli import StimulusSet
from ventral.v1 import model_runner_pb2 as runner_pb
from ventral_engine import scoring
from ventral_engine.activation_store import ActivationStore
from ventral_engine.benchmarks import registry
from ventral_engine.benchmarks.base import ModelInfo
from ventral_engine.benchmarks.behavioral import (
    Geirhos2021ErrorConsistency,
    Geirhos2021ShapeBias,
    Geirhos2021Top1,
    choice_layer,
)

CATEGORIES = geirhos2021.CATEGORIES
# Synthetic category table: category i owns ImageNet classes 10 i .. 10 i + 9.
CATEGORY_INDICES = {category: tuple(range(10 * index, 10 * index + 10)) for index, category in enumerate(CATEGORIES)}
LOGITS = "logits"


def _model(head="1000", readout=LOGITS, width=1000) -> ModelInfo:
    return ModelInfo(identifier="synthetic-net", content_digest="0" * 64, layers=["conv", LOGITS],
                     layer_features={"conv": 12, LOGITS: width}, field_of_view_degrees=8.0,
                     imagenet_head=head, behavioral_readout_layer=readout)


def _png(value: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), (value, value, value)).save(buffer, format="PNG")
    return buffer.getvalue()


def _stimulus_set(folder, truths, textures=None) -> StimulusSet:
    """Write one tiny PNG per image; stimulus ids are img00, img01, ... in the order of `truths`."""
    ids = [f"img{index:02d}" for index in range(len(truths))]
    paths = []
    for index, stimulus_id in enumerate(ids):
        path = folder / f"{stimulus_id}.png"
        path.write_bytes(_png(index))
        paths.append(path)
    table = pd.DataFrame({"stimulus_id": ids, "category": truths, "truth": truths})
    if textures is not None:
        table["texture"] = textures
    return StimulusSet.from_files("synthetic.geirhos", table, paths)


def _trials(stimuli: StimulusSet, subject_correct: dict[str, list[bool]], conditions=None) -> pd.DataFrame:
    """Return one trial per subject and image; a wrong choice is the next category."""
    table = stimuli.stimuli
    rows = []
    for subject, correct in subject_correct.items():
        for index, (stimulus_id, truth) in enumerate(zip(table["stimulus_id"], table["truth"])):
            wrong = CATEGORIES[(CATEGORIES.index(truth) + 1) % len(CATEGORIES)]
            rows.append({"stimulus_id": stimulus_id, "subject": subject,
                         "condition": "0" if conditions is None else conditions[index],
                         "truth": truth, "choice": truth if correct[index] else wrong})
    trials = pd.DataFrame(rows)
    if "texture" in table:
        trials["texture"] = trials["stimulus_id"].map(table.set_index("stimulus_id")["texture"])
    return trials


def _store(stimuli: StimulusSet, choices: dict[str, str], head="1000") -> ActivationStore:
    """Return a store whose logits make the model choose `choices[stimulus_id]` (one high class per image)."""
    ids = sorted(stimuli.stimulus_ids)
    offset = 1 if head == "1001-background" else 0
    logits = np.zeros((len(ids), 1000 + offset), dtype=np.float32)
    for row, stimulus_id in enumerate(ids):
        logits[row, offset + CATEGORY_INDICES[choices[stimulus_id]][3]] = 8.0
        if offset:
            logits[row, 0] = 50.0  # the background class dominates the raw softmax but must be dropped
    store = ActivationStore(ids)
    store.add_chunk(LOGITS, ids, 0, logits.shape[1], logits)
    return store


def _choices_from_correct(stimuli: StimulusSet, correct: list[bool]) -> dict[str, str]:
    table = stimuli.stimuli
    return {stimulus_id: truth if right else CATEGORIES[(CATEGORIES.index(truth) + 2) % len(CATEGORIES)]
            for stimulus_id, truth, right in zip(table["stimulus_id"], table["truth"], correct)}


def _benchmark(cls, stimuli, trials, experiment="edge"):
    return cls(experiment, load_stimuli=lambda: stimuli, load_trials=lambda: trials,
               category_indices=CATEGORY_INDICES)


def _kappa(left, right) -> float:
    """Cohen's kappa of two correct/wrong sequences, written out independently of the engine."""
    left, right = np.asarray(left, bool), np.asarray(right, bool)
    p_left, p_right = left.mean(), right.mean()
    expected = p_left * p_right + (1 - p_left) * (1 - p_right)
    observed = np.mean(left == right)
    return 1.0 if observed == 1 else (observed - expected) / (1 - expected)


def _no_work():
    raise AssertionError("the benchmark loaded data before rejecting the model")


def _noop_progress(*args):
    pass


# Layer choice and head rejection


def test_choice_layer_is_readout():
    assert choice_layer(_model(), []) == LOGITS
    assert choice_layer(_model(), [LOGITS]) == LOGITS
    assert choice_layer(_model(head="1001-background", width=1001), []) == LOGITS


@pytest.mark.parametrize("head", [None, "", "512", "1000-cifar"])
def test_head_rejection_in_layers_to_run(head):
    benchmark = Geirhos2021ErrorConsistency("cue-conflict", load_stimuli=_no_work, load_trials=_no_work)

    with pytest.raises(ValueError, match="1000-way ImageNet classifier head"):
        benchmark.layers_to_run(_model(head=head), [])


def test_head_rejection_wrong_logit_width():
    with pytest.raises(ValueError, match="has 1001 features, but imagenet_head='1000' needs 1000"):
        choice_layer(_model(width=1001), [])


def test_head_rejection_without_readout_layer():
    with pytest.raises(ValueError, match="no behavioral_readout_layer"):
        choice_layer(_model(readout=None), [])


def test_choice_layer_ignores_candidate_layers():
    assert choice_layer(_model(), ["conv"]) == LOGITS


def test_choice_layer_rejects_unknown_layers():
    with pytest.raises(ValueError, match=r"unknown layers \['fc7'\]"):
        choice_layer(_model(), ["fc7"])


class _RunnerThatMustNotRun:
    """A runner stand-in that describes a model without an ImageNet head and fails if asked for images."""

    def describe(self, model: str) -> runner_pb.ModelDescription:
        return runner_pb.ModelDescription(model=model, layers=[runner_pb.LayerInfo(name="conv", num_features=12)],
                                          field_of_view_degrees=8.0)

    def stream_activations(self, *args, **kwargs):
        raise AssertionError("images were streamed for a model that the benchmark must reject")


def test_scoring_rejects_headless_model_before_images():
    benchmark = Geirhos2021Top1("edge", load_stimuli=_no_work, load_trials=_no_work)

    with pytest.raises(ValueError, match="imagenet_head=None"):
        scoring.score(benchmark, _RunnerThatMustNotRun(), "headless-net", [], 8, _noop_progress)


# Error consistency on synthetic logits


def test_error_consistency_hand_computed(tmp_path):
    truths = [CATEGORIES[index % 4] for index in range(8)]
    stimuli = _stimulus_set(tmp_path, truths)
    # kappa(model, A) = 0.5, kappa(model, B) = 0.75, kappa(A, B) = 0.25: raw 0.625, ceiling 0.25.
    trials = _trials(stimuli, {"A": [1, 1, 1, 0, 0, 0, 0, 1], "B": [1, 1, 1, 1, 0, 0, 1, 0]})
    benchmark = _benchmark(Geirhos2021ErrorConsistency, stimuli, trials)
    model_correct = [True, True, True, True, False, False, False, False]

    with _store(stimuli, _choices_from_correct(stimuli, model_correct)) as store:
        result = benchmark.score(_model(), store, [LOGITS], _noop_progress)

    score = result.score
    assert score.raw == pytest.approx(0.625)
    assert score.ceiling == pytest.approx(0.25)
    assert score.ceiled == 1.0
    assert score.extra["ceiled_unbounded"] == pytest.approx(2.5)
    assert score.extra["per_subject"] == pytest.approx({"A": 0.5, "B": 0.75})
    assert result.layer == LOGITS


def test_error_consistency_random_trials(tmp_path):
    rng = np.random.default_rng(7)
    n_images = 40
    truths = [CATEGORIES[index % 16] for index in range(n_images)]
    conditions = ["low" if index % 2 else "high" for index in range(n_images)]
    stimuli = _stimulus_set(tmp_path, truths)
    base = rng.random(n_images) < 0.6
    subjects = {f"s{index}": list(np.where(rng.random(n_images) < 0.7, base, ~base)) for index in range(4)}
    trials = _trials(stimuli, subjects, conditions)
    model_correct = list(np.where(rng.random(n_images) < 0.6, base, ~base))
    benchmark = _benchmark(Geirhos2021ErrorConsistency, stimuli, trials)

    with _store(stimuli, _choices_from_correct(stimuli, model_correct)) as store:
        score = benchmark.score(_model(), store, [LOGITS], _noop_progress).score

    condition_masks = [np.array(conditions) == value for value in ("high", "low")]
    per_subject = [np.mean([_kappa(np.array(model_correct)[mask], np.array(correct)[mask]) for mask in condition_masks])
                   for correct in subjects.values()]
    per_pair = [np.mean([_kappa(np.array(left)[mask], np.array(right)[mask]) for mask in condition_masks])
                for left, right in itertools.combinations(subjects.values(), 2)]
    expected_raw = abs(np.mean(per_subject))
    expected_ceiling = abs(np.mean(per_pair))
    assert score.raw == pytest.approx(expected_raw)
    assert score.ceiling == pytest.approx(expected_ceiling)
    assert score.ceiled == pytest.approx(min(max(expected_raw / expected_ceiling, 0.0), 1.0))
    assert score.extra["ceiled_unbounded"] == pytest.approx(expected_raw / expected_ceiling)
    assert 0.0 <= score.ceiled <= 1.0


def test_error_consistency_per_image_details(tmp_path):
    truths = ["dog", "cat", "car", "boat"]
    stimuli = _stimulus_set(tmp_path, truths)
    trials = _trials(stimuli, {"A": [1, 1, 0, 1], "B": [1, 0, 0, 1], "C": [0, 1, 1, 1]})
    benchmark = _benchmark(Geirhos2021ErrorConsistency, stimuli, trials)

    with _store(stimuli, _choices_from_correct(stimuli, [True, False, True, False])) as store:
        result = benchmark.score(_model(), store, [LOGITS], _noop_progress)

    per_image = result.details["per_image"]
    assert per_image["img03"] == {"choice": CATEGORIES[(CATEGORIES.index("boat") + 2) % 16], "correct": False,
                                  "truth": "boat", "human_accuracy": 1.0}
    assert per_image["img00"]["choice"] == "dog"
    assert per_image["img00"]["correct"] is True
    assert per_image["img01"]["choice"] == CATEGORIES[(CATEGORIES.index("cat") + 2) % 16]
    assert per_image["img01"]["correct"] is False
    assert per_image["img01"]["human_accuracy"] == pytest.approx(2 / 3)
    assert per_image["img02"]["human_accuracy"] == pytest.approx(1 / 3)
    assert result.details["model_accuracy"] == 0.5
    assert result.details["human_accuracy"]["pooled"] == pytest.approx(8 / 12)
    assert len(result.details["ceiling_pairs"]) == 3
    scoring.dumps(result.details)


def test_background_class_is_dropped(tmp_path):
    stimuli = _stimulus_set(tmp_path, ["dog", "cat", "car"])
    trials = _trials(stimuli, {"A": [1, 1, 1], "B": [1, 1, 0]})
    benchmark = _benchmark(Geirhos2021Top1, stimuli, trials)
    model = _model(head="1001-background", width=1001)
    choices = _choices_from_correct(stimuli, [True, True, False])

    with _store(stimuli, choices, head="1001-background") as store:
        result = benchmark.score(model, store, benchmark.layers_to_run(model, []), _noop_progress)

    assert result.score.raw == pytest.approx(2 / 3)
    assert [entry["choice"] for entry in result.details["per_image"].values()] == [choices[f"img0{i}"] for i in range(3)]


def test_error_consistency_rejects_foreign_activations(tmp_path):
    stimuli = _stimulus_set(tmp_path, ["dog", "cat", "car"])
    trials = _trials(stimuli, {"A": [1, 1, 1], "B": [1, 1, 0]})
    benchmark = _benchmark(Geirhos2021ErrorConsistency, stimuli, trials)
    other = ActivationStore(["x1", "x2", "x3"])
    other.add_chunk(LOGITS, ["x1", "x2", "x3"], 0, 1000, np.zeros((3, 1000), np.float32))

    with other, pytest.raises(ValueError, match="differ from the benchmark's 3 stimuli"):
        benchmark.score(_model(), other, [LOGITS], _noop_progress)


# Accuracy and shape bias


def test_top1_accuracy_and_error(tmp_path):
    truths = [CATEGORIES[index % 16] for index in range(10)]
    stimuli = _stimulus_set(tmp_path, truths)
    trials = _trials(stimuli, {"A": [1] * 10, "B": [1] * 5 + [0] * 5})
    benchmark = _benchmark(Geirhos2021Top1, stimuli, trials)
    correct = [True] * 3 + [False] * 7

    with _store(stimuli, _choices_from_correct(stimuli, correct)) as store:
        result = benchmark.score(_model(), store, [LOGITS], _noop_progress)

    assert result.score.raw == pytest.approx(0.3)
    assert result.score.error == pytest.approx(np.sqrt(0.3 * 0.7 / 10))
    assert result.score.ceiling is None
    assert result.score.ceiled is None
    assert result.details["human_accuracy"]["per_subject"] == {"A": 1.0, "B": 0.5}
    assert benchmark.kind == "behavior-engineering"
    assert benchmark.has_ceiling is False


def test_shape_bias_counts(tmp_path):
    shapes = ["dog", "dog", "cat", "cat", "car", "boat", "knife"]
    textures = ["cat", "cat", "dog", "car", "car", "oven", "clock"]
    stimuli = _stimulus_set(tmp_path, shapes, textures)
    trials = pd.DataFrame({
        "stimulus_id": list(stimuli.stimulus_ids) * 2,
        "subject": ["A"] * 7 + ["B"] * 7,
        "condition": "0",
        "truth": shapes * 2,
        "choice": ["dog", "dog", "cat", "car", "car", "boat", "knife"]  # A: 5 shape, 1 texture, 1 no conflict
        + ["cat", "dog", "dog", "cat", "car", "oven", "bear"],  # B: 2 shape, 3 texture, 1 other
        "texture": textures * 2,
    })
    # Model: shape on img00, texture on img01 and img02, neither on img03, no-conflict img04 ignored,
    # shape on img05 and img06, so 3 shape and 2 texture decisions.
    choices = dict(zip(stimuli.stimulus_ids, ["dog", "cat", "dog", "bird", "car", "boat", "knife"]))
    benchmark = Geirhos2021ShapeBias(load_stimuli=lambda: stimuli, load_trials=lambda: trials,
                                     category_indices=CATEGORY_INDICES)

    with _store(stimuli, choices) as store:
        result = benchmark.score(_model(), store, [LOGITS], _noop_progress)

    assert result.score.raw == pytest.approx(3 / 5)
    assert result.score.extra["n_shape"] == 3
    assert result.score.extra["n_texture"] == 2
    assert result.score.ceiled is None
    assert result.details["human_shape_bias"]["per_subject"] == pytest.approx({"A": 5 / 6, "B": 2 / 5})
    assert result.details["human_shape_bias"]["pooled"] == pytest.approx(7 / 11)
    assert result.details["per_image"]["img01"]["texture"] == "cat"


def test_shape_bias_needs_cue_conflict():
    with pytest.raises(ValueError, match="needs cue-conflict images"):
        Geirhos2021ShapeBias("edge")


# Subsets and the registry


def test_subset_restricts_trials(tmp_path):
    truths = [CATEGORIES[index % 16] for index in range(6)]
    stimuli = _stimulus_set(tmp_path, truths)
    trials = _trials(stimuli, {"A": [1, 0, 1, 0, 1, 1], "B": [1, 1, 0, 0, 1, 0]})
    benchmark = _benchmark(Geirhos2021ErrorConsistency, stimuli, trials)

    limited = benchmark.limited(4)
    subset = benchmark.subset(["img05", "img00", "img03"])

    assert sorted(limited.stimulus_set().stimulus_ids) == ["img00", "img01", "img02", "img03"]
    assert set(limited.trials["stimulus_id"]) == {"img00", "img01", "img02", "img03"}
    assert limited.version == "1+subset4"
    assert sorted(subset.stimulus_set().stimulus_ids) == ["img00", "img03", "img05"]
    assert len(subset.trials) == 6
    assert subset.version.startswith("1+subset-")
    assert limited.identifier == benchmark.identifier == "Geirhos2021edge-error_consistency"
    with pytest.raises(ValueError, match=r"stimulus_limit \(--subset\) must be between 1 and the 6"):
        benchmark.limited(7)


def test_registry_identifiers():
    expected = {
        "Geirhos2021cueconflict-error_consistency": ("behavior", True),
        "Geirhos2021edge-error_consistency": ("behavior", True),
        "Geirhos2021silhouette-error_consistency": ("behavior", True),
        "Geirhos2021cueconflict-top1": ("behavior-engineering", False),
        "Geirhos2021edge-top1": ("behavior-engineering", False),
        "Geirhos2021silhouette-top1": ("behavior-engineering", False),
        "Geirhos2021cueconflict-shape_bias": ("behavior-engineering", False),
        "Mur2013.judgments-rdm": ("behavior", True),
        "Rajalingham2018-i2n": ("behavior", True),
    }
    for identifier, (kind, has_ceiling) in expected.items():
        benchmark = registry.get(identifier)
        assert benchmark.identifier == identifier
        assert benchmark.kind == kind
        assert benchmark.region == "behavior"
        assert benchmark.has_ceiling is has_ceiling
    assert registry.get("Geirhos2021edge-top1").stimulus_degrees == 3.0


def test_engine_imports_without_torch():
    code = ("import sys, ventral_engine.benchmarks.registry, ventral_engine.servicer; "
            "print(','.join(name for name in ('torch', 'onnxruntime') if name in sys.modules))")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert output.stdout.strip() == ""


def test_engine_without_runner_package():
    code = ("import sys; sys.modules['ventral_runner'] = None; "
            "from ventral_engine.benchmarks import registry; "
            "print(registry.get('Geirhos2021edge-top1').availability()); "
            "print(registry.get('Mur2013.judgments-rdm').availability())")
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    geirhos, mur = output.stdout.strip().splitlines()

    assert geirhos == "(True, '')"
    assert mur == "(True, '')"


# The human ceilings of the mirrored data, through the benchmark objects

_MIRROR = config.mirror_root()
_HAS_TRIALS = _MIRROR is not None and all((_MIRROR / data_file.origin).is_file()
                                          for data_file in geirhos2021.MODEL_VS_HUMAN_FILES)
# Brain-Score's reference ceilings (brainscore_vision/benchmarks/geirhos2021/test.py).
REFERENCE_CEILINGS = {"cue-conflict": 0.33105, "edge": 0.31844, "silhouette": 0.47571}


@pytest.mark.skipif(not _HAS_TRIALS, reason="the model-vs-human trial files are not in the mirror (set VENTRAL_MIRROR)")
@pytest.mark.parametrize("experiment", sorted(REFERENCE_CEILINGS))
def test_mirror_ceiling_matches_reference(experiment):
    identifier = f"Geirhos2021{experiment.replace('-', '')}-error_consistency"
    benchmark = registry.FACTORIES[identifier]()

    assert benchmark.ceiling.raw == pytest.approx(REFERENCE_CEILINGS[experiment], abs=0.0005)
