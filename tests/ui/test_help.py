"""F1 opens the help (a short guide and every shortcut of the menus) in the user's language;
About says the version and the database."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import Office
from tests.support.gui import main_window
from ui.help.about import AboutDialog, version
from ui.help.dialog import HelpDialog


def _shown(cls: type) -> object | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    return found[0] if found else None


def test_f1_shows_the_guide_and_the_menus_shortcuts_in_both_languages(
    qtbot, office: Office
) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        win.table.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is win.table, timeout=5000)
        qtbot.keyClick(win.table, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda: _shown(HelpDialog) is not None, timeout=5000)
        dialog = _shown(HelpDialog)
        text = dialog.browser.toPlainText()
        assert "Raccourcis clavier" in text and "Enregistrer un courrier" in text
        for keys, command in (
            ("Ctrl+1", "Nouveau courrier arrivée"),
            ("Ctrl+E", "Corriger"),
            ("Ctrl+Q", "Quitter"),
            ("Ctrl+Shift+Q", "Se déconnecter"),
            ("F1", "Aide et raccourcis"),
        ):
            assert keys in text and command in text, (keys, command)
        assert "Administration" not in text  # a clerk's menus, not an administrator's
        win.set_language("ar")
        qtbot.waitUntil(
            lambda: "اختصارات لوحة المفاتيح" in dialog.browser.toPlainText(), timeout=5000
        )
        arabic = dialog.browser.toPlainText()
        assert "\u2066Ctrl+1\u2069" in arabic  # key names read left to right in Arabic lines
        assert "تسجيل مراسلة" in arabic
        win.set_language("fr")


def test_about_says_the_version_the_database_and_the_user(qtbot, office: Office) -> None:  # type: ignore[no-untyped-def]
    with main_window(qtbot, office.db, office.clerk) as win:
        win.action_about.trigger()
        qtbot.waitUntil(lambda: _shown(AboutDialog) is not None, timeout=5000)
        dialog = _shown(AboutDialog)
        qtbot.waitUntil(lambda: "Ministère de la Justice" in dialog.text.text(), timeout=10000)
        text = dialog.text.text()
        assert version() in text and "Fatima Zahra Bennani (fatima)" in text
        assert win._db.display_url() in text and "***" not in text.replace(
            win._db.display_url(), ""
        )
