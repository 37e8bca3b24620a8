"""Bureau d'ordre: the registry core (no Qt widgets here)."""

__version__ = "0.1.0"
