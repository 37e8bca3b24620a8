"""The correspondent of a mail: completed from the directory, or created inline.

Typing completes from the directory in either script. Leaving the field checks for probable
duplicates (same folded name, or the same CIN/ICE...) and warns of them; a name the
directory does not have yet shows the new correspondent's kind and identifier beside it, to
fill in or to leave (Shift+Tab from the next field goes back to them). Look-ups run on the
database worker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.directory import lookups
from app.directory.correspondents import NAME_SEPARATOR, CorrespondentInput
from app.domain import entry
from app.domain.enums import CorrespondentKind, IdentifierType
from app.domain.text import fold
from app.store.database import Database
from ui import limits
from ui.tasks import TaskRunner
from ui.widgets import relabel, value_combo

SUGGEST_DELAY_MS = 200


class CorrespondentField(QWidget):
    """Signals: ``checked(bool)`` when a look-up for duplicates came back (True: a new name)."""

    checked = Signal(bool)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        office_id: int,
        on_error: Callable[[Exception], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._db, self._tasks, self._office, self._on_error = db, tasks, office_id, on_error
        self.edit = QLineEdit(self)
        self.edit.setObjectName("correspondent")
        self.setFocusProxy(self.edit)
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        self.duplicate = QLabel(self)
        self.duplicate.setObjectName("duplicateWarning")
        self.duplicate.setWordWrap(True)
        self.duplicate.hide()

        self.details = QWidget(self)
        self.details.setObjectName("newCorrespondent")
        self.new_caption = QLabel(self.details)
        self.kind = value_combo([k.value for k in CorrespondentKind], self.details)
        self.kind.setObjectName("correspondentKind")
        self.identifier_type = value_combo([t.value for t in IdentifierType], self.details)
        self.identifier_type.setObjectName("identifierType")
        self.identifier = QLineEdit(self.details)
        self.identifier.setObjectName("identifier")
        self.identifier.setMinimumWidth(170)
        row = QHBoxLayout(self.details)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.new_caption)
        row.addWidget(self.kind)
        row.addWidget(self.identifier_type)
        row.addWidget(self.identifier, 1)
        self.details.hide()
        self._hold_to_limits()

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.edit)
        column.addWidget(self.duplicate)
        column.addWidget(self.details)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SUGGEST_DELAY_MS)
        self._timer.timeout.connect(self._suggest)
        self.edit.textEdited.connect(self._timer.start)
        self.edit.editingFinished.connect(self.check)
        self.identifier.editingFinished.connect(self.check)
        self.kind.currentIndexChanged.connect(self._default_identifier_type)
        self.setTabOrder(self.edit, self.kind)
        self.setTabOrder(self.kind, self.identifier_type)
        self.setTabOrder(self.identifier_type, self.identifier)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_caption.setText(self.tr("New in the directory:"))
        self.identifier.setPlaceholderText(self.tr("CIN, ICE… (optional)"))
        relabel(self.kind)
        relabel(self.identifier_type)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _default_identifier_type(self) -> None:
        # A citizen shows a CIN; companies and associations are known by their ICE.
        kind = self.kind.currentData()
        wanted = {
            CorrespondentKind.CITIZEN.value: IdentifierType.CIN.value,
            CorrespondentKind.COMPANY.value: IdentifierType.ICE.value,
            CorrespondentKind.ASSOCIATION.value: IdentifierType.OTHER.value,
            CorrespondentKind.ADMINISTRATION.value: IdentifierType.OTHER.value,
        }[kind]
        if not self.identifier.text():
            self.identifier_type.setCurrentIndex(self.identifier_type.findData(wanted))

    def _hold_to_limits(self) -> None:
        """The name (one, or "Arabic / Latin" from a completion) and the identifier to their
        limits (:mod:`ui.limits`)."""
        one = entry.LIMITS["correspondent"]
        limits.limit_text(self.edit, "correspondent", maximum=2 * one + len(NAME_SEPARATOR))
        limits.limit_text(self.identifier, "identifier")

    # --- value ---------------------------------------------------------------------------

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()
        self.identifier.clear()
        self.kind.setCurrentIndex(0)
        self.duplicate.hide()
        self.details.hide()

    def candidate(self) -> CorrespondentInput | None:
        """What was typed, with the new correspondent's details when they are shown."""
        text = self.edit.text().strip()
        if not text:
            return None
        extra: dict[str, object] = {}
        if self.details.isVisible() or self.identifier.text().strip():
            extra = {
                "kind": CorrespondentKind(self.kind.currentData()),
                "identifier_type": IdentifierType(self.identifier_type.currentData()),
                "identifier": self.identifier.text().strip() or None,
            }
        if NAME_SEPARATOR in text:  # a completion: "Arabic / Latin"
            arabic, latin = text.split(NAME_SEPARATOR, 1)
            return CorrespondentInput(name_arabic=arabic, name_latin=latin, **extra)  # type: ignore[arg-type]
        return CorrespondentInput.from_name(text, **extra)

    # --- look-ups ------------------------------------------------------------------------

    def _suggest(self) -> None:
        text, office = self.edit.text(), self._office
        self._tasks.run(
            lambda: lookups.suggest(self._db, office, text),
            on_done=self._on_suggestions,
            on_error=self._on_error,
            owner=self,
        )

    def _on_suggestions(self, found) -> None:  # type: ignore[no-untyped-def]
        self._suggestions.setStringList([s.display_name for s in found])

    def check(self) -> None:
        """Look for probable duplicates of what was typed (when the field is left)."""
        candidate = self.candidate()
        if candidate is None:
            self.duplicate.hide()
            self.details.hide()
            return
        office = self._office
        self._tasks.run(
            lambda: lookups.duplicates(self._db, office, candidate),
            on_done=self._on_duplicates,
            on_error=self._on_error,
            owner=self,
        )

    def _on_duplicates(self, found) -> None:  # type: ignore[no-untyped-def]
        typed = self.edit.text().strip()
        typed_keys = {fold(part) for part in typed.split(NAME_SEPARATOR)} - {""}
        known = any(
            f.display_name == typed or {fold(f.name_latin), fold(f.name_arabic)} & typed_keys
            for f in found
        )
        others = [f for f in found if f.display_name != typed]
        if others:
            names = "; ".join(f.display_name for f in others[:3])
            self.duplicate.setText(self.tr("Already in the directory: %1").replace("%1", names))
            self.duplicate.show()
        else:
            self.duplicate.hide()
        self.details.setVisible(bool(typed) and not known)
        self.checked.emit(bool(typed) and not known)
