"""IMAP IDLE: the desk is told when a message arrives, without polling; stopping is prompt."""

from __future__ import annotations

import threading

from app.mailbox import watch
from tests.conftest import Office
from tests.support import mails
from tests.support.mailboxes import Box


def test_a_message_arriving_is_told_at_once_and_the_watch_stops_when_asked(
    office: Office, box: Box
) -> None:
    news = threading.Event()
    stop = threading.Event()
    errors: list[object] = []
    watcher = threading.Thread(
        target=watch.watch, args=(box.account, news.set, stop), kwargs={"on_error": errors.append}
    )
    watcher.start()
    try:
        # Until the watch is in IDLE a message could come before it looks: put one in each
        # time round until it is told (the first one it sees is enough).
        while not news.wait(0.5):
            assert watcher.is_alive() and errors == []
            box.put(mails.french_letter())
    finally:
        stop.set()
        watcher.join(timeout=30)
    assert not watcher.is_alive()
    assert errors == []
