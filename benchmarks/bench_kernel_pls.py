"""Time kernel PLS against scikit-learn's PLSRegression on one train/test split of random data.

Run from the repository root: `python benchmarks/bench_kernel_pls.py [--n 576 --p 20000 --m 50]`.
It prints the wall time of each path and the maximum absolute difference of their test predictions.
The kernel time is reported with and without forming the Grams, since a metric engine accumulates
K = X X^T while activations stream in.
"""

from __future__ import annotations

import argparse
import time
import warnings

import numpy as np
from sklearn.cross_decomposition import PLSRegression

from ventral_engine.metrics.regression import kernel_pls_predict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=576, help="number of stimuli (train + test)")
    parser.add_argument("--p", type=int, default=20000, help="number of model units")
    parser.add_argument("--m", type=int, default=50, help="number of neuroids (targets)")
    parser.add_argument("--train-size", type=float, default=0.9, help="fraction of stimuli in the train split")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random data")
    args = parser.parse_args()

    rng = np.random.default_rng(args.seed)
    X = rng.standard_normal((args.n, args.p))
    Y = X @ rng.standard_normal((args.p, args.m)) / np.sqrt(args.p) + rng.standard_normal((args.n, args.m))
    n_train = int(np.floor(args.train_size * args.n))
    X_train, X_test, Y_train = X[:n_train], X[n_train:], Y[:n_train]

    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = PLSRegression(n_components=25, scale=False).fit(X_train, Y_train).predict(X_test)
    sklearn_seconds = time.perf_counter() - start

    start = time.perf_counter()
    K_train = X_train @ X_train.T
    K_test_train = X_test @ X_train.T
    gram_seconds = time.perf_counter() - start
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        actual = kernel_pls_predict(K_train, K_test_train, Y_train, n_features=args.p)
    kernel_seconds = time.perf_counter() - start

    difference = float(np.abs(actual - expected).max())
    print(f"data: n={args.n} (train {n_train}), p={args.p}, m={args.m}, seed={args.seed}")
    print(f"sklearn PLSRegression fit+predict: {sklearn_seconds:.2f} s")
    total_seconds = gram_seconds + kernel_seconds
    print(f"kernel PLS: Grams {gram_seconds:.2f} s + fit+predict {kernel_seconds:.3f} s = {total_seconds:.2f} s")
    print(f"speedup incl. Grams: {sklearn_seconds / total_seconds:.1f}x, "
          f"excl. Grams: {sklearn_seconds / kernel_seconds:.1f}x")
    print(f"max |prediction difference|: {difference:.3e} (max |prediction| {np.abs(expected).max():.3f})")


if __name__ == "__main__":
    main()
