"""Corrections and cancellations of registered mail, each with its reason."""
