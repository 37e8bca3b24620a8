"""A départ's sendings through the portal, in the detail pane: to whom, how far each got."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.portal.send import Sending
from ui.labels import LTR, isolate
from ui.portal.lists import portal_moment


class SendingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalSendings")
        self.sendings: list[Sending] = []
        self._arabic = False
        self.title = QLabel(self)
        self.body = QLabel(self)
        self.body.setObjectName("portalSendingsBody")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sent through the portal"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def state_text(self, sending: Sending) -> str:
        if sending.state == "pending":
            return self.tr("waiting for the next sync")
        if sending.state == "failed":
            return self.tr("refused by the portal: %1").replace("%1", sending.error or "?")
        if sending.delivered_at:
            when = isolate(portal_moment(sending.delivered_at))  # date then time, in any line
            return self.tr("delivered on %1").replace("%1", when)
        return self.tr("sent")

    def lines(self) -> list[str]:
        out = []
        for s in self.sendings:
            name = s.to_name_ar if self._arabic else s.to_name_fr
            out.append(f"{isolate(name)} ({LTR}{s.to_office}) — {self.state_text(s)}")
        return out

    def show_sendings(self, sendings: list[Sending], lang: str) -> None:
        self.sendings, self._arabic = sendings, lang == "ar"
        self._fill()

    def _fill(self) -> None:
        self.body.setText("\n".join(self.lines()))
        self.setVisible(bool(self.sendings))
