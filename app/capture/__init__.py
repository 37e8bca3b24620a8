"""Capture: paper becomes a file attached to the right mail (scanners, watched folders, files)."""
