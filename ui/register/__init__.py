"""The register view: the lazy table model and its widgets."""
