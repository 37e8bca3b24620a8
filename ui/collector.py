"""Python's cyclic garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate when a threshold is
passed: often a database worker. A Qt object caught in a reference cycle (a widget whose
slot's lambda holds it) is then destroyed on that worker: its destructor takes Qt's
connection lock, then asks for the GIL, while the GUI thread, holding the GIL, waits for the
same lock to connect a signal. The desk froze that way in a test run (a worker collecting an
old widget while a new window was being built), and a QObject freed on the wrong thread can
crash as well.

:func:`install` switches the automatic collection off and has a timer on the GUI thread
collect instead, by the same thresholds (the youngest generation past its threshold, and the
older ones when theirs are past too). Objects freed by their reference count, the usual case,
go as before, wherever they are let go.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500

_installed: MainThreadCollector | None = None


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()
        gc.disable()

    def collect_if_due(self) -> int:
        """Collect the generations past their thresholds, as the automatic collector would;
        the number of objects found unreachable (0 when none was due)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return 0
        generation = 0
        for older in (1, 2):
            if counts[older] > thresholds[older]:
                generation = older
        return gc.collect(generation)


def install() -> MainThreadCollector:
    """Collect on the GUI thread from now on (once per process; the application must exist)."""
    global _installed
    if _installed is None:
        _installed = MainThreadCollector(QCoreApplication.instance())
    return _installed
