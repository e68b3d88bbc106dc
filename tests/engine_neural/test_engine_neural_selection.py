"""PCA in Gram form against scikit-learn, cross Grams of stores, and selection sets without scoring images."""

import numpy as np
import pytest
from sklearn.decomposition import PCA

from conftest import make_stimulus_set, needs_mirror
from ventral_engine.activation_store import BLOCK_COLUMNS, ActivationStore
from ventral_engine.selection import (
    PCAReducer,
    cross_gram,
    drop_shared_images,
    fit_gram_pca,
    iter_column_blocks,
    shared_stimulus_ids,
)


def _blocks(X: np.ndarray, width: int):
    return [X[:, start:start + width] for start in range(0, X.shape[1], width)]


@pytest.mark.parametrize("n_fit, p", [(30, 80), (40, 300), (30, 20), (25, 24)])
def test_gram_pca_matches_sklearn(n_fit, p):
    rng = np.random.default_rng(n_fit + p)
    X_fit = rng.standard_normal((n_fit, p)) * rng.uniform(0.1, 3.0, size=p) + 2.0
    X_new = rng.standard_normal((12, p)) + 1.0
    n_components = min(n_fit - 1, p)

    reference = PCA(n_components=n_components, random_state=0).fit(X_fit)
    pca = fit_gram_pca(X_fit @ X_fit.T, _blocks(X_fit, 7), p, n_components=n_components)
    scores = pca.transform(X_new @ X_fit.T)
    expected = reference.transform(X_new)

    assert pca.n_components == n_components
    np.testing.assert_allclose(scores, expected, rtol=0, atol=1e-8)
    np.testing.assert_allclose(scores @ scores.T, expected @ expected.T, rtol=0, atol=1e-8)
    np.testing.assert_allclose(pca.eigenvalues, reference.singular_values_**2, rtol=1e-10)


def test_gram_pca_equals_pseudoinverse_form():
    rng = np.random.default_rng(5)
    X_fit = rng.standard_normal((20, 60))
    X_new = rng.standard_normal((7, 60))
    pca = fit_gram_pca(X_fit @ X_fit.T, [X_fit], 60, n_components=1000)
    mean = X_fit.mean(axis=0)
    C_c = (X_new - mean) @ (X_fit - mean).T
    K_c = (X_fit - mean) @ (X_fit - mean).T
    reduced = pca.reduced_gram("layer", [f"s{index}" for index in range(7)], X_new @ X_fit.T)

    # 20 fit rows give 19 components: the 20th, with singular value 0, is dropped.
    assert pca.n_components == 19
    assert reduced.num_features == 19
    np.testing.assert_allclose(reduced.gram, C_c @ np.linalg.pinv(K_c) @ C_c.T, rtol=0, atol=1e-8)


def test_gram_pca_drops_rank_deficient_components():
    rng = np.random.default_rng(6)
    X_fit = rng.standard_normal((30, 5)) @ rng.standard_normal((5, 100))  # rank 5
    pca = fit_gram_pca(X_fit @ X_fit.T, [X_fit], 100, n_components=1000)
    assert pca.n_components == 5


def test_gram_pca_rejects_identical_fit_rows():
    X_fit = np.tile(np.arange(10.0), (6, 1))
    with pytest.raises(ValueError, match="identical for all fit images"):
        fit_gram_pca(X_fit @ X_fit.T, [X_fit], 10)


def test_gram_pca_rejects_incomplete_blocks():
    X_fit = np.random.default_rng(7).standard_normal((6, 10))
    with pytest.raises(ValueError, match="covered 5 columns but the layer has 10"):
        fit_gram_pca(X_fit @ X_fit.T, [X_fit[:, :5]], 10)


def _store(X: np.ndarray, prefix: str, layer: str = "layer", chunk: int = 700) -> ActivationStore:
    ids = [f"{prefix}{index:03d}" for index in range(X.shape[0])]
    store = ActivationStore(ids)
    for start in range(0, X.shape[1], chunk):
        store.add_chunk(layer, ids, start, X.shape[1], X[:, start:start + chunk].astype(np.float32))
    return store


