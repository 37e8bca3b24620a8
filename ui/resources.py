"""Where the bundled resources are (the core knows; the GUI asks it)."""

from app.resources import base_dir, resources_dir, translations_dir

__all__ = ["base_dir", "resources_dir", "translations_dir"]
