"""Benchmarks: stimuli, data and metric, by identifier."""