def test_cross_gram_of_stores_spans_blocks():
    rng = np.random.default_rng(8)
    p = BLOCK_COLUMNS + 300  # two column blocks
    X = rng.standard_normal((5, p)).astype(np.float32)
    Y = rng.standard_normal((4, p)).astype(np.float32)
    with _store(X, "a") as first, _store(Y, "b") as second:
        product = cross_gram(first, second, "layer")
        widths = [block.shape[1] for _, block in iter_column_blocks(first, "layer")]
    np.testing.assert_allclose(product, X.astype(np.float64) @ Y.astype(np.float64).T, rtol=1e-12, atol=1e-9)
    assert widths == [BLOCK_COLUMNS, 300]


def test_cross_gram_rejects_other_width():
    rng = np.random.default_rng(9)
    with _store(rng.standard_normal((3, 50)), "a") as first, _store(rng.standard_normal((3, 60)), "b") as second:
        with pytest.raises(ValueError, match="50 features in one store and 60 in the other"):
            cross_gram(first, second, "layer")


def test_reducer_on_stores_matches_sklearn():
    rng = np.random.default_rng(10)
    p = 1500
    X_fit = (rng.standard_normal((40, p)) + 0.5).astype(np.float32)
    X_sel = (rng.standard_normal((9, p)) + 0.5).astype(np.float32)
    reference = PCA(n_components=39, random_state=0).fit(X_fit.astype(np.float64))
    expected = reference.transform(X_sel.astype(np.float64))

    with _store(X_sel, "sel") as selection:
        reducer = PCAReducer(_store(X_fit, "fit"), n_components=1000)
        reduced = reducer.reduce(selection, "layer")
        reducer.close()

    assert reduced.num_features == 39
    np.testing.assert_allclose(reduced.gram, expected @ expected.T, rtol=0, atol=1e-6)
    np.testing.assert_allclose(reduced.row_sums, expected.sum(axis=1), rtol=0, atol=1e-6)
    assert reduced.stimulus_ids == [f"sel{index:03d}" for index in range(9)]


def test_reducer_passes_narrow_layers_unchanged():
    rng = np.random.default_rng(11)
    X = rng.standard_normal((6, 900)).astype(np.float32)
    with _store(X, "sel") as selection:
        reducer = PCAReducer(_store(rng.standard_normal((10, 900)), "fit"), n_components=1000)
        reduced = reducer.reduce(selection, "layer")
        plain = selection.gram("layer")
        reducer.close()
    assert reduced.num_features == 900
    np.testing.assert_array_equal(reduced.gram, plain.gram)


def test_shared_images_dropped_by_content(tmp_path):
    selection = make_stimulus_set(tmp_path / "selection", ["sel_a", "sel_b", "sel_c", "sel_d"], seed=1)
    # A scoring set that shows sel_b's and sel_d's images under other ids, plus an unrelated image.
    scoring = make_stimulus_set(tmp_path / "scoring", ["score_x"], seed=2)
    copies = tmp_path / "copies"
    copies.mkdir()
    for name in ("sel_b", "sel_d"):
        (copies / f"copy_of_{name}.png").write_bytes(selection.image_bytes(name))
    import pandas as pd
    from ventral.stimuli import StimulusSet

    duplicates = StimulusSet.from_files("copies", pd.DataFrame({"stimulus_id": ["copy_b", "copy_d"]}),
                                        [copies / "copy_of_sel_b.png", copies / "copy_of_sel_d.png"])

    assert shared_stimulus_ids(selection, [scoring, duplicates]) == ["sel_b", "sel_d"]
    kept = drop_shared_images(selection, [scoring, duplicates])
    assert list(kept.stimulus_ids) == ["sel_a", "sel_c"]
    assert drop_shared_images(selection, [scoring]) is selection
    with pytest.raises(ValueError, match="no selection images remain"):
        drop_shared_images(duplicates, [selection])


@needs_mirror
def test_fit_set_disjoint_from_scoring_sets():
    from ventral_engine.benchmarks.neural_catalog import scoring_stimulus_sets
    from ventral_engine.selection import FIT_SIZE, fit_stimulus_set

    fit = fit_stimulus_set()
    assert len(fit) == FIT_SIZE
    assert list(fit.stimulus_ids)[:2] == ["cowley2023_190923_image0001", "cowley2023_190923_image0002"]
    assert list(fit.stimulus_ids)[-1] == "cowley2023_190923_image1000"
    assert len({fit.content_digest(stimulus_id) for stimulus_id in fit.stimulus_ids}) == FIT_SIZE
    assert shared_stimulus_ids(fit, scoring_stimulus_sets()) == []
