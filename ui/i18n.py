"""Languages at run time: our translations, Qt's own, the locale and the layout direction.

``Languages.apply("ar")`` installs the Arabic translators, sets the default locale and turns
the whole layout right to left; Qt then sends a LanguageChange event to every widget, which
re-translates itself. No restart.
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

from ui.resources import translations_dir

LANGUAGES = {"fr": "Français", "ar": "العربية"}
LOCALES = {
    "fr": QLocale(QLocale.Language.French, QLocale.Country.Morocco),
    "ar": QLocale(QLocale.Language.Arabic, QLocale.Country.Morocco),
}
CATALOGUE = "bureau_ordre"


class Languages(QObject):
    """Signals: ``changed(str)`` after a language was applied."""

    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.current = ""

    def apply(self, lang: str) -> None:
        if lang not in LANGUAGES:
            lang = "fr"
        # Direction, locale and current language first: widgets re-translating themselves on
        # the LanguageChange events the translators send lay out for the new language.
        self._app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
        )
        QLocale.setDefault(LOCALES[lang])
        self.current = lang
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, directory in (
            (f"qtbase_{lang}", qt_dir),
            (f"{CATALOGUE}_{lang}", str(translations_dir())),
        ):
            translator = QTranslator(self)
            if translator.load(name, directory):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        self.changed.emit(lang)

    @property
    def loaded(self) -> int:
        """How many catalogues are installed (ours and Qt's when both are found)."""
        return len(self._installed)
