"""The activity dashboard in the main window: one action, one window, a few lines in the desk.

Register → *Activity dashboard…* (Ctrl+Shift+T), for supervisors, administrators and chefs
(the core refuses anyone else anyway). The window (:class:`ui.stats.window.DashboardWindow`)
stays open beside the desk; a bar clicked there asks the desk to show the register on its
mails (``open_register(object)``, a :class:`~app.registry.browse.RegisterQuery`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.domain.enums import Role
from app.organisation.actor import Actor
from app.organisation.queries import ServiceRow
from app.stats.dashboard import STATS_ROLES
from app.store.database import Database
from ui.stats.window import DashboardWindow
from ui.tasks import TaskRunner


class StatsDesk(QObject):
    open_register = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        *,
        db: Database,
        tasks: TaskRunner,
        actor: Actor,
        lang: Callable[[], str],
        services: Callable[[], list[ServiceRow]],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._db, self._tasks, self._actor = db, tasks, actor
        self._lang, self._services, self._window = lang, services, window
        self.dashboard: DashboardWindow | None = None
        self.action = QAction(window)
        self.action.setObjectName("actionDashboard")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.action.triggered.connect(lambda _=False: self.open())
        self.action.setVisible(Role(actor.role) in STATS_ROLES)

    def retranslate(self) -> None:
        self.action.setText(self.tr("Activity &dashboard…"))

    def open(self) -> DashboardWindow:
        """Show the dashboard (made once, then raised)."""
        if self.dashboard is None:
            self.dashboard = DashboardWindow(
                db=self._db,
                tasks=self._tasks,
                actor=self._actor,
                services=self._services(),
                lang=self._lang,
                parent=self._window,
            )
            self.dashboard.open_register.connect(self.open_register)
            self.dashboard.failed.connect(self.failed)
            self.dashboard.refresh()
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()
        return self.dashboard
