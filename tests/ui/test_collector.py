"""Cyclic garbage is collected on the GUI thread only (ui/collector.py): a Qt object in a
cycle is never destroyed on a worker thread that happens to allocate."""

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from ui import collector


class Holder(QObject):
    """A Qt object that holds itself: only the cyclic collector frees it."""


def test_cycles_wait_for_the_gui_thread(qapp) -> None:  # type: ignore[no-untyped-def]
    installed = collector.install()
    assert not gc.isenabled()
    holder = Holder()
    holder.me = holder  # type: ignore[attr-defined]
    gone = weakref.ref(holder)
    del holder
    kept: list[object] = []

    def allocate() -> None:  # far past the youngest generation's threshold
        kept.extend([] for _ in range(5 * gc.get_threshold()[0]))

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert gone() is not None  # nothing was collected on the worker
    assert installed.collect_if_due() > 0
    assert gone() is None
