"""The verification of a PDF's signatures, in the page viewer: a banner and a panel.

:func:`verify_in_background` verifies the bytes on the slow pool against the office's roots
(read on the database thread first) and hands the reports to :meth:`VerificationBanner.show_reports`
and :meth:`VerificationPanel.show_reports`. Both speak the user's language through ``tr()``;
the problems come from the core's catalogue (:mod:`app.signature.messages`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.i18n import message
from app.signature.types import Change, SignatureReport
from ui import display
from ui.labels import ltr
from ui.preview.source import user_language
from ui.tasks import TaskRunner

GOOD, WARN, BAD = "#e6f4ea", "#fff4e5", "#fde7e9"


def verify_in_background(
    *,
    tasks: TaskRunner,
    db,  # noqa: ANN001 - app.store.database.Database
    office_id: int | None,
    pdf: bytes,
    on_done: Callable[[list[SignatureReport]], None],
    on_error: Callable[[Exception], None],
    owner: QObject,
) -> None:
    from app.signature.settings import trusted_roots
    from app.signature.verify import verify_document

    def verify(roots: list[bytes]) -> None:
        tasks.run(
            lambda: verify_document(pdf, trusted_roots=roots),
            on_done=on_done,
            on_error=on_error,
            slow=True,
            owner=owner,
        )

    tasks.run(lambda: trusted_roots(db, office_id), on_done=verify, on_error=on_error, owner=owner)


class VerificationBanner(QLabel):
    """One line above the page: how many signatures, all good or which is not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signatureBanner")
        self.setWordWrap(True)
        self.setMargin(6)
        self.hide()

    def show_reports(self, reports: Sequence[SignatureReport]) -> None:
        if not reports:
            self.hide()
            return
        bad = [r for r in reports if not r.ok]
        if bad:
            colour = BAD
            text = self.tr("Signature %1 is not valid: %2").replace("%1", ltr(bad[0].field_name))
            text = text.replace("%2", _first_problem(bad[0]))
        elif any(r.problems for r in reports):
            colour = WARN
            text = self.tr("%n valid signature(s), without a trusted time (B-B).", "", len(reports))
        else:
            colour = GOOD
            text = self.tr("%n valid signature(s), intact and trusted.", "", len(reports))
            filled = sorted({f for r in reports for f in r.filled_fields})
            if filled:
                text += " " + self.tr("Filled in after signing: the registry number only.")
        self.setStyleSheet(f"background: {colour}; border-radius: 4px;")
        self.setText(text)
        self.show()


def _first_problem(report: SignatureReport) -> str:
    code = next((p for p in report.problems if p != "signature_problem_no_timestamp"), "")
    if not code:
        return ""
    return message(code, user_language(), field=report.field_name, detail=report.reason)


class VerificationPanel(QWidget):
    """Each signature: who, when, intact, trusted, revocation, level, changes after it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePanel")
        self.text = QTextBrowser(self)
        self.text.setObjectName("signaturePanelText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        self.hide()

    def _yes(self, value: bool) -> str:
        return self.tr("yes") if value else self.tr("no")

    def show_reports(self, reports: Sequence[SignatureReport]) -> None:
        if not reports:
            self.hide()
            return
        lang = user_language()
        changes = {
            Change.NONE: self.tr("nothing"),
            Change.SIGNATURES: self.tr("later signatures and timestamps only"),
            Change.FORM_FILLING: self.tr("form filling only"),
            Change.ANNOTATIONS: self.tr("annotations added"),
            Change.OTHER: self.tr("the document was altered"),
        }
        revocation = {
            "good": self.tr("not revoked"),
            "revoked": self.tr("revoked"),
            "unknown": self.tr("unknown"),
        }
        parts = []
        for r in reports:
            when = display.moment(r.signed_at) if r.signed_at else "?"
            time_kind = (
                self.tr("trusted timestamp")
                if r.timestamp_trusted
                else self.tr("signer's computer clock")
            )
            colour = "#1e7a34" if r.ok else "#b00020"
            changed = changes[r.changes]
            if r.filled_fields:
                changed += " (" + ", ".join(r.filled_fields) + ")"
            rows = [
                (self.tr("Signed by"), f"{r.signer} — {r.signer_organisation}"),
                (self.tr("Signed on"), f"{when} ({time_kind})"),
                (self.tr("Intact"), self._yes(r.intact and r.valid)),
                (self.tr("Trusted certificate"), self._yes(r.trusted)),
                (self.tr("Revocation"), revocation.get(r.revocation, r.revocation)),
                (self.tr("Level"), str(r.level)),
                (self.tr("Changed after it"), changed),
            ]
            html = f"<h3 style='color:{colour}'>{r.field_name}</h3><table>"
            html += "".join(f"<tr><td><b>{k}</b></td><td>&nbsp;{v}</td></tr>" for k, v in rows)
            html += "</table>"
            for code in r.problems:
                html += f"<p>⚠ {message(code, lang, field=r.field_name, detail=r.reason)}</p>"
            parts.append(html)
        self.text.setHtml("<hr/>".join(parts))
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeading)
        self.show()
