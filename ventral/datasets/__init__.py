"""Loaders that turn catalog files into stimulus sets and assemblies, one module per dataset.

For example, `ventral.datasets.cowley2023` packages the macaque V4 spike counts of
Cowley, Stan, Pillow & Smith (2023).
"""
