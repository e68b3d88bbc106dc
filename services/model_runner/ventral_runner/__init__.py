"""Model runner service: loads vision models and computes layer activations."""
