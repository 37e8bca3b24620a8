"""Screenshots of dispatch, in French and Arabic, over the demo office of ``scripts.screenshots``:
the labels dialog and its sheet picker, a batch of labels, routing slips and the delivery book
(the PDFs rendered to PNG with pdftoppm), the delivery book dialog, the offer of routing slips
after an assignment, a registered letter (form, detail, late ARs), the page viewer's print and
save, the sorting tray's large page and its confirmation.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.dispatch_screenshots OUT
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.capture import tray
from app.directory.correspondents import CorrespondentInput
from app.dispatch.book import delivery_book
from app.dispatch.slip import slip_data
from app.documents.inspect import inspect_bytes
from app.domain.clock import now_utc, to_local
from app.domain.enums import Channel, Direction, Priority
from app.imputation import workflow
from app.organisation.actor import authenticate
from app.printing.delivery_book import book_pdf
from app.printing.labels import TEMPLATES, label_data, labels_pdf
from app.printing.routing_slip import slips_pdf
from app.registry.browse import RegisterQuery, find_ids
from app.registry.drafts import MailDraft
from app.registry.queries import get_mail_by_id
from app.registry.register import register_mail
from app.store.database import Database
from scripts import translations
from scripts.sample_letter import write_letter
from scripts.screenshots import MAILS, build
from ui.fonts import interface_font, register_fonts
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.registration.form import RegistrationForm
from ui.settings import MemoryStore, PrintingPrefs, Settings
from ui.tasks import TaskRunner


def more_mail(db: Database) -> dict[str, str]:
    """A registered letter, assignments (one with instructions, copy and agent), a tray item."""
    clerk = authenticate(db, "fatima", "clerk-2026")
    letter = register_mail(
        db,
        clerk,
        MailDraft(
            direction=Direction.OUT,
            subject="إنذار بأداء واجبات الكراء المتأخرة",
            correspondent=CorrespondentInput.from_name("شركة الأطلس للنقل"),
            channel=Channel.REGISTERED,
            ar_number="RR 1234 5678 9MA",
            service_code="BUDGET",
        ),
    ).number
    urgent = register_mail(
        db,
        clerk,
        MailDraft(
            direction=Direction.IN,
            subject="طلب الترخيص بالاستغلال المؤقت للملك العمومي بشارع محمد الخامس",
            correspondent=CorrespondentInput.from_name("جمعية الأمل للتنمية"),
            letter_reference="ج.أ/45/2026",
            service_code="RH",
            priority=Priority.URGENT,
            pieces=3,
        ),
    ).number
    numbers = [get_mail_by_id(db, i).number for i in find_ids(db, RegisterQuery())]
    incoming = [n for n in numbers if n.startswith("A-") and n != urgent]
    workflow.assign(
        db,
        clerk,
        [urgent],
        "RH",
        copies=["BUDGET"],
        instructions=["SUITE", "AVIS"],
        note="الرجاء موافاتنا بالجواب قبل نهاية الشهر",
    )
    workflow.assign(db, clerk, incoming[:1], "BUDGET", instructions=["INFO"])
    info = inspect_bytes("scan-0007.pdf", write_letter_bytes(), max_bytes=10**8)
    with db.write() as session:
        tray.add_in(session, clerk, info, reason="no_label", origin="copieur-2e-etage")
    return {"letter": letter, "urgent": urgent, "incoming": incoming[0]}


def write_letter_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        return write_letter(Path(tmp) / "lettre.pdf", pages=2).read_bytes()


def pdf_to_png(pdf: bytes, out: Path, stem: str, dpi: int = 100) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(out / stem)], check=True)


def documents(db: Database, out: Path, numbers: dict[str, str]) -> None:
    clerk = authenticate(db, "fatima", "clerk-2026")
    ids = find_ids(db, RegisterQuery())
    all_numbers = [get_mail_by_id(db, i).number for i in ids]
    labels = [label_data(db, n) for n in all_numbers[:5]]
    pdf_to_png(labels_pdf(labels, TEMPLATES["a4-3x8"], start=7), out, "labels-a4-batch")
    pdf_to_png(
        slips_pdf([slip_data(db, numbers["urgent"], actor=clerk)], "a4"), out, "routing-slip-a4"
    )
    pdf_to_png(
        slips_pdf([slip_data(db, numbers["incoming"], actor=clerk)], "a5"), out, "routing-slip-a5"
    )
    today = to_local(now_utc()).date()
    pdf_to_png(book_pdf(delivery_book(db, first=today, actor=clerk)), out, "delivery-book")


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    translations.build()
    app = QApplication([])
    app.setQuitOnLastWindowClosed(False)
    register_fonts()
    app.setFont(interface_font(10))
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'demo.sqlite'}")
        letter = write_letter(Path(tmp) / "مذكرة العطل السنوية.pdf")
        build(db, {MAILS[4][1]: (letter,)})
        numbers = more_mail(db)
        documents(db, out, numbers)
        clerk = authenticate(db, "fatima", "clerk-2026")
        tasks = TaskRunner()
        languages = Languages(app)
        settings = Settings(MemoryStore())
        settings.printing = PrintingPrefs(label_template="a4-3x8")
        settings.next_sheet_position = 7
        state: dict[str, Any] = {}
        win = MainWindow(db=db, tasks=tasks, actor=clerk, languages=languages, settings=settings)
        win.resize(1366, 768)

        def shoot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
            widget.grab().save(str(out / name))

        def select_rows(count: int) -> None:
            model = win.table.selectionModel()
            win.table.selectRow(0)
            for row in range(1, count):
                model.select(
                    win.model.index(row, 0),
                    model.SelectionFlag.Select | model.SelectionFlag.Rows,
                )

        def registered_form() -> RegistrationForm:
            form = win.open_form(Direction.OUT)
            form.correspondent.setText("Société Atlas Transport SARL")
            form.subject.setText("Mise en demeure de payer les loyers échus")
            form.channel.setCurrentIndex(form.channel.findData(Channel.REGISTERED.value))
            form.ar_number.setText("RR 1234 5678 9MA")
            state["form"] = form
            return form

        def tray_confirmation() -> None:
            window = win.capture.open_window()
            window.resize(1200, 720)
            window.tabs.setCurrentWidget(window.tray)
            state["capture"] = window

        def typed_number() -> None:
            panel = state["capture"].tray
            panel.number.setText(numbers["urgent"].lower())
            panel.attach_current()

        def one_language(lang: str) -> list[Callable[[], object]]:
            return [
                lambda: languages.apply(lang),
                lambda: select_rows(4),
                lambda: state.update(labels=win.prints.open_labels(win.selected_numbers())),
                lambda: None,
                lambda: shoot(state["labels"], f"labels-dialog-{lang}.png"),
                lambda: state["labels"].reject(),
                lambda: state.update(book=win.dispatch.open_book()),
                lambda: state["book"].pending_only.setChecked(False),
                lambda: None,
                lambda: shoot(state["book"], f"delivery-book-dialog-{lang}.png"),
                lambda: state["book"].close(),
                lambda: win.open_number(numbers["letter"]),
                lambda: None,
                lambda: shoot(win, f"registered-letter-detail-{lang}.png"),
                lambda: state.update(pending=win.dispatch.open_ar_pending()),
                lambda: state["pending"].days.setValue(0),
                lambda: None,
                lambda: None,
                lambda: shoot(state["pending"], f"ar-pending-{lang}.png"),
                lambda: state.update(returned=state["pending"].record_current()),
                lambda: None,
                lambda: shoot(state["returned"], f"ar-returned-{lang}.png"),
                lambda: state["returned"].reject(),
                lambda: state["pending"].close(),
                registered_form,
                lambda: None,
                lambda: shoot(state["form"], f"form-registered-{lang}.png"),
                lambda: state["form"].close(),
                lambda: state.update(offer=win.dispatch.offer_slips([numbers["urgent"]])),
                lambda: None,
                lambda: shoot(state["offer"], f"offer-slips-{lang}.png"),
                lambda: state["offer"].close(),
                lambda: win.open_number(MAILS_WITH_FILE[0]),
                lambda: None,
                lambda: win.detail.preview.open_viewer(0),
                lambda: None,
                lambda: shoot(win.detail.preview.viewer, f"page-viewer-print-{lang}.png"),
                lambda: win.detail.preview.viewer.close(),
                tray_confirmation,
                lambda: None,
                lambda: None,
                lambda: shoot(state["capture"], f"tray-large-page-{lang}.png"),
                typed_number,
                lambda: None,
                lambda: shoot(state["capture"].tray.confirmation, f"tray-confirm-{lang}.png"),
                lambda: state["capture"].tray.confirmation.close(),
                lambda: state["capture"].close(),
            ]

        MAILS_WITH_FILE.append(
            next(
                get_mail_by_id(db, i).number
                for i in find_ids(db, RegisterQuery())
                if get_mail_by_id(db, i).attachments
            )
        )
        steps: list[Callable[[], object]] = [win.show, *one_language("fr"), *one_language("ar")]
        steps.append(app.quit)
        for i, step in enumerate(steps):
            QTimer.singleShot(1500 + i * 500, step)
        app.exec()
        tasks.wait()
        db.dispose()
    print(f"screenshots in {out}")
    return 0


MAILS_WITH_FILE: list[str] = []

if __name__ == "__main__":
    sys.exit(main())
