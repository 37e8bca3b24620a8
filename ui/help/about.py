"""About: what this application is, its version, the database it works on, who is logged in.

What a support call asks first ("which version, which database?") is here, copyable; the
database is shown without its password.
"""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.labels import LTR


def version() -> str:
    try:
        return metadata.version("bureau-ordre")
    except metadata.PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    def __init__(
        self, *, database: str, user: str, office: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self._database, self._user, self._office = database, user, office
        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy = QPushButton(self)
        self.copy.setObjectName("copyAbout")
        self.buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(self.on_copy)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.retranslate()

    def facts(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Version"), LTR + version()),
            (self.tr("Office"), self._office),
            (self.tr("Database"), LTR + self._database),
            (self.tr("User"), self._user),
            (
                self.tr("Qt / Python"),
                f"{LTR}Qt {qVersion()} (PySide6 {pyside_version}), "
                f"Python {platform.python_version()}",
            ),
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Bureau d'ordre"))
        self.title.setText("Bureau d'ordre — مكتب الضبط")
        lines = [
            self.tr(
                "The register of the bureau d'ordre: incoming, outgoing and internal mail, "
                "numbered without gaps, scanned, assigned to the services, linked to the Bureau "
                "d'Ordre Digital portal; in Arabic and French."
            ),
            "",
            *[f"{name}: {value}" for name, value in self.facts() if value],
            "",
            self.tr(
                "Fonts: Noto Sans, Noto Sans Arabic UI, Noto Naskh Arabic (SIL Open Font License)."
            ),
        ]
        self.text.setText("\n".join(lines))
        self.copy.setText(self.tr("&Copy"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_office(self, name: str) -> None:
        self._office = name
        self.retranslate()
        self.adjustSize()  # one line more

    def on_copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.text())
