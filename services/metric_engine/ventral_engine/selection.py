"""Layer selection inputs: the PCA reduction of activations, in Gram form, and selection sets without scoring images.

PCA reduction (layer-to-region commitment)
------------------------------------------
Before a candidate layer is scored on a selection benchmark, its activations are reduced to their first
principal components. Brain-Score (brain-score/vision, ``brainscore_vision/model_helpers/activations/pca.py``,
``LayerPCA``) fits scikit-learn ``PCA(n_components=1000, random_state=0)`` per layer on the activations of
1000 ImageNet validation images, one per class, run through the model without placing them on a screen.
Layers with at most 1000 features pass unchanged.

Fit set (`fit_stimulus_set`, version `VERSION`): ImageNet is not in the mirror, so the fit images are the
first 1000 images, by stimulus_id, of Cowley et al. 2023 session 190923 (``cowley2023_190923_image0001``
.. ``image1000``). That session contains 1200 "normal" natural images (table in
``data_V4_responses/readme.txt`` of cowleygroup/V4_compact_models). Tests check by content digest that
none of the fit images occurs in a scoring set. They are shown at the model's own field of view (ratio 1),
so each image fills the model's input, as in Brain-Score.
NOTE: session 190923 is also one of the sessions of the V4 selection benchmark Cowley2023public.V4-pls, so
1000 of its selection images are the PCA fit images. The PCA uses no neural data, so no score leaks, but
the fit and selection images are not disjoint as they are in Brain-Score.

The reduction is exact and works from Grams only (the dual, or kernel, form of PCA). With X_fit (n_fit x p) and its mean
row m, the centered fit Gram K_c = (X_fit - m)(X_fit - m)^T has eigenvectors U and eigenvalues
lambda = s^2 (s the singular values of X_fit - m). scikit-learn's components are V = (X_fit - m)^T U / s,
so the PCA scores of new rows X are Z = (X - m) V = C_c U / s, where C_c = (X - m)(X_fit - m)^T is the
cross Gram X X_fit^T centered with the fit mean (`metrics.gram.center_test_gram`). Then
Z Z^T = C_c pinv(K_c) C_c^T. The RDM of a reduced layer also needs the row sums of Z, which depend on the
sign of each component: scikit-learn 1.9 flips each component so that its entry of largest absolute
value is positive (``svd_flip(u_based_decision=False)`` in ``PCA._fit_full``), and `fit_gram_pca` finds
that entry in one pass over the fit activations. NOTE: older scikit-learn releases decided the sign from U
instead. Grams and regression scores do not depend on the signs, but RDMs of reduced layers do.

1000 centered images span at most 999 dimensions. scikit-learn's 1000th component then has singular value
0 and is an arbitrary unit vector orthogonal to the fit data, so the scores of new images on it are
arbitrary; it is dropped, as are components whose eigenvalue is at rounding level (see `fit_gram_pca`).
A reduced layer therefore has at most 999 features.

Selection sets without scoring images
-------------------------------------
A selection benchmark must not show an image that a scoring benchmark scores; `drop_shared_images` removes
from a selection set every image whose content digest (SHA-256 of the image bytes) occurs in a scoring set.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy as np

from ventral.datasets import cowley2023
from ventral.stimuli import StimulusSet

from .activation_store import BLOCK_COLUMNS, ActivationStore, LayerGram
from .benchmarks.base import ModelInfo, ProgressCallback
from .gram_cache import FULL, GramCache, GramKey, default_cache, sorted_digest, sorted_stimuli, stream_to_store
from .metrics.gram import center_test_gram, center_train_gram
from .parallel import map_ordered

logger = logging.getLogger(__name__)

PCA_COMPONENTS = 1000
FIT_SESSION = "190923"
FIT_SIZE = 1000
#: Names the fit set, the number of components and the procedure; part of every reduced Gram's cache key.
VERSION = "pca1000-cowley2023.190923.first1000-v1"


def fit_stimulus_set() -> StimulusSet:
    """Return the PCA fit images: the first `FIT_SIZE` images by stimulus_id of Cowley 2023 session 190923."""
    session = cowley2023.load_stimulus_set(FIT_SESSION)
    ids = sorted(session.stimulus_ids)[:FIT_SIZE]
    if len(ids) != FIT_SIZE:
        raise ValueError(f"Cowley 2023 session {FIT_SESSION} has {len(ids)} images, fewer than the {FIT_SIZE} "
                         "PCA fit images; the mirrored archive is incomplete")
    return session.subset(ids, identifier=f"cowley2023.{FIT_SESSION}.pca-fit-{FIT_SIZE}")


def fit_stimulus_degrees(model: ModelInfo) -> float:
    """Return the size at which fit images are shown: the model's field of view, so that they fill its input."""
    return float(model.field_of_view_degrees)


