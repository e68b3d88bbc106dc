"""Generated gRPC stubs of the ventral.v1 contract (regenerate with `make protos`)."""
