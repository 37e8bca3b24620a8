"""The user session: idle lock."""