# ---------------------------------------------------------------------------------------------------------------
# Selection sets without scoring images


def shared_stimulus_ids(stimuli: StimulusSet, others: Iterable[StimulusSet]) -> list[str]:
    """Return the ids of `stimuli` whose image bytes (content digest) occur in any of `others`, sorted."""
    digests: set[str] = set()
    for other in others:
        digests.update(other.content_digest(stimulus_id) for stimulus_id in other.stimulus_ids)
    return sorted(stimulus_id for stimulus_id in stimuli.stimulus_ids if stimuli.content_digest(stimulus_id) in digests)


def drop_shared_images(stimuli: StimulusSet, others: Iterable[StimulusSet]) -> StimulusSet:
    """Return `stimuli` without the images that also occur (same content digest) in any of `others`."""
    shared = set(shared_stimulus_ids(stimuli, others))
    if not shared:
        return stimuli
    keep = [stimulus_id for stimulus_id in stimuli.stimulus_ids if stimulus_id not in shared]
    if not keep:
        raise ValueError(f"every image of {stimuli.identifier!r} also occurs in a scoring set, so no selection "
                         "images remain")
    logger.info("dropped %d of %d images of %s that occur in scoring sets", len(shared), len(stimuli),
                stimuli.identifier)
    return stimuli.subset(keep, identifier=f"{stimuli.identifier}.without-scoring-images")


# ---------------------------------------------------------------------------------------------------------------
# Reading activation stores block by block


def iter_column_blocks(store: ActivationStore, layer: str, dtype=np.float64) -> Iterator[tuple[int, np.ndarray]]:
    """Yield (first column, block of shape (n, width)) over a layer's activations, in column order.

    Reads the store's per-layer file the way `ActivationStore.gram` does: each block of BLOCK_COLUMNS
    columns (all n rows) is contiguous. NOTE: this reads private attributes of ActivationStore
    (`_paths`, `_num_features`), because the store has no public block reader.
    """
    missing = store.missing_stimuli(layer)
    if missing:
        raise ValueError(f"no activations of layer {layer!r} arrived for {len(missing)} stimuli, e.g. {missing[:3]}")
    num_features = store._num_features[layer]
    with open(store._paths[layer], "rb") as handle:
        for block_start in range(0, num_features, BLOCK_COLUMNS):
            width = min(BLOCK_COLUMNS, num_features - block_start)
            handle.seek(4 * store.n * block_start)
            block = np.fromfile(handle, dtype=np.float32, count=store.n * width).reshape(store.n, width)
            if not np.all(np.isfinite(block)):
                raise ValueError(f"layer {layer!r} has non-finite activations (NaN or inf); "
                                 "check the model's weights and preprocessing")
            yield block_start, block.astype(dtype, copy=False)


def layer_width(store: ActivationStore, layer: str) -> int:
    """Return the number of features of `layer` in `store`."""
    if layer not in store.layers:
        raise ValueError(f"the activation store has no layer {layer!r}; it has {store.layers}")
    return int(store._num_features[layer])


