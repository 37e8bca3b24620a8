"""The desktop application (PySide6). Depends on app/; app/ never depends on it."""
