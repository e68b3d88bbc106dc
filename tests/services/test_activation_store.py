import numpy as np
import pytest

from ventral_engine import activation_store
from ventral_engine.activation_store import ActivationStore


def _stream(store, layer, stimulus_ids, values, rows_per_batch, columns_per_chunk, rng):
    batches = [list(range(start, min(start + rows_per_batch, len(stimulus_ids))))
               for start in range(0, len(stimulus_ids), rows_per_batch)]
    rng.shuffle(batches)
    for rows in batches:
        for offset in range(0, values.shape[1], columns_per_chunk):
            block = values[rows, offset:offset + columns_per_chunk]
            store.add_chunk(layer, [stimulus_ids[row] for row in rows], offset, values.shape[1], block)


def test_gram_matches_dense_product(tmp_path, monkeypatch):
    monkeypatch.setattr(activation_store, "BLOCK_COLUMNS", 7)
    rng = np.random.default_rng(0)
    stimulus_ids = [f"s{index:03d}" for index in range(23)]
    values = rng.normal(size=(23, 50)).astype(np.float32)
    with ActivationStore(stimulus_ids, tmp_path) as store:
        _stream(store, "conv", stimulus_ids, values, rows_per_batch=5, columns_per_chunk=11, rng=rng)
        gram = store.gram("conv")
        dense = values.astype(np.float64)
        np.testing.assert_allclose(gram.gram, dense @ dense.T, rtol=1e-12, atol=1e-10)
        np.testing.assert_allclose(gram.row_sums, dense.sum(axis=1), rtol=1e-12)
        assert gram.num_features == 50
        np.testing.assert_array_equal(store.features("conv"), values)


def test_gram_rejects_missing_stimuli(tmp_path):
    with ActivationStore(["a", "b"], tmp_path) as store:
        store.add_chunk("fc", ["a"], 0, 3, np.ones((1, 3), dtype=np.float32))
        with pytest.raises(ValueError, match="1 stimuli"):
            store.gram("fc")


def test_unknown_stimulus_is_rejected(tmp_path):
    with ActivationStore(["a"], tmp_path) as store:
        with pytest.raises(ValueError, match="'zzz'"):
            store.add_chunk("fc", ["zzz"], 0, 2, np.ones((1, 2), dtype=np.float32))


def test_non_finite_activations_are_rejected(tmp_path):
    with ActivationStore(["a", "b"], tmp_path) as store:
        store.add_chunk("fc", ["a", "b"], 0, 2, np.array([[1, np.nan], [0, 1]], dtype=np.float32))
        with pytest.raises(ValueError, match="non-finite"):
            store.gram("fc")


def test_close_removes_scratch_files(tmp_path):
    store = ActivationStore(["a"], tmp_path)
    store.add_chunk("fc", ["a"], 0, 2, np.ones((1, 2), dtype=np.float32))
    store.close()
    assert list(tmp_path.iterdir()) == []