def cross_gram(store: ActivationStore, reference: ActivationStore, layer: str) -> np.ndarray:
    """Return X X_ref^T, shape (store.n, reference.n), float64, for one layer of two stores.

    Both stores hold the same layer of the same model, so their files have the same column blocks.
    """
    width = layer_width(store, layer)
    if layer_width(reference, layer) != width:
        raise ValueError(f"layer {layer!r} has {width} features in one store and "
                         f"{layer_width(reference, layer)} in the other; they must come from the same model")
    product = np.zeros((store.n, reference.n), dtype=np.float64)
    pairs = zip(iter_column_blocks(store, layer), iter_column_blocks(reference, layer))
    # Block products run on the worker threads; adding them in block order keeps the serial result.
    for partial in map_ordered(_block_cross_product, pairs):
        product += partial
    return product


def _block_cross_product(pair) -> np.ndarray:
    (start, block), (reference_start, reference_block) = pair
    assert start == reference_start
    return block @ reference_block.T


# ---------------------------------------------------------------------------------------------------------------
# PCA in Gram form


@dataclass(frozen=True)
class GramPCA:
    """A PCA fitted on rows X_fit (n_fit x p), held through their Gram matrix.

    Attributes:
        fit_gram: K_fit = X_fit X_fit^T, shape (n_fit, n_fit), uncentered.
        eigenvectors: U, shape (n_fit, k): eigenvectors of the centered K_fit, one column per component in
            decreasing order of variance, each signed as scikit-learn signs its component.
        eigenvalues: lambda = s^2, shape (k,), the squared singular values of X_fit - m (variance times n_fit - 1).
        num_features: p.
    """

    fit_gram: np.ndarray
    eigenvectors: np.ndarray
    eigenvalues: np.ndarray
    num_features: int

    @property
    def n_components(self) -> int:
        return int(self.eigenvalues.size)

    def transform(self, cross_gram) -> np.ndarray:
        """Return the PCA scores Z = C_c U / s, shape (n, k), of rows X given C = X X_fit^T, shape (n, n_fit).

        Z equals scikit-learn's ``PCA.transform(X)`` (same components, same signs).
        """
        centered = center_test_gram(cross_gram, self.fit_gram)
        return (centered @ self.eigenvectors) / np.sqrt(self.eigenvalues)

    def reduced_gram(self, layer: str, stimulus_ids: list[str], cross_gram) -> LayerGram:
        """Return the LayerGram of the PCA scores: Z Z^T, the row sums of Z and k features."""
        scores = self.transform(cross_gram)
        return LayerGram(layer, list(stimulus_ids), scores @ scores.T, scores.sum(axis=1), self.n_components)


def fit_gram_pca(fit_gram, column_blocks: Iterable[np.ndarray], num_features: int,
                 n_components: int = PCA_COMPONENTS) -> GramPCA:
    """Fit a PCA of X_fit from its Gram matrix and one pass over its columns.

    Args:
        fit_gram: K_fit = X_fit X_fit^T, shape (n_fit, n_fit), uncentered.
        column_blocks: the columns of X_fit as consecutive blocks of shape (n_fit, width), in column order,
            covering all `num_features` columns; read once, to sign the components.
        num_features: p, the number of columns of X_fit.
        n_components: the number of components scikit-learn would be asked for.

    Returns:
        A GramPCA with k = min(n_components, n_fit - 1, p) components, fewer when the centered fit data
        has lower rank: components whose eigenvalue is below n_fit * eps * max|K_fit| are dropped, because
        the rounding error of the centered Gram is of that size and their direction is undefined.
    """
    gram = np.asarray(fit_gram, dtype=np.float64)
    n_fit = gram.shape[0]
    if n_fit < 2:
        raise ValueError(f"a PCA needs at least 2 fit rows; got {n_fit}")
    if n_components < 1 or num_features < 1:
        raise ValueError(f"n_components and num_features must be positive; got {n_components} and {num_features}")

    eigenvalues, eigenvectors = np.linalg.eigh(center_train_gram(gram))
    order = np.argsort(eigenvalues)[::-1]
    eigenvalues, eigenvectors = eigenvalues[order], eigenvectors[:, order]
    tolerance = n_fit * np.finfo(np.float64).eps * max(float(np.abs(gram).max()), float(eigenvalues[0]))
    limit = min(n_components, n_fit - 1, num_features, int(np.sum(eigenvalues > tolerance)))
    if limit < 1:
        raise ValueError("the PCA fit activations are identical for all fit images, so they have no principal "
                         "components; use another layer")
    eigenvalues, eigenvectors = eigenvalues[:limit], eigenvectors[:, :limit]

    signs = _component_signs(column_blocks, eigenvectors, num_features)
    return GramPCA(gram, eigenvectors * signs, eigenvalues, int(num_features))


