"""Model zoo: architectures, weights and their metadata."""
