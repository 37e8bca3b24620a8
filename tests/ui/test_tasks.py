"""Work runs off the GUI thread, and the GUI keeps processing events meanwhile."""

import gc
import threading
import time
import weakref

import pytest
from PySide6.QtCore import QTimer

from ui.tasks import TaskRunner


@pytest.fixture
def tasks(qtbot):  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    yield runner
    runner.wait()


def test_result_comes_back_on_the_gui_thread(qtbot, tasks: TaskRunner) -> None:
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["callback"] = threading.get_ident()
        seen["result"] = result

    tasks.run(work, on_done=done)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42
    assert seen["worker"] != gui and seen["callback"] == gui


def test_errors_come_back_too(qtbot, tasks: TaskRunner) -> None:
    errors: list[Exception] = []
    tasks.run(lambda: 1 / 0, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_cancelled_task_does_not_call_back(qtbot, tasks: TaskRunner) -> None:
    results: list[int] = []
    task = tasks.run(lambda: time.sleep(0.2) or 1, on_done=results.append)
    task.cancel()
    later = tasks.run(lambda: 2, on_done=results.append)
    qtbot.waitUntil(lambda: results == [2], timeout=5000)
    assert later.cancelled is False and results == [2]


def test_gui_keeps_processing_events_during_a_slow_database_call(qtbot, tasks) -> None:  # type: ignore[no-untyped-def]
    # The task holds its worker until the GUI thread has ticked five times while it runs: if the
    # task held the GUI thread instead, no tick could come and the task would give up waiting.
    started, ticked_while_running = threading.Event(), threading.Event()
    ticks: list[int] = []

    def on_tick() -> None:
        if started.is_set():
            ticks.append(1)
            if len(ticks) == 5:
                ticked_while_running.set()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(on_tick)
    timer.start()
    outcome: list[bool] = []

    def slow_call() -> bool:
        started.set()
        return ticked_while_running.wait(timeout=60)

    tasks.run(slow_call, on_done=outcome.append)
    qtbot.waitUntil(lambda: bool(outcome), timeout=120_000)
    timer.stop()
    assert outcome == [True]


def test_tasks_are_let_go_once_they_reported(qtbot, tasks: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    class Owner:
        """Stands for a model holding a big id list, captured by a task's callbacks."""

    results: list[object] = []
    kept: list[weakref.ref[object]] = []
    for i in range(20):
        owner = Owner()
        task = tasks.run(lambda o=owner: o, on_done=lambda r, o=owner: results.append(r))
        if i % 4 == 0:
            task.cancel()
        kept += [weakref.ref(owner), weakref.ref(task)]
    failing = tasks.run(lambda: 1 / 0, on_error=results.append)
    kept.append(weakref.ref(failing))
    qtbot.waitUntil(lambda: len(results) == 16 and tasks.pending == 0, timeout=5000)
    results.clear()
    del task, owner, failing
    assert tasks.wait(5000)  # the workers have returned from every task (a busy machine lags)

    def all_freed() -> bool:
        gc.collect()
        return [ref() for ref in kept if ref() is not None] == []

    qtbot.waitUntil(all_freed, timeout=5000)
