"""Engine thread parallelism: worker count, ordered results, and scores independent of the thread count."""

import threading
import time

import numpy as np
import pytest

from ventral_engine import activation_store, parallel, selection
from ventral_engine.activation_store import ActivationStore
from ventral_engine.metrics.predictivity import crossvalidated_predictivity


def test_worker_count_from_environment(monkeypatch):
    monkeypatch.setenv("VENTRAL_ENGINE_THREADS", "3")
    assert parallel.worker_count() == 3


def test_worker_count_defaults_to_available_cpus(monkeypatch):
    monkeypatch.delenv("VENTRAL_ENGINE_THREADS", raising=False)
    assert parallel.worker_count() >= 1


@pytest.mark.parametrize("value", ["0", "-2", "two"])
def test_invalid_worker_count_is_rejected(monkeypatch, value):
    monkeypatch.setenv("VENTRAL_ENGINE_THREADS", value)
    with pytest.raises(ValueError, match=f"VENTRAL_ENGINE_THREADS must be a positive integer; got '{value}'"):
        parallel.worker_count()


def test_map_ordered_keeps_item_order():
    def slow_for_early_items(item):
        time.sleep(0.01 * (10 - item))
        return item * item

    assert list(parallel.map_ordered(slow_for_early_items, range(10), workers=4)) == [item * item for item in range(10)]


def test_map_ordered_uses_several_threads():
    threads = set()

    def record(item):
        threads.add(threading.get_ident())
        time.sleep(0.05)
        return item

    assert list(parallel.map_ordered(record, range(8), workers=4)) == list(range(8))
    assert len(threads) > 1


def test_map_ordered_reads_lazily():
    read = []

    def items():
        for item in range(100):
            read.append(item)
            yield item

    results = parallel.map_ordered(lambda item: item, items(), workers=2)
    assert next(results) == 0
    assert len(read) <= 4
    results.close()


def test_map_ordered_raises_worker_errors():
    def fail_on_three(item):
        if item == 3:
            raise ValueError("item 3 is invalid")
        return item

    with pytest.raises(ValueError, match="item 3 is invalid"):
        list(parallel.map_ordered(fail_on_three, range(6), workers=2))


def centered_problem(seed, n=120, p=300, neuroids=15):
    rng = np.random.default_rng(seed)
    features = rng.standard_normal((n, p))
    responses = features[:, :20] @ rng.standard_normal((20, neuroids)) + rng.standard_normal((n, neuroids))
    return features @ features.T, responses


def test_predictivity_identical_for_any_thread_count(monkeypatch):
    gram, responses = centered_problem(0)
    scores = []
    for threads in ("1", "2", "3"):
        monkeypatch.setenv("VENTRAL_ENGINE_THREADS", threads)
        scores.append(crossvalidated_predictivity(gram, responses, mapping_kwargs={"n_components": 10}))
    for score in scores[1:]:
        assert score.raw == scores[0].raw
        assert score.per_split == scores[0].per_split


def stream_values(store, layer, values):
    ids = store.stimulus_ids
    for start in range(0, len(ids), 4):
        store.add_chunk(layer, ids[start:start + 4], 0, values.shape[1], values[start:start + 4])


def test_grams_identical_for_any_thread_count(tmp_path, monkeypatch):
    monkeypatch.setattr(activation_store, "BLOCK_COLUMNS", 16)
    monkeypatch.setattr(selection, "BLOCK_COLUMNS", 16)
    rng = np.random.default_rng(1)
    values = rng.standard_normal((30, 100)).astype(np.float32)
    reference_values = rng.standard_normal((12, 100)).astype(np.float32)
    results = []
    for threads in ("1", "2", "3"):
        monkeypatch.setenv("VENTRAL_ENGINE_THREADS", threads)
        with ActivationStore([f"s{index:02d}" for index in range(30)], tmp_path) as store, \
                ActivationStore([f"r{index:02d}" for index in range(12)], tmp_path) as reference:
            stream_values(store, "conv", values)
            stream_values(reference, "conv", reference_values)
            layer_gram = store.gram("conv")
            results.append((layer_gram.gram, layer_gram.row_sums, selection.cross_gram(store, reference, "conv")))
    for gram, row_sums, cross in results[1:]:
        assert np.array_equal(gram, results[0][0])
        assert np.array_equal(row_sums, results[0][1])
        assert np.array_equal(cross, results[0][2])
    dense = values.astype(np.float64)
    np.testing.assert_allclose(results[0][0], dense @ dense.T, rtol=1e-12, atol=1e-10)
    np.testing.assert_allclose(results[0][2], dense @ reference_values.astype(np.float64).T, rtol=1e-12, atol=1e-10)
