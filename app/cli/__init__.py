"""The ``bureau-ordre`` command: the same services as the GUI, for scripts and operators."""
