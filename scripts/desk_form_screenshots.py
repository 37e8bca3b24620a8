"""Screenshots of the desk's forms, days, set-up, secrets file, help and Arabic, in French and
Arabic (issue 15's desk-form part).

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m scripts.desk_form_screenshots OUT

Builds a throwaway office (scripts.screenshots.build), then walks the screens one step at a
time on the event loop and saves a PNG per step.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.domain.enums import Direction, Role
from app.imputation import workflow
from app.organisation import setup
from app.organisation.actor import authenticate
from app.store.database import Database
from app.store.schema import upgrade
from scripts import translations
from scripts.sample_letter import write_letter
from scripts.screenshots import build
from ui import display
from ui.day_edit import office_today
from ui.display import DisplayPrefs
from ui.fonts import interface_font, register_fonts
from ui.help.dialog import HelpDialog
from ui.i18n import Languages
from ui.main_window import MainWindow
from ui.secret_store import UnlockSecretsDialog
from ui.settings import MemoryStore, Settings
from ui.setup_wizard import SetupWizard
from ui.tasks import TaskRunner


def shot(widget: QWidget | None, path: Path) -> None:
    if widget is not None:
        widget.grab().save(str(path))


def top(cls: type) -> Any:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[-1] if found else None


def type_into(edit: Any, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    edit.insert(text)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    translations.build()
    app = QApplication([])
    register_fonts()
    app.setFont(interface_font(10))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["BO_DATA_DIR"] = str(Path(tmp) / "data")
        letter = write_letter(Path(tmp) / "طلب.pdf")
        db = Database(f"sqlite:///{Path(tmp) / 'demo.sqlite'}")
        build(db)
        admin = authenticate(db, "admin", "admin-2026")
        setup.add_user(
            db,
            admin,
            login="chef_rh",
            full_name="يوسف العمراني",
            role=Role.CHEF,
            password="chef-2026",
            service_codes=["RH"],
        )
        clerk = authenticate(db, "fatima", "clerk-2026")
        chef = authenticate(db, "chef_rh", "chef-2026")
        from app.registry.queries import list_mail

        numbers = [m.number for m in list_mail(db, direction=Direction.IN)]
        workflow.assign(db, clerk, numbers[:2], "RH", due=office_today() + timedelta(days=3))
        tasks = TaskRunner()
        languages = Languages(app)
        languages.apply("fr")
        settings = Settings(MemoryStore())
        window = MainWindow(db=db, tasks=tasks, actor=clerk, languages=languages, settings=settings)
        window.resize(1366, 740)
        window.show()
        empty = Database(f"sqlite:///{Path(tmp) / 'empty.sqlite'}")
        upgrade(empty)
        wizard = SetupWizard(db=empty, tasks=tasks, lang="fr", apply_language=languages.apply)
        state: dict[str, Any] = {}

        def new_form(direction: Direction = Direction.IN) -> None:
            form = window.open_form(direction)
            form.correspondent.setText("جمعية الأمل للتنمية")
            form.subject.setText("طلب دعم مشروع محو الأمية بجماعة سيدي بنور")
            form.reference.setText("ج.أ/45/2026")
            state["form"] = form

        def saved_form() -> None:
            state["form"].submit(keep_open=False)

        def future_letter() -> None:
            form = state["form"]
            form.has_letter_date.setChecked(True)
            tomorrow = office_today() + timedelta(days=1)
            type_into(form.letter_date, f"{tomorrow:%d/%m/%Y}")

        def attached() -> None:
            form = state["form"]
            form.add_attachment(letter)
            form.add_attachment(Path("/tmp/demande-signee.pdf"))
            form.attachments.setFocus()

        def wizard_admin_error() -> None:
            wizard.next()
            wizard.next()
            wizard.login.setText("admin")
            wizard.full_name.setText("هشام العمراني")
            wizard.password.setText("123")
            wizard.confirm.setText("123")
            wizard.next()  # refused on the page

        def chef_window(lang: str) -> None:
            display.configure(DisplayPrefs(eastern_digits=True, hijri=True))
            languages.apply(lang)
            chef_win = MainWindow(
                db=db,
                tasks=tasks,
                actor=chef,
                languages=languages,
                settings=Settings(MemoryStore()),
            )
            chef_win.resize(1366, 740)
            chef_win.show()
            state["chef"] = chef_win

        steps = [
            # The set-up wizard: the language first, then the pages in that language
            wizard.show,
            lambda: shot(wizard, out / "wizard-1-language-fr.png"),
            lambda: wizard.language.setCurrentIndex(wizard.language.findData("ar")),
            lambda: None,
            lambda: shot(wizard, out / "wizard-1-language-ar.png"),
            wizard.next,
            lambda: [
                wizard.code.setText("MJ-BO"),
                wizard.name_ar.setText("مكتب الضبط المركزي - وزارة العدل"),
                wizard.name_fr.setText("Bureau d'ordre central - Ministère de la Justice"),
            ],
            lambda: shot(wizard, out / "wizard-2-office-ar.png"),
            wizard.back,
            wizard.back,
            wizard_admin_error,
            lambda: shot(wizard, out / "wizard-3-admin-short-password-ar.png"),
            lambda: wizard.language.setCurrentIndex(wizard.language.findData("fr")),
            wizard.back,
            wizard.back,
            wizard.next,
            lambda: shot(wizard, out / "wizard-2-office-back-kept-fr.png"),
            wizard.hide,
            lambda: languages.apply("fr"),
            # The registration form: a future letter date, attachments, saved (read-only)
            new_form,
            future_letter,
            lambda: shot(state["form"], out / "form-future-letter-fr.png"),
            lambda: state["form"].has_letter_date.setChecked(False),
            attached,
            lambda: shot(state["form"], out / "form-attachments-focus-fr.png"),
            lambda: state["form"].received.open_calendar(),
            lambda: None,
            lambda: shot(state["form"].received.calendar_popup, out / "day-calendar-fr.png"),
            lambda: state["form"].received.calendar_popup.close(),
            lambda: state["form"].reject(),
            lambda: shot(state["form"], out / "form-escape-asks-fr.png"),
            lambda: shot(top(QMessageBox), out / "form-escape-question-fr.png"),
            lambda: top(QMessageBox).reject(),
            lambda: state["form"].attachments.clear(),
            saved_form,
            lambda: None,
            lambda: None,
            lambda: shot(state["form"], out / "form-saved-read-only-fr.png"),
            lambda: state["form"].accept(),
            # Help, About, settings as a clerk
            window.open_help,
            lambda: shot(top(HelpDialog), out / "help-fr.png"),
            lambda: top(HelpDialog).close(),
            window.open_about,
            lambda: None,
            lambda: shot(window.findChild(QWidget, "aboutDialog"), out / "about-fr.png"),
            lambda: window.findChild(QWidget, "aboutDialog").close(),
            lambda: state.update(settings=window.open_settings()),
            lambda: state["settings"].tabs.setCurrentWidget(state["settings"].database_page),
            lambda: shot(state["settings"], out / "settings-database-clerk-fr.png"),
            lambda: state["settings"].close(),
            # Arabic
            lambda: languages.apply("ar"),
            lambda: new_form(Direction.OUT),
            lambda: state["form"].add_attachment(letter),
            lambda: state["form"].attachments.setFocus(),
            lambda: shot(state["form"], out / "form-outgoing-ar.png"),
            saved_form,
            lambda: None,
            lambda: None,
            lambda: shot(state["form"], out / "form-saved-read-only-ar.png"),
            lambda: state["form"].accept(),
            window.open_help,
            lambda: shot(top(HelpDialog), out / "help-ar.png"),
            lambda: top(HelpDialog).close(),
            lambda: state.update(settings=window.open_settings()),
            lambda: state["settings"].tabs.setCurrentWidget(state["settings"].session_page),
            lambda: state["settings"].session_page.idle_minutes.setValue(2),
            lambda: shot(state["settings"], out / "settings-session-two-minutes-ar.png"),
            lambda: state["settings"].tabs.setCurrentWidget(state["settings"].display_page),
            lambda: shot(state["settings"], out / "settings-display-digits-ar.png"),
            lambda: state["settings"].tabs.setCurrentWidget(state["settings"].database_page),
            lambda: shot(state["settings"], out / "settings-database-clerk-ar.png"),
            lambda: state["settings"].close(),
            window.idle_lock.lock,
            lambda: shot(window.idle_lock.dialog, out / "lock-latin-name-ar.png"),
            window.idle_lock.unlock,
            lambda: state.update(unlock=UnlockSecretsDialog(tasks=tasks, lang=lambda: "ar")),
            lambda: state["unlock"].show(),
            lambda: shot(state["unlock"], out / "unlock-secrets-ar.png"),
            lambda: state["unlock"].close(),
            lambda: shot(window, out / "main-window-ar.png"),
            lambda: chef_window("ar"),
            lambda: None,
            lambda: None,
            lambda: shot(state["chef"], out / "chef-inbox-hijri-ar.png"),
            lambda: state["chef"].open_number(numbers[0]),
            lambda: None,
            lambda: shot(state["chef"], out / "chef-detail-hijri-ar.png"),
            app.quit,
        ]
        for i, step in enumerate(steps):
            QTimer.singleShot(1500 + i * 400, step)
        app.exec()
        tasks.wait()
        db.dispose()
        empty.dispose()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
