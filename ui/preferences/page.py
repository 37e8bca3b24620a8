"""What a page of the settings dialog provides. Printing and the portal add their own pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ui.settings import Settings


class SettingsPage(QWidget):
    """A tab of the settings dialog, loaded from and saved to :class:`Settings`.

    Saving is in two steps so that the GUI thread never waits: ``prepare`` checks what was
    typed (raising a ``UserError`` the dialog shows) and returns work to run off the GUI thread
    (the keyring...) or ``None``; once that work succeeded, ``save`` writes the settings.
    """

    def title(self) -> str:
        raise NotImplementedError

    def load(self, settings: Settings) -> None:
        raise NotImplementedError

    def prepare(self) -> Callable[[], None] | None:
        return None

    def save(self, settings: Settings) -> None:
        raise NotImplementedError

    def failed(self, error: Exception) -> None:
        """The prepared work failed with ``error`` (the dialog says it): a page may show what
        would put it right."""

    def retranslate(self) -> None:
        pass

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
