"""The register: registering, correcting and cancelling mail, and reading it back."""
