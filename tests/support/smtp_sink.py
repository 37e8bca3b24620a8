"""An SMTP server in the test's own process (aiosmtpd) that keeps what it receives."""

from __future__ import annotations

import email
import email.policy
import threading
import time
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from tests.support.dovecot import _free_port


class _Keeper:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.sink.refuse:
            return "451 4.3.0 try again later"
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.sink.lock:
            self.sink.received.append((list(envelope.rcpt_tos), msg))  # type: ignore[arg-type]
            self.sink.lock.notify_all()
        return "250 OK"


class SmtpSink:
    """``received``: (recipients, message) pairs; ``refuse``: answer 451 to every message."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.received: list[tuple[list[str], EmailMessage]] = []
        self.refuse = False
        self.lock = threading.Condition()
        self._controller = Controller(_Keeper(self), hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpSink:
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()

    def wait_for(self, count: int, seconds: float = 60) -> list[tuple[list[str], EmailMessage]]:
        deadline = time.monotonic() + seconds
        with self.lock:
            while len(self.received) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(self.received)} messages, {count} expected")
                self.lock.wait(left)
            return list(self.received)
