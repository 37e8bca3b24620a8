"""Help (F1): a short guide to the counter's day and every keyboard shortcut, in the user's
language.

The shortcuts of the menus are read from the window's own actions (their text and keys as
they are now), so the list never disagrees with the menus; the keys that are not menu entries
(in a form, in a day field, a barcode reader) are listed beside them. Key names stay as they
are printed on the keyboard (Ctrl, Shift, Alt), isolated left to right inside Arabic text.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMenuBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

LRI, PDI = "\u2066", "\u2069"


def keys(sequence: QKeySequence | str) -> str:
    """Key names as on the keyboard, read left to right in any line."""
    text = (
        sequence
        if isinstance(sequence, str)
        else sequence.toString(QKeySequence.SequenceFormat.PortableText)
    )
    return f"{LRI}{text}{PDI}"


def plain(action: QAction) -> str:
    """An action's text without its accelerator mark and its trailing dots."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


def menu_shortcuts(menu_bar: QMenuBar | None) -> list[tuple[str, str, str]]:
    """(menu, command, keys) of every visible menu entry that has a shortcut."""
    found: list[tuple[str, str, str]] = []
    if menu_bar is None:
        return found
    for top in menu_bar.actions():
        menu = top.menu()
        if menu is None or not top.isVisible():
            continue
        for action in menu.actions():
            if action.isSeparator() or not action.isVisible() or action.shortcut().isEmpty():
                continue
            found.append((plain(top), plain(action), keys(action.shortcut())))
    return found


class HelpDialog(QDialog):
    def __init__(self, *, menu_bar: QMenuBar | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self._menu_bar = menu_bar
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 640)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def guide(self) -> list[str]:
        """The day at the counter, in a few lines."""
        return [
            self.tr(
                "Register a mail: Ctrl+1 incoming, Ctrl+2 outgoing, Ctrl+3 internal. Type in the "
                "order of the paper, Tab from field to field; Enter saves and shows the number, "
                "Ctrl+Enter saves and opens the next form with the same channel, type, service "
                "and priority."
            ),
            self.tr(
                "Once the number is issued the mail is fixed: a change is a correction (Ctrl+E), "
                "with its reason; the history keeps what was first registered."
            ),
            self.tr(
                "A label scanned with the barcode reader opens its mail, wherever the cursor is; "
                "what you were typing stays as it was."
            ),
            self.tr(
                "Days are typed as they are written, day first: 23112026 or 23/11/2026. "
                "Alt+Down opens the calendar; Up and Down move a day."
            ),
            self.tr(
                "Search (Ctrl+F) finds numbers, names, subjects and references, whatever the "
                "spelling or the script."
            ),
            self.tr(
                "Leaving the counter: Ctrl+L locks the session; Log out lets another clerk in; "
                "Ctrl+Q quits. A form with something typed is never closed without asking."
            ),
        ]

    def other_keys(self) -> list[tuple[str, str]]:
        """Keys that are not menu entries: (keys, what they do)."""
        return [
            (keys("Enter"), self.tr("In a form: save")),
            (keys("Ctrl+Enter"), self.tr("In a form: save and start the next one")),
            (keys("Ctrl+P"), self.tr("In a form: save and print the label")),
            (keys("Esc"), self.tr("In a form: cancel (asks first if something was typed)")),
            (keys("Tab"), self.tr("Next field, in the order of the paper")),
            (keys("Alt+Down"), self.tr("In a day field: the calendar")),
            (keys("Delete"), self.tr("In the attachment list: remove the file")),
            (keys("F1"), self.tr("This help")),
        ]

    def html(self) -> str:
        rtl = self.isRightToLeft()

        def row(cells: list[str], tag: str = "td") -> str:
            # Qt lays a table's columns out left to right whatever the text's direction: in
            # Arabic the cells go in reverse, so the command reads first, on the right.
            align = "right" if rtl else "left"
            shown = reversed(cells) if rtl else cells
            return "<tr>" + "".join(f"<{tag} align='{align}'>{c}</{tag}>" for c in shown) + "</tr>"

        grey = "<span style='color:#666'>{}</span>"
        rows = "".join(
            row([escape(command), escape(key), grey.format(escape(menu))])
            for menu, command, key in menu_shortcuts(self._menu_bar)
        )
        more = "".join(row([escape(what), escape(key), ""]) for key, what in self.other_keys())
        guide = "".join(f"<li>{escape(line)}</li>" for line in self.guide())
        # (tr() outside the f-strings: Qt's extractor does not look inside them)
        titles = [
            self.tr("The counter in a few lines"),
            self.tr("Keyboard shortcuts"),
            self.tr("Command"),
            self.tr("Keys"),
            self.tr("Menu"),
        ]
        counter, shortcuts, command, key, menu = (escape(t) for t in titles)
        direction = "rtl" if rtl else "ltr"
        return (
            f"<div dir='{direction}'><h2>{counter}</h2><ul>{guide}</ul><h2>{shortcuts}</h2>"
            "<table cellspacing='0' cellpadding='4' border='0' width='100%'>"
            f"{row([command, key, menu], 'th')}{rows}{more}</table></div>"
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Help — Bureau d'ordre"))
        self.browser.setHtml(self.html())
