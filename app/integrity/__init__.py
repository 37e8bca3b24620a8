"""Integrity of the register beyond the audit chain: states, files, counters, anchors."""