def _component_signs(column_blocks: Iterable[np.ndarray], eigenvectors: np.ndarray, num_features: int) -> np.ndarray:
    """Return +1 or -1 per component: the sign of the component's entry of largest absolute value.

    The component is V = (X_fit - m)^T U / s; s > 0 does not change the sign or the position of the largest
    entry, so (X_fit - m)^T U is enough. Ties go to the first column, as ``numpy.argmax`` in ``svd_flip``.
    """
    k = eigenvectors.shape[1]
    best = np.full(k, -1.0)
    signs = np.ones(k)
    columns = 0

    def block_extremes(block) -> tuple[int, np.ndarray, np.ndarray]:
        # Per component: the largest |loading| within the block and the loading's sign.
        block = np.asarray(block, dtype=np.float64)
        loadings = (block - block.mean(axis=0)).T @ eigenvectors  # (width, k)
        magnitudes = np.abs(loadings)
        rows = np.argmax(magnitudes, axis=0)
        components = np.arange(k)
        return block.shape[1], magnitudes[rows, components], loadings[rows, components] < 0

    # Blocks run on the worker threads and are merged in column order, so ties still go to the first column.
    for width, block_best, negative in map_ordered(block_extremes, column_blocks):
        better = block_best > best
        best[better] = block_best[better]
        signs[better] = np.where(negative[better], -1.0, 1.0)
        columns += width
    if columns != num_features:
        raise ValueError(f"column_blocks covered {columns} columns but the layer has {num_features}")
    return signs


class PCAReducer:
    """Per-layer PCA fitted on the activations of the fit images in `fit_store`; reduces other stores.

    The fit store stays open (its activations are needed for every cross Gram) until `close`.
    """

    def __init__(self, fit_store: ActivationStore, n_components: int = PCA_COMPONENTS):
        self.fit_store = fit_store
        self.n_components = n_components
        self._pcas: dict[str, GramPCA] = {}

    def needs_reduction(self, num_features: int) -> bool:
        return num_features > self.n_components

    def pca(self, layer: str) -> GramPCA:
        """Return the layer's PCA, fitting it on first use (one Gram pass and one sign pass over the fit file)."""
        if layer not in self._pcas:
            started = time.monotonic()
            width = layer_width(self.fit_store, layer)
            fit_gram = self.fit_store.gram(layer).gram
            blocks = (block for _, block in iter_column_blocks(self.fit_store, layer))
            self._pcas[layer] = fit_gram_pca(fit_gram, blocks, width, self.n_components)
            logger.info("fitted PCA of layer %s (%d features, %d components) in %.1f s", layer, width,
                        self._pcas[layer].n_components, time.monotonic() - started)
        return self._pcas[layer]

    def reduce(self, store: ActivationStore, layer: str) -> LayerGram:
        """Return the layer's Gram after PCA, or its plain Gram when it has at most `n_components` features."""
        if not self.needs_reduction(layer_width(store, layer)):
            return store.gram(layer)
        pca = self.pca(layer)
        return pca.reduced_gram(layer, store.stimulus_ids, cross_gram(store, self.fit_store, layer))

    def close(self) -> None:
        self.fit_store.close()
        self._pcas.clear()


