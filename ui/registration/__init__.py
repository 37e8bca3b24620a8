"""Registering mail: the arrivée, départ and interne forms."""
