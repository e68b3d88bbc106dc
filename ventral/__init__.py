"""Ventral: score vision models against primate ventral-stream and behavioral data."""

__version__ = "0.1.0"
