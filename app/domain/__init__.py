"""Entities' vocabulary and the rules of the register, free of storage concerns."""
