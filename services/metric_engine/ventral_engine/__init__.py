"""Ventral metric engine: neural and behavioral scoring of model activations."""