class ReducedGramSource:
    """A GramSource for layer selection: PCA-reduced LayerGrams, cached, the fit set streamed at most once per instance.

    Call it as ``source(stimuli, stimulus_degrees, layers)``. Reduced Grams are cached under a variant that
    names `VERSION`, the fit set digest and the fit degrees; layers with at most `n_components` features
    use the plain Gram under the "full" variant, shared with scoring. The fit images run through the model
    only when a reduced Gram is missing from the cache, once for all `candidate_layers`. Call `close` to
    delete the fit activations.
    """

    def __init__(self, runner, model: ModelInfo, candidate_layers: list[str], *, batch_size: int = 64,
                 progress: ProgressCallback | None = None, cache: GramCache | None = None,
                 fit_stimuli: StimulusSet | None = None, n_components: int = PCA_COMPONENTS):
        self.runner = runner
        self.model = model
        self.candidate_layers = list(candidate_layers)
        self.batch_size = batch_size
        self.progress = progress or (lambda stage, done, total, message: None)
        self.cache = cache if cache is not None else default_cache()
        self.fit_stimuli = sorted_stimuli(fit_stimuli if fit_stimuli is not None else fit_stimulus_set())
        self.n_components = n_components
        self.fit_degrees = fit_stimulus_degrees(model)
        self.variant = f"{VERSION}:n={n_components}:fit={sorted_digest(self.fit_stimuli)}:deg={self.fit_degrees:g}"
        self._reducer: PCAReducer | None = None

    def describe(self) -> dict:
        """Return the facts of the reduction that a Commitment records."""
        return {"version": VERSION, "n_components": self.n_components, "fit_stimulus_set": self.fit_stimuli.identifier,
                "fit_images": len(self.fit_stimuli), "fit_degrees": self.fit_degrees}

    def __call__(self, stimuli: StimulusSet, stimulus_degrees: float, layers: list[str]) -> dict[str, LayerGram]:
        layers = list(dict.fromkeys(layers))
        wide = {layer: self._width(layer) > self.n_components for layer in layers}
        outside = [layer for layer in layers if wide[layer] and layer not in self.candidate_layers]
        if outside:
            raise ValueError(f"layers {outside} need a PCA but are not among the candidate layers the fit images "
                             f"are run for ({self.candidate_layers}); add them to candidate_layers")

        keys: dict[str, GramKey | None] = {layer: None for layer in layers}
        if self.model.content_digest:
            digest = sorted_digest(stimuli)
            for layer in layers:
                variant = self.variant if wide[layer] else FULL
                keys[layer] = GramKey(self.model.content_digest, digest, float(stimulus_degrees), layer, variant,
                                      preprocessing=self.model.preprocessing,
                                      field_of_view_degrees=self.model.field_of_view_degrees)
        grams: dict[str, LayerGram] = {}
        for layer, key in keys.items():
            cached = self.cache.get(key) if key is not None else None
            if cached is not None:
                grams[layer] = cached
        missing = [layer for layer in layers if layer not in grams]
        if not missing:
            return grams

        reducer = self._fit_reducer() if any(wide[layer] for layer in missing) else None
        store = stream_to_store(self.runner, self.model, stimuli, stimulus_degrees, missing, self.batch_size,
                                self.progress)
        with store:
            for index, layer in enumerate(missing):
                self.progress("reducing layers", index, len(missing), layer)
                gram = reducer.reduce(store, layer) if wide[layer] else store.gram(layer)
                key = keys[layer]
                grams[layer] = self.cache.put(key, gram) if key is not None else gram
        return {layer: grams[layer] for layer in layers}

    def _width(self, layer: str) -> int:
        width = self.model.layer_features.get(layer)
        if width is None:
            raise ValueError(f"unknown layer {layer!r} for model {self.model.identifier!r}; "
                             f"choose from {self.model.layers}")
        return int(width)

    def _fit_reducer(self) -> PCAReducer:
        if self._reducer is None:
            wide = [layer for layer in self.candidate_layers if self._width(layer) > self.n_components]
            started = time.monotonic()
            self.progress("PCA fit images", 0, len(self.fit_stimuli), f"{len(wide)} layers")
            store = stream_to_store(self.runner, self.model, self.fit_stimuli, self.fit_degrees, wide,
                                    self.batch_size, self.progress)
            self._reducer = PCAReducer(store, self.n_components)
            logger.info("streamed %d PCA fit images of %s for %d layers in %.1f s", len(self.fit_stimuli),
                        self.model.identifier, len(wide), time.monotonic() - started)
        return self._reducer

    def close(self) -> None:
        if self._reducer is not None:
            self._reducer.close()
            self._reducer = None

    def __enter__(self) -> "ReducedGramSource":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
